/** What Sheets passes a custom function for one argument: a cell value or a 2-D range. */
export type Arg = unknown;

/** What a custom function may put in one cell. Never NaN, Infinity or undefined. */
export type CellOut = number | string | boolean | Date;

/** A custom function's return: one value, or a 2-D array Sheets spills from the calling cell. */
export type FormulaResult = CellOut | CellOut[][];

/** Rows × columns of an argument; a plain value is 1 × 1 and marked as a scalar. */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
  readonly scalar: boolean;
}

/** The shape of one argument as Sheets passes it. */
export function shapeOf(arg: Arg): Shape {
  if (!Array.isArray(arg)) return { rows: 1, cols: 1, scalar: true };
  const first: unknown = arg[0];
  const cols = Array.isArray(first) ? first.length : 1;
  return { rows: arg.length, cols, scalar: false };
}

/** Cell (r, c) of an argument, reading a scalar or a 1 × 1 range as the same value everywhere. */
export function cellAt(arg: Arg, shape: Shape, r: number, c: number): unknown {
  if (shape.scalar) return arg;
  const rows = arg as unknown[][];
  const row = rows[shape.rows === 1 ? 0 : r];
  return Array.isArray(row) ? row[shape.cols === 1 ? 0 : c] : row;
}

/** "1 × 1", "1000 rows × 2 columns": how error messages describe a shape. */
export function describeShape(shape: Shape): string {
  return shape.scalar ? '1 value' : `${shape.rows}×${shape.cols}`;
}

/** Turns a computed grid into what a custom function returns: a scalar when every input was one. */
export function toResult(grid: CellOut[][], scalar: boolean): FormulaResult {
  return scalar ? grid[0][0] : grid;
}
