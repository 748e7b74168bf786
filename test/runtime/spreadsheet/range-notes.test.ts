import { describe, expect, it } from 'vitest';
import { errorOf, open } from './test-kit';

describe('Range.setNotes', () => {
  it('sets one note per cell and clears a cell given "" or null', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { C1: { input: 'x', note: 'old' } } }] });
    run(() => sheet().getRange('A1:C1').setNotes([['first', 'second', '']]));
    expect(run(() => ['A1', 'B1', 'C1'].map((a1) => sheet().getRange(a1).getNote()))).toEqual(['first', 'second', '']);
  });

  it('refuses notes of another size than the range, as setValues does', () => {
    const { sheet, run } = open();
    expect(errorOf(() => run(() => sheet().getRange('A1:B1').setNotes([['only one']])))).toMatch(/number of columns in the data does not match/);
  });
});
