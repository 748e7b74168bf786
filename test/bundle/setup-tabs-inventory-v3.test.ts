/**
 * An Inventory tab of version 2 (no unit volume, no AIS bands) upgraded by setupTabs to version 3:
 * the new columns land on the right in the sheet's language, every cell is kept, and the aged-stock
 * alert it already raised from Aged 181+ days still comes, now saying the unit volume is missing.
 */
import { describe, expect, it } from 'vitest';
import { TAB_SCHEMAS } from '../../src/core/tabs/registry';
import { TAB_META_KEY } from '../../src/core/tabs/tab-meta';
import { LocalAddon } from '../runtime/local-addon';
import type { WorkbookFile } from '../runtime/workbook-file';
import { emptyBook, inputs, putRows, setUp, tabOf } from './tabs-helpers';

const V3 = TAB_SCHEMAS.inventory.columns.filter((c) => c.since === 3).map((c) => c.id);

/** A book set up in `locale` whose Inventory tab is made what version 2 wrote, with one aged row. */
function version2Book(locale: string): WorkbookFile {
  const file = setUp(emptyBook(), locale).toFile();
  const { sheet, meta } = tabOf(file, 'inventory');
  const positions = V3.map((id) => meta.columns[id]);
  for (const a1 of Object.keys(sheet.cells ?? {})) {
    const col = a1.replace(/\d+/, '').charCodeAt(0) - 64;
    if (positions.includes(col)) delete sheet.cells?.[a1];
  }
  const columns = Object.fromEntries(Object.entries(meta.columns).filter(([id]) => !V3.includes(id)));
  const entry = sheet.metadata?.find((m) => m.key === TAB_META_KEY);
  if (entry) entry.value = JSON.stringify({ ...meta, version: 2, columns });
  putRows(file, 'inventory', [{ date: '2026-11-26', sku: 'LAMP-1', asin: 'B0LAMP0001', available: 900, dailySales: 1, aged181: 25 }]);
  return file;
}

describe('setupTabs upgrading Inventory from version 2', () => {
  it.each([
    ['en', 'Inventory', ['Unit volume (cu ft)', 'AIS units 181–270 d', 'AIS units 271–365 d', 'AIS units 366–455 d', 'AIS units 456+ d']],
    ['zh-CN', '库存', ['单件体积（立方英尺）', '超龄费件数 181–270 天', '超龄费件数 271–365 天', '超龄费件数 366–455 天', '超龄费件数 456 天以上']],
  ])('adds the version-3 columns on the right in %s and keeps every cell', (locale, tab, headers) => {
    const book = version2Book(locale);
    const before = inputs(tabOf(book, 'inventory').sheet);
    const addon = setUp(book, locale, [['inventory']]);
    const { sheet, meta } = tabOf(addon.toFile(), 'inventory');
    expect(addon.show(tab)[0].slice(-5)).toEqual(headers);
    expect(inputs(sheet)).toMatchObject(before);
    expect(meta.version).toBe(3);
  });

  it('still raises the aged-stock alert from Aged 181+ days, saying the unit volume is missing', () => {
    const addon = setUp(version2Book('en'), 'en', [['inventory']]);
    addon.callValue('refreshNow');
    const row = addon.show('Today').find((r) => (r[0] ?? '').startsWith('LAMP-1: 25 units over 180 days old'));
    expect(row?.[1]).toBe('—');
    expect(row?.[2]).toContain('the unit volume is missing');
  });

  it('loads without setup and prices nothing on a version-2 tab', () => {
    const addon = LocalAddon.load({ book: version2Book('en'), locale: 'en' });
    addon.callValue('refreshNow');
    const row = addon.show('Today').find((r) => (r[0] ?? '').startsWith('LAMP-1: 25 units'));
    expect(row?.[1]).toBe('—');
  });
});
