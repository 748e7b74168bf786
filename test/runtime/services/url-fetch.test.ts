import { describe, expect, it } from 'vitest';
import { SCOPES } from './context';
import { FakeUrlFetchApp, type UrlFetchState } from './url-fetch';
import { kernelAt, realmKit, run } from './test-kit';

function setup(scopes?: string[]) {
  const kernel = kernelAt();
  const state: UrlFetchState = { requests: [] };
  const kit = realmKit();
  const app = kit.view(new FakeUrlFetchApp(kernel, state, { ...kit.deps, scopes }), 'UrlFetchApp');
  const full = <T>(body: () => T): T => run(kernel, 'FULL', body);
  return { kernel, state, app, full };
}

describe('UrlFetchApp (no network: registered handlers only)', () => {
  it('answers from a registered handler', () => {
    const { app, full } = setup();
    app.registerHandler('https://api.example.com/rates', () => ({ body: '{"usd":7.2}', headers: { 'Content-Type': 'application/json' } }));
    const r = full(() => app.fetch('https://api.example.com/rates'));
    expect([r.getResponseCode(), r.getContentText(), r.getBlob().getContentType()]).toEqual([200, '{"usd":7.2}', 'application/json']);
  });

  it('throws for an unmatched URL, naming it', () => {
    const { app, full } = setup();
    expect(() => full(() => app.fetch('https://nowhere.example.com/x'))).toThrow(
      'https://nowhere.example.com/x): no handler registered (the local runtime has no network)',
    );
  });

  it('throws Apps Script\'s "Request failed … returned code" for 4xx/5xx', () => {
    const { app, full } = setup();
    app.registerHandler(/\/missing$/, () => ({ status: 404, body: 'Not Found' }));
    expect(() => full(() => app.fetch('https://api.example.com/v1/missing'))).toThrow(
      'Request failed for https://api.example.com returned code 404. Truncated server response: Not Found (use muteHttpExceptions option to examine full response)',
    );
  });

  it('returns the error response when muteHttpExceptions is set', () => {
    const { app, full } = setup();
    app.registerHandler('https://api.example.com/*', () => ({ status: 500, body: 'boom' }));
    const r = full(() => app.fetch('https://api.example.com/x', { muteHttpExceptions: true }));
    expect([r.getResponseCode(), r.getContentText()]).toEqual([500, 'boom']);
  });

  it('form-encodes an object payload and upper-cases the method for the handler', () => {
    const { app, full } = setup();
    let seen: unknown;
    app.registerHandler('https://api.example.com/post', (req) => {
      seen = req;
      return {};
    });
    full(() => app.fetch('https://api.example.com/post', { method: 'post', payload: { q: 'a b', n: 1 } }));
    expect(seen).toMatchObject({ method: 'POST', payload: 'q=a%20b&n=1', contentType: 'application/x-www-form-urlencoded' });
  });

  it('returns content as signed bytes and repeated headers in getAllHeaders', () => {
    const { app, full } = setup();
    app.registerHandler('https://x.example.com/', () => ({ body: new Uint8Array([255, 1]), headers: { 'Set-Cookie': ['a=1', 'b=2'] } }));
    const r = full(() => app.fetch('https://x.example.com/'));
    expect(r.getContent()).toEqual([-1, 1]);
    expect(r.getAllHeaders()).toEqual({ 'Set-Cookie': ['a=1', 'b=2'] });
    expect(r.getHeaders()).toEqual({ 'Set-Cookie': 'b=2' });
  });

  it('fetchAll answers each request in order', () => {
    const { app, full } = setup();
    app.registerHandler((url) => url.startsWith('https://a.example.com/'), (req) => ({ body: req.url.slice(-1) }));
    const rs = full(() => app.fetchAll(['https://a.example.com/1', { url: 'https://a.example.com/2' }]));
    expect(rs.map((r) => r.getContentText())).toEqual(['1', '2']);
  });

  it('is refused in AuthMode.NONE and LIMITED, allowed in a custom function', () => {
    const { app, kernel } = setup();
    app.registerHandler('https://a.example.com/', () => ({ body: 'ok' }));
    expect(() => run(kernel, 'NONE', () => app.fetch('https://a.example.com/'))).toThrow(/permission/);
    expect(() => run(kernel, 'LIMITED', () => app.fetch('https://a.example.com/'))).toThrow(/permission/);
    expect(run(kernel, 'CUSTOM_FUNCTION', () => app.fetch('https://a.example.com/').getContentText())).toBe('ok');
  });

  it('is refused when the manifest lacks the external_request scope', () => {
    const { app, full } = setup([SCOPES.containerUi]);
    expect(() => full(() => app.fetch('https://a.example.com/'))).toThrow(`Required permissions: ${SCOPES.externalRequest}`);
  });

  it('refuses a URL longer than 2 KB', () => {
    const { app, full } = setup();
    expect(() => full(() => app.fetch('https://a.example.com/' + 'x'.repeat(2048)))).toThrow('Limit Exceeded: URLFetch URL Length.');
  });

  it('logs each request in the state', () => {
    const { app, full, state } = setup();
    app.registerHandler('https://a.example.com/', () => ({ status: 204 }));
    full(() => app.fetch('https://a.example.com/'));
    expect(state.requests).toEqual([{ url: 'https://a.example.com/', method: 'GET', status: 204 }]);
  });
});
