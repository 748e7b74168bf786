/**
 * Finds a schema's columns among a sheet's headers: by header in any of our languages, then by
 * alias, then (for a header the user renamed) by the position our metadata remembers. The user's
 * order and extra columns stay as they are.
 */
import { LOCALES } from '../i18n/locale';
import type { ColumnSpec, TabSchema } from './schema';

/**
 * A header as compared: NFKC (full-width letters and brackets), dashes unified, spaces collapsed,
 * trimmed, lower-case, a trailing colon dropped. `Organic Rank ` and `organic rank` are one header.
 */
export function headerKey(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:：]$/, '')
    .toLowerCase();
}

/** The column's own headers in every language. */
function ownNames(column: ColumnSpec): string[] {
  return LOCALES.map((l) => headerKey(column.header[l]));
}

/** Where each schema column is in a sheet: column id → 0-based index into `headers`. */
export interface ColumnMatch {
  readonly found: ReadonlyMap<string, number>;
  /** How many were found by header or alias (not by remembered position): how well the sheet fits. */
  readonly byHeader: number;
}

/**
 * Matches a schema's columns to a header row. Each header serves one column; the first header
 * wins when a sheet repeats one. `remembered` (column id → 1-based position, from our metadata)
 * finds a renamed header, but only when that header means no other column of the schema.
 */
export function matchColumns(schema: TabSchema, headers: readonly unknown[], remembered: Readonly<Record<string, number>> = {}): ColumnMatch {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const found = new Map<string, number>();
  const claim = (names: (c: ColumnSpec) => string[]) => {
    for (const column of schema.columns) {
      if (found.has(column.id)) continue;
      const wanted = new Set(names(column));
      const at = keys.findIndex((k, i) => k !== '' && !taken.has(i) && wanted.has(k));
      if (at >= 0) {
        found.set(column.id, at);
        taken.add(at);
      }
    }
  };
  claim(ownNames);
  claim((c) => (c.aliases ?? []).map(headerKey));
  const byHeader = found.size;
  const anyName = new Set(schema.columns.flatMap((c) => [...ownNames(c), ...(c.aliases ?? []).map(headerKey)]));
  for (const column of schema.columns) {
    const position = remembered[column.id];
    if (found.has(column.id) || position === undefined) continue;
    const at = position - 1;
    if (at >= 0 && at < keys.length && keys[at] !== '' && !taken.has(at) && !anyName.has(keys[at])) {
      found.set(column.id, at);
      taken.add(at);
    }
  }
  return { found, byHeader };
}

/**
 * True when a user's sheet fits a schema well enough to adopt: at least three of its columns (or
 * every column of a smaller schema) found by header or alias. An empty header row fits anything.
 */
export function fitsSchema(schema: TabSchema, headers: readonly unknown[]): boolean {
  if (headers.every((h) => headerKey(h) === '')) return true;
  return matchColumns(schema, headers).byHeader >= Math.min(3, schema.columns.length);
}
