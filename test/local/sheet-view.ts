/**
 * One tab as the local page draws it: each non-empty cell's displayed text, its kind (which sets
 * the alignment, as Sheets aligns numbers right and text left), its formula, the formula of the
 * array it spilled from, the error message Sheets shows on hover, and its style. Read straight
 * from the workbook, outside any execution, so drawing the page never counts as add-on calls.
 */
import type { LocalAddon } from '../runtime/local-addon';
import { columnLetters } from '../runtime/spreadsheet/a1';
import { formatValue } from '../runtime/spreadsheet/number-format';
import { cellKey, type SheetModel, type Workbook } from '../runtime/spreadsheet/workbook';

/** How a cell is drawn; Sheets aligns by the value's type unless the cell says otherwise. */
export type CellKind = 'number' | 'text' | 'boolean' | 'date' | 'error';

/** The style properties the runtime records (Range.setFontWeight, setBackground …). */
export interface CellStyle {
  readonly fontWeight?: string;
  readonly background?: string;
  readonly fontColor?: string;
  readonly horizontalAlignment?: string;
  readonly wrap?: string;
}

/** One non-empty (or formatted, or noted) cell. Rows and columns are 1-based. */
export interface CellView {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly kind: CellKind;
  /** The formula typed into this cell, as Sheets shows it. */
  readonly formula?: string;
  /** A number's value as the formula bar shows it, unformatted (57.4 for "$57.40"); else absent. */
  readonly input?: string;
  /** For a cell filled by another cell's array result: that cell's A1 and formula. */
  readonly spill?: { readonly from: string; readonly formula: string };
  /** An error cell's message (the hover text in Sheets). */
  readonly error?: string;
  readonly note?: string;
  readonly style?: CellStyle;
}

/** One tab. */
export interface TabView {
  readonly name: string;
  /** Rows and columns with content. */
  readonly lastRow: number;
  readonly lastCol: number;
  readonly frozenRows: number;
  readonly frozenCols: number;
  /** Column number → width in px, where set. */
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly cells: readonly CellView[];
}

/** Draws every tab of the add-on's workbook, in tab order. */
export function tabViews(addon: LocalAddon): TabView[] {
  return addon.book.sheets.filter((s) => !s.hidden).map((sheet) => tabView(addon, sheet));
}

function tabView(addon: LocalAddon, sheet: SheetModel): TabView {
  const book = addon.book;
  const { lastRow, lastCol } = book.extent(sheet);
  // show() is the runtime's getDisplayValues: one formatting rule for the runner, tests and here.
  const shown = lastRow && lastCol ? addon.show(sheet.name) : [];
  const values = lastRow && lastCol ? book.readBlock(sheet, 1, 1, lastRow, lastCol) : [];
  const spills = spillOrigins(book, sheet);
  const cells: CellView[] = [];
  for (let r = 1; r <= lastRow; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const k = cellKey(r, c);
      const text = shown[r - 1]?.[c - 1] ?? '';
      const formula = sheet.formulas.get(k);
      const note = sheet.notes.get(k);
      const style = sheet.styles.get(k);
      if (text === '' && !formula && !note && !style) continue;
      const error = book.errorMessage(sheet, r, c);
      const spill = formula ? undefined : spills.get(k);
      const value = values[r - 1][c - 1];
      const input = barInput(value, text, sheet.formats.get(k), book.timeZone);
      cells.push({
        row: r,
        col: c,
        text,
        kind: error !== null ? 'error' : kindOf(value),
        ...(formula ? { formula } : {}),
        ...(!formula && !spill && input !== text ? { input } : {}),
        ...(spill ? { spill } : {}),
        ...(error !== null ? { error } : {}),
        ...(note ? { note } : {}),
        ...(style ? { style: style as CellStyle } : {}),
      });
    }
  }
  return {
    name: sheet.name,
    lastRow,
    lastCol,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    columnWidths: { ...sheet.columnWidths },
    cells,
  };
}

/** Sheets' formula bar drops a number's format but keeps percentages as typed ("12%"). */
function barInput(value: unknown, text: string, format: string | undefined, zone: string): string {
  if (typeof value !== 'number' || format?.includes('%')) return text;
  return formatValue(value, undefined, zone);
}

function kindOf(value: unknown): CellKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'date';
  return 'text';
}

/** Which formula filled each spilled cell (its anchor's A1 and formula text). */
function spillOrigins(book: Workbook, sheet: SheetModel): Map<string, { from: string; formula: string }> {
  const out = new Map<string, { from: string; formula: string }>();
  for (const { row, col, height, width } of book.spillAreas(sheet)) {
    const formula = sheet.formulas.get(cellKey(row, col)) ?? '';
    const from = `${columnLetters(col)}${row}`;
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) if (r || c) out.set(cellKey(row + r, col + c), { from, formula });
    }
  }
  return out;
}
