import { describe, expect, it, vi } from 'vitest';
import type { WorkbookFile } from '../workbook-file';
import { errorOf, open } from './test-kit';

describe('getLastRow / getLastColumn', () => {
  it('are 0 on an empty sheet', () => {
    const { sheet, run } = open();
    expect(run(() => [sheet().getLastRow(), sheet().getLastColumn()])).toEqual([0, 0]);
  });

  it('are the row and column of the furthest content', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { B7: 1, E3: 'x' } }] });
    expect(run(() => [sheet().getLastRow(), sheet().getLastColumn()])).toEqual([7, 5]);
  });

  it('ignore cells cleared since', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 1 } }] });
    run(() => {
      sheet().getRange('Z50').setValue(5);
      sheet().getRange('Z50').clearContent();
    });
    expect(run(() => [sheet().getLastRow(), sheet().getLastColumn()])).toEqual([1, 1]);
  });

  it('ignore a note or a format without content', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 1, C9: { format: '0%', note: 'n' } } }] });
    expect(run(() => [sheet().getLastRow(), sheet().getLastColumn()])).toEqual([1, 1]);
  });

  it('count a formula that shows nothing', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 1, D4: '=""' } }] });
    expect(run(() => [sheet().getLastRow(), sheet().getLastColumn()])).toEqual([4, 4]);
  });

  it('count a spilled array to its last row and column', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 'x', C2: '=SEQUENCE(10, 3)' } }] });
    expect(run(() => [sheet().getLastRow(), sheet().getLastColumn()])).toEqual([11, 5]);
  });

  it('count spilled "" cells, as Sheets does for ARRAYFORMULA blanks', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: '=IF(SEQUENCE(20)>0, "")' } }] });
    expect(run(() => [sheet().getLastRow(), sheet().getRange('A20').getValue()])).toEqual([20, '']);
  });

  it('shrink when the formula of a spilled array is replaced by a value', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { B1: '=SEQUENCE(10)' } }] });
    expect(run(() => sheet().getLastRow())).toBe(10);
    run(() => sheet().getRange('B1').setValue(3));
    expect(run(() => sheet().getLastRow())).toBe(1);
  });

  it('a value in the way of a spill leaves #REF! and only the value counts', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { B1: '=SEQUENCE(10)', B3: 'x' } }] });
    expect(run(() => [sheet().getRange('B1').getValue(), sheet().getLastRow()])).toEqual(['#REF!', 3]);
  });

  it('a spill blocked by a value expands again once the value is cleared', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { B1: '=SEQUENCE(10)', B3: 'x' } }] });
    run(() => sheet().getRange('B3').clearContent());
    expect(run(() => [sheet().getRange('B1:B3').getValues(), sheet().getLastRow()])).toEqual([[[1], [2], [3]], 10]);
  });

  it('fall back after a large block is cleared', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', rows: 3000 }] });
    run(() => {
      sheet().getRange(1, 1, 3000, 4).setValues(Array.from({ length: 3000 }, (_, r) => [r, r, r, r]));
      sheet().getRange(3, 1, 2998, 4).clearContent();
    });
    expect(run(() => [sheet().getLastRow(), sheet().getLastColumn()])).toEqual([2, 4]);
  });

  it('do not serialize the sheet (cheap on a large tab)', () => {
    const { book, sheet, run } = open({ sheets: [{ name: 'Data', rows: 5000 }] });
    run(() => sheet().getRange(1, 1, 5000, 20).setValues(Array.from({ length: 5000 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * c))));
    const serialize = vi.spyOn(book.engine, 'getSheetSerialized');
    run(() => {
      for (let i = 0; i < 200; i++) {
        sheet().getRange(i + 1, 21).setValue(i);
        sheet().getLastRow();
        sheet().getLastColumn();
      }
    });
    expect(serialize).not.toHaveBeenCalled();
  });
});

describe('getDataRange', () => {
  it('is A1 to the last row and column with content', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 'SKU', C4: 3 } }] });
    expect(run(() => sheet().getDataRange().getA1Notation())).toBe('A1:C4');
  });

  it('is A1 on an empty sheet', () => {
    const { sheet, run } = open();
    expect(run(() => sheet().getDataRange().getA1Notation())).toBe('A1');
  });
});

describe('Sheet.getRange(row, column, numRows, numColumns)', () => {
  it('defaults to one cell, or one column of numRows', () => {
    const { sheet, run } = open();
    expect(run(() => [sheet().getRange(2, 3).getA1Notation(), sheet().getRange(2, 3, 4).getA1Notation()])).toEqual(['C2', 'C2:C5']);
  });

  it.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1000, 1, 2, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 26, 1, 2], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1001, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange(%j) throws %j', (args, message) => {
    const { sheet, run } = open();
    expect(run(() => errorOf(() => (sheet().getRange as (...a: number[]) => unknown)(...args)))).toBe(message);
  });

  it('throws the classic empty-tab error for getRange(2, 1, getLastRow() - 1)', () => {
    const { sheet, run } = open();
    expect(run(() => errorOf(() => sheet().getRange(2, 1, sheet().getLastRow() - 1, 3)))).toBe('The number of rows in the range must be at least 1.');
  });

  it('refuses a single number', () => {
    const { sheet, run } = open();
    expect(run(() => errorOf(() => (sheet().getRange as (a: number) => unknown)(1)))).toBe("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  });

  it('reaches the last row and column of the sheet', () => {
    const { sheet, run } = open();
    expect(run(() => sheet().getRange(1000, 26).getA1Notation())).toBe('Z1000');
  });
});

describe('appendRow', () => {
  it('writes after the last row with content', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', cells: { A1: 'SKU', A2: 'a' } }] });
    run(() => sheet().appendRow(['b', 2, '=B3*2']));
    expect(run(() => [sheet().getRange('A3:C3').getValues(), sheet().getRange('C3').getFormula()])).toEqual([[['b', 2, 4]], '=B3*2']);
  });

  it('adds the row and columns the data needs', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data', rows: 1, columns: 2, cells: { A1: 'x' } }] });
    run(() => sheet().appendRow([1, 2, 3]));
    expect(run(() => [sheet().getMaxRows(), sheet().getMaxColumns(), sheet().getRange('C2').getValue()])).toEqual([2, 3, 3]);
  });
});

describe('clear and clearContents', () => {
  const file: Partial<WorkbookFile> = { sheets: [{ name: 'Data', frozenRows: 1, cells: { A1: { input: 'SKU', style: { fontWeight: 'bold' } }, B2: { input: 0.5, format: '0%', note: 'n' }, C3: '=SEQUENCE(3)' } }] };

  it('clear empties every cell, spilled arrays too', () => {
    const { sheet, run } = open(file);
    run(() => sheet().clear());
    expect(run(() => [sheet().getLastRow(), sheet().getLastColumn(), sheet().getRange('A1:C5').getFormulas().flat().join('')])).toEqual([0, 0, '']);
  });

  it('clear({contentsOnly: true}) keeps formats and notes', () => {
    const { sheet, run } = open(file);
    run(() => sheet().clear({ contentsOnly: true }));
    expect(run(() => [sheet().getLastRow(), sheet().getRange('B2').getNumberFormat(), sheet().getRange('B2').getNote()])).toEqual([0, '0%', 'n']);
  });

  it('clear({formatOnly: true}) keeps the contents', () => {
    const { sheet, run } = open(file);
    run(() => sheet().clear({ formatOnly: true }));
    expect(run(() => [sheet().getRange('B2').getValue(), sheet().getRange('B2').getNumberFormat(), sheet().getRange('A1').getFontWeight()])).toEqual([0.5, '0.###############', 'normal']);
  });

  it('clear drops formats, styles and notes but keeps frozen rows', () => {
    const { sheet, run } = open(file);
    run(() => sheet().clear());
    expect(run(() => [sheet().getRange('B2').getNumberFormat(), sheet().getRange('B2').getNote(), sheet().getRange('A1').getFontWeight(), sheet().getFrozenRows()])).toEqual([
      '0.###############',
      '',
      'normal',
      1,
    ]);
  });

  it('clearContents empties every cell and keeps formats and notes', () => {
    const { sheet, run } = open(file);
    run(() => sheet().clearContents());
    expect(run(() => [sheet().getLastRow(), sheet().getRange('B2').getNumberFormat(), sheet().getRange('B2').getNote()])).toEqual([0, '0%', 'n']);
  });

  it('a value written after clear lands in row 1 for appendRow', () => {
    const { sheet, run } = open(file);
    run(() => {
      sheet().clearContents();
      sheet().appendRow(['again']);
    });
    expect(run(() => [sheet().getLastRow(), sheet().getRange('A1').getValue()])).toEqual([1, 'again']);
  });
});

describe('layout', () => {
  it('frozen rows and columns default to 0 and keep what is set', () => {
    const { sheet, run } = open();
    expect(run(() => [sheet().getFrozenRows(), sheet().getFrozenColumns()])).toEqual([0, 0]);
    run(() => {
      sheet().setFrozenRows(2);
      sheet().setFrozenColumns(1);
    });
    expect(run(() => [sheet().getFrozenRows(), sheet().getFrozenColumns()])).toEqual([2, 1]);
  });

  it('column widths default to 100 px and keep what is set', () => {
    const { sheet, run } = open();
    run(() => {
      sheet().setColumnWidth(2, 180);
      sheet().setColumnWidths(4, 2, 60);
    });
    expect(run(() => [1, 2, 4, 5, 6].map((c) => sheet().getColumnWidth(c)))).toEqual([100, 180, 60, 60, 100]);
  });

  it('setColumnWidth returns the sheet for chaining', () => {
    const { sheet, run } = open();
    expect(run(() => sheet().setColumnWidth(1, 50))).toBe(sheet());
  });

  it('hides and shows a sheet, but never the last visible one', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Data' }, { name: 'Other' }] });
    run(() => sheet('Other').hideSheet());
    expect(run(() => sheet('Other').isSheetHidden())).toBe(true);
    expect(run(() => errorOf(() => sheet('Data').hideSheet()))).toBe("You can't hide all the sheets in a document.");
    run(() => sheet('Other').showSheet());
    expect(run(() => sheet('Other').isSheetHidden())).toBe(false);
  });

  it('reports its size, 1000 × 26 by default', () => {
    const { sheet, run } = open();
    expect(run(() => [sheet().getMaxRows(), sheet().getMaxColumns()])).toEqual([1000, 26]);
  });

  it('grows with rows and columns inserted at the end', () => {
    const { sheet, run } = open();
    run(() => sheet().insertRowsAfter(1000, 10).insertColumnsAfter(26, 2));
    expect(run(() => [sheet().getMaxRows(), sheet().getMaxColumns(), sheet().getRange('AB1010').getA1Notation()])).toEqual([1010, 28, 'AB1010']);
  });
});

describe('developer metadata on a sheet', () => {
  it('is found by key after the tab is renamed', () => {
    const { ss, sheet, run } = open({ sheets: [{ name: 'Inventory' }] });
    run(() => sheet().addDeveloperMetadata('opsdesk.tab', 'inventory'));
    run(() => sheet().setName('库存'));
    const found = run(() => ss.createDeveloperMetadataFinder().withKey('opsdesk.tab').find());
    expect(run(() => found.map((m) => [m.getValue(), m.getLocation().getSheet()?.getName(), m.getLocation().getLocationType()]))).toEqual([['inventory', '库存', 'SHEET']]);
  });

  it('the finder narrows by value as well as key', () => {
    const { ss, sheet, run } = open({ sheets: [{ name: 'A' }, { name: 'B' }] });
    run(() => {
      sheet('A').addDeveloperMetadata('opsdesk.tab', 'ads');
      sheet('B').addDeveloperMetadata('opsdesk.tab', 'keywords');
    });
    const found = run(() => ss.createDeveloperMetadataFinder().withKey('opsdesk.tab').withValue('keywords').find());
    expect(run(() => found.map((m) => m.getLocation().getSheet()?.getName()))).toEqual(['B']);
  });

  it('spreadsheet-level metadata is found with a spreadsheet location', () => {
    const { ss, run } = open();
    run(() => ss.addDeveloperMetadata('opsdesk.version', '3'));
    const found = run(() => ss.createDeveloperMetadataFinder().withKey('opsdesk.version').find());
    expect(run(() => found.map((m) => [m.getValue(), m.getLocation().getLocationType()]))).toEqual([['3', 'SPREADSHEET']]);
  });

  it('remove deletes the entry', () => {
    const { ss, sheet, run } = open();
    run(() => sheet().addDeveloperMetadata('k', 'v'));
    run(() => sheet().getDeveloperMetadata()[0].remove());
    expect(run(() => ss.createDeveloperMetadataFinder().withKey('k').find())).toHaveLength(0);
  });
});

describe('protections', () => {
  it('a protected range is listed with its description and warning-only flag', () => {
    const { app, sheet, run } = open();
    run(() => {
      sheet().getRange('A1:C1').protect().setDescription('headers').setWarningOnly(true);
    });
    const listed = run(() => sheet().getProtections(app.ProtectionType.RANGE));
    expect(run(() => listed.map((p) => [p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()]))).toEqual([['headers', true, 'A1:C1']]);
  });

  it("a protected range's getRange is a Range on the tab under its new name", () => {
    const { app, sheet, run } = open();
    run(() => {
      sheet().getRange('A1:C1').protect();
      sheet().setName('Headers');
    });
    const range = run(() => sheet().getProtections(app.ProtectionType.RANGE)[0].getRange());
    expect(run(() => [range.getSheet().getName(), range.getA1Notation()])).toEqual(['Headers', 'A1:C1']);
  });

  it("a sheet protection's getRange spans the whole sheet", () => {
    const { sheet, run } = open();
    expect(run(() => sheet().protect().getRange().getA1Notation())).toBe('A1:Z1000');
  });

  it('protect() on a protected sheet returns the existing protection', () => {
    const { app, sheet, run } = open();
    const description = run(() => {
      sheet().protect().setDescription('whole tab');
      return sheet().protect().getDescription();
    });
    expect([description, run(() => sheet().getProtections(app.ProtectionType.SHEET).length)]).toEqual(['whole tab', 1]);
  });

  it('a sheet protection is listed apart from range protections', () => {
    const { app, sheet, run } = open();
    run(() => sheet().protect().setDescription('whole tab'));
    expect(run(() => [sheet().getProtections(app.ProtectionType.SHEET).length, sheet().getProtections(app.ProtectionType.RANGE).length])).toEqual([1, 0]);
  });

  it('a new protection has no editors listed (the owner is implicit)', () => {
    const { sheet, run } = open();
    expect(run(() => sheet().protect().getEditors())).toEqual([]);
  });

  it('remove deletes the protection', () => {
    const { app, sheet, run } = open();
    run(() => sheet().protect().remove());
    expect(run(() => sheet().getProtections(app.ProtectionType.SHEET))).toHaveLength(0);
  });
});

describe('charts', () => {
  it('are kept as data: type, ranges, position and options', () => {
    const { sheet, run } = open({ sheets: [{ name: 'Ads report' }] });
    run(() => {
      const chart = sheet().newChart().asLineChart().addRange(sheet().getRange('A1:B10')).setPosition(2, 4, 0, 0).setOption('title', 'ACOS').build();
      sheet().insertChart(chart);
    });
    const charts = run(() => sheet().getCharts());
    expect(run(() => charts.map((c) => [c.model.type, c.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`), c.model.position, c.getOptions().get('title')]))).toEqual([
      ['LINE', ['Ads report!A1:B10'], { row: 2, col: 4, offsetX: 0, offsetY: 0 }, 'ACOS'],
    ]);
  });

  it("a chart's getRanges are Ranges that follow a renamed tab", () => {
    const { sheet, run } = open();
    run(() => {
      sheet().insertChart(sheet().newChart().asLineChart().addRange(sheet().getRange('A1:B10')).build());
      sheet().setName('Ads');
    });
    const [range] = run(() => sheet().getCharts()[0].getRanges());
    expect(run(() => [range.getSheet().getName(), range.getA1Notation()])).toEqual(['Ads', 'A1:B10']);
  });

  it('removeChart takes the chart away', () => {
    const { sheet, run } = open();
    run(() => sheet().insertChart(sheet().newChart().asColumnChart().build()));
    run(() => sheet().removeChart(sheet().getCharts()[0]));
    expect(run(() => sheet().getCharts())).toHaveLength(0);
  });
});
