/** Range: a rectangle of one sheet. Reads and writes go through the workbook; every method counts. */
import type { Kernel } from '../kernel';
import { parseA1, toA1, type GridRect } from './a1';
import { FakeDataValidation } from './builders';
import { shiftFormula } from './formula-dialect';
import { formatValue, isAutomatic } from './number-format';
import { FakeDeveloperMetadata, type FakeProtection, type FakeSheet } from './sheet';
import { cellKey, type SheetModel, type SortKey, type Workbook } from './workbook';

type RangeApi = GoogleAppsScript.Spreadsheet.Range;

/** The subset of Range the add-on uses, type-checked against @types/google-apps-script. */
export type ImplementedRange = Pick<
  RangeApi,
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getValue'
  | 'getValues'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFormula'
  | 'getFormulas'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getNote'
>;

export class FakeRange implements ImplementedRange {
  constructor(
    private readonly k: Kernel,
    private readonly book: Workbook,
    private readonly sheetApi: FakeSheet,
    readonly model: SheetModel,
    readonly rect: GridRect,
  ) {}

  private get cells(): number {
    return this.rect.numRows * this.rect.numCols;
  }

  private forEachCell(fn: (row: number, col: number, r: number, c: number) => void): void {
    for (let r = 0; r < this.rect.numRows; r++) {
      for (let c = 0; c < this.rect.numCols; c++) fn(this.rect.row + r, this.rect.col + c, r, c);
    }
  }

  private grid<T>(fn: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.rect.numCols; c++) line.push(fn(this.rect.row + r, this.rect.col + c));
      out.push(line);
    }
    return out;
  }

  /** Custom functions run read-only: every set* throws, as in Sheets. */
  private writable(method: string): void {
    if (this.k.authMode() === 'CUSTOM_FUNCTION') {
      throw new Error(`You do not have permission to call ${method}`);
    }
    this.k.requireAuth(`Range.${method}`, ['LIMITED', 'FULL']);
  }

  /** Apps Script's checks on a 2-D argument: an array of arrays, the range's size. */
  private checkSize(values: readonly (readonly unknown[])[], method: string): void {
    if (!Array.isArray(values) || !values.every((line) => Array.isArray(line))) {
      const type = Array.isArray(values) ? 'Object[]' : values === null ? 'null' : typeof values === 'string' ? 'String' : typeof values === 'number' ? 'number' : '(class)';
      throw new Error(`The parameters (${type}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    if (values.length !== this.rect.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rect.numRows}.`);
    }
    for (const line of values) {
      if (line.length !== this.rect.numCols) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.rect.numCols}.`);
      }
    }
  }

  /** The same value in every cell; a formula's relative references move with the cell, as in Sheets. */
  private fill(value: unknown): unknown[][] {
    if (typeof value === 'string' && value.startsWith('=')) {
      return Array.from({ length: this.rect.numRows }, (_, r) => Array.from({ length: this.rect.numCols }, (_, c) => shiftFormula(value, r, c)));
    }
    return this.grid(() => value);
  }

  /** A new range on the same sheet, after Apps Script's bounds checks. */
  private at(rect: GridRect): FakeRange {
    if (rect.row < 1 || rect.col < 1 || rect.row + rect.numRows - 1 > this.model.maxRows || rect.col + rect.numCols - 1 > this.model.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.k, this.book, this.sheetApi, this.model, rect);
  }

  getSheet(): FakeSheet {
    this.k.call('Range.getSheet');
    return this.sheetApi;
  }
  /** getA1Notation without counting a call. */
  a1(): string {
    return toA1(this.rect);
  }
  getA1Notation(): string {
    this.k.call('Range.getA1Notation');
    return toA1(this.rect);
  }
  getRow(): number {
    this.k.call('Range.getRow');
    return this.rect.row;
  }
  getColumn(): number {
    this.k.call('Range.getColumn');
    return this.rect.col;
  }
  getNumRows(): number {
    this.k.call('Range.getNumRows');
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.k.call('Range.getNumColumns');
    return this.rect.numCols;
  }
  getLastRow(): number {
    this.k.call('Range.getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    this.k.call('Range.getLastColumn');
    return this.rect.col + this.rect.numCols - 1;
  }
  getCell(row: number, col: number): FakeRange {
    this.k.call('Range.getCell');
    if (row < 1 || col < 1 || row > this.rect.numRows || col > this.rect.numCols) throw new Error('Cell reference out of range');
    return this.at({ row: this.rect.row + row - 1, col: this.rect.col + col - 1, numRows: 1, numCols: 1 });
  }
  offset(rows: number, cols: number, numRows = this.rect.numRows, numCols = this.rect.numCols): FakeRange {
    this.k.call('Range.offset');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    return this.at({ row: this.rect.row + rows, col: this.rect.col + cols, numRows, numCols });
  }

  getValues(): unknown[][] {
    this.k.call('Range.getValues', this.cells);
    return this.book.readBlock(this.model, this.rect.row, this.rect.col, this.rect.numRows, this.rect.numCols);
  }
  getValue(): unknown {
    this.k.call('Range.getValue', 1);
    return this.book.read(this.model, this.rect.row, this.rect.col);
  }
  getDisplayValues(): string[][] {
    this.k.call('Range.getDisplayValues', this.cells);
    const values = this.book.readBlock(this.model, this.rect.row, this.rect.col, this.rect.numRows, this.rect.numCols);
    return values.map((line, r) => line.map((v, c) => formatValue(v, this.model.formats.get(cellKey(this.rect.row + r, this.rect.col + c)), this.book.timeZone, this.book.locale)));
  }
  getDisplayValue(): string {
    this.k.call('Range.getDisplayValue', 1);
    return formatValue(this.book.read(this.model, this.rect.row, this.rect.col), this.model.formats.get(cellKey(this.rect.row, this.rect.col)), this.book.timeZone, this.book.locale);
  }
  getFormulas(): string[][] {
    this.k.call('Range.getFormulas', this.cells);
    return this.grid((row, col) => this.model.formulas.get(cellKey(row, col)) ?? '');
  }
  getFormula(): string {
    this.k.call('Range.getFormula', 1);
    return this.model.formulas.get(cellKey(this.rect.row, this.rect.col)) ?? '';
  }

  setValues(values: unknown[][]): this {
    this.writable('setValues');
    this.k.call('Range.setValues', this.cells);
    this.checkSize(values, 'setValues');
    this.book.write(this.model, this.rect.row, this.rect.col, values);
    return this;
  }
  setValue(value: unknown): this {
    this.writable('setValue');
    this.k.call('Range.setValue', this.cells);
    this.book.write(this.model, this.rect.row, this.rect.col, this.fill(value));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.writable('setFormulas');
    this.k.call('Range.setFormulas', this.cells);
    this.checkSize(formulas, 'setFormulas');
    for (const line of formulas) {
      for (const f of line) {
        if (f !== '' && !(typeof f === 'string' && f.startsWith('='))) throw new Error(`Formula must start with "=": ${String(f)}`);
      }
    }
    this.book.write(this.model, this.rect.row, this.rect.col, formulas);
    return this;
  }
  setFormula(formula: string): this {
    this.writable('setFormula');
    this.k.call('Range.setFormula', this.cells);
    this.book.write(this.model, this.rect.row, this.rect.col, this.fill(formula));
    return this;
  }

  getNumberFormat(): string {
    this.k.call('Range.getNumberFormat');
    return this.book.numberFormat(this.model, this.rect.row, this.rect.col);
  }
  getNumberFormats(): string[][] {
    this.k.call('Range.getNumberFormats', this.cells);
    return this.grid((row, col) => this.book.numberFormat(this.model, row, col));
  }
  /** `General` (any case) goes back to automatic, as in Sheets. */
  private applyFormat(row: number, col: number, pattern: string): void {
    if (isAutomatic(pattern)) this.model.formats.delete(cellKey(row, col));
    else this.model.formats.set(cellKey(row, col), pattern);
  }
  setNumberFormat(pattern: string): this {
    this.writable('setNumberFormat');
    this.k.call('Range.setNumberFormat', this.cells);
    this.forEachCell((row, col) => this.applyFormat(row, col, pattern));
    return this;
  }
  setNumberFormats(patterns: string[][]): this {
    this.writable('setNumberFormats');
    this.k.call('Range.setNumberFormats', this.cells);
    this.checkSize(patterns, 'setNumberFormats');
    this.forEachCell((row, col, r, c) => this.applyFormat(row, col, patterns[r][c]));
    return this;
  }

  private style(method: string, prop: string, value: string): this {
    this.writable(method);
    this.k.call(`Range.${method}`, this.cells);
    this.forEachCell((row, col) => {
      const k = cellKey(row, col);
      this.model.styles.set(k, { ...(this.model.styles.get(k) ?? {}), [prop]: value });
    });
    return this;
  }
  setFontWeight(weight: string | null): this {
    return this.style('setFontWeight', 'fontWeight', weight ?? 'normal');
  }
  setBackground(color: string | null): this {
    return this.style('setBackground', 'background', color ?? '#ffffff');
  }
  setFontColor(color: string | null): this {
    return this.style('setFontColor', 'fontColor', color ?? '#000000');
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.style('setHorizontalAlignment', 'horizontalAlignment', alignment ?? 'general');
  }
  setWrap(wrap: boolean): this {
    return this.style('setWrap', 'wrap', String(wrap));
  }
  getBackground(): string {
    this.k.call('Range.getBackground');
    return this.model.styles.get(cellKey(this.rect.row, this.rect.col))?.background ?? '#ffffff';
  }
  getFontWeight(): string {
    this.k.call('Range.getFontWeight');
    return this.model.styles.get(cellKey(this.rect.row, this.rect.col))?.fontWeight ?? 'normal';
  }

  setNote(note: string | null): this {
    this.writable('setNote');
    this.k.call('Range.setNote', this.cells);
    this.forEachCell((row, col) => (note ? this.model.notes.set(cellKey(row, col), note) : this.model.notes.delete(cellKey(row, col))));
    return this;
  }
  /** One note per cell ('' or null clears), size-checked like setValues. (Added for the tabs setup.) */
  setNotes(notes: (string | null)[][]): this {
    this.writable('setNotes');
    this.k.call('Range.setNotes', this.cells);
    this.checkSize(notes, 'setNotes');
    this.forEachCell((row, col, r, c) => {
      const note = notes[r][c];
      if (note) this.model.notes.set(cellKey(row, col), String(note));
      else this.model.notes.delete(cellKey(row, col));
    });
    return this;
  }
  getNote(): string {
    this.k.call('Range.getNote');
    return this.model.notes.get(cellKey(this.rect.row, this.rect.col)) ?? '';
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    this.writable('setDataValidation');
    this.k.call('Range.setDataValidation', this.cells);
    this.forEachCell((row, col) => (rule ? this.model.validations.set(cellKey(row, col), rule.rule) : this.model.validations.delete(cellKey(row, col))));
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    this.k.call('Range.getDataValidation');
    const rule = this.model.validations.get(cellKey(this.rect.row, this.rect.col));
    return rule ? new FakeDataValidation(this.k, rule, this.sheetApi.resolver) : null;
  }

  clearContent(): this {
    this.writable('clearContent');
    this.k.call('Range.clearContent', this.cells);
    this.book.write(this.model, this.rect.row, this.rect.col, this.grid(() => ''));
    return this;
  }
  /**
   * clear(): contents and formats (Apps Script's docs). clear(options): what the options name —
   * contentsOnly, formatOnly, validationsOnly, commentsOnly (notes) — and everything (notes and
   * validations too) when none is set. skipFilteredRows changes nothing: the runtime has no filters.
   */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean; skipFilteredRows?: boolean }): this {
    this.writable('clear');
    this.k.call('Range.clear', this.cells);
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new Error(`The parameters (${options === null ? 'null' : typeof options}) don't match the method signature for SpreadsheetApp.Range.clear.`);
    }
    const known = ['contentsOnly', 'formatOnly', 'validationsOnly', 'commentsOnly', 'skipFilteredRows'];
    const unknown = Object.keys(options ?? {}).filter((name) => !known.includes(name));
    if (unknown.length) throw new Error(`Range.clear: unknown option ${unknown.join(', ')} (the options are ${known.join(', ')}).`);
    const only = options && (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    const contents = options === undefined || !only || !!options.contentsOnly;
    const formats = options === undefined || !only || !!options.formatOnly;
    const validations = options !== undefined && (!only || !!options.validationsOnly);
    const notes = options !== undefined && (!only || !!options.commentsOnly);
    if (contents) this.book.write(this.model, this.rect.row, this.rect.col, this.grid(() => ''));
    this.forEachCell((row, col) => {
      const k = cellKey(row, col);
      if (formats) {
        this.model.formats.delete(k);
        this.model.styles.delete(k);
      }
      if (validations) this.model.validations.delete(k);
      if (notes) this.model.notes.delete(k);
    });
    return this;
  }
  clearFormat(): this {
    this.writable('clearFormat');
    this.k.call('Range.clearFormat', this.cells);
    this.forEachCell((row, col) => {
      this.model.formats.delete(cellKey(row, col));
      this.model.styles.delete(cellKey(row, col));
    });
    return this;
  }
  clearNote(): this {
    this.writable('clearNote');
    this.k.call('Range.clearNote', this.cells);
    this.forEachCell((row, col) => this.model.notes.delete(cellKey(row, col)));
    return this;
  }
  clearDataValidations(): this {
    this.writable('clearDataValidations');
    this.k.call('Range.clearDataValidations', this.cells);
    this.forEachCell((row, col) => this.model.validations.delete(cellKey(row, col)));
    return this;
  }

  /**
   * Sorts the rows of the range by column (an absolute column number), `{column, ascending}`, or
   * an array of either (first key first). Numbers and dates come before text, text before
   * booleans; blanks go last either way. Each row moves with its formats, notes and validations;
   * a formula's relative references move with it.
   */
  sort(sortSpecObj: unknown): this {
    this.writable('sort');
    this.k.call('Range.sort', this.cells);
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    if (specs.length === 0) throw new Error('Range.sort needs at least one sort column.');
    const keys: SortKey[] = specs.map((spec: unknown) => {
      const key = typeof spec === 'number' ? { column: spec, ascending: true } : spec !== null && typeof spec === 'object' ? (spec as { column?: unknown; ascending?: unknown }) : null;
      if (!key || typeof key.column !== 'number' || !Number.isInteger(key.column)) {
        throw new Error(`The parameters (${typeof spec}) don't match the method signature for SpreadsheetApp.Range.sort.`);
      }
      if (key.column < this.rect.col || key.column >= this.rect.col + this.rect.numCols) {
        throw new Error(`The sort column must be within the range being sorted (column ${key.column} is outside ${toA1(this.rect)}).`);
      }
      return { column: key.column, ascending: key.ascending === undefined ? true : key.ascending !== false };
    });
    this.book.sortRows(this.model, this.rect, keys);
    return this;
  }

  /** Developer metadata on whole rows or whole columns of the sheet (the locations Sheets allows for a range). */
  addDeveloperMetadata(key: string, value: string | null = null, visibility = 'DOCUMENT'): this {
    this.writable('addDeveloperMetadata');
    this.k.call('Range.addDeveloperMetadata');
    const wholeRows = this.rect.col === 1 && this.rect.numCols === this.model.maxCols;
    const wholeColumns = this.rect.row === 1 && this.rect.numRows === this.model.maxRows;
    if (!wholeRows && !wholeColumns) throw new Error('Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.');
    const location = wholeRows ? { dimension: 'ROWS' as const, start: this.rect.row, count: this.rect.numRows } : { dimension: 'COLUMNS' as const, start: this.rect.col, count: this.rect.numCols };
    this.model.metadata.push({ id: this.book.newId(), key, value, visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT', location });
    return this;
  }
  /** The metadata on exactly these rows or columns. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.k.call('Range.getDeveloperMetadata');
    const wholeRows = this.rect.col === 1 && this.rect.numCols === this.model.maxCols;
    const wholeColumns = this.rect.row === 1 && this.rect.numRows === this.model.maxRows;
    return this.model.metadata
      .filter((m) => {
        const at = m.location;
        if (!at) return false;
        if (at.dimension === 'ROWS') return wholeRows && at.start === this.rect.row && at.count === this.rect.numRows;
        return wholeColumns && at.start === this.rect.col && at.count === this.rect.numCols;
      })
      .map((m) => new FakeDeveloperMetadata(this.k, m, this.model.metadata, this.sheetApi));
  }

  protect(): FakeProtection {
    this.writable('protect');
    this.k.call('Range.protect');
    return this.sheetApi.protectRange(this);
  }

  /** Selects the range and makes its tab the active one. */
  activate(): this {
    this.writable('activate');
    this.k.call('Range.activate');
    this.sheetApi.select([toA1(this.rect)]);
    return this;
  }

  /** Resolves A1 notation relative to a sheet (used by Sheet.getRange and named ranges). */
  static parse(a1: string, model: SheetModel): GridRect {
    return parseA1(a1, model.maxRows, model.maxCols);
  }
}
