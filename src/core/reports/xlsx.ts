/**
 * The pure half of reading an XLSX sheet: cell references, shared strings, number formats that
 * are dates, date serials, and a sheet's cells laid out as a table. The server walks the XML with
 * XmlService and hands the cells here, so the rules are tested without Apps Script.
 */
import { formatWallDate } from '../values/dates';
import type { Cell } from './table';

/** One `<c>` of a sheet, as the XML says it. */
export interface XlsxCell {
  /** `B7`; absent cells in a row follow the previous one. */
  readonly ref: string | null;
  /** The `t` attribute: `s` shared string, `str` formula text, `inlineStr`, `b`, `e`, `n`/absent number, `d` ISO date. */
  readonly type: string | null;
  /** The `s` attribute: index into the styles' cellXfs. */
  readonly style: number;
  /** Text of `<v>`. */
  readonly value: string | null;
  /** Text of `<is>` (inline strings). */
  readonly inline: string | null;
}

/** One `<row>`: its 1-based `r` (absent: the row after the previous one) and its cells. */
export interface XlsxRow {
  readonly index: number | null;
  readonly cells: readonly XlsxCell[];
}

/** What the workbook says about reading values. */
export interface XlsxContext {
  readonly sharedStrings: readonly string[];
  /** cellXfs indexes whose number format is a date or time. */
  readonly dateStyles: ReadonlySet<number>;
  /** `workbookPr date1904` (old Mac Excel): serial 0 is 1904-01-01. */
  readonly date1904: boolean;
}

/** 0-based column of a reference: `A1` → 0, `AB12` → 27; null when it is not one. */
export function columnIndex(ref: string): number | null {
  const m = /^\$?([A-Z]{1,3})\$?\d*$/i.exec(ref.trim());
  if (!m) return null;
  let n = 0;
  for (const c of m[1].toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

// Built-in number formats that show dates or times (ECMA-376 §18.8.30, plus the CJK ones Excel uses).
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when number format `id` (with custom `code` when not built in) shows a date or time. */
export function isDateFormat(id: number, code?: string): boolean {
  if (code === undefined) return BUILTIN_DATES.has(id);
  // Drop quoted text, escapes, colours/conditions and elapsed-time brackets before looking for d/m/y/h/s.
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .split(';')[0];
  return /[dmyhs]|年|月|日/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial as ISO text: `yyyy-mm-dd`, with ` hh:mm:ss` when it has a time. */
export function serialToIso(serial: number, date1904 = false): string {
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * MS_PER_DAY / 1000) * 1000;
  const day = formatWallDate(ms);
  const time = ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  return time === 0 ? day : `${day} ${new Date(ms).toISOString().slice(11, 19)}`;
}

/** The value of one cell. */
export function cellValue(cell: XlsxCell, context: XlsxContext): Cell {
  switch (cell.type) {
    case 's': {
      const i = Number(cell.value);
      return Number.isInteger(i) ? (context.sharedStrings[i] ?? '') : '';
    }
    case 'inlineStr':
      return cell.inline ?? '';
    case 'str':
    case 'e':
      return cell.value ?? '';
    case 'b':
      return cell.value === '1';
    case 'd':
      return cell.value ?? '';
    default: {
      if (cell.value === null || cell.value.trim() === '') return null;
      const n = Number(cell.value);
      if (!Number.isFinite(n)) return cell.value;
      return context.dateStyles.has(cell.style) ? serialToIso(n, context.date1904) : n;
    }
  }
}

/** A sheet's rows as a table: cells at their columns, gaps as null, missing rows as empty rows. */
export function sheetTable(rows: readonly XlsxRow[], context: XlsxContext): Cell[][] {
  const table: Cell[][] = [];
  let next = 0;
  for (const row of rows) {
    const at = row.index !== null && row.index >= 1 ? row.index - 1 : next;
    while (table.length < at) table.push([]);
    const out: Cell[] = [];
    let col = 0;
    for (const cell of row.cells) {
      const c = cell.ref === null ? col : (columnIndex(cell.ref) ?? col);
      while (out.length < c) out.push(null);
      out[c] = cellValue(cell, context);
      col = c + 1;
    }
    table[at] = out;
    next = at + 1;
  }
  return table;
}
