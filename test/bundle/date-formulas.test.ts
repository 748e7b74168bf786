import { describe, expect, it } from 'vitest';
import { loadAddon } from './load';

describe('formulas that read dates, in the spreadsheet’s time zone', () => {
  it.each(['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'])('STOCKOUT_DATE counts from the typed calendar day in %s', (timeZone) => {
    const addon = loadAddon({
      book: { timeZone, user: { locale: 'en' }, sheets: [{ name: 'S', cells: { A1: '2026-11-27', B1: { input: '=STOCKOUT_DATE(300, 20, A1)', format: 'yyyy-mm-dd' } } }] },
    });
    expect(addon.show('S')[0][1]).toBe('2026-12-12');
  });

  it('returns a real date that other formulas can do arithmetic on', () => {
    const addon = loadAddon({
      book: { timeZone: 'Asia/Shanghai', sheets: [{ name: 'S', cells: { A1: '2026-11-27', B1: '=STOCKOUT_DATE(300, 20, A1)', C1: { input: '=B1-A1', format: '0' } } }] },
    });
    const [row] = addon.show('S');
    expect(row[2]).toBe('15');
    const value = addon.kernel.run('script', 'FULL', () => addon.spreadsheet.getRange('S!B1').getValue()).value;
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
  });

  it('asks for the time zone only for formulas that read dates', () => {
    const addon = loadAddon({ book: { timeZone: 'Asia/Shanghai', sheets: [{ name: 'S' }] } });
    addon.runCustomFunction('DAYS_OF_STOCK', [300, 20]);
    expect(addon.log.at(-1)?.calls).toEqual({ 'Session.getActiveUserLocale': 1 });
    addon.runCustomFunction('STORAGE_FEE', [1, 10, 'standard']);
    expect(Object.keys(addon.log.at(-1)?.calls ?? {})).toContain('Spreadsheet.getSpreadsheetTimeZone');
  });
});

describe('TODAY() and NOW()', () => {
  it('read the simulated clock in the spreadsheet’s time zone, not the machine’s', () => {
    // 2026-01-01 02:00 UTC is still 31 December in Los Angeles and already 1 January in Shanghai.
    const book = (timeZone: string) => ({ timeZone, clock: '2026-01-01T02:00:00Z', sheets: [{ name: 'S', cells: { A1: { input: '=TODAY()', format: 'yyyy-mm-dd' }, B1: { input: '=NOW()', format: 'yyyy-mm-dd hh:mm' } } }] });
    expect(loadAddon({ book: book('America/Los_Angeles') }).show('S')).toEqual([['2025-12-31', '2025-12-31 18:00']]);
    expect(loadAddon({ book: book('Asia/Shanghai') }).show('S')).toEqual([['2026-01-01', '2026-01-01 10:00']]);
  });

  it('move with the clock when triggers run', () => {
    const addon = loadAddon({ book: { timeZone: 'UTC', clock: '2026-11-27T09:00:00Z', sheets: [{ name: 'S', cells: { A1: { input: '=TODAY()', format: 'yyyy-mm-dd' } } }] } });
    addon.tick(new Date('2026-11-29T09:00:00Z'));
    expect(addon.formula('=TODAY()')).toEqual(new Date('2026-11-29T00:00:00Z'));
  });
});
