import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber, parseA1, splitSheet, toA1 } from './a1';
import { errorOf, open } from './test-kit';

describe('parseA1', () => {
  it('reads a single cell', () => {
    expect(parseA1('B3', 1000, 26)).toEqual({ row: 3, col: 2, numRows: 1, numCols: 1 });
  });

  it('reads a rectangle', () => {
    expect(parseA1('B3:D10', 1000, 26)).toEqual({ row: 3, col: 2, numRows: 8, numCols: 3 });
  });

  it('runs an open column range to the last row of the sheet', () => {
    expect(parseA1('F2:F', 500, 26)).toEqual({ row: 2, col: 6, numRows: 499, numCols: 1 });
  });

  it('reads a whole column', () => {
    expect(parseA1('F:F', 1000, 26)).toEqual({ row: 1, col: 6, numRows: 1000, numCols: 1 });
  });

  it('reads whole rows across every column', () => {
    expect(parseA1('2:5', 1000, 30)).toEqual({ row: 2, col: 1, numRows: 4, numCols: 30 });
  });

  it('runs an open row range to the last column', () => {
    expect(parseA1('C2:2', 1000, 26)).toEqual({ row: 2, col: 3, numRows: 1, numCols: 24 });
  });

  it('ignores $ anchors and letter case', () => {
    expect(parseA1('$b$3:d$10', 1000, 26)).toEqual(parseA1('B3:D10', 1000, 26));
  });

  it('puts a reversed rectangle the right way round', () => {
    expect(parseA1('D10:B3', 1000, 26)).toEqual({ row: 3, col: 2, numRows: 8, numCols: 3 });
  });

  it.each(['', 'foo', 'A0', '3B', 'A1:B2:C3', 'ZZZZ1', 'A', '1', 'A1:', ':B2', 'A-1'])('throws "Range not found" for %j', (ref) => {
    expect(errorOf(() => parseA1(ref, 1000, 26))).toBe('Range not found');
  });
});

describe('splitSheet', () => {
  it('takes a quoted sheet name apart from the reference', () => {
    expect(splitSheet("'My tab'!A1:B2")).toEqual({ sheet: 'My tab', ref: 'A1:B2' });
  });

  it("unescapes a doubled quote in a quoted name", () => {
    expect(splitSheet("'Bob''s tab'!C3")).toEqual({ sheet: "Bob's tab", ref: 'C3' });
  });

  it('reads an unquoted sheet name', () => {
    expect(splitSheet('Inventory!F2:F')).toEqual({ sheet: 'Inventory', ref: 'F2:F' });
  });

  it('leaves a bare reference without a sheet', () => {
    expect(splitSheet('B3')).toEqual({ sheet: null, ref: 'B3' });
  });
});

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [18278, 'ZZZ'],
  ])('column %i is %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('round-trips every column up to ZZZ', () => {
    for (let n = 1; n <= 18278; n++) if (columnNumber(columnLetters(n)) !== n) throw new Error(`column ${n}`);
  });

  it('writes a one-cell rectangle as a cell and a larger one as a range', () => {
    expect(toA1({ row: 3, col: 2, numRows: 1, numCols: 1 })).toBe('B3');
    expect(toA1({ row: 3, col: 2, numRows: 8, numCols: 3 })).toBe('B3:D10');
  });
});

describe('A1 notation through the services', () => {
  it("Spreadsheet.getRange finds a range on a quoted tab name", () => {
    const { ss, run } = open({ sheets: [{ name: 'Data' }, { name: 'My tab', cells: { A1: 'here' } }] });
    run(() => {
      const range = ss.getRange("'My tab'!A1");
      expect(range.getSheet().getName()).toBe('My tab');
      expect(range.getValue()).toBe('here');
    });
  });

  it('Spreadsheet.getRange reads an unqualified reference on the active sheet', () => {
    const { ss, run } = open({ sheets: [{ name: 'Data', cells: { B3: 1 } }, { name: 'Other', cells: { B3: 2 } }] });
    run(() => {
      ss.getSheetByName('Other')!.activate();
      expect(ss.getRange('B3').getValue()).toBe(2);
    });
  });

  it('throws "Range not found" for a tab that does not exist', () => {
    const { ss, run } = open();
    run(() => expect(errorOf(() => ss.getRange('Missing!A1'))).toBe('Range not found'));
  });

  it('throws "Range not found" for a reference beyond the grid', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', rows: 100, columns: 5 }] });
    run(() => {
      expect(errorOf(() => sheet().getRange('A101'))).toBe('Range not found');
      expect(errorOf(() => sheet().getRange('F1'))).toBe('Range not found');
      expect(sheet().getRange('E100').getA1Notation()).toBe('E100');
    });
  });

  it('resolves F2:F to the last row of the sheet it names', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', rows: 50 }] });
    run(() => {
      const range = sheet().getRange('F2:F');
      expect([range.getA1Notation(), range.getNumRows()]).toEqual(['F2:F50', 49]);
    });
  });
});
