/**
 * The checklist's items, read from the Checklist tab's rows: the seed routine of the design plus
 * whatever the user added, in the user's order, without the items they switched off. Columns are
 * found by header (any of our languages), so a user may move them or add their own.
 */
import type { Locale } from '../i18n/locale';
import { CHECKLIST } from '../tabs/checklist';
import { headerKey, matchColumns } from '../tabs/header-match';
import { parseFrequency, type Frequency } from './frequency';

/** One item of the Checklist tab. */
export interface ChecklistItem {
  /** The Item cell; for a row the user left without one, `row:` and the task's text. */
  readonly id: string;
  /** Its sheet row (1-based): what "Open" on the Checklist tab itself would select. */
  readonly row: number;
  readonly frequency: Frequency;
  /** The Task cell, as the user wrote it. */
  readonly task: string;
  /** The Tab cell: the name of the tab that answers the item, as written. */
  readonly tab: string;
  /** The Note cell. */
  readonly note: string;
}

/** False only for a switched-off item: FALSE, or the words for "no"; a blank On cell (a new row) is on. */
function isOn(cell: unknown): boolean {
  if (cell === false) return false;
  const text = headerKey(cell);
  return !['false', 'no', 'off', '否', '0'].includes(text);
}

function text(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * The switched-on items of the Checklist tab, in sheet order. `values` is the tab's whole data
 * range, header row first; `remembered` the column positions our metadata keeps (finds a renamed
 * header). Rows without a task and without an id are skipped.
 */
export function readChecklistItems(values: readonly (readonly unknown[])[], remembered: Readonly<Record<string, number>> = {}): ChecklistItem[] {
  if (values.length === 0) return [];
  const { found } = matchColumns(CHECKLIST, values[0], remembered);
  const at = (row: readonly unknown[], column: string): unknown => {
    const i = found.get(column);
    return i === undefined ? '' : row[i];
  };
  const items: ChecklistItem[] = [];
  const seen = new Set<string>();
  values.slice(1).forEach((row, i) => {
    const task = text(at(row, 'task'));
    let id = text(at(row, 'item'));
    if (!task && !id) return;
    if (!isOn(at(row, 'on'))) return;
    if (!id) id = `row:${task}`;
    // A copied row keeps its id: the first one answers to it, so one tick never ticks two rows.
    if (seen.has(id)) return;
    seen.add(id);
    items.push({ id, row: i + 2, frequency: parseFrequency(at(row, 'frequency')) ?? { kind: 'daily' }, task: task || id, tab: text(at(row, 'tab')), note: text(at(row, 'note')) });
  });
  return items;
}

/** The seed routine as items, for a spreadsheet whose Checklist tab is not set up yet. */
export function seedChecklistItems(locale: Locale): ChecklistItem[] {
  const ids = CHECKLIST.columns.map((c) => c.id);
  const rows = (CHECKLIST.seed?.rows(locale) ?? []).map((row) => ids.map((id) => row[id] ?? ''));
  return readChecklistItems([CHECKLIST.columns.map((c) => c.header[locale]), ...rows]);
}
