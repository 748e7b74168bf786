/**
 * The local page's server refuses changes asked by other websites: a POST whose Origin is neither
 * the page's own nor, for google.script.run, the sandboxed sidebar's "null" gets 403 and runs
 * nothing; google.script.run answers the sidebar's CORS preflight. Plain HTTP, no browser (a
 * browser sends the Origin header these requests set by hand).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GAS_RUN_PATH, GAS_TOKEN_HEADER, startServer, type RunningServer } from './serve';
import { repoRoot } from '../runtime/repo-root';
import type { WorkbookFile } from '../runtime/workbook-file';

const demo = JSON.parse(readFileSync(join(repoRoot(), 'test/fixtures/demo-store.json'), 'utf8')) as WorkbookFile;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One HTTP request with exactly these headers (fetch would not let a page set Origin). */
function http(url: string, method: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const EVIL = { origin: 'http://evil.example' };

let server: RunningServer;
let dir: string;
let bookPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'opsdesk-origin-'));
  bookPath = join(dir, 'book.json');
  server = await startServer({ port: 0, book: demo, bookPath });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const url = (path: string): string => new URL(path, server.url).href;
const own = (): Record<string, string> => ({ origin: new URL(server.url).origin });

/** The sidebar's token, as the shim reads it from its script element. */
async function sidebarToken(): Promise<string> {
  const shown = await http(url('/sidebar'), 'GET');
  const token = /<script data-token="([^"]*)">/.exec(shown.body)?.[1];
  if (!token) throw new Error('The sidebar has no token');
  return token;
}

describe('the local page server and other origins', () => {
  test('refuses a menu item, a clock tick and onOpen asked by another website, running nothing and saving nothing', async () => {
    const before = readFileSync(bookPath, 'utf8');
    const runs = server.addon.log.length;
    const now = server.addon.kernel.now().toISOString();
    for (const [path, body] of [
      ['/api/menu/showAbout', undefined],
      ['/api/open', undefined],
      ['/api/tick', JSON.stringify({ until: '2030-01-01T00:00:00Z' })],
      ['/api/sidebar/close', undefined],
    ] as const) {
      const answer = await http(url(path), 'POST', EVIL, body);
      expect(answer.status, path).toBe(403);
      expect(JSON.parse(answer.body).error).toMatch(/from http:\/\/evil\.example refused/);
      expect(answer.headers['access-control-allow-origin'], path).toBeUndefined();
    }
    expect(server.addon.log.length).toBe(runs);
    expect(server.addon.kernel.now().toISOString()).toBe(now);
    expect(readFileSync(bookPath, 'utf8')).toBe(before);
  });

  test('refuses google.script.run from another website, and from "null" without the sidebar\'s token', async () => {
    await http(url('/api/menu/openSidebar'), 'POST', own());
    const runs = server.addon.log.length;
    const args = JSON.stringify(['DAYS_OF_STOCK', [300, 20]]);
    expect((await http(url(`${GAS_RUN_PATH}calculate`), 'POST', EVIL, args)).status).toBe(403);
    expect((await http(url(`${GAS_RUN_PATH}calculate`), 'POST', { origin: 'null' }, args)).status).toBe(403);
    expect((await http(url(`${GAS_RUN_PATH}calculate`), 'POST', { origin: 'null', [GAS_TOKEN_HEADER]: 'guessed' }, args)).status).toBe(403);
    expect(server.addon.log.length).toBe(runs);
  });

  test('refuses "null" (a sandboxed frame) everywhere but google.script.run', async () => {
    expect((await http(url('/api/menu/showAbout'), 'POST', { origin: 'null' })).status).toBe(403);
  });

  test('accepts the page\'s own origin, and requests without an Origin (curl, scripts)', async () => {
    expect((await http(url('/api/menu/showAbout'), 'POST', own())).status).toBe(200);
    expect((await http(url('/api/menu/showAbout'), 'POST', { origin: `http://localhost:${new URL(server.url).port}` })).status).toBe(200);
    expect((await http(url('/api/menu/showAbout'), 'POST')).status).toBe(200);
  });

  test('answers the sidebar\'s CORS preflight for google.script.run, and its call with its token', async () => {
    await http(url('/api/menu/openSidebar'), 'POST', own());
    const preflight = await http(url(`${GAS_RUN_PATH}calculate`), 'OPTIONS', {
      origin: 'null',
      'access-control-request-method': 'POST',
      'access-control-request-headers': `content-type,${GAS_TOKEN_HEADER}`,
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('null');
    expect(preflight.headers['access-control-allow-methods']).toBe('POST');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain(GAS_TOKEN_HEADER);

    const call = await http(url(`${GAS_RUN_PATH}calculate`), 'POST', { origin: 'null', [GAS_TOKEN_HEADER]: await sidebarToken() }, JSON.stringify(['DAYS_OF_STOCK', [300, 20]]));
    expect(call.status).toBe(200);
    expect(call.headers['access-control-allow-origin']).toBe('null');
    expect(JSON.parse(call.body)).toMatchObject({ ok: true });
  });

  test('answers no CORS preflight outside google.script.run', async () => {
    const preflight = await http(url('/api/menu/showAbout'), 'OPTIONS', { origin: 'null', 'access-control-request-method': 'POST' });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.status).toBe(404);
  });
});
