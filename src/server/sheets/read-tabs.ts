/**
 * Reads what setup needs of the spreadsheet, in as few calls as Sheets allows: our tabs through one
 * developer-metadata search, then per tab its first two rows in one range (values and formulas).
 */
import { parseTabMeta, TAB_META_KEY, type TabMeta } from '../../core/tabs/tab-meta';
import type { ObservedSheet } from '../../core/tabs/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** One of our tabs, found by its metadata. */
export interface OurTab {
  readonly sheet: Sheet;
  readonly meta: TabMeta;
  /** The metadata entry, to update in place. */
  readonly entry: Metadata;
}

/** Our tabs by id: one metadata search over the whole spreadsheet, whatever the tabs are called. */
export function findOurTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): OurTab[] {
  const found: OurTab[] = [];
  for (const entry of ss.createDeveloperMetadataFinder().withKey(TAB_META_KEY).find()) {
    const meta = parseTabMeta(entry.getValue());
    const sheet = entry.getLocation().getSheet();
    // A copy of a tab (Duplicate) carries our metadata too: the first one keeps the id.
    if (meta && sheet && !found.some((t) => t.meta.id === meta.id)) found.push({ sheet, meta, entry });
  }
  return found;
}

/** The header row and row 2 of a sheet (values and formulas), from one range. */
export function observeSheet(sheet: Sheet, meta: TabMeta | null): ObservedSheet {
  const width = sheet.getLastColumn();
  if (width === 0) return { headers: [], row2Formulas: [], row2Values: [], meta };
  const top = sheet.getRange(1, 1, 2, width);
  const values = top.getValues();
  const formulas = top.getFormulas();
  const headers = trimRight(values[0]);
  return { headers, row2Formulas: formulas[1].slice(0, headers.length), row2Values: values[1].slice(0, headers.length), meta };
}

/** A header row without its trailing blank cells (a formatted but empty column is not a column). */
function trimRight(row: readonly unknown[]): unknown[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end--;
  return row.slice(0, end);
}

/** A Settings value found by its key, with its cell (to write it back). */
export interface SettingCell {
  readonly value: unknown;
  readonly row: number;
  readonly column: number;
}

/** Reads one setting by key from our Settings tab: one read over its key and value columns. */
export function readSetting(sheet: Sheet, meta: TabMeta, key: string): SettingCell | null {
  const keyColumn = meta.columns.key;
  const valueColumn = meta.columns.value;
  const last = sheet.getLastRow();
  if (!keyColumn || !valueColumn || last < 2) return null;
  const left = Math.min(keyColumn, valueColumn);
  const rows = sheet.getRange(2, left, last - 1, Math.abs(valueColumn - keyColumn) + 1).getValues();
  const at = rows.findIndex((r) => String(r[keyColumn - left]).trim() === key);
  return at < 0 ? null : { value: rows[at][valueColumn - left], row: at + 2, column: valueColumn };
}
