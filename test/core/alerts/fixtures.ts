/** Snapshots for the alert rules' tests: tabs written by column id under the schemas' headers. */
import type { AlertSnapshot, TabValues } from '../../../src/core/alerts/snapshot';
import type { Locale } from '../../../src/core/i18n/locale';
import { TAB_SCHEMAS } from '../../../src/core/tabs/registry';
import type { TabId } from '../../../src/core/tabs/tab-ids';

/** "Now" of every test: 27 Nov 2026, 17:00 in the spreadsheet's zone (UTC here). */
export const NOW = new Date('2026-11-27T17:00:00Z');
export const ZONE = 'UTC';

/** A day `offset` days from 27 Nov 2026 (a date cell, as getValues gives it). */
export function day(offset: number): Date {
  return new Date(Date.UTC(2026, 10, 27 + offset));
}

/** A date-time `hours` from {@link NOW}. */
export function inHours(hours: number): Date {
  return new Date(NOW.getTime() + hours * 3_600_000);
}

/** A tab's values: the schema's headers (in `locale`, in the schema's order or `order`) and rows by column id. */
export function tab(id: TabId, rows: readonly Readonly<Record<string, unknown>>[], locale: Locale = 'en', order?: readonly string[]): TabValues {
  const columns = order ?? TAB_SCHEMAS[id].columns.map((c) => c.id);
  const header = (cid: string) => TAB_SCHEMAS[id].columns.find((c) => c.id === cid)?.header[locale] ?? cid;
  return { headers: columns.map(header), rows: rows.map((r) => columns.map((c) => r[c] ?? '')), firstRow: 2 };
}

/** A snapshot of the given tabs. */
export function snapshot(tabs: Partial<Record<TabId, TabValues>>): AlertSnapshot {
  return tabs;
}
