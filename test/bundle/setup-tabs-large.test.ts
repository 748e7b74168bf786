import { describe, expect, it } from 'vitest';
import type { LocalAddon } from '../runtime/local-addon';
import { TAB_SCHEMAS } from '../../src/core/tabs/registry';
import { emptyBook, fillRows, setUp } from './tabs-helpers';

const ROWS = 10_000;

/** Every cell of every tab as typed (formulas as text), row by row. */
function snapshot(addon: LocalAddon): string {
  return addon.book.sheets
    .map((model) => {
      const { lastRow, lastCol } = addon.book.extent(model);
      const values = addon.book.readBlock(model, 1, 1, lastRow, lastCol);
      return `${model.name}\n${values.map((line, r) => line.map((v, c) => model.formulas.get(`${r + 1},${c + 1}`) ?? String(v)).join('\t')).join('\n')}`;
    })
    .join('\n');
}

describe('setupTabs on a workbook with 10,000 rows in every tab', () => {
  it('changes no data cell and makes no more service calls than on an empty one', { timeout: 240_000 }, () => {
    const addon = setUp(emptyBook(), 'en');
    const emptyRerun = addon.call('setupTabs', []).callCount;
    fillRows(addon, ROWS);
    expect(addon.book.extent(addon.book.sheetByName(TAB_SCHEMAS.ads.name.en) as never).lastRow).toBe(ROWS + 1);
    const before = snapshot(addon);
    const report = addon.call('setupTabs', []);
    expect(report.error).toBeUndefined();
    expect(snapshot(addon)).toBe(before);
    expect(report.callCount).toBe(emptyRerun);
  });
});
