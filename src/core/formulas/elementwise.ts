import type { Locale } from '../i18n/locale';
import { t, type MessageKey } from '../i18n/messages';
import { LOCAL_CLOCK, zoneClock, type WallClock } from '../values/dates';
import { cellAt, describeShape, shapeOf, toResult, type Arg, type CellOut, type FormulaResult, type Shape } from '../values/grid';
import { BLANK, isErrorText, readMoney, readNumber, type NumberCell } from '../values/read-number';
import { CellErrorInRange, FormulaError } from './formula-error';

/**
 * What a row shows when the formula is not defined for it — a zero denominator, stock that never
 * runs out at zero sales, a blank input beside data. One documented value for every formula: an
 * em dash, which SUM and AVERAGE skip, and which an operator reads as "no number here" rather than
 * as zero. Read back by another formula it is "no value" again, never 0.
 */
export const NOT_DEFINED = '—';

/**
 * What ACOS_ADS, TACOS and CPA show for spend without sales: a number bigger than any target and
 * any real ratio, so the row sorts last (ascending), passes an "over target" filter and conditional
 * format, and never hides among the "no data" rows. A billion (100,000,000,000 % as a percent).
 */
export const SPEND_WITHOUT_SALES = 1_000_000_000;

/** One input of an element-wise formula. */
export interface NumberInput {
  /** The parameter name as the user sees it in the formula help (`spend`, `ad_sales`). */
  readonly name: string;
  /** A negative value in a cell is marked rather than computed (stock, clicks, prices). */
  readonly nonNegative?: boolean;
  /**
   * The argument may be a block of several columns (recent days' sales) that is averaged per row,
   * ignoring blanks, when the other inputs are single columns.
   */
  readonly rowMean?: boolean;
  /** Like {@link rowMean} but summed: several cost columns (product, referral, FBA) add up. */
  readonly rowSum?: boolean;
  /**
   * How a cell becomes a number; {@link readNumber} when absent. Readers for dates, size tiers or
   * metric names map the cell to a number (wall-clock ms, a code) so `compute` stays numeric.
   */
  readonly read?: (cell: unknown, clock: WallClock, dayFirst: boolean) => NumberCell;
  /** The short cell text for a value `read` rejects, with `{text}`; the generic "not a number" when absent. */
  readonly invalidKey?: MessageKey;
  /** What to type instead, for the error when a single (broadcast) argument is rejected. */
  readonly hintKey?: MessageKey;
  /**
   * A blank in an otherwise filled row marks the cell "missing …" instead of counting as 0
   * (a missing date, size tier or unit count has no neutral value).
   */
  readonly required?: boolean;
  /**
   * A blank means "not filled in yet": the row stays blank even when other inputs are filled
   * (a rank not yet looked up is not the same as "not ranked").
   */
  readonly pending?: boolean;
  /**
   * A setting (a date, a size tier, a metric name) rather than data: a filled setting column does
   * not make a row non-blank, so `=F(C2:C, A2:A)` with A filled down stays blank where C is.
   */
  readonly setting?: boolean;
  /**
   * What a blank stands for in a row with data (0 for "none": a blank safety stock or inbound). Without
   * it a blank beside data is no data, and the row shows {@link NOT_DEFINED}: no data is not zero.
   */
  readonly whenBlank?: number;
  /** Money: percent text here is flagged "a percent, not money", unless {@link shareOf} says of what. */
  readonly money?: boolean;
  /** Percent text in this (money) input is a share of input `shareOf` (a referral fee of "15%" of the price). */
  readonly shareOf?: number;
  /** May be left out of the call (trailing parameters only); a left-out argument reads as blank. */
  readonly optional?: boolean;
}

/**
 * What `compute` may need besides the numbers: the user's language (messages), the spreadsheet's
 * language (status words written into cells) and the date reading.
 */
export interface FormulaEnv {
  readonly locale: Locale;
  readonly words: Locale;
  readonly clock: WallClock;
  readonly dayFirst: boolean;
}

/** What a formula needs from the server besides its arguments (each costs service calls). */
export interface FormulaNeeds {
  /** Reads date cells or date text: the spreadsheet's time zone and locale (3 calls). */
  readonly readsDates?: boolean;
  /** Writes status words into cells: the spreadsheet's language (2–4 calls). */
  readonly writesWords?: boolean;
}

/** A formula computed cell by cell over inputs broadcast to one shape. */
export interface ElementwiseSpec<N extends string = string> extends FormulaNeeds {
  readonly name: N;
  readonly inputs: readonly NumberInput[];
  /**
   * The value for one row; blanks of inputs that are neither `required` nor `pending` arrive as 0
   * in a row that has data. Return {@link NOT_DEFINED} when the maths is undefined; NaN and ±Infinity become it
   * anyway, and numbers are tidied to 15 significant digits (0.2 − 0.05 shows 0.15).
   * `cells` are the readings the values come from, for a formula that needs more than the number
   * (was it percent text?). Both arrays are reused between cells: read them, never keep them.
   */
  readonly compute: (values: readonly number[], env: FormulaEnv, cells: readonly NumberCell[]) => CellOut;
}

/**
 * Options the server may pass: the spreadsheet's time zone (date cells), whether its locale reads
 * 11.12.2026 day first, and its language for status words (else the user's).
 */
export interface FormulaOptions {
  readonly timeZone?: string;
  readonly dayFirst?: boolean;
  readonly sheetLanguage?: Locale;
}

/** The signature of every custom function's pure implementation. */
export type FormulaImpl = (locale: Locale, args: readonly Arg[], options?: FormulaOptions) => FormulaResult;

/** The spill shape of a call, from the shapes of its arguments (the HyperFormula bridge uses it too). */
export function elementwiseShape(inputs: readonly NumberInput[], shapes: readonly Shape[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  shapes.forEach((s, i) => {
    rows = Math.max(rows, s.rows);
    if (!reduces(inputs[i])) cols = Math.max(cols, s.cols);
  });
  return { rows, cols };
}

/** The computing half of a catalog entry: what {@link elementwise} builds. */
export interface FormulaCore<N extends string = string> extends FormulaNeeds {
  readonly name: N;
  /** Parameter names in order; the catalog's docs must name the same ones. */
  readonly paramNames: readonly string[];
  /** How many leading parameters a call must give (the rest are optional); all when absent. */
  readonly minArgs?: number;
  readonly impl: FormulaImpl;
  /** The shape of the result for arguments of these shapes (a spill is sized before it runs). */
  readonly resultShape: (shapes: readonly Shape[]) => { rows: number; cols: number };
}

const clocks = new Map<string, WallClock>();

/** The wall clock for a call: the spreadsheet's zone when given, else the script's. */
export function clockFor(options: FormulaOptions | undefined): WallClock {
  const zone = options?.timeZone;
  if (!zone) return LOCAL_CLOCK;
  let clock = clocks.get(zone);
  if (!clock) {
    clock = zoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/**
 * Throws unless the call gives from `minArgs` to all parameters: a missing one is named
 * (`BREAKEVEN_ACOS is missing unit_costs`), and an extra one is not silently dropped.
 */
export function checkArity(locale: Locale, name: string, paramNames: readonly string[], args: readonly Arg[], minArgs = paramNames.length): void {
  const params = paramNames.map((p, i) => (i < minArgs ? p : `[${p}]`)).join(', ');
  if (args.length < minArgs) {
    throw new FormulaError(locale, 'error.missingArguments', { fn: name, missing: paramNames.slice(args.length, minArgs).join(', '), params });
  }
  if (args.length > paramNames.length) {
    const count = minArgs === paramNames.length ? String(minArgs) : `${minArgs}–${paramNames.length}`;
    throw new FormulaError(locale, 'error.tooManyArguments', { fn: name, count, given: args.length, params });
  }
}

/** The formula environment for a call. */
export function envFor(locale: Locale, options: FormulaOptions | undefined): FormulaEnv {
  return { locale, words: options?.sheetLanguage ?? locale, clock: clockFor(options), dayFirst: options?.dayFirst === true };
}

/**
 * A per-row formula given a row (1×n) and a column (m×1) would spread into an m×n grid: say the
 * shapes differ instead. Inputs that reduce a block per row (recent days' sales) are left out.
 */
export function checkCrossedShapes(locale: Locale, fn: string, names: readonly string[], shapes: readonly Shape[], reducing: (i: number) => boolean): void {
  const row = shapes.findIndex((s, i) => !s.scalar && !reducing(i) && s.rows === 1 && s.cols > 1);
  const col = shapes.findIndex((s, i) => !s.scalar && !reducing(i) && s.rows > 1 && s.cols === 1);
  if (row >= 0 && col >= 0) {
    throw new FormulaError(locale, 'error.crossedShapes', { fn, param: names[row], got: describeShape(shapes[row]), other: names[col], want: describeShape(shapes[col]) });
  }
}

/** Throws the error cell's own name and place when `cell` is an error's text. */
export function checkErrorCell(locale: Locale, fn: string, param: string, argIndex: number, cell: unknown, row: number, col: number): void {
  if (isErrorText(cell)) throw new CellErrorInRange(locale, fn, param, argIndex, row, col, cell.trim());
}

/** Tidies a computed number for a cell: never NaN/±Infinity/−0, 15 significant digits. */
export function tidy(x: number): number | string {
  if (!Number.isFinite(x)) return NOT_DEFINED;
  if (x === 0) return 0;
  // Integers below 2^53 are exact already; rounding through a string is the hot path's main cost.
  if (Number.isSafeInteger(x)) return x;
  return Number(x.toPrecision(15));
}

/** Builds an element-wise formula from its spec. */
export function elementwise<N extends string>(spec: ElementwiseSpec<N>): FormulaCore<N> {
  const { name, inputs, compute } = spec;
  const paramNames = inputs.map((p) => p.name);
  const firstOptional = inputs.findIndex((p) => p.optional);
  const minArgs = firstOptional < 0 ? inputs.length : firstOptional;
  const impl: FormulaImpl = (locale, given, options) => {
    checkArity(locale, name, paramNames, given, minArgs);
    // Left-out optional arguments read as a single blank value.
    const args = given.length < inputs.length ? [...given, ...new Array<Arg>(inputs.length - given.length).fill('')] : given;
    const shapes = args.map(shapeOf);
    checkCrossedShapes(locale, name, paramNames, shapes, (i) => reduces(inputs[i]));
    const { rows, cols } = elementwiseShape(inputs, shapes);
    const env = envFor(locale, options);
    const allScalar = shapes.every((s) => s.scalar);
    const readers = args.map((arg, i) => inputReader(env, name, i, inputs[i], arg, shapes[i], rows, cols, allScalar));
    const decides = decidingInputs(inputs, readers);

    const n = inputs.length;
    const values = new Array<number>(n).fill(0);
    const cells = new Array<NumberCell>(n);
    const out: CellOut[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const line: CellOut[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        line[c] = computeCell(env, inputs, readers, decides, cells, values, compute, r, c);
      }
      out[r] = line;
    }
    // A block of costs reduced to one row ({8, 4.5, 1} beside a single price) still makes a single value.
    const scalarResult = shapes.every((s, i) => s.scalar || (reduces(inputs[i]) && s.rows === 1 && s.cols > 1));
    return toResult(out, scalarResult && rows === 1 && cols === 1);
  };
  return {
    name,
    paramNames,
    minArgs,
    readsDates: spec.readsDates,
    writesWords: spec.writesWords,
    impl,
    resultShape: (shapes) => elementwiseShape(inputs, shapes),
  };
}

interface Reader {
  /**
   * A range of the result's own shape, whose cells differ from row to row; false for a single
   * value, and for a 1×1 range or one-row block spread over a longer result.
   */
  readonly varies: boolean;
  readonly at: (r: number, c: number) => NumberCell;
}

/**
 * Which inputs decide whether a row is blank: the data ranges of the result's shape. A single
 * value (`=DAYS_OF_STOCK(C2:C, 7)`) or a filled setting column must not make empty rows compute.
 */
function decidingInputs(inputs: readonly NumberInput[], readers: readonly Reader[]): boolean[] {
  let decides = inputs.map((input, i) => !input.setting && readers[i].varies);
  if (!decides.includes(true)) decides = readers.map((r) => r.varies);
  if (!decides.includes(true)) decides = inputs.map((input) => !input.setting);
  if (!decides.includes(true)) decides = inputs.map(() => true);
  return decides;
}

function computeCell(
  env: FormulaEnv,
  inputs: readonly NumberInput[],
  readers: readonly Reader[],
  decides: readonly boolean[],
  cells: NumberCell[],
  values: number[],
  compute: ElementwiseSpec['compute'],
  r: number,
  c: number,
): CellOut {
  const n = readers.length;
  let filled = false;
  for (let i = 0; i < n; i++) {
    const cell = readers[i].at(r, c);
    cells[i] = cell;
    if (decides[i] && (cell.kind !== 'blank' || cell.noValue === true)) filled = true;
  }
  if (!filled) return '';
  let noValue = false;
  for (let i = 0; i < n; i++) {
    const cell = cells[i];
    const input = inputs[i];
    if (cell.kind === 'number') {
      if (cell.value < 0 && input.nonNegative) return t(env.locale, 'cell.negative', { text: cell.value });
      if (cell.share === true) {
        // A percent in a money column: a share of another input, or flagged — never $0.15.
        if (input.shareOf === undefined) return t(env.locale, 'cell.percentNotMoney', { text: `${tidy(cell.value * 100)}%` });
        values[i] = 0;
        continue;
      }
      values[i] = cell.value;
    } else if (cell.kind === 'blank') {
      if (input.pending && cell.noValue !== true) return '';
      if (input.required && cell.noValue !== true) return t(env.locale, 'cell.missing', { param: input.name });
      if (input.whenBlank !== undefined && cell.noValue !== true) values[i] = input.whenBlank;
      else noValue = true;
    } else {
      return cellProblem(env.locale, input, cell);
    }
  }
  // A bad cell anywhere in the row is reported first; otherwise a row with a "no value" input has none.
  if (noValue) return NOT_DEFINED;
  for (let i = 0; i < n; i++) {
    const cell = cells[i];
    const of = inputs[i].shareOf;
    if (of !== undefined && cell.kind === 'number') values[i] += (cell.share === true ? cell.value : cell.shareSum ?? 0) * values[of];
  }
  const result = compute(values, env, cells);
  return typeof result === 'number' ? tidy(result) : result;
}

/** The short text a cell shows for a value it cannot use. */
export function invalidText(locale: Locale, cell: Extract<NumberCell, { kind: 'invalid' }>): string {
  if (cell.reason === 'percent') return t(locale, 'cell.percentOrFraction', percentOrFraction(cell.text));
  if (cell.reason === 'date') return t(locale, 'cell.date');
  if (cell.reason === 'boolean') return t(locale, 'cell.boolean');
  return t(locale, 'cell.notNumber', { text: cell.text });
}

/**
 * The placeholders of "write 30% or 0.3" for a plain number read as percentage points
 * (`percent` 30, `fraction` 0.3).
 */
export function percentOrFraction(points: string | number): { percent: string; fraction: string } {
  const value = Number(points);
  return { percent: String(tidy(value)), fraction: String(tidy(value / 100)) };
}

function cellProblem(locale: Locale, input: NumberInput, cell: Extract<NumberCell, { kind: 'invalid' }>): string {
  if (cell.reason === 'money') return t(locale, 'cell.moneyNotPercent', { text: cell.text });
  if (input.invalidKey && cell.reason !== 'date' && cell.reason !== 'percent') return t(locale, input.invalidKey, { text: cell.text });
  return invalidText(locale, cell);
}

function reduces(input: NumberInput | undefined): boolean {
  return input?.rowMean === true || input?.rowSum === true;
}

function inputReader(
  env: FormulaEnv,
  fn: string,
  argIndex: number,
  input: NumberInput,
  arg: Arg,
  shape: Shape,
  rows: number,
  cols: number,
  allScalar: boolean,
): Reader {
  const fits = (n: number, want: number) => n === 1 || n === want;
  const reduced = reduces(input) && !shape.scalar && shape.cols > 1 && cols === 1;
  if (!fits(shape.rows, rows) || !(reduced || fits(shape.cols, cols))) {
    throw new FormulaError(env.locale, 'error.shape', { fn, param: input.name, got: describeShape(shape), want: `${rows}×${cols}` });
  }
  const { clock, dayFirst, locale } = env;
  const base = input.read ?? (input.money ? readMoney : readNumber);
  const plainNumbers = input.read === undefined;
  // The hot path of every formula: a number cell needs no reading (one scratch object per input,
  // overwritten row by row: computeCell reads it before the next row), an empty cell is BLANK, and
  // text is read once per distinct string (a column repeats its dates, metric names and prices).
  const scratch = { kind: 'number' as const, value: 0 };
  const texts = new Map<string, NumberCell>();
  const read = (cell: unknown, r: number, c: number): NumberCell => {
    if (typeof cell === 'number' && plainNumbers && Number.isFinite(cell)) {
      scratch.value = cell;
      return scratch;
    }
    if (cell === '') return BLANK;
    if (typeof cell !== 'string') return base(cell, clock, dayFirst);
    if (cell.charCodeAt(0) === 35) checkErrorCell(locale, fn, input.name, argIndex, cell, r, c);
    let known = texts.get(cell);
    if (known === undefined) {
      known = base(cell, clock, dayFirst);
      texts.set(cell, known);
    }
    return known;
  };
  const varies = !shape.scalar && shape.rows === rows && (reduced || shape.cols === cols);
  const one = shape.rows === 1 && (shape.scalar || shape.cols === 1 || reduced);
  if (one) {
    const first = reduced ? reduceRow((arg as unknown[][])[0], 0, input, read) : read(cellAt(arg, shape, 0, 0), 0, 0);
    // Kept for every row: a copy, never the scratch object.
    const cell: NumberCell = first === scratch ? { kind: 'number', value: scratch.value } : first;
    checkBroadcast(env, fn, input, cell, rows > 1 || cols > 1, allScalar);
    return { varies, at: () => cell };
  }
  if (reduced) {
    const block = arg as unknown[][];
    return { varies, at: (r) => reduceRow(block[r], r, input, read) };
  }
  return { varies, at: (r, c) => read(cellAt(arg, shape, r, c), shape.rows === 1 ? 0 : r, shape.cols === 1 ? 0 : c) };
}

/** One value for a whole call is a wrong call when it cannot be used: say so instead of marking every row. */
function checkBroadcast(env: FormulaEnv, fn: string, input: NumberInput, cell: NumberCell, spread: boolean, allScalar: boolean): void {
  const { locale } = env;
  if (cell.kind === 'invalid' && (spread || allScalar)) {
    const text = cell.text || invalidText(locale, cell);
    if (cell.reason === 'percent') {
      throw new FormulaError(locale, 'error.badArgument', { fn, param: input.name, text, hint: t(locale, 'hint.percentOrFraction', percentOrFraction(text)) });
    }
    if (cell.reason === 'money') throw new FormulaError(locale, 'error.badArgument', { fn, param: input.name, text, hint: t(locale, 'hint.moneyNotPercent') });
    if (input.hintKey) throw new FormulaError(locale, 'error.badArgument', { fn, param: input.name, text, hint: t(locale, input.hintKey) });
    throw new FormulaError(locale, 'error.scalar', { fn, param: input.name, text });
  }
  if (cell.kind === 'number' && cell.share === true && input.shareOf === undefined && (spread || allScalar)) {
    throw new FormulaError(locale, 'error.badArgument', { fn, param: input.name, text: `${tidy(cell.value * 100)}%`, hint: t(locale, 'hint.percentNotMoney') });
  }
  if (cell.kind === 'number' && cell.value < 0 && input.nonNegative && (spread || allScalar)) {
    throw new FormulaError(locale, 'error.scalarNegative', { fn, param: input.name, text: cell.value });
  }
  // A single empty cell for every row is a wrong call, not a column of "missing …" or blank rows.
  const needsValue = input.required === true || input.pending === true || (input.whenBlank === undefined && !input.optional);
  if (cell.kind === 'blank' && cell.noValue !== true && needsValue && spread) {
    throw new FormulaError(locale, 'error.missingArgument', {
      fn,
      param: input.name,
      hint: t(locale, input.hintKey ?? 'hint.value'),
    });
  }
}

function reduceRow(row: unknown, r: number, input: NumberInput, read: (cell: unknown, r: number, c: number) => NumberCell): NumberCell {
  if (!Array.isArray(row)) return read(row, r, 0);
  let sum = 0;
  let shares = 0;
  let n = 0;
  let noValue = false;
  for (let c = 0; c < row.length; c++) {
    const cell = read(row[c], r, c);
    if (cell.kind === 'invalid') return cell;
    if (cell.kind === 'number') {
      // A negative cost or sale inside the block is reported, not averaged away.
      if (cell.value < 0 && input.nonNegative) return cell;
      // A percent among costs: a share of another input (the price), or flagged as not money.
      if (cell.share === true) {
        if (input.shareOf === undefined) return cell;
        shares += cell.value;
      } else sum += cell.value;
      n++;
    } else if (cell.noValue === true) noValue = true;
  }
  if (n === 0) return noValue ? { kind: 'blank', noValue: true } : { kind: 'blank' };
  if (shares !== 0) return { kind: 'number', value: sum, shareSum: shares };
  return { kind: 'number', value: input.rowSum ? sum : sum / n };
}
