import { describe, expect, it } from 'vitest';
import { workbookToFile } from '../workbook-file';
import { errorOf, open } from './test-kit';

describe('Range.getValues', () => {
  it('returns "" for empty cells, numbers, booleans and strings as stored', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 'SKU', B1: 12.5, C1: true, A2: false } }] });
    expect(run(() => sheet().getRange('A1:D2').getValues())).toEqual([
      ['SKU', 12.5, true, ''],
      [false, '', '', ''],
    ]);
  });

  it('returns "" for cells beyond anything ever written', () => {
    const { sheet, run } = open();
    expect(run(() => sheet().getRange('Y999:Z1000').getValues())).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('returns a date cell as a Date at that wall time in the spreadsheet time zone (Shanghai)', () => {
    const { sheet, run } = open({ timeZone: 'Asia/Shanghai', sheets: [{ name: 'Data', cells: { A1: '2026-11-27' } }] });
    const value = run(() => sheet().getRange('A1').getValue()) as Date;
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
    expect(value.toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });

  it('returns the same date cell at Los Angeles midnight in a Los Angeles spreadsheet', () => {
    const { sheet, run } = open({ timeZone: 'America/Los_Angeles', sheets: [{ name: 'Data', cells: { A1: '2026-11-27' } }] });
    expect((run(() => sheet().getRange('A1').getValue()) as Date).toISOString()).toBe('2026-11-27T08:00:00.000Z');
  });

  it('follows daylight saving time: a July date in Los Angeles is UTC-7', () => {
    const { sheet, run } = open({ timeZone: 'America/Los_Angeles', sheets: [{ name: 'Data', cells: { A1: '2026-07-01' } }] });
    expect((run(() => sheet().getRange('A1').getValue()) as Date).toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('returns a formula date (DATE()) as a Date', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: '=DATE(2026,11,27)' } }] });
    expect((run(() => sheet().getRange('A1').getValue()) as Date).toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });

  it('returns a number in a date-formatted cell as a Date', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: { input: 46353, format: 'yyyy-mm-dd' } } }] });
    expect((run(() => sheet().getRange('A1').getValue()) as Date).toISOString()).toBe('2026-11-26T16:00:00.000Z');
  });

  it('returns a date cell reformatted as a number as a number', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: '2026-11-27' } }] });
    run(() => sheet().getRange('A1').setNumberFormat('0'));
    expect(run(() => sheet().getRange('A1').getValue())).toBe(46353);
  });

  it('returns a typed time of day as a Date on 30 December 1899', () => {
    const { sheet, run } = open({ timeZone: 'UTC', sheets: [{ name: 'Data', cells: { A1: '13:45' } }] });
    expect((run(() => sheet().getRange('A1').getValue()) as Date).toISOString()).toBe('1899-12-30T13:45:00.000Z');
  });

  it("returns an error cell as Sheets' error text", () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: '=1/0', A2: '=NOSUCHFUNCTION(1)' } }] });
    expect(run(() => sheet().getRange('A1:A2').getValues())).toEqual([['#DIV/0!'], ['#NAME?']]);
  });

  it('getValue reads the top-left cell of a range', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { B2: 'top-left', C3: 'other' } }] });
    expect(run(() => sheet().getRange('B2:C3').getValue())).toBe('top-left');
  });
});

describe('Range.setValues', () => {
  it('writes a block that getValues reads back', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('B2:C3').setValues([[1, 'a'], [true, 2.5]]));
    expect(run(() => sheet().getRange('B2:C3').getValues())).toEqual([[1, 'a'], [true, 2.5]]);
  });

  it('throws Apps Script\'s text when the data has too few rows', () => {
    const { sheet, run } = open();
    expect(run(() => errorOf(() => sheet().getRange('A1:B2').setValues([[1, 2]])))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('throws Apps Script\'s text when a row has the wrong number of columns', () => {
    const { sheet, run } = open();
    expect(run(() => errorOf(() => sheet().getRange('A1:B2').setValues([[1, 2], [3]])))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('writes nothing when the size does not match', () => {
    const { sheet, run } = open();
    run(() => errorOf(() => sheet().getRange('A1:B2').setValues([[1, 2], [3]])));
    expect(run(() => sheet().getLastRow())).toBe(0);
  });

  it('rejects a 1-D array with the method-signature error', () => {
    const { sheet, run } = open();
    expect(run(() => errorOf(() => sheet().getRange('A1:B1').setValues([1, 2] as never)))).toBe(
      "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('clears cells written with null, undefined or ""', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 1, B1: 2, C1: 3 } }] });
    run(() => sheet().getRange('A1:C1').setValues([[null, undefined, '']]));
    expect(run(() => [sheet().getRange('A1:C1').getValues(), sheet().getLastRow()])).toEqual([[['', '', '']], 0]);
  });

  it('setValue writes the same value into every cell of the range', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1:B2').setValue(7));
    expect(run(() => sheet().getRange('A1:B2').getValues())).toEqual([[7, 7], [7, 7]]);
  });
});

describe('formulas', () => {
  it('turns a string starting with "=" into a formula whose value computes', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A2: 2, A3: 3, A4: 5 } }] });
    run(() => sheet().getRange('B1').setValues([['=SUM(A2:A)']]));
    expect(run(() => [sheet().getRange('B1').getFormula(), sheet().getRange('B1').getValue()])).toEqual(['=SUM(A2:A)', 10]);
  });

  it('keeps an open range in getFormulas as typed, not closed at the last row', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('B1').setValue('=SUM(A2:A)'));
    expect(run(() => sheet().getRange('A1:B1').getFormulas())).toEqual([['', '=SUM(A2:A)']]);
  });

  it('recomputes a formula when a cell it reads changes', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 2, B1: '=A1*10' } }] });
    run(() => sheet().getRange('A1').setValue(3));
    expect(run(() => sheet().getRange('B1').getValue())).toBe(30);
  });

  it('an open range takes in rows written after the formula', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { B1: '=SUM(A2:A)' } }] });
    run(() => sheet().getRange('A900').setValue(4));
    expect(run(() => sheet().getRange('B1').getValue())).toBe(4);
  });

  it('an open range grows with rows inserted at the end of the sheet', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', rows: 10, cells: { B1: '=SUM(A2:A)' } }] });
    run(() => {
      sheet().insertRowsAfter(10, 5);
      sheet().getRange('A15').setValue(6);
    });
    expect(run(() => sheet().getRange('B1').getValue())).toBe(6);
  });

  it('setFormula on a block moves relative references with each cell, as Sheets does', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 1, A2: 2, A3: 3, D1: 10 } }] });
    run(() => sheet().getRange('B1:B3').setFormula('=A1*$D$1'));
    expect(run(() => [sheet().getRange('B1:B3').getFormulas(), sheet().getRange('B1:B3').getValues()])).toEqual([
      [['=A1*$D$1'], ['=A2*$D$1'], ['=A3*$D$1']],
      [[10], [20], [30]],
    ]);
  });

  it('a string with doubled quotes inside a formula gives one quote each, and the formula reads back as written', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: {} }] });
    run(() => sheet().getRange('A1:B1').setFormulas([['="say ""hi"""', '=LEN("a""b")']]));
    expect(run(() => [sheet().getRange('A1:B1').getValues(), sheet().getRange('A1:B1').getFormulas()])).toEqual([
      [['say "hi"', 3]],
      [['="say ""hi"""', '=LEN("a""b")']],
    ]);
  });

  it('setFormulas writes each formula as given', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 4 } }] });
    run(() => sheet().getRange('B1:C1').setFormulas([['=A1+1', '=A1+2']]));
    expect(run(() => sheet().getRange('B1:C1').getValues())).toEqual([[5, 6]]);
  });

  it('a formula cell that shows nothing still has its formula', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: '=""' } }] });
    expect(run(() => [sheet().getRange('A1').getValue(), sheet().getRange('A1').getFormula()])).toEqual(['', '=""']);
  });

  it('overwriting a formula with a value drops the formula', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: '=1+1' } }] });
    run(() => sheet().getRange('A1').setValue(5));
    expect(run(() => sheet().getRange('A1').getFormula())).toBe('');
  });

  it('SPARKLINE evaluates to a text stand-in, not an error', async () => {
    const { registerEngineFunctions } = await import('./engine-functions');
    registerEngineFunctions([]);
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 1, A2: 2, A3: 3, B1: '=SPARKLINE(A1:A3)' } }] });
    expect(run(() => sheet().getRange('B1').getValue())).toBe('[sparkline: 3 points]');
  });
});

describe('typed text', () => {
  it('a leading apostrophe keeps text and is not part of the value', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1:B1').setValues([["'=SUM(1,2)", "'0012"]]));
    expect(run(() => [sheet().getRange('A1:B1').getValues(), sheet().getRange('A1:B1').getFormulas()])).toEqual([[['=SUM(1,2)', '0012']], [['', '']]]);
  });

  it.each([
    ['12%', 0.12, '0%', '12%'],
    ['12.5%', 0.125, '0.00%', '12.50%'],
    ['$5', 5, '"$"#,##0.00', '$5.00'],
    ['$1,234.50', 1234.5, '"$"#,##0.00', '$1,234.50'],
    ['-$5', -5, '"$"#,##0.00', '-$5.00'],
    ['1,000,000', 1000000, '#,##0', '1,000,000'],
    ['2.000', 2, '0.###############', '2'],
    ['0012', 12, '0.###############', '12'],
  ])('%j is stored as %j, formatted %j, shown %j', (typed, value, format, shown) => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1').setValue(typed));
    expect(run(() => [sheet().getRange('A1').getValue(), sheet().getRange('A1').getNumberFormat(), sheet().getRange('A1').getDisplayValue()])).toEqual([
      value,
      format,
      shown,
    ]);
  });

  it.each([
    ['TRUE', true],
    ['false', false],
    ['1,2', '1,2'],
    ['SKU-001', 'SKU-001'],
  ])('%j is stored as %j', (typed, value) => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1').setValue(typed));
    expect(run(() => sheet().getRange('A1').getValue())).toBe(value);
  });

  it('"2026-11-27" becomes a date that keeps its typed shape', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1').setValue('2026-11-27'));
    const [value, format, shown] = run(() => [sheet().getRange('A1').getValue() as Date, sheet().getRange('A1').getNumberFormat(), sheet().getRange('A1').getDisplayValue()]);
    expect([(value as Date).toISOString(), format, shown]).toEqual(['2026-11-26T16:00:00.000Z', 'yyyy-mm-dd', '2026-11-27']);
  });

  it('"11/27/2026" becomes a date shown the US way', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1').setValue('11/27/2026'));
    expect(run(() => [sheet().getRange('A1').getNumberFormat(), sheet().getRange('A1').getDisplayValue()])).toEqual(['M/d/yyyy', '11/27/2026']);
  });

  it('text typed into a plain-text (@) cell stays text', () => {
    const { sheet, run } = open();
    run(() => {
      sheet().getRange('A1:B1').setNumberFormat('@');
      sheet().getRange('A1:B1').setValues([['0012', '12%']]);
    });
    expect(run(() => sheet().getRange('A1:B1').getValues())).toEqual([['0012', '12%']]);
  });

  it('a typed percentage keeps the format a cell already has', () => {
    const { sheet, run } = open();
    run(() => {
      sheet().getRange('A1').setNumberFormat('0.0');
      sheet().getRange('A1').setValue('12%');
    });
    expect(run(() => [sheet().getRange('A1').getNumberFormat(), sheet().getRange('A1').getDisplayValue()])).toEqual(['0.0', '0.1']);
  });
});

describe('Date values', () => {
  it('setValue(Date) round-trips the same instant', () => {
    const { sheet, run } = open();
    const when = new Date('2026-11-27T03:04:05Z');
    run(() => sheet().getRange('A1').setValue(when));
    expect((run(() => sheet().getRange('A1').getValue()) as Date).getTime()).toBe(when.getTime());
  });

  it('setValue(Date) round-trips the same instant in a zone with daylight saving time', () => {
    const { sheet, run } = open({ timeZone: 'America/Los_Angeles' });
    const when = new Date('2026-03-08T10:30:00Z'); // 03:30 PDT, just after the spring-forward gap
    run(() => sheet().getRange('A1').setValue(when));
    expect((run(() => sheet().getRange('A1').getValue()) as Date).getTime()).toBe(when.getTime());
  });

  it('a Date with a time of day shows date and time in the spreadsheet zone', () => {
    const { sheet, run } = open({ timeZone: 'Asia/Shanghai' });
    run(() => sheet().getRange('A1').setValue(new Date('2026-11-27T03:04:05Z')));
    expect(run(() => [sheet().getRange('A1').getDisplayValue(), sheet().getRange('A1').getNumberFormat()])).toEqual(['11/27/2026 11:04:05', 'M/d/yyyy H:mm:ss']);
  });

  it('a Date at midnight in the spreadsheet zone shows the date only', () => {
    const { sheet, run } = open({ timeZone: 'Asia/Shanghai' });
    run(() => sheet().getRange('A1').setValue(new Date('2026-11-26T16:00:00Z')));
    expect(run(() => [sheet().getRange('A1').getDisplayValue(), sheet().getRange('A1').getNumberFormat()])).toEqual(['11/27/2026', 'M/d/yyyy']);
  });

  it('a Date written into a date-formatted cell keeps that format', () => {
    const { sheet, run } = open();
    run(() => {
      sheet().getRange('A1').setNumberFormat('yyyy-mm-dd');
      sheet().getRange('A1').setValue(new Date('2026-11-27T03:04:05Z'));
    });
    expect(run(() => sheet().getRange('A1').getDisplayValue())).toBe('2026-11-27');
  });
});

describe('getDisplayValues', () => {
  const shown = (input: unknown, format?: string) => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: format ? { input: input as number, format } : (input as number) } }] });
    return run(() => sheet().getRange('A1').getDisplayValues()[0][0]);
  };

  it.each([
    [1234.5, '0.0', '1234.5'],
    [1234.567, '#,##0.00', '1,234.57'],
    [0.125, '0%', '13%'],
    [0.125, '0.0%', '12.5%'],
    [1234.5, '$#,##0.00', '$1,234.50'],
    [-1234.5, '$#,##0.00', '-$1,234.50'],
    [1234.5, '"¥"#,##0', '¥1,235'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [46353, 'yyyy-mm-dd', '2026-11-27'],
    [46353.5, 'yyyy-mm-dd hh:mm', '2026-11-27 12:00'],
    [46353, 'dddd d mmmm yyyy', 'Friday 27 November 2026'],
    [0.5625, 'h:mm am/pm', '1:30 PM'],
    [0.0013888888888888889, 'mm:ss', '02:00'],
  ])('%j formatted %j shows %j', (value, format, text) => {
    expect(shown(value, format)).toBe(text);
  });

  it.each([
    [12, '12'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.3333333333'],
    [true, 'TRUE'],
    ['text', 'text'],
  ])('%j with the automatic format shows %j', (value, text) => {
    expect(shown(value)).toBe(text);
  });

  it('shows "" for an empty cell', () => {
    const { sheet, run } = open();
    expect(run(() => sheet().getRange('A1:B1').getDisplayValues())).toEqual([['', '']]);
  });
});

describe('number formats', () => {
  it("getNumberFormat is Sheets' automatic pattern on an unformatted cell", () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 5 } }] });
    expect(run(() => [sheet().getRange('A1').getNumberFormat(), sheet().getRange('B1').getNumberFormat()])).toEqual(['0.###############', '0.###############']);
  });

  it('getNumberFormats returns each cell\'s pattern', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1:B1').setNumberFormats([['0.00', '0%']]));
    expect(run(() => sheet().getRange('A1:C1').getNumberFormats())).toEqual([['0.00', '0%', '0.###############']]);
  });

  it('setNumberFormat("General") goes back to automatic', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: { input: 0.5, format: '0%' } } }] });
    run(() => sheet().getRange('A1').setNumberFormat('General'));
    expect(run(() => [sheet().getRange('A1').getNumberFormat(), sheet().getRange('A1').getDisplayValue()])).toEqual(['0.###############', '0.5']);
  });

  it('a date computed by a formula reports the automatic date format', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: '=DATE(2026,11,27)' } }] });
    expect(run(() => [sheet().getRange('A1').getNumberFormat(), sheet().getRange('A1').getDisplayValue()])).toEqual(['M/d/yyyy', '11/27/2026']);
  });
});

describe('range geometry', () => {
  it('reports its position and size', () => {
    const { sheet, run } = open();
    const range = run(() => sheet().getRange(3, 2, 4, 5));
    expect(run(() => [range.getA1Notation(), range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns(), range.getLastRow(), range.getLastColumn()])).toEqual([
      'B3:F6',
      3,
      2,
      4,
      5,
      6,
      6,
    ]);
  });

  it('getCell is relative to the range and refuses cells outside it', () => {
    const { sheet, run } = open();
    run(() => {
      expect(sheet().getRange('B2:C3').getCell(2, 2).getA1Notation()).toBe('C3');
      expect(errorOf(() => sheet().getRange('B2:C3').getCell(3, 1))).toBe('Cell reference out of range');
    });
  });

  it('offset moves the range and refuses to leave the sheet', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', rows: 10, columns: 5 }] });
    run(() => {
      expect(sheet().getRange('B2').offset(1, 2, 2, 1).getA1Notation()).toBe('D3:D4');
      expect(errorOf(() => sheet().getRange('B2').offset(-2, 0))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
      expect(errorOf(() => sheet().getRange('B2').offset(0, 0, 10, 1))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    });
  });
});

describe('notes, styles and clearing', () => {
  it('keeps a note per cell', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1:B1').setNote('check'));
    expect(run(() => [sheet().getRange('B1').getNote(), sheet().getRange('C1').getNote()])).toEqual(['check', '']);
  });

  it('keeps a background and font weight per cell, with Sheets defaults elsewhere', () => {
    const { sheet, run } = open();
    run(() => sheet().getRange('A1').setBackground('#ff0000').setFontWeight('bold'));
    expect(run(() => [sheet().getRange('A1').getBackground(), sheet().getRange('A1').getFontWeight(), sheet().getRange('A2').getBackground()])).toEqual([
      '#ff0000',
      'bold',
      '#ffffff',
    ]);
  });

  it('clearContent empties the cells and keeps their format', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: { input: 0.5, format: '0%' } } }] });
    run(() => sheet().getRange('A1').clearContent());
    expect(run(() => [sheet().getRange('A1').getValue(), sheet().getRange('A1').getNumberFormat()])).toEqual(['', '0%']);
  });

  it('clear() empties the cells and drops format and style, keeping the note (its docs: "contents and formats")', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: { input: 0.5, format: '0%', note: 'n', style: { background: '#000000' } } } }] });
    run(() => sheet().getRange('A1').clear());
    expect(run(() => [sheet().getRange('A1').getValue(), sheet().getRange('A1').getNumberFormat(), sheet().getRange('A1').getNote(), sheet().getRange('A1').getBackground()])).toEqual([
      '',
      '0.###############',
      'n',
      '#ffffff',
    ]);
  });
});

describe('Range.sort', () => {
  const table = () =>
    open({
      sheets: [
        {
          name: 'Data',
          cells: {
            A1: 'SKU', B1: 'Units', C1: 'Twice', E1: '=SUM(B2:B6)',
            A2: 'b', B2: 3, C2: '=B2*2',
            A3: 'a', B3: { input: 10, format: '0.0', note: 'ten' }, C3: '=B3*2',
            A4: 'C', B4: '', C4: '=B4*2',
            A5: 'd', B5: 'n/a', C5: '=B5*2',
            A6: 'e', B6: 1, C6: '=B6*2',
          },
        },
      ],
    });

  it('sort(column) sorts ascending: numbers, then text, blanks last', () => {
    const { sheet, run } = table();
    run(() => sheet().getRange('A2:C6').sort(2));
    expect(run(() => sheet().getRange('A2:B6').getValues())).toEqual([['e', 1], ['b', 3], ['a', 10], ['d', 'n/a'], ['C', '']]);
  });

  it('{column, ascending: false} sorts descending and still puts blanks last', () => {
    const { sheet, run } = table();
    run(() => sheet().getRange('A2:C6').sort({ column: 2, ascending: false }));
    expect(run(() => sheet().getRange('A2:A6').getValues().flat())).toEqual(['d', 'a', 'b', 'e', 'C']);
  });

  it('text sorts ignoring case', () => {
    const { sheet, run } = table();
    run(() => sheet().getRange('A2:C6').sort(1));
    expect(run(() => sheet().getRange('A2:A6').getValues().flat())).toEqual(['a', 'b', 'C', 'd', 'e']);
  });

  it('an array of keys sorts by the first, then the next', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 'x', B1: 2, A2: 'y', B2: 1, A3: 'x', B3: 1 } }] });
    run(() => sheet().getRange('A1:B3').sort([1, { column: 2, ascending: true }]));
    expect(run(() => sheet().getRange('A1:B3').getValues())).toEqual([['x', 1], ['x', 2], ['y', 1]]);
  });

  it("a row's formula, format and note move with it, references shifted to the new row", () => {
    const { sheet, run } = table();
    run(() => sheet().getRange('A2:C6').sort(2));
    expect(run(() => [sheet().getRange('C4').getFormula(), sheet().getRange('C4').getValue(), sheet().getRange('B4').getNumberFormat(), sheet().getRange('B4').getNote(), sheet().getRange('B3').getNote()])).toEqual([
      '=B4*2',
      20,
      '0.0',
      'ten',
      '',
    ]);
  });

  it("an array formula's cell moves with its row and its spilled cells stay without content", () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 'n', B1: 'Twice', A2: 1, B2: '=ARRAYFORMULA(A2:A4*2)', A3: 3, A4: 2 } }] });
    run(() => sheet().getRange('A2:B4').sort({ column: 1, ascending: false }));
    // Sorted rows: 3, 2, 1. The formula came from row 2 to row 4 and now doubles A4:A6 (1, '', '').
    expect(run(() => [sheet().getRange('B2:B4').getFormulas().flat(), sheet().getRange('B2:B6').getValues().flat()])).toEqual([
      ['', '', '=ARRAYFORMULA(A4:A6*2)'],
      ['', '', 2, 0, 0],
    ]);
  });

  it('formulas outside the range keep their references', () => {
    const { sheet, run } = table();
    run(() => sheet().getRange('A2:C6').sort(2));
    expect(run(() => [sheet().getRange('E1').getFormula(), sheet().getRange('E1').getValue()])).toEqual(['=SUM(B2:B6)', 14]);
  });

  it('dates sort as the numbers they are', () => {
    const { sheet, run } = open({ timeZone: 'UTC', sheets: [{ name: 'Data', cells: { A1: '2026-03-01', A2: 46000, A3: '2026-01-01' } }] });
    run(() => sheet().getRange('A1:A3').sort(1));
    expect(run(() => sheet().getRange('A1:A3').getValues().flat().map((v) => (typeof v === 'number' ? v : (v as Date).toISOString().slice(0, 10))))).toEqual([46000, '2026-01-01', '2026-03-01']);
  });

  it('a sort column outside the range throws', () => {
    const { sheet, run } = table();
    expect(run(() => errorOf(() => sheet().getRange('A2:C6').sort(5)))).toMatch(/sort column must be within the range/);
  });

  it('the sorted values are saved to the workbook file', () => {
    const { book, sheet, run } = table();
    run(() => sheet().getRange('A2:C6').sort(2));
    const cells = workbookToFile(book, {}).sheets[0].cells!;
    expect([cells.A2, cells.B2, cells.C2, cells.B4]).toEqual(['e', 1, '=B2*2', { input: 10, format: '0.0', note: 'ten' }]);
  });
});

describe('Sheet.sort', () => {
  it('sorts the rows below the frozen header by one column', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', frozenRows: 1, cells: { A1: 'SKU', B1: 'Units', A2: 'b', B2: 3, A3: 'a', B3: 10, A4: 'c', B4: 1 } }] });
    run(() => sheet().sort(2, false));
    expect(run(() => sheet().getRange('A1:B4').getValues())).toEqual([['SKU', 'Units'], ['a', 10], ['b', 3], ['c', 1]]);
  });
});

describe('Range.clear(options)', () => {
  const filled = () => {
    const opened = open({ sheets: [{ name: 'Data', cells: { A1: { input: 0.5, format: '0%', note: 'n', style: { background: '#000000' } } } }] });
    opened.run(() => opened.sheet().getRange('A1').setDataValidation(opened.app.newDataValidation().requireNumberBetween(0, 1).build()));
    return opened;
  };
  const state = (o: ReturnType<typeof filled>) =>
    o.run(() => {
      const a1 = o.sheet().getRange('A1');
      return { value: a1.getValue(), format: a1.getNumberFormat(), note: a1.getNote(), background: a1.getBackground(), validation: a1.getDataValidation() !== null };
    });
  const kept = { value: 0.5, format: '0%', note: 'n', background: '#000000', validation: true };
  const cleared = { value: '', format: '0.###############', note: '', background: '#ffffff', validation: false };

  it.each([
    [{ contentsOnly: true }, { ...kept, value: '' }],
    [{ formatOnly: true }, { ...kept, format: cleared.format, background: cleared.background }],
    [{ validationsOnly: true }, { ...kept, validation: false }],
    [{ commentsOnly: true }, { ...kept, note: '' }],
    [{ contentsOnly: true, commentsOnly: true }, { ...kept, value: '', note: '' }],
    [{}, cleared],
    [{ skipFilteredRows: true }, cleared],
  ])('clear(%j) clears exactly that', (options, expected) => {
    const o = filled();
    o.run(() => o.sheet().getRange('A1').clear(options));
    expect(state(o)).toEqual(expected);
  });

  it('an option that does not exist throws', () => {
    const o = filled();
    expect(o.run(() => errorOf(() => o.sheet().getRange('A1').clear({ notesOnly: true } as never)))).toMatch(/unknown option notesOnly/);
  });
});
