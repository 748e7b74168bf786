/** A1 notation, as Apps Script and Sheets read it (1-based rows and columns). */

/** A rectangle on one sheet, 1-based, inclusive start, with a size. */
export interface GridRect {
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

/** "A" → 1, "Z" → 26, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B3", or "B3:D10" for a rectangle. */
export function toA1(rect: GridRect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

/** Splits `'My tab'!A1:B2` into the sheet name (unquoted) and the reference. */
export function splitSheet(a1: string): { sheet: string | null; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1.trim());
  if (!m) return { sheet: null, ref: a1.trim() };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), ref: m[3] };
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses A1 notation on a sheet of `maxRows` × `maxCols`: `B3`, `B3:D10`, open ranges `F2:F` (to the
 * last row), `F:F`, `2:5`, `A2:2`. Throws Apps Script's error for anything else.
 */
export function parseA1(ref: string, maxRows: number, maxCols: number): GridRect {
  const [a, b = a, extra] = ref.split(':');
  const p = CELL.exec(a ?? '');
  const q = CELL.exec(b);
  if (extra !== undefined || !p || !q || (!p[1] && !p[2]) || (!q[1] && !q[2])) {
    throw new Error(`Range not found`);
  }
  if (ref.split(':').length === 1 && (!p[1] || !p[2])) throw new Error('Range not found');
  const c1 = p[1] ? columnNumber(p[1]) : 1;
  const r1 = p[2] ? Number(p[2]) : 1;
  const c2 = q[1] ? columnNumber(q[1]) : maxCols;
  const r2 = q[2] ? Number(q[2]) : maxRows;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  if (row < 1 || col < 1) throw new Error('Range not found');
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}
