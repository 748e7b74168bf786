import { describe, expect, it } from 'vitest';
import { workbookFromFile, workbookToFile, type WorkbookFile } from './workbook-file';
import type { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { NOW, open } from './spreadsheet/test-kit';

/**
 * Saves a workbook the way the runner does (to JSON text) and opens it again with the test kit, so
 * what the reloaded book shows is read from the add-on's realm too in the runtime-bundle-realm run.
 */
function reload(book: ReturnType<typeof open>['book']) {
  const file = JSON.parse(JSON.stringify(workbookToFile(book, { clock: NOW.toISOString() }))) as WorkbookFile;
  return { file, ...open(file) };
}

/** Everything a script can read about a tab's cells. */
function snapshot(ss: FakeSpreadsheet, name: string, a1: string) {
  const range = ss.getSheetByName(name)!.getRange(a1);
  const notes = range.getValues().map((line, r) => line.map((_, c) => range.getCell(r + 1, c + 1).getNote()));
  return { values: range.getValues(), formulas: range.getFormulas(), formats: range.getNumberFormats(), display: range.getDisplayValues(), notes };
}

describe('workbook file round trip', () => {
  function edited() {
    const opened = open({ name: 'Store', timeZone: 'Asia/Shanghai', sheets: [{ name: 'Inventory' }, { name: 'My tab' }] });
    const { ss, app, run } = opened;
    run(() => {
      const inv = ss.getSheetByName('Inventory')!;
      inv.getRange('A1:F3').setValues([
        ['SKU', 'Stock', 'Daily', 'Days', 'Since', 'Note'],
        ['A-1', 120, 7, '=B2/C2', new Date('2026-11-27T03:04:05Z'), "'=not a formula"],
        ['B-2', '1,500', '12%', '=SUM(B2:B)', '2026-11-27', "'0012"],
      ]);
      inv.getRange('D2').setNumberFormat('0.0');
      inv.getRange('A1').setNote('one row per SKU').setFontWeight('bold');
      inv.setFrozenRows(1);
      inv.setFrozenColumns(1);
      inv.setColumnWidth(1, 160);
      inv.setTabColor('#ff9900');
      inv.addDeveloperMetadata('opsdesk.tab', 'inventory');
      inv.getRange('B2:B3').setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build());
      inv.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberLessThan(14).setBackground('#f4cccc').setRanges([inv.getRange('D2:D')]).build()]);
      inv.getRange('A1:F1').protect().setDescription('headers');
      inv.insertChart(inv.newChart().asLineChart().addRange(inv.getRange('A1:B3')).setPosition(5, 1, 0, 0).build());
      ss.setNamedRange('Stock', inv.getRange('B2:B3'));
      ss.getSheetByName('My tab')!.getRange('A1').setValue("='Inventory'!B2*2");
      ss.getSheetByName('My tab')!.hideSheet();
      ss.addDeveloperMetadata('opsdesk.version', '3');
    });
    return opened;
  }

  it('keeps values, formulas, formats, display and notes', () => {
    const first = edited();
    const before = first.run(() => snapshot(first.ss, 'Inventory', 'A1:F3'));
    const second = reload(first.book);
    expect(second.run(() => snapshot(second.ss, 'Inventory', 'A1:F3'))).toEqual(before);
  });

  it('keeps a text cell that starts with "=" as text', () => {
    const second = reload(edited().book);
    expect(second.run(() => [second.ss.getRange('Inventory!F2').getValue(), second.ss.getRange('Inventory!F2').getFormula()])).toEqual(['=not a formula', '']);
  });

  it('keeps the date cell at the same instant', () => {
    const second = reload(edited().book);
    expect((second.run(() => second.ss.getRange('Inventory!E2').getValue()) as Date).toISOString()).toBe('2026-11-27T03:04:05.000Z');
  });

  it('keeps frozen rows and columns, widths, tab colour and hidden tabs', () => {
    const second = reload(edited().book);
    const inv = second.ss.getSheetByName('Inventory')!;
    expect(second.run(() => [inv.getFrozenRows(), inv.getFrozenColumns(), inv.getColumnWidth(1), inv.model.tabColor, second.ss.getSheetByName('My tab')!.isSheetHidden()])).toEqual([
      1,
      1,
      160,
      '#ff9900',
      true,
    ]);
  });

  it('keeps developer metadata on the sheet and on the spreadsheet', () => {
    const second = reload(edited().book);
    const found = second.run(() => [...second.ss.createDeveloperMetadataFinder().withKey('opsdesk.tab').find(), ...second.ss.createDeveloperMetadataFinder().withKey('opsdesk.version').find()]);
    expect(second.run(() => found.map((m) => [m.getValue(), m.getLocation().getSheet()?.getName() ?? null]))).toEqual([
      ['inventory', 'Inventory'],
      ['3', null],
    ]);
  });

  it('keeps validations, conditional formats, protections and charts', () => {
    const first = edited();
    const second = reload(first.book);
    const inv = second.ss.getSheetByName('Inventory')!;
    expect(second.run(() => [inv.getRange('B3').getDataValidation()?.getCriteriaType(), inv.getRange('B3').getDataValidation()?.getAllowInvalid()])).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', false]);
    const rules = (book: typeof first.ss) => book.getSheetByName('Inventory')!.getConditionalFormatRules().map((r) => [r.getRanges().map((range) => range.getA1Notation()), r.rule.condition, r.rule.args, r.rule.format]);
    expect(second.run(() => rules(second.ss))).toEqual(first.run(() => rules(first.ss)));
    expect(second.run(() => inv.getProtections(second.app.ProtectionType.RANGE).map((p) => [p.getRange().getA1Notation(), p.getDescription()]))).toEqual([['A1:F1', 'headers']]);
    expect(second.run(() => inv.getCharts().map((c) => [c.model.type, c.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)]))).toEqual([['LINE', ['Inventory!A1:B3']]]);
  });

  it('keeps named ranges and formulas that read another tab', () => {
    const second = reload(edited().book);
    expect(second.run(() => [second.ss.getRangeByName('Stock')!.getValues(), second.ss.getRange("'My tab'!A1").getValue()])).toEqual([[[120], [1500]], 240]);
  });

  it('keeps a named range on a tab whose name needs quotes', () => {
    const first = open({ sheets: [{ name: "Bob's tab!", cells: { A1: 1 } }] });
    first.run(() => first.ss.setNamedRange('Mine', first.sheet().getRange('A1')));
    const second = reload(first.book);
    expect(second.run(() => second.ss.getRangeByName('Mine')!.getValue())).toBe(1);
  });

  it('saves typed cells the way a user would type them', () => {
    const { file } = reload(edited().book);
    const cells = file.sheets[0].cells!;
    expect([cells.B3, cells.C3, cells.D3, cells.F2]).toEqual([{ input: 1500, format: '#,##0' }, { input: 0.12, format: '0%' }, '=SUM(B2:B)', "'=not a formula"]);
  });

  it('keeps the name, time zone and locale', () => {
    const { file } = reload(edited().book);
    expect([file.name, file.timeZone, file.locale]).toEqual(['Store', 'Asia/Shanghai', 'en_US']);
  });

  it('a second round trip gives the same file', () => {
    const once = reload(edited().book);
    const twice = reload(once.book);
    expect(twice.file).toEqual(once.file);
  });

  it('a hand-written cell address that is not A1 notation is refused', () => {
    expect(() => workbookFromFile({ sheets: [{ name: 'Data', cells: { R1C1: 1 } }] })).toThrow(/not a cell address/);
  });

  it('a file with no sheets opens with one empty "Sheet1"', () => {
    const book = workbookFromFile({ sheets: [] });
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
