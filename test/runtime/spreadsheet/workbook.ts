/**
 * The workbook behind the fake SpreadsheetApp: cell contents live in a HyperFormula engine (so
 * formulas compute, spills included), everything else Sheets keeps per cell or per sheet (number
 * formats, notes, styles, frozen rows, widths, validations, conditional formats, protections,
 * developer metadata, charts) lives here as plain data that the workbook file round-trips.
 */
import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { hasOpenRange, renameSheetInFormula, toEngineFormula } from './formula-dialect';
import { dateToSerial, isDate, serialToDate } from './dates';
import { AUTOMATIC_FORMAT, automaticDateFormat, isAutomatic, isDatePattern } from './number-format';
import { parseTypedNumber, typedDateFormat } from './typed-input';
import { SHEETS_ERROR_TEXT, SpillLedger, withHost, type CustomFunctionHost } from './engine-functions';

/** A developer-metadata entry (key, value, visibility), as Sheets stores it. */
export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

/** Everything about one sheet that is not a cell's content. */
export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: Record<number, number>;
  /** Sheets' own text of each formula, keyed "row,col" (1-based): the engine holds a translation. */
  formulas: Map<string, string>;
  formats: Map<string, string>;
  notes: Map<string, string>;
  /** Font weight, colours, alignment …: `{ "row,col": { background: "#fff" } }`. */
  styles: Map<string, Record<string, string>>;
  validations: Map<string, ValidationRule>;
  conditionalFormats: ConditionalFormat[];
  protections: ProtectionModel[];
  metadata: MetadataEntry[];
  charts: ChartModel[];
}

/** A data-validation rule as data. */
export interface ValidationRule {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A conditional-format rule as data. */
export interface ConditionalFormat {
  ranges: string[];
  condition: string;
  args: unknown[];
  format: Record<string, string | boolean>;
}

/** A protected sheet or range. */
export interface ProtectionModel {
  id: number;
  type: 'SHEET' | 'RANGE';
  range: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

/** An embedded chart, kept as data (Sheets draws it; the runtime only remembers it). */
export interface ChartModel {
  id: number;
  type: string;
  ranges: string[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** Default size of a new sheet in Sheets: 1000 rows × 26 columns. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

const key = (row: number, col: number) => `${row},${col}`;

/** Rounds of re-entering formulas whose custom function changed its result's size. */
const MAX_SPILL_ROUNDS = 5;

/** The engine configured like Sheets where they differ (dates from 1899-12-30, no rounding surprises). */
function newEngine(): HyperFormula {
  return HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    maxRows: 200_000,
    maxColumns: 702,
    smartRounding: false,
    dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY', 'YYYY/MM/DD'],
    timeFormats: ['hh:mm', 'hh:mm:ss', 'hh:mm:ss.sss'],
    currencySymbol: ['$'],
    useArrayArithmetic: true,
    precisionEpsilon: 1e-13,
  });
}

/** Cell contents + per-sheet state of one spreadsheet. */
export class Workbook {
  readonly engine = newEngine();
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Map<string, { sheetId: number; a1: string }>();
  readonly metadata: MetadataEntry[] = [];
  private nextId = 1;
  private host: CustomFunctionHost | null = null;
  /** Custom functions' spill sizes, learned from what they return (engine-functions.ts). */
  private readonly spillLedger = new SpillLedger();
  /** How deep engine operations are nested: spills settle when the outermost one ends. */
  private evaluating = 0;
  /** Bumped by every change to the engine: cached extents are valid for one version. */
  private version = 0;
  /**
   * Per sheet: a row and column that no content lies beyond, except in spilled arrays (content
   * only appears where something was written, or where a formula spills). Lets getLastRow scan a
   * few rows instead of the whole sheet, and stay right after a large clear.
   */
  private readonly bounds = new WeakMap<SheetModel, { row: number; col: number; version: number; lastRow: number; lastCol: number }>();

  constructor(
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

  /** The add-on that answers custom-function calls while this workbook evaluates. */
  attach(host: CustomFunctionHost): void {
    this.host = host;
  }

  /**
   * Runs an engine operation with the custom-function host active: one recalculation. When the
   * outermost operation ends, every custom function whose result no longer fits the cells the
   * engine reserved for it is entered again, sized by what it returned, as Sheets sizes a spill.
   */
  evaluate<T>(body: () => T): T {
    const host = this.host;
    if (!host) return body();
    return withHost(host, this.spillLedger, () => {
      this.evaluating++;
      try {
        const value = body();
        if (this.evaluating === 1) this.settleSpills();
        return value;
      } finally {
        this.evaluating--;
        if (this.evaluating === 0) this.spillLedger.endRecalculation();
      }
    });
  }

  /**
   * Enters again the formulas whose custom function returned a size other than the one reserved.
   * The function's result for the same arguments is reused within the recalculation, so it runs
   * once; a result that keeps changing size stops after a few rounds (Sheets would keep going).
   */
  private settleSpills(): void {
    for (let round = 0; round < MAX_SPILL_ROUNDS; round++) {
      const cells = this.spillLedger.takePending();
      if (cells.length === 0) return;
      for (const at of cells) {
        const sheet = this.sheets.find((s) => this.engine.getSheetId(s.name) === at.sheet);
        const formula = sheet?.formulas.get(key(at.row + 1, at.col + 1));
        if (!sheet || formula === undefined) continue;
        this.version++;
        this.engine.setCellContents(at, [[this.engineFormula(sheet, formula)]]);
      }
    }
  }

  /** A fresh id for sheets, metadata, protections and charts. */
  newId(): number {
    return this.nextId++;
  }

  /** Adds a sheet at `index` (default: last). Throws Apps Script's error for a taken name. */
  addSheet(name: string, index = this.sheets.length, rows = DEFAULT_ROWS, cols = DEFAULT_COLS): SheetModel {
    // Sheets compares tab names case-insensitively (so does the engine).
    if (this.sheetNamed(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.version++;
    this.evaluate(() => this.engine.addSheet(name));
    const sheet: SheetModel = {
      id: this.sheets.length === 0 ? 0 : this.newId() * 1000 + 7,
      name,
      maxRows: rows,
      maxCols: cols,
      frozenRows: 0,
      frozenCols: 0,
      hidden: false,
      tabColor: null,
      columnWidths: {},
      formulas: new Map(),
      formats: new Map(),
      notes: new Map(),
      styles: new Map(),
      validations: new Map(),
      conditionalFormats: [],
      protections: [],
      metadata: [],
      charts: [],
    };
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** Removes a sheet; formulas elsewhere that referred to it show #REF!, as in Sheets. */
  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.version++;
    this.evaluate(() => this.engine.removeSheet(this.engineId(sheet)));
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }

  /** Renames a sheet (references in formulas follow, as in Sheets). */
  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.sheetNamed(name);
    if (other && other !== sheet) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.version++;
    this.evaluate(() => this.engine.renameSheet(this.engineId(sheet), name));
    for (const s of this.sheets) {
      for (const [k, f] of s.formulas) s.formulas.set(k, renameSheetInFormula(f, sheet.name, name));
    }
    sheet.name = name;
  }

  /** The sheet called exactly `name` (Spreadsheet.getSheetByName). */
  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The sheet whose name equals `name` ignoring case: the one a new name would clash with. */
  sheetNamed(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /**
   * Changes a sheet's size (rows/columns inserted at the end) and re-translates every formula
   * with an open range, which in Sheets always reaches the sheet's last row or column.
   */
  resize(sheet: SheetModel, rows: number, cols: number): void {
    sheet.maxRows = rows;
    sheet.maxCols = cols;
    for (const s of this.sheets) {
      // A snapshot: rewriting a formula re-inserts its key, which a live Map iteration would revisit.
      for (const [k, f] of [...s.formulas]) {
        if (!hasOpenRange(f)) continue;
        const [row, col] = k.split(',').map(Number);
        this.write(s, row, col, [[f]]);
      }
    }
  }

  engineId(sheet: SheetModel): number {
    const id = this.engine.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`Sheet ${sheet.name} is missing from the engine`);
    return id;
  }

  /**
   * Writes a block of values as Range.setValues does (USER_ENTERED): a string starting with `=`
   * becomes a formula, numbers stay numbers, Dates become dates, other strings are parsed the way
   * typed text is ("12%", "$1,234.50", "2026-11-27"; a leading apostrophe keeps text), and typed
   * percentages, currency, grouped numbers and dates give an unformatted cell the format Sheets
   * gives it. A cell formatted as plain text (`@`) keeps typed text as text.
   */
  write(sheet: SheetModel, row: number, col: number, values: readonly (readonly unknown[])[]): void {
    const engineId = this.engineId(sheet);
    const typedDates: [number, number, string][] = [];
    let lastRow = 0;
    let lastCol = 0;
    const contents: RawCellContent[][] = values.map((line, r) =>
      line.map((value, c) => {
        const content = this.toEngineContent(sheet, row + r, col + c, value, typedDates);
        if (content !== null) {
          lastRow = Math.max(lastRow, row + r);
          lastCol = Math.max(lastCol, col + c);
        }
        return content;
      }),
    );
    this.version++;
    const bound = this.bounds.get(sheet);
    if (bound) {
      bound.row = Math.max(bound.row, lastRow);
      bound.col = Math.max(bound.col, lastCol);
    } else {
      this.bounds.set(sheet, { row: lastRow, col: lastCol, version: -1, lastRow: 0, lastCol: 0 });
    }
    this.evaluate(() => this.engine.setCellContents({ sheet: engineId, row: row - 1, col: col - 1 }, contents));
    if (contents.some((line) => line.some((v) => v === null))) this.respill(sheet, engineId);
    for (const [r, c, text] of typedDates) {
      const type = this.engine.getCellValueDetailedType({ sheet: engineId, row: r - 1, col: c - 1 });
      const format = typedDateFormat(text, type);
      if (format) sheet.formats.set(key(r, c), format);
    }
  }

  private toEngineContent(sheet: SheetModel, row: number, col: number, value: unknown, typedDates: [number, number, string][]): RawCellContent {
    const k = key(row, col);
    sheet.formulas.delete(k);
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'string' && value.startsWith('=')) {
      sheet.formulas.set(k, value);
      return this.engineFormula(sheet, value);
    }
    const format = sheet.formats.get(k);
    const unformatted = format === undefined || isAutomatic(format);
    if (isDate(value)) {
      // Written as typed date text so the engine types the cell as a date, as Sheets does: a
      // custom function reading it then receives a Date, not a bare serial number.
      const serial = dateToSerial(value, this.timeZone);
      if (unformatted || !isDatePattern(format)) sheet.formats.set(k, automaticDateFormat(value, this.timeZone));
      return serialToText(serial);
    }
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    const text = String(value);
    if (text.startsWith("'")) return text;
    if (format === '@') return `'${text}`;
    const number = parseTypedNumber(text);
    if (number) {
      if (unformatted && number.format) sheet.formats.set(k, number.format);
      return number.value;
    }
    // Left to the engine: booleans ("TRUE"), dates and times ("2026-11-27", "13:45"), text.
    if (unformatted && /\d/.test(text)) typedDates.push([row, col, text]);
    return text;
  }

  /** A Sheets formula as the engine reads it (open ranges closed at the sheets' sizes). */
  engineFormula(sheet: SheetModel, formula: string): string {
    const of = (name: string | null) => (name === null ? sheet : (this.sheetNamed(name) ?? sheet));
    return toEngineFormula(
      formula,
      (name) => of(name).maxRows,
      (name) => of(name).maxCols,
    );
  }

  /** One cell's value as getValues returns it: number, string, boolean, Date, or "" when empty. */
  read(sheet: SheetModel, row: number, col: number): unknown {
    return this.readBlock(sheet, row, col, 1, 1)[0][0];
  }

  /** A block of values as getValues returns them. */
  readBlock(sheet: SheetModel, row: number, col: number, numRows: number, numCols: number): unknown[][] {
    const engineId = this.engineId(sheet);
    const { width, height } = this.engine.getSheetDimensions(engineId);
    const out: unknown[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line = new Array<unknown>(numCols).fill('');
      const rr = row + r;
      if (rr - 1 < height) {
        for (let c = 0; c < numCols; c++) {
          const cc = col + c;
          if (cc - 1 >= width) break;
          line[c] = this.cellValue(sheet, engineId, rr, cc);
        }
      }
      out[r] = line;
    }
    return out;
  }

  private cellValue(sheet: SheetModel, engineId: number, row: number, col: number): unknown {
    const address = { sheet: engineId, row: row - 1, col: col - 1 };
    const v = this.engine.getCellValue(address);
    if (v === null || v === undefined) return '';
    if (v instanceof DetailedCellError) return sheetsErrorText(v);
    if (typeof v === 'number') {
      const format = sheet.formats.get(key(row, col));
      const dated = format && !isAutomatic(format) ? isDatePattern(format) : isEngineDate(this.engine, address);
      if (dated) return serialToDate(v, this.timeZone);
    }
    return v;
  }

  /**
   * What Range.getNumberFormat returns: the cell's format, else the automatic date format for a
   * date the engine typed (a formula's DATE(), TODAY() …), else Sheets' automatic pattern.
   */
  numberFormat(sheet: SheetModel, row: number, col: number): string {
    const format = sheet.formats.get(key(row, col));
    if (format !== undefined) return format;
    const value = this.read(sheet, row, col);
    return isDate(value) ? automaticDateFormat(value, this.timeZone) : AUTOMATIC_FORMAT;
  }

  /**
   * The areas array formulas spill into: for each formula cell that returned an array, its
   * anchor (1-based) and the size of the array. The engine's array mapping knows each array's
   * extent by its corner (walking array-typed cells cannot tell two adjacent arrays apart); it is
   * marked internal in HyperFormula, pinned at 3.5.0 as every engine detail here is.
   */
  spillAreas(sheet: SheetModel): { row: number; col: number; height: number; width: number }[] {
    const engineId = this.engineId(sheet);
    const areas: { row: number; col: number; height: number; width: number }[] = [];
    for (const k of sheet.formulas.keys()) {
      const [row, col] = k.split(',').map(Number);
      const array = this.engine.arrayMapping.getArrayByCorner({ sheet: engineId, row: row - 1, col: col - 1 });
      if (array) areas.push({ row, col, height: array.height, width: array.width });
    }
    return areas;
  }

  /** The error message of an error cell (what Sheets shows on hover), or null. */
  errorMessage(sheet: SheetModel, row: number, col: number): string | null {
    const v = this.engine.getCellValue({ sheet: this.engineId(sheet), row: row - 1, col: col - 1 });
    if (!(v instanceof DetailedCellError)) return null;
    // Sheets' wording for a blocked spill (the engine says "No space for array result").
    if (v.type === 'SPILL') return 'Array result was not expanded because it would overwrite data.';
    return v.message || v.value;
  }

  /**
   * Rows/columns holding content (getLastRow / getLastColumn): a value, a formula (even one that
   * shows nothing) or a spilled result (a spilled "" too, as in Sheets). Cached until the next
   * change; a scan starts at the furthest cell written since the last one or the furthest spill,
   * never at the engine's size (which does not shrink when cells are cleared).
   */
  extent(sheet: SheetModel): { lastRow: number; lastCol: number } {
    const bound = this.bounds.get(sheet) ?? { row: 0, col: 0, version: -1, lastRow: 0, lastCol: 0 };
    this.bounds.set(sheet, bound);
    if (bound.version === this.version) return { lastRow: bound.lastRow, lastCol: bound.lastCol };
    const engineId = this.engineId(sheet);
    const { width, height } = this.engine.getSheetDimensions(engineId);
    let rowLimit = Math.min(height, bound.row);
    let colLimit = Math.min(width, bound.col);
    for (const spill of this.spills(engineId)) {
      rowLimit = Math.max(rowLimit, Math.min(height, spill.row + spill.height - 1));
      colLimit = Math.max(colLimit, Math.min(width, spill.col + spill.width - 1));
    }
    const filled = (r: number, c: number) => sheet.formulas.has(key(r, c)) || this.engine.getCellValue({ sheet: engineId, row: r - 1, col: c - 1 }) !== null;
    let lastRow = 0;
    for (let r = rowLimit; r >= 1 && lastRow === 0; r--) {
      for (let c = 1; c <= colLimit; c++) {
        if (filled(r, c)) {
          lastRow = r;
          break;
        }
      }
    }
    let lastCol = 0;
    for (let c = colLimit; c >= 1 && lastCol === 0 && lastRow > 0; c--) {
      for (let r = 1; r <= lastRow; r++) {
        if (filled(r, c)) {
          lastCol = c;
          break;
        }
      }
    }
    Object.assign(bound, { row: lastRow, col: lastCol, version: this.version, lastRow, lastCol });
    return { lastRow, lastCol };
  }

  /**
   * Sheets spills an array again once the cells in its way are emptied; the engine keeps it
   * collapsed to #SPILL!, so such formulas are entered again.
   */
  private respill(sheet: SheetModel, engineId: number): void {
    for (const spill of this.spills(engineId)) {
      const at = { sheet: engineId, row: spill.row - 1, col: spill.col - 1 };
      const value = this.engine.getCellValue(at);
      const formula = sheet.formulas.get(key(spill.row, spill.col));
      if (formula && value instanceof DetailedCellError && value.type === 'SPILL') {
        const engineFormula = this.engineFormula(sheet, formula);
        this.evaluate(() => this.engine.setCellContents(at, [[engineFormula]]));
      }
    }
  }

  /** The spilled arrays of a sheet: corner (1-based) and size. */
  private spills(engineId: number): { row: number; col: number; width: number; height: number }[] {
    const arrays = (this.engine.arrayMapping as unknown as { arrayMapping: Map<string, { cellAddress: { sheet: number; row: number; col: number }; width: number; height: number }> }).arrayMapping;
    const out: { row: number; col: number; width: number; height: number }[] = [];
    for (const vertex of arrays.values()) {
      const at = vertex.cellAddress;
      if (at.sheet === engineId) out.push({ row: at.row + 1, col: at.col + 1, width: vertex.width, height: vertex.height });
    }
    return out;
  }
}

/** "2026-11-27" or "2026-11-27 13:45:00" for a serial day number (the engine's date input form). */
function serialToText(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const iso = d.toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

function isEngineDate(engine: HyperFormula, address: { sheet: number; row: number; col: number }): boolean {
  const type = engine.getCellValueDetailedType(address);
  return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || type === 'NUMBER_TIME';
}

/** Sheets' text for an error: the engine's #SPILL! is Sheets' #REF! ("would overwrite data"). */
function sheetsErrorText(error: DetailedCellError): string {
  return SHEETS_ERROR_TEXT[error.type] ?? error.value;
}

export { key as cellKey };
