import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TabValues } from '../../../src/core/alerts/snapshot';
import type { RollingSales, SkuSales } from '../../../src/core/refresh/rolling-sales';
import { planSkuSalesBlock } from '../../../src/core/refresh/sku-sales-block';
import { SKU_SALES } from '../../../src/core/tabs/sku-sales';
import { tab } from '../alerts/fixtures';

const AS_OF = Date.UTC(2026, 10, 26);
const day = (ms: number) => `day:${new Date(ms).toISOString().slice(0, 10)}`;
const line = (sku: string, units7 = 1, more: Partial<SkuSales> = {}): SkuSales => ({ sku, asin: `B0${sku}`, units7, units14: units7, units30: units7, sales30: units7 * 10, weightedDaily: units7 / 7, lastSale: AS_OF, ...more });
const sales = (...lines: SkuSales[]): RollingSales => ({ asOf: AS_OF, lines });
const ids = SKU_SALES.columns.map((c) => c.id);
const onTab = (...rows: Readonly<Record<string, unknown>>[]) => tab('skuSales', rows);

describe('planSkuSalesBlock', () => {
  it('writes one block from row 2 over the tab\'s columns, a line per row, dates through `day`', () => {
    const block = planSkuSalesBlock(onTab(), sales(line('KNIFE', 3, { lastSale: null })), day);
    expect(block).toEqual({
      row: 2,
      height: 1,
      lines: 1,
      runs: [{ column: 1, values: [['KNIFE', 'B0KNIFE', 'day:2026-11-26', 3, 3, 3, 30, 3 / 7, '']] }],
    });
  });

  it('plans nothing when there are no lines and the tab holds none', () => {
    expect(planSkuSalesBlock(onTab(), sales(), day)).toBeNull();
  });

  it('clears the rows a previous run left below the new lines, in the same block', () => {
    const block = planSkuSalesBlock(onTab({ sku: 'A', units7: 1 }, { sku: 'B', units7: 1 }, { sku: 'C', units7: 1 }), sales(line('A')), day);
    expect(block?.height).toBe(3);
    expect(block?.runs[0].values.slice(1)).toEqual([ids.map(() => ''), ids.map(() => '')]);
  });

  it('clears every line when nothing is left to show', () => {
    const block = planSkuSalesBlock(onTab({ sku: 'A', units7: 1 }), sales(), day);
    expect(block?.runs[0].values).toEqual([ids.map(() => '')]);
  });

  it('keeps each SKU in the row it is in (a user\'s sort survives) and puts new SKUs after', () => {
    const block = planSkuSalesBlock(onTab({ sku: 'MUG' }, { sku: 'KNIFE' }), sales(line('KNIFE'), line('LAMP'), line('MUG')), day);
    expect(block?.runs[0].values.map((r) => r[0])).toEqual(['MUG', 'KNIFE', 'LAMP']);
  });

  describe('rows never move, so a note in a user\'s column stays beside its SKU', () => {
    const withNotes = (...rows: Readonly<Record<string, unknown>>[]) => tab('skuSales', rows, 'en', [...ids, 'mine']);
    const skus = (values: TabValues, lines: SkuSales[]) => planSkuSalesBlock(values, sales(...lines), day)?.runs[0].values.map((r) => r[0]);

    it('keeps a line in its row when a line above it is gone', () => {
      const values = withNotes({ sku: 'A', mine: 'note for A' }, { sku: 'B', mine: 'note for B' }, { sku: 'C', mine: 'note for C' });
      expect(skus(values, [line('A'), line('C')])).toEqual(['A', '', 'C']);
    });

    it('clears a gone line\'s row in every one of our columns', () => {
      const block = planSkuSalesBlock(withNotes({ sku: 'A', units7: 1 }, { sku: 'B', units7: 1 }), sales(line('B')), day);
      expect(block?.runs[0].values[0]).toEqual(ids.map(() => ''));
    });

    it.each([
      ['a row left blank in every column', [{ sku: 'A' }, {}, { sku: 'C' }], ['A', 'D', 'C']],
      ['a gone line\'s row with nothing in the user\'s column', [{ sku: 'A' }, { sku: 'B' }, { sku: 'C' }], ['A', 'D', 'C']],
    ])('puts a new line into %s before appending one', (_, rows, expected) => {
      expect(skus(withNotes(...rows), [line('A'), line('C'), line('D')])).toEqual(expected);
    });

    it.each([
      ['a gone line\'s row that still holds the user\'s note', [{ sku: 'A' }, { sku: 'B', mine: 'note for B' }, { sku: 'C' }], ['A', '', 'C', 'D']],
      ['a row holding only the user\'s note', [{ sku: 'A' }, { mine: 'a note of mine' }, { sku: 'C' }], ['A', '', 'C', 'D']],
      ['the user\'s note below the last line', [{ sku: 'A' }, { sku: 'C' }, { mine: 'a note of mine' }], ['A', 'C', '', 'D']],
    ])('never puts a new line beside %s', (_, rows, expected) => {
      expect(skus(withNotes(...rows), [line('A'), line('C'), line('D')])).toEqual(expected);
    });

    it('fills free rows top first with new lines in the order given, then appends the rest', () => {
      expect(skus(withNotes({}, { sku: 'B' }, {}), [line('B'), line('D'), line('E'), line('F')])).toEqual(['D', 'B', 'E', 'F']);
    });

    it('clears a second row of a line already on the tab and keeps the first', () => {
      expect(skus(withNotes({ sku: 'A' }, { sku: 'A' }), [line('A')])).toEqual(['A', '']);
    });
  });

  it('finds a line known only by its ASIN by that ASIN', () => {
    const block = planSkuSalesBlock(onTab({ asin: 'B0ZZZ' }, { sku: 'A' }), sales(line('A'), line('', 1, { asin: 'B0ZZZ' })), day);
    expect(block?.runs[0].values.map((r) => r[1])).toEqual(['B0ZZZ', 'B0A']);
  });

  it('never writes a column the user added: a column between ours splits the block in two', () => {
    const order = ['sku', 'asin', 'mine', 'asOf', 'units7', 'units14', 'units30', 'sales30', 'weightedDaily', 'lastSale'];
    const values = tab('skuSales', [{ sku: 'A', mine: 'my note' }], 'en', order);
    const block = planSkuSalesBlock(values, sales(line('A')), day);
    expect(block?.runs.map((r) => [r.column, r.values[0].length])).toEqual([
      [1, 2],
      [4, 7],
    ]);
  });

  it('finds its columns by header in Chinese', () => {
    const block = planSkuSalesBlock(tab('skuSales', [], 'zh-CN'), sales(line('A')), day);
    expect(block?.runs[0].values[0][3]).toBe(1);
  });

  it('plans nothing on a sheet where none of its columns is left', () => {
    expect(planSkuSalesBlock({ headers: ['Mine'], rows: [], firstRow: 2 }, sales(line('A')), day)).toBeNull();
  });

  it('always covers the new lines and every row the area held, and writes each line once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), { maxLength: 6 }), fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), { maxLength: 6 }), (before, after) => {
        const block = planSkuSalesBlock(onTab(...before.map((sku) => ({ sku, units7: 1 }))), sales(...after.map((sku) => line(sku))), day);
        if (before.length === 0 && after.length === 0) {
          expect(block).toBeNull();
          return;
        }
        expect(block?.height).toBe(Math.max(before.length, after.length));
        const written = (block?.runs[0].values ?? []).map((r) => r[0]).filter((x) => x !== '');
        expect([...written].sort()).toEqual([...after].sort());
      }),
    );
  });

  it('writes every line still there in the row it was in, and puts each new line in a row no kept line or user note holds', () => {
    const sku = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F');
    const before = fc.array(fc.record({ sku: fc.option(sku, { nil: '' }), mine: fc.constantFrom('', 'a note') }), { maxLength: 8 });
    fc.assert(
      fc.property(before, fc.uniqueArray(sku, { maxLength: 6 }), (rows, after) => {
        const values = tab('skuSales', rows, 'en', [...ids, 'mine']);
        const written = (planSkuSalesBlock(values, sales(...after.map((s) => line(s))), day)?.runs[0].values ?? []).map((r) => r[0]);
        after.forEach((s) => {
          const was = rows.findIndex((r) => r.sku === s);
          const now = written.indexOf(s);
          if (was >= 0) expect(now).toBe(was);
          else expect(rows[now]?.mine ?? '').toBe('');
        });
      }),
    );
  });
});
