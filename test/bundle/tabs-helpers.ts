/** Helpers for the tab-setup tests: a set-up workbook, our metadata, cells by column id. */
import { LocalAddon } from '../runtime/local-addon';
import type { CellFile, SheetFile, WorkbookFile } from '../runtime/workbook-file';
import { TAB_META_KEY, parseTabMeta, type TabMeta } from '../../src/core/tabs/tab-meta';
import type { TabId } from '../../src/core/tabs/tab-ids';
import { allSchemas } from '../../src/core/tabs/registry';
import { columnLetter } from '../../src/core/tabs/sheet-ref';

/** An empty workbook at a fixed time (the demo store's "now"). */
export function emptyBook(): WorkbookFile {
  return { name: 'Tabs test', timeZone: 'America/Los_Angeles', clock: '2026-11-27T17:00:00Z', addonEnabled: true, sheets: [] };
}

/** Loads the add-on on `book` and runs setupTabs, failing on an error. */
export function setUp(book: WorkbookFile, locale: string, args: unknown[] = []): LocalAddon {
  const addon = LocalAddon.load({ book, locale });
  const report = addon.call('setupTabs', args);
  // A menu action's failure is an alert, recorded by its boundary: fail on that too.
  if (report.error !== undefined || report.loggedErrors.length) throw new Error(report.error ?? report.loggedErrors.join('\n'));
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

/** A plausible value for an input cell of a column kind (row `r`). */
function sample(kind: string, r: number): string | number | boolean {
  switch (kind) {
    case 'date':
    case 'datetime':
      return `2026-${String(1 + (r % 12)).padStart(2, '0')}-${String(1 + (r % 28)).padStart(2, '0')}`;
    case 'int':
      return (r * 7) % 500;
    case 'num':
    case 'money':
      return ((r * 13) % 1000) / 10;
    case 'pct':
      return ((r % 50) + 1) / 100;
    case 'bool':
      return r % 3 === 0;
    case 'rating':
      return 3 + (r % 20) / 10;
    default:
      return `item ${r}`;
  }
}

/**
 * Fills `rows` rows of every tab straight into the workbook, as a user's paste would: the first two
 * columns and every column a formula reads. The formulas step aside while the data goes in and come
 * back after, so the engine computes them once (the runtime recalculates on every write).
 */
export function fillRows(addon: LocalAddon, rows: number): void {
  for (const schema of allSchemas()) {
    if (schema.fixedCells) continue;
    const model = addon.book.sheetByName(schema.name.en);
    if (!model) throw new Error(schema.id);
    const formulas = [...model.formulas.entries()].map(([k, f]) => [...k.split(',').map(Number), f] as [number, number, string]);
    for (const [r, c] of formulas) addon.book.write(model, r, c, [['']]);
    addon.book.resize(model, Math.max(model.maxRows, rows + 1), model.maxCols);
    const read = new Set(formulas.flatMap(([, , f]) => [...f.matchAll(/\b([A-Z]{1,2})2:\1\b/g)].map((m) => m[1])));
    const first = schema.seed ? 2 + schema.seed.rows('en').length : 2;
    schema.columns.forEach((c, i) => {
      const letter = String.fromCharCode(65 + i);
      if (c.formula || (schema.seed && c.id === schema.seed.keyColumn) || (i >= 2 && !read.has(letter))) return;
      addon.book.write(model, first, i + 1, Array.from({ length: rows + 2 - first }, (_, r) => [sample(c.kind, r)]));
    });
    for (const [r, c, f] of formulas) addon.book.write(model, r, c, [[f]]);
  }
}

