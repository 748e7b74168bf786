/**
 * Which sheet each tab is: ours by metadata (whatever the user renamed it to); else a user's sheet
 * with one of its names, adopted when its headers fit the schema; else a new sheet, under another
 * name when a user's sheet that does not fit has ours.
 */
import { LOCALES, type Locale } from '../i18n/locale';
import { fitsSchema } from './header-match';
import { l, type TabSchema } from './schema';
import type { TabMeta } from './tab-meta';

/** A sheet of the spreadsheet as setup sees it first. */
export interface SheetSummary {
  readonly id: number;
  readonly name: string;
  /** Our metadata on it, if any. */
  readonly meta: TabMeta | null;
}

/** Where a tab goes. */
export type Resolution =
  | { readonly mode: 'update' | 'adopt'; readonly sheetId: number }
  | { readonly mode: 'create'; readonly name: string };

/** The suffix that tells our tab from a user's sheet of the same name. */
const OURS = l('Ops Desk', '运营操盘台', '運營操盤台');

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Resolves one tab. `headersOf` reads a candidate sheet's header row (only called for a sheet that
 * carries one of the tab's names and is not already ours).
 */
export function resolveTab(schema: TabSchema, sheets: readonly SheetSummary[], locale: Locale, headersOf: (sheetId: number) => readonly unknown[]): Resolution {
  const ours = sheets.find((s) => s.meta?.id === schema.id);
  if (ours) return { mode: 'update', sheetId: ours.id };
  const names = [schema.name[locale], ...LOCALES.map((x) => schema.name[x])];
  for (const name of names) {
    const candidate = sheets.find((s) => s.meta === null && same(s.name, name));
    if (candidate && fitsSchema(schema, headersOf(candidate.id))) return { mode: 'adopt', sheetId: candidate.id };
  }
  return { mode: 'create', name: freeName(schema.name[locale], locale, sheets) };
}

/** `name`, or `name · Ops Desk` (then numbered) when a sheet already has it. */
export function freeName(name: string, locale: Locale, sheets: readonly { name: string }[]): string {
  const taken = (n: string) => sheets.some((s) => same(s.name, n));
  if (!taken(name)) return name;
  const base = `${name} · ${OURS[locale]}`;
  let candidate = base;
  for (let i = 2; taken(candidate); i++) candidate = `${base} ${i}`;
  return candidate;
}
