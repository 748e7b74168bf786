/**
 * Custom functions as Sheets evaluates them, on a small add-on written for these tests (not the
 * real one): spills sized by what a function returns, and what a function receives for errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon } from '../local-addon';

// Names unlikely to clash with the real add-on's: HyperFormula registers functions once per process.
const CODE = `
/** @customfunction */
function T_COUNT_TO(n) { var out = []; for (var i = 1; i <= n; i++) out.push([i]); return out; }
/** @customfunction */
function T_FIRST_TWO(range) { return range.slice(0, 2); }
/** @customfunction */
function T_TOTAL(range) { var t = 0; range.forEach(function (row) { t += row[0]; }); return t; }
/** @customfunction */
function T_FAIL(range) { throw new Error('no good'); }
/** @customfunction */
function T_SHOW(value) { return JSON.stringify(value); }
/** @customfunction */
function T_TYPE(value) { return typeof value; }
function onOpen() {}
`;

let distDir = '';

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'ops-desk-custom-functions-'));
  writeFileSync(join(distDir, 'Code.js'), CODE);
  writeFileSync(join(distDir, 'appsscript.json'), JSON.stringify({ timeZone: 'UTC' }));
});

/** The test add-on on one sheet "S" holding `cells`. */
function load(cells: Record<string, string | number> = {}): LocalAddon {
  return LocalAddon.load({ distDir, now: new Date('2026-11-27T12:00:00Z'), book: { timeZone: 'UTC', sheets: [{ name: 'S', cells }] } });
}

/** Types into one cell of "S" as a user would. */
function type(addon: LocalAddon, a1: string, input: string | number): void {
  const sheet = addon.book.sheetByName('S');
  if (!sheet) throw new Error('no sheet S');
  const col = a1.charCodeAt(0) - 64;
  addon.book.write(sheet, Number(a1.slice(1)), col, [[input]]);
}

/** How many times the add-on ran `name` as a custom function. */
function runs(addon: LocalAddon, name: string): number {
  return addon.log.filter((r) => r.kind === 'custom-function' && r.name === name).length;
}

describe('a custom function spills what it returns, as Sheets sizes spills', () => {
  it('a list longer than its arguments spills all of it', () => {
    expect(load({ A1: '=T_COUNT_TO(3)' }).show('S')).toEqual([['1'], ['2'], ['3']]);
  });

  it('a list shorter than its range argument spills only its own length (the row after it stays free)', () => {
    const addon = load({ A1: 1, A2: 2, A3: 3, A4: 4, A5: 5, B3: 'kept', B1: '=T_FIRST_TWO(A1:A5)' });
    expect(addon.show('S').map((row) => row[1])).toEqual(['1', '2', 'kept', '', '']);
  });

  it('a single value reserves no cells below it, whatever the size of its arguments', () => {
    const addon = load({ A1: 1, A2: 2, A3: 3, B2: 'kept', B1: '=T_TOTAL(A1:A3)' });
    expect(addon.show('S').map((row) => row[1])).toEqual(['6', 'kept', '']);
  });

  it('grows and shrinks with its result when an argument changes', () => {
    const addon = load({ A1: 2, B1: '=T_COUNT_TO(A1)' });
    type(addon, 'A1', 4);
    const grown = addon.show('S').map((row) => row[1]);
    type(addon, 'A1', 1);
    expect([grown, addon.show('S').map((row) => row[1])]).toEqual([['1', '2', '3', '4'], ['1']]);
  });

  it('runs once per recalculation although the formula is entered again at its learned size', () => {
    const addon = load();
    type(addon, 'A1', '=T_COUNT_TO(3)');
    expect(runs(addon, 'T_COUNT_TO')).toBe(1);
  });

  it('shows #REF! when its result would overwrite content, and spills once the content is cleared', () => {
    const addon = load({ A2: 'in the way', A1: '=T_COUNT_TO(3)' });
    const blocked = addon.show('S').map((row) => row[0]);
    type(addon, 'A2', '');
    expect([blocked, addon.show('S').map((row) => row[0])]).toEqual([['#REF!', 'in the way'], ['1', '2', '3']]);
  });

  it('an error shows in the calling cell only and reserves nothing below it', () => {
    const addon = load({ A1: 1, A2: 2, B2: 'kept' });
    expect([addon.formula('=T_FAIL(A1:A2)'), addon.show('S').map((row) => row[1])]).toEqual(['#ERROR! no good', ['', 'kept']]);
  });
});

describe('what a custom function receives for an error', () => {
  it('an error cell inside a range arrives as the error’s text', () => {
    const addon = load({ A1: 1, A2: '=1/0', A3: '=NA()', A4: '=Z1+"x"' });
    expect(addon.formula('=T_SHOW(A1:A4)')).toBe('[[1],["#DIV/0!"],["#N/A"],["#VALUE!"]]');
  });

  it('a direct error argument still calls the function, with the error’s text as a string', () => {
    const addon = load();
    expect([addon.formula('=T_TYPE(1/0)'), addon.formula('=T_SHOW(1/0)'), runs(addon, 'T_TYPE')]).toEqual(['string', '"#DIV/0!"', 1]);
  });
});
