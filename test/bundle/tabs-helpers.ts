/** Helpers for the tab-setup tests: a set-up workbook, our metadata, cells by column id. */
import { LocalAddon } from '../runtime/local-addon';
import type { CellFile, SheetFile, WorkbookFile } from '../runtime/workbook-file';
import { TAB_META_KEY, parseTabMeta, type TabMeta } from '../../src/core/tabs/tab-meta';
import type { TabId } from '../../src/core/tabs/tab-ids';
import { columnLetter } from '../../src/core/tabs/sheet-ref';

/** An empty workbook at a fixed time (the demo store's "now"). */
export function emptyBook(): WorkbookFile {
  return { name: 'Tabs test', timeZone: 'America/Los_Angeles', clock: '2026-11-27T17:00:00Z', addonEnabled: true, sheets: [] };
}

/** Loads the add-on on `book` and runs setupTabs, failing on an error. */
export function setUp(book: WorkbookFile, locale: string, args: unknown[] = []): LocalAddon {
  const addon = LocalAddon.load({ book, locale });
  const report = addon.call('setupTabs', args);
  if (report.error !== undefined) throw new Error(report.error);
  return addon;
}

/** The sheet of a file carrying our metadata for `id`. */
export function tabOf(file: WorkbookFile, id: TabId): { sheet: SheetFile; meta: TabMeta } {
  for (const sheet of file.sheets) {
    const entry = sheet.metadata?.find((m) => m.key === TAB_META_KEY);
    const meta = parseTabMeta(entry?.value ?? null);
    if (meta?.id === id) return { sheet, meta };
  }
  throw new Error(`No tab ${id} in the workbook`);
}

/** The A1 address of a column (by id) at a row, from the tab's metadata. */
export function cellOf(meta: TabMeta, columnId: string, row: number): string {
  const at = meta.columns[columnId];
  if (!at) throw new Error(`Tab ${meta.id} has no column ${columnId}`);
  return `${columnLetter(at)}${row}`;
}

/** Writes rows of `{ columnId: value }` from row 2 into a tab of the file. */
export function putRows(file: WorkbookFile, id: TabId, rows: readonly Record<string, string | number | boolean>[], firstRow = 2): void {
  const { sheet, meta } = tabOf(file, id);
  sheet.cells ??= {};
  rows.forEach((row, i) => {
    for (const [columnId, value] of Object.entries(row)) setInput(sheet, cellOf(meta, columnId, firstRow + i), value);
  });
}

/** Sets a cell's input, keeping its format and note. */
export function setInput(sheet: SheetFile, a1: string, value: string | number | boolean): void {
  sheet.cells ??= {};
  const old = sheet.cells[a1];
  sheet.cells[a1] = typeof old === 'object' && old !== null ? { ...old, input: value } : value;
}

/** What a cell holds as typed (its formula or value), '' when empty. */
export function inputOf(cell: CellFile | undefined): string | number | boolean {
  if (cell === undefined) return '';
  return typeof cell === 'object' ? (cell.input ?? '') : cell;
}

/** Every non-empty cell input of a sheet, by A1. */
export function inputs(sheet: SheetFile): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [a1, cell] of Object.entries(sheet.cells ?? {})) {
    const v = inputOf(cell);
    if (v !== '') out[a1] = v;
  }
  return out;
}
