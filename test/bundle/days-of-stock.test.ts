import { describe, expect, it } from 'vitest';
import { demoBook, loadAddon } from './load';
import type { WorkbookFile } from '../runtime/workbook-file';

/** A one-tab workbook with these cells. */
function book(cells: Record<string, string | number>, rows = 1000): WorkbookFile {
  return { user: { locale: 'en' }, sheets: [{ name: 'Inventory', rows, cells }] };
}

describe('DAYS_OF_STOCK in the built bundle', () => {
  it('is a global function that computes available ÷ daily sales', () => {
    const addon = loadAddon();
    expect(addon.runCustomFunction('DAYS_OF_STOCK', [300, 20])).toBe(15);
  });

  it('maps a column and averages a block of recent days per row', () => {
    const addon = loadAddon();
    const out = addon.runCustomFunction('DAYS_OF_STOCK', [
      [[420], [0], ['']],
      [
        [14, 16],
        [3, 5],
        ['', ''],
      ],
    ]);
    expect(out).toEqual([[28], [0], ['']]);
  });

  it('runs read-only as a custom function: one Session call for the locale and no writes', () => {
    const addon = loadAddon();
    addon.runCustomFunction('DAYS_OF_STOCK', [300, 20]);
    const run = addon.log.at(-1);
    expect(run?.authMode).toBe('CUSTOM_FUNCTION');
    expect(Object.keys(run?.calls ?? {}).filter((c) => c.startsWith('Range.set'))).toEqual([]);
  });

  it('throws a wrong call in the user’s language', () => {
    const zh = loadAddon({ locale: 'zh-CN' });
    expect(() => zh.runCustomFunction('DAYS_OF_STOCK', [[[1], [2]], [[1], [2], [3]]])).toThrow(/DAYS_OF_STOCK：.*相同大小/);
    const en = loadAddon({ locale: 'en' });
    expect(() => en.runCustomFunction('DAYS_OF_STOCK', ['lots', 3])).toThrow(/DAYS_OF_STOCK: available must be a number/);
  });
});

describe('DAYS_OF_STOCK typed in a cell (HyperFormula evaluates the sheet)', () => {
  it('shows a single value', () => {
    const addon = loadAddon({ book: book({ A1: '=DAYS_OF_STOCK(300, 20)' }) });
    expect(addon.show('Inventory')).toEqual([['15']]);
  });

  it('spills a column from one call over open ranges, leaving blank rows blank', () => {
    const addon = loadAddon({
      book: book({ B2: 420, C2: 15, B3: 95, C3: 10, B5: 60, C5: 0, D1: 'Days', D2: '=DAYS_OF_STOCK(B2:B, C2:C)' }, 8),
    });
    const d = addon.show('Inventory').map((row) => row[3]);
    expect(d).toEqual(['Days', '28', '9.5', '', '—']);
    // One execution for the whole column: the template calls once per column, never per row.
    expect(addon.log.filter((r) => r.name === 'DAYS_OF_STOCK')).toHaveLength(1);
  });

  it('recomputes when an input changes, as Sheets does', () => {
    const addon = loadAddon({ book: book({ A1: 100, B1: 10, C1: '=DAYS_OF_STOCK(A1, B1)' }) });
    expect(addon.show('Inventory')[0][2]).toBe('10');
    addon.kernel.run('script', 'FULL', () => addon.spreadsheet.getRange('Inventory!B1').setValue(20));
    expect(addon.show('Inventory')[0][2]).toBe('5');
  });

  it('shows #ERROR! with the message for a wrong call, and #REF! when the spill is blocked', () => {
    const addon = loadAddon({ book: book({ A1: 1, A2: 2, B1: 1, C1: '=DAYS_OF_STOCK(A1:A2, B1)', C2: 'in the way', D1: '=DAYS_OF_STOCK(A1:A2, "x")' }) });
    const sheet = addon.book.sheetByName('Inventory');
    expect(addon.show('Inventory')[0][2]).toBe('#REF!');
    expect(sheet && addon.book.errorMessage(sheet, 1, 3)).toMatch(/would overwrite data/);
    expect(addon.show('Inventory')[0][3]).toBe('#ERROR!');
    expect(sheet && addon.book.errorMessage(sheet, 1, 4)).toMatch(/daily_sales must be a number/);
  });

  it('evaluates the demo store’s Inventory tab: available ÷ mean of the last 7 days', () => {
    const addon = loadAddon({ book: demoBook() });
    const shown = addon.show('Inventory').slice(1).map((row) => row[12]);
    // 420 ÷ mean(14,17,12,15,16,13,18) = 420 ÷ 15 = 28; 95 ÷ 72/7; 610 ÷ 37/7; 38 ÷ 57/7; no sales → —
    expect(shown).toEqual(['28.0', (95 / (72 / 7)).toFixed(1), (610 / (37 / 7)).toFixed(1), (38 / (57 / 7)).toFixed(1), '—']);
  });

  it('answers the runner’s formula command the same way', () => {
    const addon = loadAddon({ book: demoBook() });
    expect(addon.formula('=DAYS_OF_STOCK(300, 20)')).toBe(15);
    expect(addon.formula('=DAYS_OF_STOCK(Inventory!D2:D3, Inventory!F2:L3)')).toEqual([[28], [95 / (72 / 7)]]);
  });
});

describe('a custom function that throws where it would spill', () => {
  it('shows #ERROR! in the calling cell only, as Sheets does, leaving the spill area empty', () => {
    const addon = loadAddon({ book: book({ A1: 1, A2: 2, A3: 3, B1: '=DAYS_OF_STOCK(A1:A3, "lots")' }) });
    expect(addon.show('Inventory').map((row) => row[1])).toEqual(['#ERROR!', '', '']);
  });
});
