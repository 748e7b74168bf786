/**
 * What a tab schema says: the tab's names, its columns (headers in three languages, aliases for
 * adopting a user's sheet, a note, a number format, a dropdown, a formula), the conditional formats
 * that make problems visible and the charts. Pure data plus small functions that write formulas
 * once the column letters are known (the user may have moved them).
 */
import type { Locale } from '../i18n/locale';
import type { Localized } from '../i18n/messages';
import type { TabId } from './tab-ids';

/** What a column holds; it decides the default number format. */
export type ColumnKind = 'date' | 'datetime' | 'id' | 'text' | 'int' | 'num' | 'money' | 'pct' | 'enum' | 'bool' | 'rating';

/** Where a formula is being written: column references and Settings lookups for the sheet as it is. */
export interface FormulaContext {
  readonly locale: Locale;
  /** The open range of a column from row 2 of this tab, e.g. `E2:E`. */
  range(columnId: string): string;
  /** The column letter of a column of this tab, e.g. `E`. */
  letter(columnId: string): string;
  /** An expression giving a Settings value by its key (a VLOOKUP on the key column, never a cell address). */
  setting(key: string): string;
  /** The same, usable inside a conditional format (Sheets lets those reach other tabs only via INDIRECT). */
  settingInRule(key: string): string;
  /** A dropdown value of a column of this tab, in the spreadsheet's language (for comparisons). */
  option(columnId: string, index: number): string;
}

/** One column of a tab. */
export interface ColumnSpec {
  /** Stable id: metadata and formulas name the column by it, whatever its header says. */
  readonly id: string;
  readonly header: Localized;
  /** Other headers that mean this column (report and operator wordings), any language. */
  readonly aliases?: readonly string[];
  /** The header's note: what the column holds and its unit. */
  readonly note: Localized;
  readonly kind: ColumnKind;
  /** Overrides the kind's number format; null leaves each cell's own (Settings values: 30%, 14 days). */
  readonly format?: string | null;
  /** A dropdown of fixed values (stored in the spreadsheet's language). */
  readonly options?: readonly Localized[];
  /** ONE formula in row 2 over open ranges, filling the whole column. */
  readonly formula?: (ctx: FormulaContext) => string;
  /** Pixels. */
  readonly width?: number;
  /** The schema version that added the column (1 when omitted). */
  readonly since?: number;
}

/** A conditional-format rule over some columns from row 2 down. */
export interface RuleSpec {
  /** Stable id, kept in metadata so the rule is added once and never twice. */
  readonly id: string;
  /** The columns the rule colours. */
  readonly columns: readonly string[];
  /** A custom formula written for row 2 (relative row, absolute columns: `=$P2>…`). */
  readonly formula: (ctx: FormulaContext) => string;
  readonly background: string;
  readonly fontColor?: string;
  readonly since?: number;
}

/** An embedded chart over some columns. */
export interface ChartSpec {
  readonly id: string;
  readonly type: 'line' | 'column';
  readonly title: Localized;
  /** First the domain (x axis), then the series. */
  readonly columns: readonly string[];
  readonly since?: number;
}

/** Rows written when the tab is created, and appended by key when an upgrade brings new ones. */
export interface SeedSpec {
  /** The column whose value identifies a seed row (a Settings key, a checklist item id). */
  readonly keyColumn: string;
  /** Column id → value, per row, in the spreadsheet's language. */
  readonly rows: (locale: Locale) => readonly Readonly<Record<string, string | number | boolean>>[];
}

/** A cell of a dashboard block: fixed text or a formula, at a row under the header of a column. */
export interface FixedCell {
  readonly column: string;
  readonly row: number;
  readonly value: (ctx: FormulaContext) => string;
  /** Its number format (the column's otherwise). */
  readonly format?: string;
}

/** One tab. */
export interface TabSchema {
  readonly id: TabId;
  /** Raised whenever columns, rules, charts or seeds are added; kept in the tab's developer metadata. */
  readonly version: number;
  readonly name: Localized;
  /** What the tab is for, one line (the tab's first header note and the docs). */
  readonly purpose: Localized;
  readonly columns: readonly ColumnSpec[];
  readonly rules?: readonly RuleSpec[];
  readonly charts?: readonly ChartSpec[];
  readonly seed?: SeedSpec;
  /** Dashboard cells below the header (Today); written when the tab is created. */
  readonly fixedCells?: readonly FixedCell[];
}

/** The number format a column of this kind gets, unless the column says otherwise. */
export const KIND_FORMATS: Readonly<Record<ColumnKind, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  id: '@',
  text: '@',
  int: '#,##0',
  num: '#,##0.00',
  money: '#,##0.00',
  pct: '0.0%',
  enum: '@',
  bool: 'General',
  rating: '0.0',
};

/**
 * ACOS-like ratios: ACOS_ADS and TACOS give 1,000,000,000 for spend without sales, so it sorts,
 * filters and conditional-formats as worse than any target; this format shows it as ∞.
 */
export const COST_RATIO_FORMAT = '[>=1000000]"∞";0.0%';

/**
 * The number format of a column; null when its cells keep their own. A computed column never gets
 * plain text ('@'): a formula written into a plain-text cell stays text in Sheets.
 */
export function columnFormat(column: ColumnSpec): string | null {
  const format = column.format === undefined ? KIND_FORMATS[column.kind] : column.format;
  return format === '@' && column.formula ? 'General' : format;
}

/** Red: a problem to act on (red and amber look alike on every tab). */
export const PROBLEM = { background: '#f4c7c3', fontColor: '#a50e0e' } as const;
/** Amber: worth a look. */
export const WARNING = { background: '#fce8b2', fontColor: '#7a4f01' } as const;

/** A localized string from its three forms. */
export function l(en: string, zhCN: string, zhTW: string): Localized {
  return { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
}

/** Yes / no, the dropdown of every two-valued column that is not a checkbox. */
export const YES_NO: readonly Localized[] = [l('Yes', '是', '是'), l('No', '否', '否')];

/** A column from its id, kind, header and note, each in English, 简体中文, 繁體中文. */
export function column(
  id: string,
  kind: ColumnKind,
  header: readonly [string, string, string],
  note: readonly [string, string, string],
  extra: Partial<Omit<ColumnSpec, 'id' | 'kind' | 'header' | 'note'>> = {},
): ColumnSpec {
  return { id, kind, header: l(...header), note: l(...note), ...extra };
}

/** Dropdown values from [en, zh-CN, zh-TW] triples. */
export function options(...values: readonly (readonly [string, string, string])[]): readonly Localized[] {
  return values.map((v) => l(...v));
}

/** `ARRAYFORMULA(IF(<first>="", "", <expr>))`: a built-in over open ranges that stays blank on blank rows. */
export function rowwise(blankIf: string, expr: string): string {
  return `=ARRAYFORMULA(IF(${blankIf}="", "", ${expr}))`;
}
