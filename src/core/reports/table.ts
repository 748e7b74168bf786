/**
 * A report as rows of cells, however it arrived: split from CSV/TSV text (every cell a string) or
 * read from an XLSX sheet (numbers stay numbers, date cells become ISO text).
 */

/** One cell of a report table. */
export type Cell = string | number | boolean | null;

/** A report's rows, the header row among them. */
export type Table = readonly (readonly Cell[])[];

/** A cell as trimmed text ("" for an empty cell); a leading BOM is dropped. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.replace(/^\uFEFF/, '').trim();
  return String(cell);
}

/** True when every cell of the row is empty. */
export function isBlankRow(row: readonly Cell[]): boolean {
  for (const c of row) if (cellText(c) !== '') return false;
  return true;
}
