/**
 * The workbook behind the fake SpreadsheetApp: cell contents live in a HyperFormula engine (so
 * formulas compute, spills included), everything else Sheets keeps per cell or per sheet (number
 * formats, notes, styles, frozen rows, widths, validations, conditional formats, protections,
 * developer metadata, charts) lives here as plain data that the workbook file round-trips.
 */
import { HyperFormula, DetailedCellError, type RawCellContent } from 'hyperformula';
import { hasOpenRange, renameSheetInFormula, toEngineFormula } from './formula-dialect';
import { dateToSerial, isDate, serialToDate, zoneOf } from './dates';
import { AUTOMATIC_FORMAT, automaticDateFormat, isAutomatic, isDatePattern } from './number-format';
import { parseTypedInput } from './typed-input';
import { SHEETS_ERROR_TEXT, SpillLedger, withHost, type CustomFunctionHost } from './engine-functions';
import type { GridRect } from './a1';
import { adjustFormula, moveIndex, moveRect, moveSpan, type DimensionChange } from './structure';
import { shiftFormula } from './formula-dialect';

/** A developer-metadata entry (key, value, visibility), as Sheets stores it. */
export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** On a sheet's rows or columns (Range.addDeveloperMetadata); absent for the sheet itself. */
  location?: { dimension: 'ROWS' | 'COLUMNS'; start: number; count: number };
}

/** A rectangle on a sheet named by its id, so it follows a tab rename (getters hand out Ranges). */
export interface RangeRef {
  sheetId: number;
  rect: GridRect;
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
  ranges: RangeRef[];
  condition: string;
  args: unknown[];
  format: Record<string, string | boolean>;
}

/** A protected sheet or range. */
export interface ProtectionModel {
  id: number;
  type: 'SHEET' | 'RANGE';
  /** The protected cells of a RANGE protection (on the protection's own sheet). */
  range: GridRect | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

/** An embedded chart, kept as data (Sheets draws it; the runtime only remembers it). */
export interface ChartModel {
  id: number;
  type: string;
  ranges: RangeRef[];
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
  readonly namedRanges = new Map<string, RangeRef>();
  /** The current time when no add-on is attached (whose host then gives the kernel's clock): typed "12/31" falls in its year. */
  now: () => Date = () => new Date();
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
   * becomes a formula, numbers stay numbers, Dates become dates, other strings are read the way
   * text typed into the cell is, in the spreadsheet's locale (typed-input.ts; a leading
   * apostrophe keeps text), and typed percentages, currency, grouped numbers and dates give an
   * unformatted cell the format Sheets gives it. A plain-text (`@`) cell keeps every string as
   * text, `=` included.
   */
  write(sheet: SheetModel, row: number, col: number, values: readonly (readonly unknown[])[]): void {
    const engineId = this.engineId(sheet);
    const year = this.currentYear();
    let lastRow = 0;
    let lastCol = 0;
    const contents: RawCellContent[][] = values.map((line, r) =>
      line.map((value, c) => {
        const content = this.toEngineContent(sheet, row + r, col + c, value, year);
        if (content !== null) {
          lastRow = Math.max(lastRow, row + r);
          lastCol = Math.max(lastCol, col + c);
        }
        return content;
      }),
    );
    this.version++;
    this.widenBounds(sheet, lastRow, lastCol);
    this.evaluate(() => this.engine.setCellContents({ sheet: engineId, row: row - 1, col: col - 1 }, contents));
    if (contents.some((line) => line.some((v) => v === null))) this.respill(sheet, engineId);
  }

  private widenBounds(sheet: SheetModel, lastRow: number, lastCol: number): void {
    const bound = this.bounds.get(sheet);
    if (bound) {
      bound.row = Math.max(bound.row, lastRow);
      bound.col = Math.max(bound.col, lastCol);
    } else {
      this.bounds.set(sheet, { row: lastRow, col: lastCol, version: -1, lastRow: 0, lastCol: 0 });
    }
  }

  /** The current year in the spreadsheet's time zone. */
  currentYear(): number {
    const now = this.host ? this.host.now() : this.now();
    const ms = now.getTime();
    return new Date(ms + zoneOf(this.timeZone).offsetMs(ms)).getUTCFullYear();
  }

  private toEngineContent(sheet: SheetModel, row: number, col: number, value: unknown, year: number): RawCellContent {
    const k = key(row, col);
    sheet.formulas.delete(k);
    if (value === null || value === undefined || value === '') return null;
    const format = sheet.formats.get(k);
    if (typeof value === 'string' && format === '@') return `'${value}`;
    if (typeof value === 'string' && value.startsWith('=')) {
      sheet.formulas.set(k, value);
      return this.engineFormula(sheet, value);
    }
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
    const typed = parseTypedInput(text, this.locale, year);
    switch (typed.kind) {
      case 'boolean':
        return typed.value;
      case 'number':
        if (unformatted && typed.format) sheet.formats.set(k, typed.format);
        return typed.value;
      case 'date':
        if (unformatted || !isDatePattern(format)) sheet.formats.set(k, typed.format);
        return serialToText(typed.serial);
      default:
        // Kept as text: the apostrophe stops the engine reading it in its own (en-US) ways.
        return `'${text}`;
    }
  }

  /**
   * Rows or columns inserted into, or deleted from, the middle of a sheet, as Sheets does it:
   * cells below (right of) the change move; every formula on every tab that refers to the sheet
   * is rewritten (a range spanning an insertion grows, one losing rows shrinks, a reference to
   * deleted cells becomes #REF!, open ranges stay open); per-cell formats, notes, styles and
   * validations move with their cells; conditional-format, chart, protection and named ranges and
   * row/column developer metadata move or resize. Inserted rows (columns) take the number
   * formats, styles and validations of row (column) `inheritFrom`, as rows inserted in Sheets do.
   */
  changeDimension(sheet: SheetModel, change: DimensionChange, inheritFrom?: number): void {
    const rows = change.dimension === 'ROWS';
    const engineId = this.engineId(sheet);
    // Every formula's Sheets text after the change, computed before anything moves.
    const rewritten = new Map<SheetModel, Map<string, string>>();
    // Cells of the changed sheet whose formula the engine cannot move itself (spilled arrays).
    const reenter = new Set<string>();
    for (const s of this.sheets) {
      const texts = new Map<string, string>();
      for (const [k, f] of s.formulas) {
        const adjusted = adjustFormula(f, s.name, sheet.name, change);
        if (s === sheet) {
          const moved = moveCellKey(k, change);
          if (moved) texts.set(moved, adjusted);
        } else if (adjusted !== f) texts.set(k, adjusted);
      }
      rewritten.set(s, texts);
    }
    // The engine cannot move rows through a spilled array (it throws): arrays are taken out
    // first and entered again at their new place, as Sheets recomputes them.
    const anchors = this.spillAreas(sheet).map((a) => key(a.row, a.col));
    if (anchors.length) {
      this.evaluate(() =>
        this.engine.batch(() => {
          for (const k of anchors) {
            const [r, c] = k.split(',').map(Number);
            // A placeholder value, not null: HyperFormula 3.5 loses the cell's graph node when an
            // array emptied to null is entered again after rows move (found by structure.test.ts).
            this.engine.setCellContents({ sheet: engineId, row: r - 1, col: c - 1 }, [[0]]);
          }
        }),
      );
      for (const k of anchors) {
        const moved = moveCellKey(k, change);
        if (moved) reenter.add(moved);
      }
    }
    // The engine moves the cells (and their values) and rewrites its own references exactly as adjustFormula rewrites our text (both
    // follow the spreadsheet rules above), so only what it could not do is entered again: the
    // arrays taken out, and open ranges when the change lay beyond the engine's cells (their
    // closed end, the sheet's last row, then moved without the engine seeing it).
    const { width, height } = this.engine.getSheetDimensions(engineId);
    const extent = rows ? height : width;
    if (change.kind === 'move') {
      this.moveInEngine(sheet, engineId, change, rewritten);
      return;
    }
    const engineCount = Math.max(0, change.kind === 'insert' ? (change.at - 1 < extent ? change.count : 0) : Math.min(change.count, extent - (change.at - 1)));
    this.version++;
    if (engineCount > 0) {
      this.evaluate(() => {
        if (change.kind === 'insert') {
          if (rows) this.engine.addRows(engineId, [change.at - 1, engineCount]);
          else this.engine.addColumns(engineId, [change.at - 1, engineCount]);
        } else if (rows) this.engine.removeRows(engineId, [change.at - 1, engineCount]);
        else this.engine.removeColumns(engineId, [change.at - 1, engineCount]);
      });
    }
    const openRangesMoved = engineCount < change.count;
    this.afterChange(sheet, change, rewritten, inheritFrom);
    this.reenter(sheet, (s, k, f) => (s === sheet && reenter.has(k)) || (openRangesMoved && hasOpenRange(f)));
  }

  /**
   * A move, done in the engine by rewriting the rows (columns) between the block and its
   * destination in their new order rather than by the engine's moveRows, whose rewriting of a
   * range the move cuts through need not be Sheets': the engine's cells then agree with our text
   * by construction. Every formula of the sheet, and each formula elsewhere whose text changed,
   * is entered again from our text.
   */
  private moveInEngine(sheet: SheetModel, engineId: number, change: DimensionChange, rewritten: Map<SheetModel, Map<string, string>>): void {
    const rows = change.dimension === 'ROWS';
    const to = change.to ?? change.at;
    const lo = Math.min(change.at, to);
    const hi = Math.max(change.at + change.count - 1, to - 1);
    const { width, height } = this.engine.getSheetDimensions(engineId);
    const across = rows ? width : height;
    const oldFormulas = new Set(sheet.formulas.keys());
    // Old content of the span, by old position: values as the engine holds them, formulas apart.
    const raw = (r: number, c: number): RawCellContent => {
      if (oldFormulas.has(key(r, c))) return null;
      const address = { sheet: engineId, row: r - 1, col: c - 1 };
      if (r > height || c > width || this.engine.isCellPartOfArray(address)) return null;
      return this.engine.getCellSerialized(address) as RawCellContent;
    };
    const block: RawCellContent[][] = [];
    for (let i = lo; i <= hi; i++) {
      const line: RawCellContent[] = [];
      for (let j = 1; j <= across; j++) line.push(null);
      block.push(line);
    }
    for (let old = lo; old <= hi; old++) {
      const now = moveIndex(old, change) as number;
      for (let j = 1; j <= across; j++) block[now - lo][j - 1] = rows ? raw(old, j) : raw(j, old);
    }
    this.version++;
    this.afterChange(sheet, change, rewritten);
    if (across > 0) {
      const contents = rows ? block : block[0].map((_, j) => block.map((line) => line[j]));
      this.evaluate(() => this.engine.setCellContents({ sheet: engineId, row: rows ? lo - 1 : 0, col: rows ? 0 : lo - 1 }, contents));
    }
    this.reenter(sheet, (s, k) => s === sheet || (rewritten.get(s)?.has(k) ?? false));
  }

  /** Our side of a change: sizes, per-cell maps, formula texts, frozen panes, widths, ranges, bounds. */
  private afterChange(sheet: SheetModel, change: DimensionChange, rewritten: Map<SheetModel, Map<string, string>>, inheritFrom?: number): void {
    const rows = change.dimension === 'ROWS';
    const delta = change.kind === 'insert' ? change.count : change.kind === 'delete' ? -change.count : 0;
    if (rows) sheet.maxRows += delta;
    else sheet.maxCols += delta;
    for (const map of [sheet.formats, sheet.notes, sheet.styles, sheet.validations] as Map<string, unknown>[]) rekey(map, change);
    sheet.formulas.clear();
    for (const s of this.sheets) {
      const texts = rewritten.get(s) ?? new Map<string, string>();
      for (const [k, f] of texts) s.formulas.set(k, f);
    }
    if (change.kind === 'insert' && inheritFrom !== undefined) this.inherit(sheet, change, inheritFrom);
    this.moveFrozen(sheet, change);
    if (!rows) {
      const widths = Object.entries(sheet.columnWidths);
      sheet.columnWidths = {};
      for (const [c, w] of widths) {
        const moved = moveIndex(Number(c), change);
        if (moved !== null) sheet.columnWidths[moved] = w;
      }
    }
    this.moveRanges(sheet, change);
  }

  /** Enters again, from our text, the formulas `which` picks; then lets the sheet's extent be rescanned. */
  private reenter(sheet: SheetModel, which: (s: SheetModel, k: string, f: string) => boolean): void {
    this.evaluate(() =>
      this.engine.batch(() => {
        for (const s of this.sheets) {
          for (const [k, f] of s.formulas) {
            if (!which(s, k, f)) continue;
            const [r, c] = k.split(',').map(Number);
            this.engine.setCellContents({ sheet: this.engineId(s), row: r - 1, col: c - 1 }, [[this.engineFormula(s, f)]]);
          }
        }
      }),
    );
    const dims = this.engine.getSheetDimensions(this.engineId(sheet));
    this.bounds.set(sheet, { row: dims.height, col: dims.width, version: -1, lastRow: 0, lastCol: 0 });
  }


  /** Inserted rows/columns take the formats, styles and validations of their neighbour. */
  private inherit(sheet: SheetModel, change: DimensionChange, from: number): void {
    const rows = change.dimension === 'ROWS';
    const source = moveIndex(from, { ...change, at: change.at, kind: 'insert' }) ?? from;
    for (const map of [sheet.formats, sheet.styles, sheet.validations] as Map<string, unknown>[]) {
      for (const [k, v] of [...map]) {
        const [r, c] = k.split(',').map(Number);
        if ((rows ? r : c) !== source) continue;
        for (let i = 0; i < change.count; i++) map.set(rows ? key(change.at + i, c) : key(r, change.at + i), structuredClone(v));
      }
    }
  }

  private moveFrozen(sheet: SheetModel, change: DimensionChange): void {
    const rows = change.dimension === 'ROWS';
    const frozen = rows ? sheet.frozenRows : sheet.frozenCols;
    if (frozen === 0) return;
    const span = moveSpan(1, frozen, change);
    const next = span ? span.end : 0;
    if (rows) sheet.frozenRows = next;
    else sheet.frozenCols = next;
  }

  /** Stored ranges that point into the changed sheet, on every tab: they move, resize or go. */
  private moveRanges(sheet: SheetModel, change: DimensionChange): void {
    const moveRef = (ref: RangeRef): RangeRef | null => {
      if (ref.sheetId !== sheet.id) return ref;
      const rect = moveRect(ref.rect, change);
      return rect && { sheetId: ref.sheetId, rect };
    };
    const moveArgs = (owner: SheetModel, criteria: string, args: unknown[]): unknown[] => {
      if (criteria === 'CUSTOM_FORMULA' && typeof args[0] === 'string') return [adjustFormula(args[0], owner.name, sheet.name, change), ...args.slice(1)];
      if (criteria === 'VALUE_IN_RANGE' && args[0]) return [moveRef(args[0] as RangeRef) ?? { sheetId: -1, rect: (args[0] as RangeRef).rect }, ...args.slice(1)];
      return args;
    };
    for (const s of this.sheets) {
      s.conditionalFormats = s.conditionalFormats
        .map((rule) => ({ ...rule, ranges: rule.ranges.map(moveRef).filter((r): r is RangeRef => r !== null), args: moveArgs(s, rule.condition, rule.args) }))
        .filter((rule) => rule.ranges.length > 0);
      for (const [k, rule] of s.validations) s.validations.set(k, { ...rule, args: moveArgs(s, rule.criteria, rule.args) });
      for (const chart of s.charts) {
        chart.ranges = chart.ranges.map(moveRef).filter((r): r is RangeRef => r !== null);
        if (s === sheet) {
          const at = change.dimension === 'ROWS' ? chart.position.row : chart.position.col;
          const moved = moveIndex(at, change) ?? Math.max(1, change.at);
          if (change.dimension === 'ROWS') chart.position.row = moved;
          else chart.position.col = moved;
        }
      }
    }
    sheet.protections = sheet.protections.filter((p) => {
      if (!p.range) return true;
      const rect = moveRect(p.range, change);
      if (rect) p.range = rect;
      return rect !== null;
    });
    for (const [name, ref] of [...this.namedRanges]) {
      const moved = moveRef(ref);
      if (moved) this.namedRanges.set(name, moved);
      else this.namedRanges.delete(name);
    }
    sheet.metadata = sheet.metadata.filter((m) => {
      if (!m.location || m.location.dimension !== change.dimension) return true;
      const span = moveSpan(m.location.start, m.location.start + m.location.count - 1, change);
      if (span) m.location = { ...m.location, start: span.start, count: span.end - span.start + 1 };
      return span !== null;
    });
  }

  /**
   * Sorts the rows of `rect` by `keys` (stable): numbers and dates first, then text (ignoring
   * case), then booleans, then errors; blank cells last in either direction. Values, formulas
   * (relative references shifted with their row), formats, notes, styles and validations move
   * with their row; nothing outside the range changes.
   */
  sortRows(sheet: SheetModel, rect: GridRect, keys: readonly SortKey[]): void {
    // Dates sort as the serial numbers they are in Sheets.
    const values = this.readBlock(sheet, rect.row, rect.col, rect.numRows, rect.numCols).map((line) => line.map((v) => (isDate(v) ? dateToSerial(v, this.timeZone) : v)));
    const order = values.map((_, i) => i);
    order.sort((a, b) => {
      for (const { column, ascending } of keys) {
        const c = column - rect.col;
        const result = compareForSort(values[a][c], values[b][c], ascending);
        if (result !== 0) return result;
      }
      return a - b;
    });
    if (order.every((from, to) => from === to)) return;
    const engineId = this.engineId(sheet);
    const raw: RawCellContent[][] = [];
    const perCell = [sheet.formats, sheet.notes, sheet.styles, sheet.validations] as Map<string, unknown>[];
    const saved = perCell.map((map) => new Map(map));
    const formulas = new Map(sheet.formulas);
    order.forEach((from, to) => {
      const line: RawCellContent[] = [];
      const fromRow = rect.row + from;
      const toRow = rect.row + to;
      for (let c = 0; c < rect.numCols; c++) {
        const col = rect.col + c;
        const source = key(fromRow, col);
        const target = key(toRow, col);
        perCell.forEach((map, i) => {
          const v = saved[i].get(source);
          if (v === undefined) map.delete(target);
          else map.set(target, v);
        });
        const formula = formulas.get(source);
        if (formula !== undefined) {
          const moved = shiftFormula(formula, toRow - fromRow, 0);
          sheet.formulas.set(target, moved);
          line.push(this.engineFormula(sheet, moved));
        } else {
          sheet.formulas.delete(target);
          const address = { sheet: engineId, row: fromRow - 1, col: col - 1 };
          // A cell an array formula spilled into holds no content of its own: only the formula's
          // cell moves (the engine would serialize the spilled value as if it had been typed).
          line.push(this.engine.isCellPartOfArray(address) ? null : (this.engine.getCellSerialized(address) as RawCellContent));
        }
      }
      raw.push(line);
    });
    this.version++;
    this.evaluate(() => this.engine.setCellContents({ sheet: engineId, row: rect.row - 1, col: rect.col - 1 }, raw));
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

/** One key of a sort: an absolute column number and the direction. */
export interface SortKey {
  column: number;
  ascending: boolean;
}

/** Rank of a value's kind in Sheets' sort order; blanks are handled apart (always last). */
function sortRank(v: unknown): number {
  if (typeof v === 'number') return 0;
  if (typeof v === 'string') return /^#[A-Z0-9/]+[!?]$/.test(v) ? 3 : 1;
  if (typeof v === 'boolean') return 2;
  return 3;
}

function compareForSort(a: unknown, b: unknown, ascending: boolean): number {
  const blankA = a === '' || a === null || a === undefined;
  const blankB = b === '' || b === null || b === undefined;
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const ra = sortRank(a);
  const rb = sortRank(b);
  let result: number;
  if (ra !== rb) result = ra - rb;
  else if (ra === 0) result = (a as number) - (b as number);
  else if (ra === 2) result = Number(a) - Number(b);
  else result = String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
  return ascending ? result : -result;
}

/** A "row,col" key after a change; null when its cell was deleted. */
function moveCellKey(k: string, change: DimensionChange): string | null {
  const [row, col] = k.split(',').map(Number);
  if (change.dimension === 'ROWS') {
    const r = moveIndex(row, change);
    return r === null ? null : key(r, col);
  }
  const c = moveIndex(col, change);
  return c === null ? null : key(row, c);
}

/** Moves the entries of a per-cell map to their cells' new keys (dropping deleted cells). */
function rekey(map: Map<string, unknown>, change: DimensionChange): void {
  const entries = [...map];
  map.clear();
  for (const [k, v] of entries) {
    const moved = moveCellKey(k, change);
    if (moved) map.set(moved, v);
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
