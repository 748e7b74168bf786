/**
 * Rows and columns inserted or deleted in the middle of a sheet, as Sheets moves what refers to
 * them: a reference below (right of) the change moves with its cells; a range that spans an
 * insertion grows; a range losing some of its rows shrinks; a reference whose cells are all
 * deleted becomes `#REF!`. Open ends (`B2:B`, `A:A`) stay open.
 */
import { columnLetters, columnNumber, type GridRect } from './a1';

/**
 * One structural change along a dimension: `count` rows/columns inserted before, or deleted from,
 * `at` (1-based); or (kind `move`) the `count` starting at `at` moved before position `to`,
 * counted before the move (Sheet.moveRows / moveColumns).
 */
export interface DimensionChange {
  dimension: 'ROWS' | 'COLUMNS';
  kind: 'insert' | 'delete' | 'move';
  at: number;
  count: number;
  /** For a move: the destination index, in positions before the move. */
  to?: number;
}

/** Where a moved block starts after the move. */
function moveDestination(change: Pick<DimensionChange, 'at' | 'count' | 'to'>): number {
  const to = change.to ?? change.at;
  return to > change.at ? to - change.count : to;
}

/** An inclusive span [start, end] (end may be Infinity for an open end) after a change; null when every cell of it was deleted. */
export function moveSpan(start: number, end: number, change: Pick<DimensionChange, 'kind' | 'at' | 'count' | 'to'>): { start: number; end: number } | null {
  const { kind, at, count } = change;
  if (kind === 'move') {
    const last = at + count - 1;
    const dest = moveDestination(change);
    // Cells of the moved block go with it; any other span loses the block where it was and
    // makes room for it where it lands, as a deletion then an insertion would.
    if (start >= at && end <= last) return { start: start - at + dest, end: end - at + dest };
    const left = moveSpan(start, end, { kind: 'delete', at, count });
    return left && moveSpan(left.start, left.end, { kind: 'insert', at: dest, count });
  }
  if (kind === 'insert') {
    if (at <= start) return { start: start + count, end: end + count };
    if (at <= end) return { start, end: end + count };
    return { start, end };
  }
  const last = at + count - 1;
  if (end < at) return { start, end };
  if (start > last) return { start: start - count, end: end - count };
  const newStart = start < at ? start : at;
  const newEnd = end > last ? end - count : at - 1;
  return newEnd < newStart ? null : { start: newStart, end: newEnd };
}

/** A rectangle after a change; null when all of it was deleted. */
export function moveRect(rect: GridRect, change: DimensionChange): GridRect | null {
  if (change.dimension === 'ROWS') {
    const span = moveSpan(rect.row, rect.row + rect.numRows - 1, change);
    return span && { ...rect, row: span.start, numRows: span.end - span.start + 1 };
  }
  const span = moveSpan(rect.col, rect.col + rect.numCols - 1, change);
  return span && { ...rect, col: span.start, numCols: span.end - span.start + 1 };
}

/** A cell position (row or column) after a change; null when it was deleted. */
export function moveIndex(index: number, change: Pick<DimensionChange, 'kind' | 'at' | 'count' | 'to'>): number | null {
  return moveSpan(index, index, change)?.start ?? null;
}

/** A sheet prefix: `'Quoted name'!` or an unquoted name. */
const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!`;
const PART = String.raw`\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+`;
const REFERENCE = new RegExp(String.raw`(?<![\p{L}\p{N}_.$"'#])(${SHEET})?(${PART})(?::(${PART}))?(?![\p{L}\p{N}_(!$.:])`, 'gu');

interface Part {
  colAbs: string;
  col: number | null;
  rowAbs: string;
  row: number | null;
}

function parsePart(text: string): Part {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(text) as RegExpExecArray;
  return { colAbs: m[2] ? m[1] : '', col: m[2] ? columnNumber(m[2]) : null, rowAbs: m[4] ? (m[2] ? m[3] : m[1]) : '', row: m[4] ? Number(m[4]) : null };
}

function partText(p: Part): string {
  return `${p.col !== null ? p.colAbs + columnLetters(p.col) : ''}${p.row !== null ? p.rowAbs + String(p.row) : ''}`;
}

function prefixSheet(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * A Sheets formula after rows or columns of sheet `target` changed. `own` is the sheet the
 * formula lives on (its unprefixed references point there). Text in string literals is kept.
 */
export function adjustFormula(formula: string, own: string, target: string, change: DimensionChange): string {
  const targetLower = target.toLowerCase();
  const rows = change.dimension === 'ROWS';
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((code, i) =>
      i % 2 === 1
        ? code
        : code.replace(REFERENCE, (whole, prefix: string | undefined, a: string, b: string | undefined) => {
            const sheet = prefix ? prefixSheet(prefix) : own;
            if (sheet.toLowerCase() !== targetLower) return whole;
            const p = parsePart(a);
            const q = b === undefined ? null : parsePart(b);
            // A lone part must be a cell (B7): a bare word or number is not a reference.
            if (!q && (p.col === null || p.row === null)) return whole;
            if (q && ((p.col === null) !== (q.col === null) ? false : false)) return whole;
            const key = rows ? 'row' : 'col';
            const first = p[key];
            const second = q ? q[key] : p[key];
            // A whole column (A:A) under a row change, or a whole row (2:5) under a column change.
            if (first === null && (second === null || !q)) return whole;
            const start = first ?? 1;
            const end = second ?? Infinity;
            const [lo, hi] = start <= end ? [start, end] : [end, start];
            const moved = moveSpan(lo, hi, change);
            if (!moved) return '#REF!';
            if (first !== null) p[key] = moved.start;
            if (q && second !== null) q[key] = moved.end;
            else if (!q) p[key] = moved.start;
            return `${prefix ?? ''}${partText(p)}${q ? ':' + partText(q) : ''}`;
          }),
    )
    .join('');
}
