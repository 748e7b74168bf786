import type { Locale } from '../i18n/locale';
import { t } from '../i18n/messages';
import { cellAt, describeShape, shapeOf, toResult, type Arg, type CellOut, type FormulaResult, type Shape } from '../values/grid';
import { readNumber, type NumberCell } from '../values/read-number';
import { FormulaError } from './formula-error';

/**
 * What a row shows when the formula is not defined for it — a zero denominator, or stock that never
 * runs out at zero sales. One documented value for every formula: an em dash, which SUM and
 * AVERAGE skip, and which an operator reads as "no number here" rather than as zero.
 */
export const NOT_DEFINED = '—';

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
}

/** A formula computed cell by cell over inputs broadcast to one shape. */
export interface ElementwiseSpec {
  readonly name: string;
  readonly inputs: readonly NumberInput[];
  /**
   * The value for one row; blanks in a row that has any value arrive as 0.
   * Return {@link NOT_DEFINED} when the maths is undefined; NaN and ±Infinity become it anyway.
   */
  readonly compute: (values: readonly number[]) => CellOut;
}

/** The signature of every custom function's pure implementation. */
export type FormulaImpl = (locale: Locale, args: readonly Arg[]) => FormulaResult;

/** The spill shape of a call, from the shapes of its arguments (the HyperFormula bridge uses it too). */
export function elementwiseShape(inputs: readonly NumberInput[], shapes: readonly Shape[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  shapes.forEach((s, i) => {
    rows = Math.max(rows, s.rows);
    if (!inputs[i]?.rowMean) cols = Math.max(cols, s.cols);
  });
  return { rows, cols };
}

/** The computing half of a catalog entry: what {@link elementwise} builds. */
export interface FormulaCore {
  readonly name: string;
  /** Parameter names in order; the catalog's docs must name the same ones. */
  readonly paramNames: readonly string[];
  readonly impl: FormulaImpl;
  /** The shape of the result for arguments of these shapes (a spill is sized before it runs). */
  readonly resultShape: (shapes: readonly Shape[]) => { rows: number; cols: number };
}

/** Builds an element-wise formula from its spec. */
export function elementwise(spec: ElementwiseSpec): FormulaCore {
  const { name, inputs, compute } = spec;
  const impl: FormulaImpl = (locale, args) => {
    if (args.length !== inputs.length) {
      throw new FormulaError(locale, 'error.arity', {
        fn: name,
        count: inputs.length,
        params: inputs.map((p) => p.name).join(', '),
      });
    }
    const shapes = args.map(shapeOf);
    const { rows, cols } = elementwiseShape(inputs, shapes);
    const readers = args.map((arg, i) => inputReader(locale, name, inputs[i], arg, shapes[i], rows, cols, shapes));
    const allScalar = shapes.every((s) => s.scalar);

    const out: CellOut[][] = new Array(rows);
    const values = new Array<number>(inputs.length);
    for (let r = 0; r < rows; r++) {
      const line: CellOut[] = new Array(cols);
      for (let c = 0; c < cols; c++) line[c] = computeCell(locale, inputs, readers, values, compute, r, c);
      out[r] = line;
    }
    return toResult(out, allScalar);
  };
  return {
    name,
    paramNames: inputs.map((p) => p.name),
    impl,
    resultShape: (shapes) => elementwiseShape(inputs, shapes),
  };
}

type Reader = (r: number, c: number) => NumberCell;

function computeCell(
  locale: Locale,
  inputs: readonly NumberInput[],
  readers: readonly Reader[],
  values: number[],
  compute: ElementwiseSpec['compute'],
  r: number,
  c: number,
): CellOut {
  let blanks = 0;
  let problem: string | null = null;
  for (let i = 0; i < readers.length; i++) {
    const cell = readers[i](r, c);
    if (cell.kind === 'blank') {
      blanks++;
      values[i] = 0;
    } else if (cell.kind === 'invalid') {
      problem ??= invalidText(locale, cell);
    } else if (cell.value < 0 && inputs[i].nonNegative) {
      problem ??= t(locale, 'cell.negative', { text: cell.value });
    } else {
      values[i] = cell.value;
    }
  }
  if (blanks === readers.length) return '';
  if (problem !== null) return problem;
  const result = compute(values);
  return typeof result === 'number' && !Number.isFinite(result) ? NOT_DEFINED : result;
}

/** The short text a cell shows for a value it cannot use. */
export function invalidText(locale: Locale, cell: Extract<NumberCell, { kind: 'invalid' }>): string {
  if (cell.reason === 'date') return t(locale, 'cell.date');
  if (cell.reason === 'boolean') return t(locale, 'cell.boolean');
  return t(locale, 'cell.notNumber', { text: cell.text });
}

function inputReader(
  locale: Locale,
  fn: string,
  input: NumberInput,
  arg: Arg,
  shape: Shape,
  rows: number,
  cols: number,
  shapes: readonly Shape[],
): Reader {
  const fits = (n: number, want: number) => n === 1 || n === want;
  const averaged = input.rowMean === true && !shape.scalar && shape.cols > 1 && cols === 1;
  if (!fits(shape.rows, rows) || !(averaged || fits(shape.cols, cols))) {
    throw new FormulaError(locale, 'error.shape', { fn, param: input.name, got: describeShape(shape), want: `${rows}×${cols}` });
  }
  if (shape.scalar || (shape.rows === 1 && shape.cols === 1)) {
    const cell = readNumber(cellAt(arg, shape, 0, 0));
    // One bad value applies to every row: that is a wrong call, not a bad cell.
    if (cell.kind === 'invalid' && (rows > 1 || cols > 1 || shapes.every((s) => s.scalar))) {
      throw new FormulaError(locale, 'error.scalar', { fn, param: input.name, text: cell.text || invalidText(locale, cell) });
    }
    if (cell.kind === 'number' && cell.value < 0 && input.nonNegative && (rows > 1 || shapes.every((s) => s.scalar))) {
      throw new FormulaError(locale, 'error.scalarNegative', { fn, param: input.name, text: cell.value });
    }
    return () => cell;
  }
  if (averaged) return (r) => rowMean((arg as unknown[][])[shape.rows === 1 ? 0 : r]);
  return (r, c) => readNumber(cellAt(arg, shape, r, c));
}

function rowMean(row: readonly unknown[]): NumberCell {
  let sum = 0;
  let n = 0;
  for (const raw of row) {
    const cell = readNumber(raw);
    if (cell.kind === 'invalid') return cell;
    if (cell.kind === 'number') {
      sum += cell.value;
      n++;
    }
  }
  return n === 0 ? { kind: 'blank' } : { kind: 'number', value: sum / n };
}
