/** Sheet: one tab. */
import type { Kernel } from '../kernel';
import { parseA1, splitSheet, type GridRect } from './a1';
import { FakeConditionalFormatRule, type RangeResolver } from './builders';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import type { ChartModel, MetadataEntry, ProtectionModel, RangeRef, SheetModel, Workbook } from './workbook';

/** The subset of Sheet the add-on uses, type-checked against @types/google-apps-script. */
export type ImplementedSheet = Pick<
  GoogleAppsScript.Spreadsheet.Sheet,
  'getName' | 'getSheetId' | 'getIndex' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'getFrozenRows' | 'getFrozenColumns' | 'getColumnWidth' | 'isSheetHidden'
>;

/** RangeList: ranges of one tab, selected together by activate(). */
// Checked by name only: its methods return our own Range and RangeList, not the full Apps Script types.
export class FakeRangeList {
  constructor(
    private readonly k: Kernel,
    private readonly sheet: FakeSheet,
    private readonly ranges: readonly FakeRange[],
  ) {}

  getRanges(): FakeRange[] {
    this.k.call('RangeList.getRanges');
    return [...this.ranges];
  }

  /** Selects every range of the list; the last is the current one, as in Sheets. */
  activate(): this {
    if (this.k.authMode() === 'CUSTOM_FUNCTION') throw new Error('You do not have permission to call activate');
    this.k.requireAuth('RangeList.activate', ['LIMITED', 'FULL']);
    this.k.call('RangeList.activate');
    this.sheet.select(this.ranges.map((r) => r.a1()));
    return this;
  }
}

/**
 * Where a metadata entry sits. A class, not an object literal: the membrane wraps class instances
 * as service objects, so the Sheet it hands out is the wrapped one (a literal would be copied as
 * data and its getSheet() would give the bundle the bare Sheet, bypassing the membrane).
 */
export class FakeDeveloperMetadataLocation {
  constructor(
    private readonly sheet: FakeSheet | null,
    private readonly location: MetadataEntry['location'],
  ) {}

  getSheet(): FakeSheet | null {
    return this.sheet;
  }
  getLocationType(): string {
    const location = this.location;
    return location ? (location.dimension === 'ROWS' ? 'ROW' : 'COLUMN') : this.sheet ? 'SHEET' : 'SPREADSHEET';
  }
  getRow(): FakeRange | null {
    return this.span('ROWS');
  }
  getColumn(): FakeRange | null {
    return this.span('COLUMNS');
  }
  private span(dimension: 'ROWS' | 'COLUMNS'): FakeRange | null {
    const { sheet, location } = this;
    if (!sheet || location?.dimension !== dimension) return null;
    const m = sheet.model;
    return sheet.rangeFor(dimension === 'ROWS' ? { row: location.start, col: 1, numRows: location.count, numCols: m.maxCols } : { row: 1, col: location.start, numRows: m.maxRows, numCols: location.count });
  }
}

/** A developer-metadata entry as Apps Script returns it. */
export class FakeDeveloperMetadata implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getId' | 'getKey' | 'getValue' | 'remove'> {
  constructor(
    private readonly k: Kernel,
    readonly entry: MetadataEntry,
    private readonly owner: MetadataEntry[],
    readonly sheet: FakeSheet | null,
  ) {}
  getId(): number {
    this.k.call('DeveloperMetadata.getId');
    return this.entry.id;
  }
  getKey(): string {
    this.k.call('DeveloperMetadata.getKey');
    return this.entry.key;
  }
  getValue(): string | null {
    this.k.call('DeveloperMetadata.getValue');
    return this.entry.value;
  }
  getVisibility(): string {
    this.k.call('DeveloperMetadata.getVisibility');
    return this.entry.visibility;
  }
  setValue(value: string): this {
    this.k.call('DeveloperMetadata.setValue');
    this.entry.value = value;
    return this;
  }
  /** Where the metadata sits: the spreadsheet, a sheet, or rows/columns of a sheet (which move as rows are inserted and deleted). */
  getLocation(): FakeDeveloperMetadataLocation {
    this.k.call('DeveloperMetadata.getLocation');
    return new FakeDeveloperMetadataLocation(this.sheet, this.entry.location);
  }
  remove(): void {
    this.k.call('DeveloperMetadata.remove');
    const i = this.owner.indexOf(this.entry);
    if (i >= 0) this.owner.splice(i, 1);
  }
}

/** A protection as Apps Script returns it. */
export class FakeProtection implements Pick<GoogleAppsScript.Spreadsheet.Protection, 'getDescription' | 'isWarningOnly' | 'remove'> {
  constructor(
    private readonly k: Kernel,
    readonly model: ProtectionModel,
    private readonly owner: ProtectionModel[],
    private readonly sheet: FakeSheet,
  ) {}
  /** The protected range; a sheet protection's range spans the whole sheet (Apps Script's docs). */
  getRange(): FakeRange {
    this.k.call('Protection.getRange');
    const m = this.sheet.model;
    return this.sheet.rangeFor(this.model.range ?? { row: 1, col: 1, numRows: m.maxRows, numCols: m.maxCols });
  }
  setDescription(description: string): this {
    this.k.call('Protection.setDescription');
    this.model.description = description;
    return this;
  }
  getDescription(): string {
    this.k.call('Protection.getDescription');
    return this.model.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.k.call('Protection.setWarningOnly');
    this.model.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.k.call('Protection.isWarningOnly');
    return this.model.warningOnly;
  }
  getProtectionType(): string {
    this.k.call('Protection.getProtectionType');
    return this.model.type;
  }
  addEditor(email: string): this {
    this.k.call('Protection.addEditor');
    if (!this.model.editors.includes(email)) this.model.editors.push(email);
    return this;
  }
  removeEditor(email: string): this {
    this.k.call('Protection.removeEditor');
    this.model.editors = this.model.editors.filter((e) => e !== email);
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    this.k.call('Protection.getEditors');
    return this.model.editors.map((e) => ({ getEmail: () => e }));
  }
  remove(): void {
    this.k.call('Protection.remove');
    const i = this.owner.indexOf(this.model);
    if (i >= 0) this.owner.splice(i, 1);
  }
}

/** An embedded chart, kept as data. */
export class FakeEmbeddedChart implements Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId'> {
  constructor(
    private readonly k: Kernel,
    readonly model: ChartModel,
    private readonly resolve: RangeResolver,
  ) {}
  getChartId(): number {
    this.k.call('EmbeddedChart.getChartId');
    return this.model.id;
  }
  /** The data ranges, as Range objects (they follow a tab rename and row changes). */
  getRanges(): FakeRange[] {
    this.k.call('EmbeddedChart.getRanges');
    return this.model.ranges.map(this.resolve).filter((r): r is FakeRange => r !== null);
  }
  /** Where the chart is anchored (moves with its cell as rows and columns change). */
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    this.k.call('EmbeddedChart.getContainerInfo');
    const p = this.model.position;
    return { getAnchorRow: () => p.row, getAnchorColumn: () => p.col, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }
  getOptions(): { get(name: string): unknown } {
    this.k.call('EmbeddedChart.getOptions');
    return { get: (name) => this.model.options[name] };
  }
  modify(): FakeChartBuilder {
    this.k.call('EmbeddedChart.modify');
    return new FakeChartBuilder(this.k, structuredClone(this.model), this.resolve);
  }
}

/** sheet.newChart(): records the chart's type, ranges, position and options. */
export class FakeChartBuilder {
  private readonly model: ChartModel;
  constructor(
    private readonly k: Kernel,
    idOrModel: number | ChartModel,
    private readonly resolve: RangeResolver,
  ) {
    this.model = typeof idOrModel === 'number' ? { id: idOrModel, type: 'COLUMN', ranges: [], position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: {} } : idOrModel;
  }
  private as(type: string): this {
    this.k.call(`EmbeddedChartBuilder.as${type[0]}${type.slice(1).toLowerCase()}Chart`);
    this.model.type = type;
    return this;
  }
  addRange(range: FakeRange): this {
    this.k.call('EmbeddedChartBuilder.addRange');
    this.model.ranges.push({ sheetId: range.model.id, rect: { ...range.rect } });
    return this;
  }
  setPosition(row: number, col: number, offsetX: number, offsetY: number): this {
    this.k.call('EmbeddedChartBuilder.setPosition');
    this.model.position = { row, col, offsetX, offsetY };
    return this;
  }
  setOption(name: string, value: unknown): this {
    this.k.call('EmbeddedChartBuilder.setOption');
    this.model.options[name] = value;
    return this;
  }
  asLineChart(): this {
    return this.as('LINE');
  }
  asColumnChart(): this {
    return this.as('COLUMN');
  }
  asBarChart(): this {
    return this.as('BAR');
  }
  asPieChart(): this {
    return this.as('PIE');
  }
  asAreaChart(): this {
    return this.as('AREA');
  }
  build(): FakeEmbeddedChart {
    this.k.call('EmbeddedChartBuilder.build');
    return new FakeEmbeddedChart(this.k, structuredClone(this.model), this.resolve);
  }
}

export class FakeSheet implements ImplementedSheet {
  constructor(
    private readonly k: Kernel,
    private readonly book: Workbook,
    private readonly spreadsheet: FakeSpreadsheet,
    readonly model: SheetModel,
  ) {}

  /** Custom functions are read-only; AuthMode.NONE has no document at all. */
  private mutate(method: string): void {
    if (this.k.authMode() === 'CUSTOM_FUNCTION') throw new Error(`You do not have permission to call ${method}`);
    this.k.requireAuth(`Sheet.${method}`, ['LIMITED', 'FULL']);
    this.k.call(`Sheet.${method}`);
  }

  private rangeOf(rect: GridRect): FakeRange {
    return new FakeRange(this.k, this.book, this, this.model, rect);
  }

  /** A Range of this sheet for a stored rectangle (no call counted: getters hand these out). */
  rangeFor(rect: GridRect): FakeRange {
    return this.rangeOf({ ...rect });
  }

  /** Stored ranges → Range objects, for the getters of rules, charts and validations. */
  get resolver(): RangeResolver {
    return (ref: RangeRef) => this.spreadsheet.rangeFor(ref);
  }

  /** getRange(a1) without counting a call: also for Spreadsheet.getRange and named ranges. */
  rangeAt(a1: string): FakeRange {
    const { sheet, ref } = splitSheet(a1);
    const model = sheet !== null ? this.book.sheetByName(sheet) : this.model;
    if (!model) throw new Error('Range not found');
    const rect = parseA1(ref, model.maxRows, model.maxCols);
    // A range lies inside the grid: Sheets has no cells beyond the last row and column.
    if (rect.row + rect.numRows - 1 > model.maxRows || rect.col + rect.numCols - 1 > model.maxCols) throw new Error('Range not found');
    return model === this.model ? this.rangeOf(rect) : this.spreadsheet.sheetFor(model).rangeOf(rect);
  }

  getParent(): FakeSpreadsheet {
    this.k.call('Sheet.getParent');
    return this.spreadsheet;
  }
  getName(): string {
    this.k.call('Sheet.getName');
    return this.model.name;
  }
  setName(name: string): this {
    this.mutate('setName');
    this.book.renameSheet(this.model, name);
    return this;
  }
  getSheetId(): number {
    this.k.call('Sheet.getSheetId');
    return this.model.id;
  }
  getIndex(): number {
    this.k.call('Sheet.getIndex');
    return this.book.sheets.indexOf(this.model) + 1;
  }

  /** getRange(a1) | getRange(row, col) | getRange(row, col, numRows) | getRange(row, col, numRows, numCols). */
  getRange(a: string | number, col?: number, numRows = 1, numCols = 1): FakeRange {
    this.k.call('Sheet.getRange');
    if (typeof a === 'string') return this.rangeAt(a);
    const row = a;
    const args = [row, col, numRows, numCols];
    if (typeof row !== 'number' || typeof col !== 'number' || !args.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw new Error(`The parameters (${args.slice(0, col === undefined ? 1 : 4).map((n) => (typeof n === 'number' ? 'number' : String(n))).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    // Apps Script's checks, in its order.
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.model.maxRows || col + numCols - 1 > this.model.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.rangeOf({ row: Math.floor(row), col: Math.floor(col), numRows: Math.floor(numRows), numCols: Math.floor(numCols) });
  }
  getDataRange(): FakeRange {
    this.k.call('Sheet.getDataRange');
    const { lastRow, lastCol } = this.book.extent(this.model);
    return this.rangeOf({ row: 1, col: 1, numRows: Math.max(1, lastRow), numCols: Math.max(1, lastCol) });
  }
  getLastRow(): number {
    this.k.call('Sheet.getLastRow');
    return this.book.extent(this.model).lastRow;
  }
  getLastColumn(): number {
    this.k.call('Sheet.getLastColumn');
    return this.book.extent(this.model).lastCol;
  }
  getMaxRows(): number {
    this.k.call('Sheet.getMaxRows');
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    this.k.call('Sheet.getMaxColumns');
    return this.model.maxCols;
  }
  /** Apps Script's checks on a position and count of rows or columns. */
  private checkSpan(method: string, position: number, howMany: number, max: number, what: 'row' | 'column', inserting: boolean): void {
    if (![position, howMany].every((n) => typeof n === 'number' && Number.isInteger(n))) {
      throw new Error(`The parameters (${[position, howMany].map((n) => typeof n).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`);
    }
    if (howMany < 1) throw new Error(`The number of ${what}s must be at least 1.`);
    if (position < 1) throw new Error(`The starting ${what} position must be at least 1.`);
    const last = inserting ? position : position + howMany - 1;
    if (last > max) throw new Error(`Those ${what}s are out of bounds.`);
  }
  private insertRowsAt(method: string, at: number, howMany: number, position: number, inheritFrom: number): this {
    this.mutate(method);
    this.checkSpan(method, position, howMany, this.model.maxRows, 'row', true);
    this.book.changeDimension(this.model, { dimension: 'ROWS', kind: 'insert', at, count: howMany }, inheritFrom);
    return this;
  }
  private insertColumnsAt(method: string, at: number, howMany: number, position: number, inheritFrom: number): this {
    this.mutate(method);
    this.checkSpan(method, position, howMany, this.model.maxCols, 'column', true);
    this.book.changeDimension(this.model, { dimension: 'COLUMNS', kind: 'insert', at, count: howMany }, inheritFrom);
    return this;
  }
  /** Rows after `afterPosition`; they take the formats of that row (as Sheets' inserted rows do). */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsAt('insertRowsAfter', afterPosition + 1, howMany, afterPosition, afterPosition);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAt('insertRowAfter', afterPosition + 1, 1, afterPosition, afterPosition);
  }
  /** Rows before `beforePosition`; they take the formats of the row that was there. */
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAt('insertRowsBefore', beforePosition, howMany, beforePosition, beforePosition);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsAt('insertRowBefore', beforePosition, 1, beforePosition, beforePosition);
  }
  /** insertRows(rowIndex[, numRows]): before rowIndex. */
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsAt('insertRows', rowIndex, numRows, rowIndex, rowIndex);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsAt('insertColumnsAfter', afterPosition + 1, howMany, afterPosition, afterPosition);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAt('insertColumnAfter', afterPosition + 1, 1, afterPosition, afterPosition);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAt('insertColumnsBefore', beforePosition, howMany, beforePosition, beforePosition);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsAt('insertColumnBefore', beforePosition, 1, beforePosition, beforePosition);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsAt('insertColumns', columnIndex, numColumns, columnIndex, columnIndex);
  }
  private deleteSpan(method: string, dimension: 'ROWS' | 'COLUMNS', position: number, howMany: number): this {
    this.mutate(method);
    const rows = dimension === 'ROWS';
    const max = rows ? this.model.maxRows : this.model.maxCols;
    this.checkSpan(method, position, howMany, max, rows ? 'row' : 'column', false);
    if (howMany >= max) throw new Error(rows ? 'Sorry, it is not possible to delete all non-frozen rows.' : 'Sorry, it is not possible to delete all non-frozen columns.');
    this.book.changeDimension(this.model, { dimension, kind: 'delete', at: position, count: howMany });
    return this;
  }
  deleteRow(rowPosition: number): this {
    return this.deleteSpan('deleteRow', 'ROWS', rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteSpan('deleteRows', 'ROWS', rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    return this.deleteSpan('deleteColumn', 'COLUMNS', columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteSpan('deleteColumns', 'COLUMNS', columnPosition, howMany);
  }
  /**
   * moveRows(rowSpec, destinationIndex) / moveColumns: the rows (columns) `spec` spans go before
   * `destinationIndex`, counted before the move; references to their cells follow them.
   */
  private move(method: string, dimension: 'ROWS' | 'COLUMNS', spec: FakeRange, destinationIndex: number): void {
    this.mutate(method);
    if (!(spec instanceof FakeRange) || typeof destinationIndex !== 'number' || !Number.isInteger(destinationIndex)) {
      throw new Error(`The parameters (${typeof spec},${typeof destinationIndex}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`);
    }
    if (spec.model !== this.model) throw new Error(`Sheet.${method}: the range to move is on another sheet.`);
    const rows = dimension === 'ROWS';
    const at = rows ? spec.rect.row : spec.rect.col;
    const count = rows ? spec.rect.numRows : spec.rect.numCols;
    const max = rows ? this.model.maxRows : this.model.maxCols;
    if (destinationIndex < 1 || destinationIndex > max + 1) throw new Error(`Those ${rows ? 'row' : 'column'}s are out of bounds.`);
    if (destinationIndex > at && destinationIndex <= at + count) return;
    this.book.changeDimension(this.model, { dimension, kind: 'move', at, count, to: destinationIndex });
  }
  moveRows(rowSpec: FakeRange, destinationIndex: number): void {
    this.move('moveRows', 'ROWS', rowSpec, destinationIndex);
  }
  moveColumns(columnSpec: FakeRange, destinationIndex: number): void {
    this.move('moveColumns', 'COLUMNS', columnSpec, destinationIndex);
  }
  /** Sheet.sort(columnPosition, ascending): the rows below the frozen rows, by one column (Range.sort's order). */
  sort(columnPosition: number, ascending = true): this {
    this.mutate('sort');
    if (typeof columnPosition !== 'number' || !Number.isInteger(columnPosition) || columnPosition < 1 || columnPosition > this.model.maxCols) {
      throw new Error(`The parameters (${typeof columnPosition}) don't match the method signature for SpreadsheetApp.Sheet.sort.`);
    }
    const { lastRow, lastCol } = this.book.extent(this.model);
    const first = this.model.frozenRows + 1;
    if (lastRow < first) return this;
    const width = Math.max(lastCol, columnPosition);
    this.book.sortRows(this.model, { row: first, col: 1, numRows: lastRow - first + 1, numCols: width }, [{ column: columnPosition, ascending: ascending !== false }]);
    return this;
  }
  appendRow(values: unknown[]): this {
    this.mutate('appendRow');
    if (!Array.isArray(values)) throw new Error(`The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`);
    const row = this.book.extent(this.model).lastRow + 1;
    // Sheets adds the row (and columns) the data needs.
    if (row > this.model.maxRows || values.length > this.model.maxCols) {
      this.book.resize(this.model, Math.max(row, this.model.maxRows), Math.max(values.length, this.model.maxCols));
    }
    if (values.length) this.book.write(this.model, row, 1, [values]);
    return this;
  }
  /** Empties every cell with content (values, formulas; spilled results go with their formula). */
  private emptyCells(): void {
    const { lastRow, lastCol } = this.book.extent(this.model);
    if (lastRow > 0) this.book.write(this.model, 1, 1, Array.from({ length: lastRow }, () => new Array<unknown>(lastCol).fill(null)));
  }
  /**
   * clear(): contents and formatting (number formats, styles, notes); validations and frozen rows
   * stay. clear({contentsOnly}) / clear({formatOnly}): just that (both: both).
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.mutate('clear');
    const only = !!options && (!!options.contentsOnly || !!options.formatOnly);
    if (!only || options?.contentsOnly) this.emptyCells();
    if (!only || options?.formatOnly) {
      this.model.formats.clear();
      this.model.styles.clear();
    }
    if (!only) this.model.notes.clear();
    return this;
  }
  /** Contents only: formats stay. */
  clearContents(): this {
    this.mutate('clearContents');
    this.emptyCells();
    return this;
  }
  clearFormats(): this {
    this.mutate('clearFormats');
    this.model.formats.clear();
    this.model.styles.clear();
    return this;
  }

  setFrozenRows(rows: number): void {
    this.mutate('setFrozenRows');
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.k.call('Sheet.getFrozenRows');
    return this.model.frozenRows;
  }
  setFrozenColumns(cols: number): void {
    this.mutate('setFrozenColumns');
    this.model.frozenCols = cols;
  }
  getFrozenColumns(): number {
    this.k.call('Sheet.getFrozenColumns');
    return this.model.frozenCols;
  }
  setColumnWidth(col: number, width: number): this {
    this.mutate('setColumnWidth');
    this.model.columnWidths[col] = width;
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): this {
    this.mutate('setColumnWidths');
    for (let c = start; c < start + count; c++) this.model.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(col: number): number {
    this.k.call('Sheet.getColumnWidth');
    return this.model.columnWidths[col] ?? 100;
  }
  autoResizeColumns(start: number, count: number): this {
    this.mutate('autoResizeColumns');
    void start;
    void count;
    return this;
  }
  hideSheet(): this {
    this.mutate('hideSheet');
    if (this.book.sheets.filter((s) => !s.hidden).length === 1) throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.mutate('showSheet');
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.k.call('Sheet.isSheetHidden');
    return this.model.hidden;
  }
  setTabColor(color: string | null): this {
    this.mutate('setTabColor');
    this.model.tabColor = color;
    return this;
  }
  activate(): this {
    this.mutate('activate');
    this.spreadsheet.markActive(this.model);
    return this;
  }

  /** Selects ranges of this tab (A1 each) without counting a call: Range.activate and RangeList.activate. */
  select(ranges: readonly string[]): void {
    this.spreadsheet.select(this.model, ranges);
  }

  /** getRangeList(a1Notations): several ranges of this tab, to select together. */
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.k.call('Sheet.getRangeList');
    if (!Array.isArray(a1Notations)) throw new Error("The parameters (" + typeof a1Notations + ") don't match the method signature for SpreadsheetApp.Sheet.getRangeList.");
    return new FakeRangeList(this.k, this, a1Notations.map((a1) => this.rangeAt(String(a1))));
  }

  addDeveloperMetadata(key: string, value: string | null = null, visibility = 'DOCUMENT'): this {
    this.mutate('addDeveloperMetadata');
    this.model.metadata.push({ id: this.book.newId(), key, value, visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT' });
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.k.call('Sheet.getDeveloperMetadata');
    return this.model.metadata.map((m) => new FakeDeveloperMetadata(this.k, m, this.model.metadata, this));
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.k.call('Sheet.getConditionalFormatRules');
    return this.model.conditionalFormats.map((r) => new FakeConditionalFormatRule(this.k, r, this.resolver));
  }
  /** Replaces all rules of the sheet, as Sheets does. */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.mutate('setConditionalFormatRules');
    this.model.conditionalFormats = rules.map((r) => r.rule);
  }

  /** A sheet has one sheet protection: protecting it again returns that one (Apps Script's docs). */
  protect(): FakeProtection {
    this.mutate('protect');
    const existing = this.model.protections.find((p) => p.type === 'SHEET');
    if (existing) return new FakeProtection(this.k, existing, this.model.protections, this);
    const model: ProtectionModel = { id: this.book.newId(), type: 'SHEET', range: null, description: '', warningOnly: false, editors: [] };
    this.model.protections.push(model);
    return new FakeProtection(this.k, model, this.model.protections, this);
  }
  /** Range.protect() lands here (not an Apps Script method: counts nothing). */
  protectRange(range: FakeRange): FakeProtection {
    const model: ProtectionModel = { id: this.book.newId(), type: 'RANGE', range: { ...range.rect }, description: '', warningOnly: false, editors: [] };
    this.model.protections.push(model);
    return new FakeProtection(this.k, model, this.model.protections, this);
  }
  getProtections(type: string): FakeProtection[] {
    this.k.call('Sheet.getProtections');
    return this.model.protections.filter((p) => p.type === String(type)).map((p) => new FakeProtection(this.k, p, this.model.protections, this));
  }

  newChart(): FakeChartBuilder {
    this.k.call('Sheet.newChart');
    return new FakeChartBuilder(this.k, this.book.newId(), this.resolver);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    this.mutate('insertChart');
    this.model.charts.push(chart.model);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    this.mutate('updateChart');
    this.model.charts = this.model.charts.map((c) => (c.id === chart.model.id ? chart.model : c));
  }
  getCharts(): FakeEmbeddedChart[] {
    this.k.call('Sheet.getCharts');
    return this.model.charts.map((c) => new FakeEmbeddedChart(this.k, c, this.resolver));
  }
  removeChart(chart: FakeEmbeddedChart): void {
    this.mutate('removeChart');
    this.model.charts = this.model.charts.filter((c) => c.id !== chart.model.id);
  }
}

