import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, defaultServicesState, servicesStateFrom, unresolvedMenuFunctions, type ServicesState } from './index';
import { kernelAt, run } from './test-kit';

const gas = createRequire(import.meta.url)('gas-local') as { require(folder: string, globals: object, options?: { filter?: (f: string) => boolean }): Record<string, unknown> };

/** Loads `code` with gas-local into a fresh context holding the services, as the loader does. */
function load(code: string, state: ServicesState = defaultServicesState()) {
  const dir = mkdtempSync(join(tmpdir(), 'services-'));
  writeFileSync(join(dir, 'Code.js'), code);
  const kernel = kernelAt();
  let context: Record<string, unknown> | null = null;
  const services = createServices(kernel, state, {
    files: (name) => (name === 'Page' ? '<p><?= label() ?> <?= n ?></p>' : null),
    globals: () => context ?? {},
  });
  context = gas.require(dir, { ...services.globals }, { filter: (f) => f.endsWith('/Code.js') });
  const call = (name: string, ...args: unknown[]) => (context![name] as (...a: unknown[]) => unknown)(...args);
  return { kernel, services, state, context, call };
}

describe('createServices', () => {
  it('returns arrays the bundle sees as its own Arrays (instanceof works, as in Apps Script)', () => {
    const { call } = load('function rows() { var r = Utilities.parseCsv("a,b"); return [r instanceof Array, r[0] instanceof Array]; }');
    expect(call('rows')).toEqual([true, true]);
  });

  it('throws errors the bundle can catch as its own Errors, named Exception', () => {
    const { call, kernel } = load('function tooBig() { try { PropertiesService.getUserProperties().setProperty("k", new Array(10000).join("x")); } catch (e) { return [e instanceof Error, e.name, e.message]; } }');
    expect(run(kernel, 'FULL', () => call('tooBig'))).toEqual([true, 'Exception', 'Argument too large: value']);
  });

  it('evaluates templates inside the bundle\'s context, seeing its globals', () => {
    const { call } = load('function label() { return "Stock"; } function page() { var t = HtmlService.createTemplateFromFile("Page"); t.n = 3; return t.evaluate().getContent(); }');
    expect(call('page')).toBe('<p>Stock 3</p>');
  });

  it('hands SpreadsheetApp.getUi() a Ui whose menu handlers can be checked against the bundle', () => {
    const { services, context, kernel } = load('function openSidebar() {}');
    run(kernel, 'LIMITED', () => services.ui().createAddonMenu().addItem('Open', 'openSidebar').addItem('Gone', 'removedHandler').addToUi());
    expect(services.uiState().menus[0].title).toBe('Ops Desk');
    expect(unresolvedMenuFunctions(services.state.ui, context)).toEqual(['removedHandler']);
  });

  it('records Logger and console lines in state.logs', () => {
    const { call, state } = load('function logIt() { Logger.log("rows: %s", 3); console.log("done", 1); console.warn("careful"); }');
    call('logIt');
    expect(state.logs).toEqual(['rows: 3', 'done 1', 'WARNING: careful']);
  });

  it('gives onOpen an AuthMode value equal to ScriptApp.AuthMode.NONE', () => {
    const { services, call, kernel } = load('function isNone(e) { return e.authMode === ScriptApp.AuthMode.NONE; }');
    expect(run(kernel, 'NONE', () => call('isNone', { authMode: services.authModeValue('NONE') }))).toBe(true);
  });

  it('seeds its state from a workbook file and saves properties and triggers back', () => {
    const saved = {
      properties: { user: { 'opsdesk.locale': 'zh-CN' } },
      triggers: [{ id: '7', handler: 'refresh', type: 'CLOCK', user: 'op@example.com', documentId: 'local-spreadsheet', timezone: 'UTC', createdAt: '2026-03-01T00:00:00Z', every: { unit: 'hours', n: 1 }, minute: 0, nextRunAt: '2026-03-02T11:00:00Z' }],
      user: { email: 'op@example.com', locale: 'zh-TW' },
    };
    const kernel = kernelAt();
    const services = createServices(kernel, saved, { files: () => null, globals: () => ({}) });
    expect(services.state.triggers.nextId).toBe(8);
    expect(run(kernel, 'FULL', () => services.globals.Session.getActiveUserLocale())).toBe('zh_TW');
    const due = services.dueTriggers(kernel.now().getTime(), Date.parse('2026-03-02T12:30:00Z'));
    expect(due.map((d) => [d.handler, new Date(d.atMs).toISOString()])).toEqual([
      ['refresh', '2026-03-02T11:00:00.000Z'],
      ['refresh', '2026-03-02T12:00:00.000Z'],
    ]);
    const out = services.persistentState();
    expect(out.properties.user).toEqual({ 'opsdesk.locale': 'zh-CN' });
    expect(out.triggers[0].nextRunAt).toBe('2026-03-02T13:00:00.000Z');
    expect(saved.triggers[0].nextRunAt).toBe('2026-03-02T11:00:00Z');
  });

  it('builds a fresh state with the manifest\'s script time zone', () => {
    expect(servicesStateFrom({}, 'Asia/Shanghai').session.scriptTimeZone).toBe('Asia/Shanghai');
  });

  it('keeps every user, with their locale and user properties, through a save and reload', () => {
    const saved = {
      properties: { user: { hour: '6' } },
      user: { email: 'op@example.com', locale: 'zh-CN' },
      users: [{ email: 'partner@example.com', locale: 'en', properties: { hour: '8' } }],
    };
    const kernel = kernelAt();
    const first = createServices(kernel, saved, { files: () => null, globals: () => ({}) });
    const again = createServices(kernel, first.persistentState(), { files: () => null, globals: () => ({}) });
    const seen = (user: string) => kernel.run('menu', 'FULL', () => [again.globals.Session.getActiveUserLocale(), again.globals.PropertiesService.getUserProperties().getProperty('hour')], { user }).value;
    expect([seen('op@example.com'), seen('partner@example.com')]).toEqual([['zh_CN', '6'], ['en', '8']]);
  });

  it('saves the active user as the file\'s user and the others in users', () => {
    const kernel = kernelAt();
    const services = createServices(kernel, { user: { email: 'op@example.com', locale: 'en' } }, { files: () => null, globals: () => ({}) });
    services.state.session.users = { 'partner@example.com': { locale: 'zh-TW' } };
    services.state.properties.users['partner@example.com'] = { hour: '8' };
    const out = services.persistentState();
    expect([out.user, out.users]).toEqual([{ email: 'op@example.com', locale: 'en' }, [{ email: 'partner@example.com', locale: 'zh-TW', properties: { hour: '8' } }]]);
  });
});
