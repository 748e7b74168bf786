/**
 * The workbook behind the fake SpreadsheetApp: cell contents live in a HyperFormula engine (so
 * formulas compute, spills included), everything else Sheets keeps per cell or per sheet (number
 * formats, notes, styles, frozen rows, widths, validations, conditional formats, protections,
 * developer metadata, charts) lives here as plain data that the workbook file round-trips.
 */
import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { toEngineFormula } from './formula-dialect';
import { dateToSerial, isDate, serialToDate } from './dates';
import { isDatePattern } from './number-format';
import { withHost, type CustomFunctionHost } from './engine-functions';

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

  constructor(
    public name: string,
    public timeZone: string,
    public locale: string,
  ) {}

  /** The add-on that answers custom-function calls while this workbook evaluates. */
  attach(host: CustomFunctionHost): void {
    this.host = host;
  }

  /** Runs an engine operation with the custom-function host active. */
  evaluate<T>(body: () => T): T {
    return this.host ? withHost(this.host, body) : body();
  }

  /** A fresh id for sheets, metadata, protections and charts. */
  newId(): number {
    return this.nextId++;
  }

  /** Adds a sheet at `index` (default: last). Throws Apps Script's error for a taken name. */
  addSheet(name: string, index = this.sheets.length, rows = DEFAULT_ROWS, cols = DEFAULT_COLS): SheetModel {
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
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
    this.evaluate(() => this.engine.removeSheet(this.engineId(sheet)));
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }

  /** Renames a sheet (references in formulas follow, as in Sheets). */
  renameSheet(sheet: SheetModel, name: string): void {
    if (name !== sheet.name && this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.evaluate(() => this.engine.renameSheet(this.engineId(sheet), name));
    for (const s of this.sheets) {
      for (const [k, f] of s.formulas) s.formulas.set(k, renameInFormula(f, sheet.name, name));
    }
    sheet.name = name;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  engineId(sheet: SheetModel): number {
    const id = this.engine.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`Sheet ${sheet.name} is missing from the engine`);
    return id;
  }

  /**
   * Writes a block of values as Range.setValues does (USER_ENTERED): a string starting with `=`
   * becomes a formula, numbers stay numbers, Dates become dates, other strings are parsed the way
   * typed text is. `raw` cells are written as given (setFormulas passes formulas this way too).
   */
  write(sheet: SheetModel, row: number, col: number, values: readonly (readonly unknown[])[]): void {
    const engineId = this.engineId(sheet);
    const contents: RawCellContent[][] = values.map((line, r) =>
      line.map((value, c) => this.toEngineContent(sheet, row + r, col + c, value)),
    );
    this.evaluate(() => this.engine.setCellContents({ sheet: engineId, row: row - 1, col: col - 1 }, contents));
  }

  private toEngineContent(sheet: SheetModel, row: number, col: number, value: unknown): RawCellContent {
    const k = key(row, col);
    sheet.formulas.delete(k);
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'string' && value.startsWith('=') && value.length > 1) {
      sheet.formulas.set(k, value);
      return toEngineFormula(value, (name) => (name ? this.sheetByName(name)?.maxRows : sheet.maxRows) ?? sheet.maxRows);
    }
    if (isDate(value)) {
      // Written as typed date text so the engine types the cell as a date, as Sheets does: a
      // custom function reading it then receives a Date, not a bare serial number.
      const serial = dateToSerial(value, this.timeZone);
      if (sheet.formats.has(k) && !isDatePattern(sheet.formats.get(k) ?? '')) sheet.formats.delete(k);
      return serialToText(serial);
    }
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    // Other text is parsed as typed input ("12%", "$5", "2026-11-27"); a leading apostrophe keeps
    // it text and is not part of the value.
    return String(value);
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
      if (format ? isDatePattern(format) : isEngineDate(this.engine, address)) return serialToDate(v, this.timeZone);
    }
    return v;
  }

  /** The error message of an error cell (what Sheets shows on hover), or null. */
  errorMessage(sheet: SheetModel, row: number, col: number): string | null {
    const v = this.engine.getCellValue({ sheet: this.engineId(sheet), row: row - 1, col: col - 1 });
    return v instanceof DetailedCellError ? v.message || v.value : null;
  }

  /** Rows/columns holding content (getLastRow / getLastColumn). */
  extent(sheet: SheetModel): { lastRow: number; lastCol: number } {
    const engineId = this.engineId(sheet);
    const { width, height } = this.engine.getSheetDimensions(engineId);
    // The engine's dimensions can include cells emptied since; trim them.
    let lastRow = 0;
    let lastCol = 0;
    if (height === 0 || width === 0) return { lastRow, lastCol };
    const values = this.engine.getSheetSerialized(engineId);
    values.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell !== null && cell !== undefined && cell !== '') {
          lastRow = Math.max(lastRow, r + 1);
          lastCol = Math.max(lastCol, c + 1);
        }
      }),
    );
    // Spilled array results count as content too.
    for (let r = height; r >= 1 && r > lastRow; r--) {
      for (let c = 1; c <= width; c++) {
        if (this.engine.getCellValue({ sheet: engineId, row: r - 1, col: c - 1 }) !== null) {
          lastRow = Math.max(lastRow, r);
          break;
        }
      }
    }
    for (let c = width; c >= 1 && c > lastCol; c--) {
      for (let r = 1; r <= height; r++) {
        if (this.engine.getCellValue({ sheet: engineId, row: r - 1, col: c - 1 }) !== null) {
          lastCol = Math.max(lastCol, c);
          break;
        }
      }
    }
    return { lastRow, lastCol };
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
  return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
}

/** Sheets' text for an error: the engine's #SPILL! is Sheets' #REF! ("would overwrite data"). */
function sheetsErrorText(error: DetailedCellError): string {
  if (error.type === 'SPILL') return '#REF!';
  if (error.type === 'ERROR' || error.type === 'LIC') return '#ERROR!';
  return error.value;
}

function renameInFormula(formula: string, from: string, to: string): string {
  const quote = (n: string) => (/^[A-Za-z_][\w.]*$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`);
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.split(`${quote(from)}!`).join(`${quote(to)}!`),
    )
    .join('');
}

export { key as cellKey };
