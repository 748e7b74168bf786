/**
 * Every custom function, typed into cells of the local runtime and evaluated by the spreadsheet
 * engine with the built bundle answering: its worked example in one cell, and one call over open
 * ranges spilling down a column (how the templates use them).
 */
import { describe, expect, it } from 'vitest';
import { FORMULAS } from '../../src/core/formulas/catalog';
import { parseExampleCall } from '../../src/core/formulas/example-call';
import { columnLetters } from '../runtime/spreadsheet/a1';
import type { CellFile } from '../runtime/workbook-file';
import { loadAddon } from './load';

const ROWS = 6;
const BLANK_ROW = 4; // one blank row inside the data: it must stay blank

/** A cell holding `value` as the user would type it. */
function typed(value: unknown): CellFile {
  if (typeof value === 'string') return `'${value}`;
  return value as number | boolean;
}

const close = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;

describe.each(FORMULAS.map((f) => [f.name, f] as const))('%s in a cell', (name, entry) => {
  it(`shows its worked example: ${entry.example.formula} → ${entry.example.result}`, () => {
    const addon = loadAddon({ book: { timeZone: 'UTC', user: { locale: 'en' }, sheets: [{ name: 'S', cells: { A1: entry.example.formula } }] } });
    const spill = addon.kernel.run('script', 'FULL', () => addon.spreadsheet.getRange('S!A1:A10').getValues()).value.map((r) => r[0]).filter((v) => v !== '');
    const text = (v: unknown): string =>
      Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString().slice(0, 10) : typeof v === 'boolean' ? String(v).toUpperCase() : String(v);
    const want = entry.example.result;
    if (want.startsWith('{')) expect(`{${spill.map(text).join(';')}}`).toBe(want);
    else if (Number.isFinite(Number(want)) && want !== '') expect(spill[0] as number).toBeCloseTo(Number(want), 9);
    else expect(text(spill[0])).toBe(want);
  });

  it('spills one call over open ranges down a column, blank rows blank, matching a direct call', () => {
    const values = parseExampleCall(entry.example.formula).args;
    const cells: Record<string, CellFile> = {};
    const refs: string[] = [];
    const direct: unknown[] = [];
    let col = 1;
    for (const v of values) {
      const grid = Array.isArray(v) ? (v as unknown[][]) : [[v]];
      const width = grid[0].length;
      const column = grid.length > 1; // a column literal (PROMO_STACK) is used as it is
      const height = column ? grid.length : ROWS;
      const block: unknown[][] = [];
      for (let r = 0; r < height; r++) {
        const line = column ? grid[r] : r + 1 === BLANK_ROW ? new Array(width).fill('') : grid[0];
        block.push(line);
        line.forEach((cell, c) => {
          if (cell !== '') cells[`${columnLetters(col + c)}${r + 2}`] = typed(cell);
        });
      }
      refs.push(`${columnLetters(col)}2:${columnLetters(col + width - 1)}`);
      direct.push(block);
      col += width;
    }
    const out = columnLetters(col + 1);
    cells[`${out}2`] = `=${name}(${refs.join(', ')})`;
    const addon = loadAddon({ book: { user: { locale: 'en' }, sheets: [{ name: 'S', rows: 20, cells }] } });
    const expected = addon.runCustomFunction(name, direct) as unknown[][];
    const got = addon.kernel.run('script', 'FULL', () => addon.spreadsheet.getRange(`S!${out}2:${out}${1 + expected.length + 3}`).getValues()).value;
    expected.forEach((row, r) => {
      const cell = got[r][0];
      const want = Object.prototype.toString.call(row[0]) === '[object Date]' ? (row[0] as Date).getTime() : row[0];
      const have = Object.prototype.toString.call(cell) === '[object Date]' ? (cell as Date).getTime() : cell;
      expect(close(have, want), `row ${r + 2}: ${String(have)} vs ${String(want)}`).toBe(true);
    });
    if (expected.length === ROWS) expect(got[BLANK_ROW - 1][0]).toBe('');
    // Below the data the open range is empty: the spill shows nothing there.
    expect(got.slice(expected.length).every((r) => r[0] === '')).toBe(true);
  });
});
