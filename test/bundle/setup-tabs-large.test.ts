import { describe, expect, it } from 'vitest';
import type { LocalAddon } from '../runtime/local-addon';
import { allSchemas, TAB_SCHEMAS } from '../../src/core/tabs/registry';
import { emptyBook, setUp } from './tabs-helpers';

const ROWS = 10_000;

/** A plausible value for an input cell of a column kind (row `r`). */
function sample(kind: string, r: number): string | number | boolean {
  switch (kind) {
    case 'date':
    case 'datetime':
      return `2026-${String(1 + (r % 12)).padStart(2, '0')}-${String(1 + (r % 28)).padStart(2, '0')}`;
    case 'int':
      return (r * 7) % 500;
    case 'num':
    case 'money':
      return ((r * 13) % 1000) / 10;
    case 'pct':
      return ((r % 50) + 1) / 100;
    case 'bool':
      return r % 3 === 0;
    case 'rating':
      return 3 + (r % 20) / 10;
    default:
      return `item ${r}`;
  }
}

/**
 * Fills `rows` rows of every tab straight into the workbook, as a user's paste would: the first two
 * columns and every column a formula reads. The formulas step aside while the data goes in and come
 * back after, so the engine computes them once (the runtime recalculates on every write).
 */
function fill(addon: LocalAddon, rows: number): void {
  for (const schema of allSchemas()) {
    if (schema.fixedCells) continue;
    const model = addon.book.sheetByName(schema.name.en);
    if (!model) throw new Error(schema.id);
    const formulas = [...model.formulas.entries()].map(([k, f]) => [...k.split(',').map(Number), f] as [number, number, string]);
    for (const [r, c] of formulas) addon.book.write(model, r, c, [['']]);
    addon.book.resize(model, Math.max(model.maxRows, rows + 1), model.maxCols);
    const read = new Set(formulas.flatMap(([, , f]) => [...f.matchAll(/\b([A-Z]{1,2})2:\1\b/g)].map((m) => m[1])));
    const first = schema.seed ? 2 + schema.seed.rows('en').length : 2;
    schema.columns.forEach((c, i) => {
      const letter = String.fromCharCode(65 + i);
      if (c.formula || (schema.seed && c.id === schema.seed.keyColumn) || (i >= 2 && !read.has(letter))) return;
      addon.book.write(model, first, i + 1, Array.from({ length: rows + 2 - first }, (_, r) => [sample(c.kind, r)]));
    });
    for (const [r, c, f] of formulas) addon.book.write(model, r, c, [[f]]);
  }
}

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
    fill(addon, ROWS);
    expect(addon.book.extent(addon.book.sheetByName(TAB_SCHEMAS.ads.name.en) as never).lastRow).toBe(ROWS + 1);
    const before = snapshot(addon);
    const report = addon.call('setupTabs', []);
    expect(report.error).toBeUndefined();
    expect(snapshot(addon)).toBe(before);
    expect(report.callCount).toBe(emptyRerun);
  });
});
