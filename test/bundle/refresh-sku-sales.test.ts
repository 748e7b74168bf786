/**
 * The refresh's SKU Sales tab on the demo store (clock: 27 Nov 2026, 09:00 in Los Angeles, so the
 * windows end on 26 Nov): the numbers a refresh writes, a second refresh the same day, a user's own
 * column, and a failed run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import { FakeRange } from '../runtime/spreadsheet/range';
import type { WorkbookFile } from '../runtime/workbook-file';
import { generateDemoStore } from '../fixtures/demo-store/generate';

let store: WorkbookFile;
beforeAll(() => {
  store = generateDemoStore();
}, 120_000);

const load = () => LocalAddon.load({ book: structuredClone(store), locale: 'en' });

/** The SKU Sales tab as shown, each row by header. */
function skuSales(addon: LocalAddon): Record<string, string>[] {
  const [headers, ...rows] = addon.show('SKU Sales');
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
}

const lamp = (addon: LocalAddon) => skuSales(addon).find((r) => r.SKU === 'LH-LMP-04');

/** Adds a row to Inventory, by header, under its last row (as a user or an import would). */
function addInventoryRow(addon: LocalAddon, cells: Record<string, string | number>): void {
  const shown = addon.show('Inventory');
  const model = addon.book.sheetByName('Inventory');
  if (!model) throw new Error('no Inventory tab');
  for (const [header, value] of Object.entries(cells)) addon.book.write(model, shown.length + 1, shown[0].indexOf(header) + 1, [[value]]);
}

/** Runs Refresh now with the first write to Today failing, as a service call can. */
function refreshFailingOnToday(addon: LocalAddon): void {
  const original = FakeRange.prototype.setValues;
  let failed = false;
  FakeRange.prototype.setValues = function (this: FakeRange, values: unknown[][]) {
    if (!failed && this.getSheet().getName() === 'Today') {
      failed = true;
      throw new Error('Service Spreadsheets failed while accessing document.');
    }
    return original.call(this, values);
  };
  try {
    addon.call('refreshNow');
  } finally {
    FakeRange.prototype.setValues = original;
  }
}

describe('SKU Sales after Refresh now', () => {
  let addon: LocalAddon;
  beforeAll(() => {
    addon = load();
    addon.callValue('refreshNow');
  }, 120_000);

  /*
   * The lamp's units ordered in the demo store, by day (Inventory's Units ordered):
   *   20–26 Nov (days 1–7):   7 9 7 9 7 9 10                              = 58
   *   13–19 Nov (days 8–14):  6 6 9 8 10 10 6                             = 55  → 14 days: 113
   *   28 Oct – 12 Nov (15–30): 9 9 9 7 6 9 8 10 9 10 6 6 7 7 10 6         = 128 → 30 days: 241
   * Sales: 241 × $32.50 = 7,832.50. Weighted: 0.5 × 58/7 + 0.3 × 113/14 + 0.2 × 241/30 = 8.17.
   * The All Orders rows of 23–27 Oct (ASIN only) are older than the 30 days.
   */
  it('shows the lamp\'s rolling sales as computed by hand', () => {
    expect(lamp(addon)).toEqual({
      SKU: 'LH-LMP-04',
      ASIN: 'B0DEMO0004',
      'As of': '2026-11-26',
      'Units 7d': '58',
      'Units 14d': '113',
      'Units 30d': '241',
      'Sales 30d': '7,832.50',
      'Weighted units per day': '8.17',
      'Last sale': '2026-11-26',
    });
  });

  it('has one row per SKU of the store, sorted by SKU', () => {
    expect(skuSales(addon).map((r) => r.SKU)).toEqual(['LH-KNF-02', 'LH-LMP-04', 'LH-MUG-01']);
  });

  it('says the tab is rebuilt by each refresh in its first header note', () => {
    const model = addon.book.sheetByName('SKU Sales');
    expect(model?.notes.get('1,1')).toContain('Rebuilt by each refresh');
  });
});

describe('SKU Sales on a second refresh the same day', () => {
  it('writes the same block again: no duplicate rows', () => {
    const addon = load();
    addon.callValue('refreshNow');
    const once = addon.show('SKU Sales');
    addon.callValue('refreshNow');
    expect(addon.show('SKU Sales')).toEqual(once);
  });

  it('keeps a column the user added beside the tab\'s own, with what they typed', () => {
    const addon = load();
    addon.callValue('refreshNow');
    const model = addon.book.sheetByName('SKU Sales');
    if (!model) throw new Error('no SKU Sales tab');
    addon.book.write(model, 1, 10, [['My note'], ['check supplier'], ['fine'], ['bundle?']]);
    addon.callValue('refreshNow');
    expect(skuSales(addon).map((r) => [r.SKU, r['My note']])).toEqual([
      ['LH-KNF-02', 'check supplier'],
      ['LH-LMP-04', 'fine'],
      ['LH-MUG-01', 'bundle?'],
    ]);
  });

  it('keeps each note a user typed beside its SKU when a SKU above it leaves the tab (rows never move)', () => {
    const addon = load();
    addon.callValue('refreshNow');
    const model = addon.book.sheetByName('SKU Sales');
    const inventory = addon.book.sheetByName('Inventory');
    if (!model || !inventory) throw new Error('no SKU Sales or Inventory tab');
    addon.book.write(model, 1, 10, [['My note'], ['check supplier'], ['fine'], ['bundle?']]);
    // The lamp's SKU renamed in every Inventory row: LH-LMP-04 leaves, LH-LMP-05 arrives.
    const shown = addon.show('Inventory');
    const skuAt = shown[0].indexOf('SKU');
    shown.forEach((row, i) => {
      if (i > 0 && row[skuAt] === 'LH-LMP-04') addon.book.write(inventory, i + 1, skuAt + 1, [['LH-LMP-05']]);
    });
    addon.callValue('refreshNow');
    expect(skuSales(addon).map((r) => [r.SKU, r['My note']])).toEqual([
      ['LH-KNF-02', 'check supplier'],
      ['', 'fine'],
      ['LH-MUG-01', 'bundle?'],
      ['LH-LMP-05', ''],
    ]);
  });

  it('counts orders imported since the last refresh', () => {
    const addon = load();
    addon.callValue('refreshNow');
    addInventoryRow(addon, { Date: '2026-11-26', ASIN: 'B0DEMO0004', 'Units ordered': 100, Sales: 3250 });
    addon.callValue('refreshNow');
    // An All Orders row for a day the Business Report row already has: the larger count, 100.
    expect([lamp(addon)?.['Units 7d'], lamp(addon)?.['Units 30d']]).toEqual(['148', '331']);
  });
});

describe('SKU Sales when a refresh fails', () => {
  it('is left as the last good refresh wrote it', () => {
    const addon = load();
    addon.callValue('refreshNow');
    const before = addon.show('SKU Sales');
    addInventoryRow(addon, { Date: '2026-11-25', SKU: 'LH-LMP-04', ASIN: 'B0DEMO0004', 'Units ordered': 40 });
    refreshFailingOnToday(addon);
    expect(addon.show('SKU Sales')).toEqual(before);
  });

  it('is left empty when the first refresh fails', () => {
    const addon = load();
    const before = addon.show('SKU Sales');
    refreshFailingOnToday(addon);
    expect([addon.show('SKU Sales'), before.length]).toEqual([before, 1]);
  });
});

describe('SKU Sales in a Chinese spreadsheet', () => {
  it('is the tab “SKU 销量” with Chinese headers, and the same numbers', () => {
    const addon = LocalAddon.load({ book: generateDemoStore({ locale: 'zh-CN' }), locale: 'zh-CN' });
    addon.callValue('refreshNow');
    const [headers, ...rows] = addon.show('SKU 销量');
    const lampRow = rows.find((r) => r[0] === 'LH-LMP-04') ?? [];
    expect([headers.slice(3, 8), lampRow.slice(3, 8)]).toEqual([
      ['7天销量', '14天销量', '30天销量', '30天销售额', '加权日均'],
      ['58', '113', '241', '7,832.50', '8.17'],
    ]);
  }, 120_000);
});
