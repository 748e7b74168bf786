import { describe, expect, it } from 'vitest';
import { cellValue, columnIndex, isDateFormat, serialToIso, sheetTable, type XlsxContext } from '../../../src/core/reports/xlsx';

const CONTEXT: XlsxContext = { sharedStrings: ['Start Date', 'Spend'], dateStyles: new Set([1]), date1904: false };
const cell = (over: Partial<Parameters<typeof cellValue>[0]>) => ({ ref: null, type: null, style: 0, value: null, inline: null, ...over });

describe('columnIndex', () => {
  it.each([
    ['A1', 0],
    ['Z9', 25],
    ['AA1', 26],
    ['AB12', 27],
    ['$C$3', 2],
    ['1A', null],
  ])('%s → %s', (ref, index) => {
    expect(columnIndex(ref)).toBe(index);
  });
});

describe('isDateFormat', () => {
  it.each([
    [14, undefined, true],
    [22, undefined, true],
    [0, undefined, false],
    [10, undefined, false],
    [164, 'mmm\\ dd\\,\\ yyyy', true],
    [165, 'yyyy"年"m"月"d"日"', true],
    [166, '[$-409]m/d/yy h:mm AM/PM;@', true],
    [167, '"$"#,##0.00', false],
    [168, '0.00%', false],
    [169, '[Red]#,##0', false],
  ])('format %s %s → %s', (id, code, date) => {
    expect(isDateFormat(id, code)).toBe(date);
  });
});

describe('serialToIso', () => {
  it.each([
    [46266, false, '2026-09-01'],
    [46266.5, false, '2026-09-01 12:00:00'],
    [44804, true, '2026-09-01'],
  ])('%s (1904: %s) → %s', (serial, date1904, iso) => {
    expect(serialToIso(serial, date1904)).toBe(iso);
  });
});

describe('cellValue', () => {
  it.each([
    ['a shared string', cell({ type: 's', value: '1' }), 'Spend'],
    ['an inline string', cell({ type: 'inlineStr', inline: 'x' }), 'x'],
    ['a number', cell({ value: '1234.5' }), 1234.5],
    ['a date-styled number', cell({ style: 1, value: '46266' }), '2026-09-01'],
    ['a boolean', cell({ type: 'b', value: '1' }), true],
    ['an empty cell', cell({}), null],
    ['formula text', cell({ type: 'str', value: '=A1' }), '=A1'],
  ])('reads %s', (_name, c, value) => {
    expect(cellValue(c, CONTEXT)).toEqual(value);
  });
});

describe('sheetTable', () => {
  it('puts cells at their columns and rows at their numbers, gaps as null', () => {
    const rows = [
      { index: 1, cells: [cell({ ref: 'A1', type: 's', value: '0' }), cell({ ref: 'C1', type: 's', value: '1' })] },
      { index: 3, cells: [cell({ ref: 'B3', value: '7' })] },
    ];
    expect(sheetTable(rows, CONTEXT)).toEqual([['Start Date', null, 'Spend'], [], [null, 7]]);
  });

  it('places cells without references after the previous one', () => {
    expect(sheetTable([{ index: null, cells: [cell({ value: '1' }), cell({ value: '2' })] }], CONTEXT)).toEqual([[1, 2]]);
  });
});
