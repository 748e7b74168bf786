/**
 * Columns found by header, in any language and generation of a report. Headers are compared in
 * {@link textKey} form (NFKC, lower case, no spaces, dashes or dots), so trailing spaces,
 * "Mobile APP"/"Mobile App", en dashes vs hyphens, full-width brackets and ACoS/ACOS all match.
 */
import { textKey } from '../values/text-key';
import type { ReportKind } from './kinds';
import { cellText, type Cell } from './table';

/** The header texts of one field: English and Chinese, every generation, first = the current one. */
export interface ColumnSpec<F extends string> {
  readonly field: F;
  readonly en: readonly string[];
  readonly zh: readonly string[];
}

/** A report kind's columns: the fields it must have, and fields that mean it is another kind. */
export interface ReportSpec<F extends string> {
  readonly kind: ReportKind;
  readonly columns: readonly ColumnSpec<F>[];
  /** Each entry must be present; an array is "one of these" (Date, or Start Date, or Date range). */
  readonly required: readonly (F | readonly F[])[];
  /** A column that belongs to a sibling kind (a Search Term column is not in a Targeting report). */
  readonly forbidden?: readonly F[];
}

/** Which column holds each field, and the language the header row spoke. */
export interface HeaderMatch<F extends string> {
  /** Row index of the header in the table. */
  readonly row: number;
  readonly columns: Partial<Record<F, number>>;
  readonly language: 'en' | 'zh';
  /** The header text each field matched (the generation tells from it). */
  readonly matched: Partial<Record<F, string>>;
  /** Columns of the row no field claimed (other generations' extras, the user's own). */
  readonly unclaimed: readonly { readonly index: number; readonly header: string }[];
}

/** How well one header row fits a spec. */
export interface Fit<F extends string> {
  readonly match: HeaderMatch<F>;
  /** Required entries present. */
  readonly present: number;
  /** Required entries in all. */
  readonly needed: number;
  /** Required entries missing, as header texts in the row's language. */
  readonly missing: readonly string[];
  /** A forbidden field is present. */
  readonly foreign: boolean;
}

type Lookup<F extends string> = ReadonlyMap<string, { readonly field: F; readonly language: 'en' | 'zh'; readonly header: string }>;

const lookups = new WeakMap<object, Lookup<string>>();

function lookupOf<F extends string>(spec: ReportSpec<F>): Lookup<F> {
  const known = lookups.get(spec);
  if (known) return known as Lookup<F>;
  const map = new Map<string, { field: F; language: 'en' | 'zh'; header: string }>();
  for (const column of spec.columns) {
    for (const header of column.en) if (!map.has(textKey(header))) map.set(textKey(header), { field: column.field, language: 'en', header });
    for (const header of column.zh) if (!map.has(textKey(header))) map.set(textKey(header), { field: column.field, language: 'zh', header });
  }
  lookups.set(spec, map as Lookup<string>);
  return map;
}

/** How `row` (at index `rowIndex`) fits `spec`. The first column a field matches wins. */
export function fitHeader<F extends string>(spec: ReportSpec<F>, row: readonly Cell[], rowIndex: number): Fit<F> {
  const lookup = lookupOf(spec);
  const columns: Partial<Record<F, number>> = {};
  const matched: Partial<Record<F, string>> = {};
  const unclaimed: { index: number; header: string }[] = [];
  let zh = 0;
  let en = 0;
  row.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const hit = lookup.get(textKey(header));
    if (!hit || columns[hit.field] !== undefined) {
      unclaimed.push({ index, header });
      return;
    }
    columns[hit.field] = index;
    matched[hit.field] = hit.header;
    if (hit.language === 'zh') zh++;
    else if (/[\u3400-\u9fff]/.test(header)) zh++;
    else en++;
  });
  const language = zh > en ? 'zh' : 'en';
  let present = 0;
  const missing: string[] = [];
  for (const entry of spec.required) {
    const options = typeof entry === 'string' ? [entry] : entry;
    if (options.some((f) => columns[f] !== undefined)) present++;
    else {
      const column = spec.columns.find((c) => c.field === options[0]);
      const names = column ? (language === 'zh' && column.zh.length ? column.zh : column.en) : [options[0]];
      missing.push(names[0].trim());
    }
  }
  const foreign = (spec.forbidden ?? []).some((f) => columns[f] !== undefined);
  return { match: { row: rowIndex, columns, language, matched, unclaimed }, present, needed: spec.required.length, missing, foreign };
}

/** Column helper for specs: `col('sku', ['SKU'], ['SKU'])`. */
export function col<F extends string>(field: F, en: readonly string[], zh: readonly string[] = []): ColumnSpec<F> {
  return { field, en, zh };
}
