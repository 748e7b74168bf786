/**
 * The setup plan of one tab: what to write where, from the schema and what the sheet holds now.
 * Pure: the server reads the sheet once, asks for the plan and applies it in batched calls. A plan
 * never deletes, moves or overwrites a user's cell: it adds missing columns on the right, fills a
 * derived column's row-2 formula only where that cell is empty, and appends missing seed rows.
 */
import type { Locale } from '../i18n/locale';
import { matchColumns } from './header-match';
import { columnFormat, type ColumnSpec, type FormulaContext, type TabSchema } from './schema';
import { columnLetter, sheetPrefix } from './sheet-ref';
import type { TabMeta } from './tab-meta';

/** What the server read of an existing sheet. */
export interface ObservedSheet {
  /** Row 1 as values, up to the last used column. */
  readonly headers: readonly unknown[];
  /** Row 2 formulas ('' where none), as wide as `headers`. */
  readonly row2Formulas: readonly string[];
  /** Row 2 values, as wide as `headers`. */
  readonly row2Values: readonly unknown[];
  /** Our metadata, or null for a user's sheet we adopt. */
  readonly meta: TabMeta | null;
  /** Values of the seed key column below the header (only for tabs with seeds). */
  readonly seedKeys?: readonly unknown[];
}

/** Where the Settings tab is, for formulas that look a threshold up by key. */
export interface SettingsLayout {
  readonly sheetName: string;
  /** 1-based columns of the key and the value. */
  readonly keyColumn: number;
  readonly valueColumn: number;
}

/** A dropdown or checkbox on a column. */
export type ValidationPlan = { readonly kind: 'list'; readonly values: readonly string[] } | { readonly kind: 'checkbox' };

/** One run of adjacent columns, 1-based start. */
export interface ColumnRun<T> {
  readonly column: number;
  readonly values: readonly T[];
}

/** A conditional-format rule to add. */
export interface RulePlan {
  readonly id: string;
  readonly columns: readonly number[];
  readonly formula: string;
  readonly background: string;
  readonly fontColor?: string;
}

/** A chart to add. */
export interface ChartPlan {
  readonly id: string;
  readonly type: 'line' | 'column';
  readonly title: string;
  readonly columns: readonly number[];
}

/** Everything setup writes to one tab. Empty lists and nulls mean nothing to do. */
export interface TabPlan {
  readonly tabId: TabSchema['id'];
  /** The tab's columns after setup (the sheet must be at least this wide). */
  readonly width: number;
  /** Headers of the columns added now (a run on the right), with their row-2 formulas ('' if none). */
  readonly newColumns: ColumnRun<{ header: string; formula: string }> | null;
  /** Row-2 formulas of existing derived columns whose row 2 is empty. */
  readonly formulaFixes: readonly { column: number; formula: string }[];
  /** Header notes, number formats (row 2 down) and dropdowns of the columns set up now. */
  readonly notes: readonly ColumnRun<string>[];
  readonly formats: readonly ColumnRun<string>[];
  readonly validations: readonly { column: number; rule: ValidationPlan }[];
  readonly widths: readonly { column: number; width: number }[];
  /** True when the header row should be frozen and styled (a tab set up or upgraded now). */
  readonly frame: boolean;
  /** Rows appended below the last row, as wide as `width`. */
  readonly seedRows: readonly (readonly (string | number | boolean)[])[];
  /** Dashboard cells (row, column 1-based) with their formats; only on a new tab. */
  readonly fixedCells: readonly { row: number; column: number; value: string; format: string }[];
  readonly rules: readonly RulePlan[];
  readonly charts: readonly ChartPlan[];
  /**
   * When row 2 needs its formulas back (a row inserted above it moved them down), the formulas of
   * our rules already on the tab, written for row 2: a rule a row insertion moved to start at row 3
   * is stretched back up. Empty otherwise.
   */
  readonly movedRuleFormulas: readonly string[];
  /** Our rules' Settings lookups to point at Settings' new name (the user renamed it), or null. */
  readonly settingsRename: { readonly from: string; readonly to: string } | null;
  /** The metadata to keep, and whether it differs from what the tab has. */
  readonly meta: TabMeta;
  readonly metaChanged: boolean;
}

/** True when applying the plan writes nothing. */
export function isEmptyPlan(plan: TabPlan): boolean {
  return (
    plan.newColumns === null &&
    plan.formulaFixes.length === 0 &&
    plan.notes.length === 0 &&
    plan.formats.length === 0 &&
    plan.validations.length === 0 &&
    plan.widths.length === 0 &&
    !plan.frame &&
    plan.seedRows.length === 0 &&
    plan.fixedCells.length === 0 &&
    plan.rules.length === 0 &&
    plan.charts.length === 0 &&
    plan.settingsRename === null &&
    !plan.metaChanged
  );
}

/** Groups 1-based columns and their values into runs of adjacent columns. */
export function runsOf<T>(cells: readonly { column: number; value: T }[]): ColumnRun<T>[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column);
  const runs: { column: number; values: T[] }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.values.length === cell.column) last.values.push(cell.value);
    else runs.push({ column: cell.column, values: [cell.value] });
  }
  return runs;
}

/** The formula context of a tab whose columns sit at `positions` (id → 1-based). */
export function formulaContext(schema: TabSchema, positions: ReadonlyMap<string, number>, locale: Locale, settings: SettingsLayout | null): FormulaContext {
  const letter = (id: string) => {
    const at = positions.get(id);
    if (at === undefined) throw new Error(`Tab ${schema.id} has no column ${id}`);
    return columnLetter(at);
  };
  const settingsParts = () => {
    if (!settings) throw new Error(`Tab ${schema.id} reads Settings, which is not set up`);
    return { prefix: sheetPrefix(settings.sheetName), key: columnLetter(settings.keyColumn), value: columnLetter(settings.valueColumn) };
  };
  const columnOf = (id: string): ColumnSpec => {
    const column = schema.columns.find((c) => c.id === id);
    if (!column) throw new Error(`Tab ${schema.id} has no column ${id}`);
    return column;
  };
  return {
    locale,
    letter,
    range: (id) => `${letter(id)}2:${letter(id)}`,
    setting: (key) => {
      const s = settingsParts();
      return `INDEX(${s.prefix}$${s.value}:$${s.value}, MATCH("${key}", ${s.prefix}$${s.key}:$${s.key}, 0))`;
    },
    settingInRule: (key) => {
      const s = settingsParts();
      return `INDEX(INDIRECT("${s.prefix}${s.value}:${s.value}"), MATCH("${key}", INDIRECT("${s.prefix}${s.key}:${s.key}"), 0))`;
    },
    option: (id, index) => {
      const value = columnOf(id).options?.[index];
      if (!value) throw new Error(`Column ${id} of tab ${schema.id} has no option ${index}`);
      return value[locale];
    },
  };
}

/** How a tab is being set up. */
export type SetupMode = 'create' | 'adopt' | 'update';

/** Inputs of {@link planTab}. */
export interface PlanInput {
  readonly schema: TabSchema;
  readonly mode: SetupMode;
  readonly locale: Locale;
  /** What the sheet holds (an empty sheet for `create`). */
  readonly observed: ObservedSheet;
  /** The Settings tab's layout (null only while planning Settings itself). */
  readonly settings: SettingsLayout | null;
}

const since = (x: { since?: number }) => x.since ?? 1;

/** The plan for one tab. */
export function planTab({ schema, mode, locale, observed, settings }: PlanInput): TabPlan {
  const meta = mode === 'update' ? observed.meta : null;
  const match = matchColumns(schema, observed.headers, meta?.columns ?? {});
  const positions = new Map<string, number>();
  for (const [id, at] of match.found) positions.set(id, at + 1);
  // Missing columns go to the right of everything the user has, in schema order.
  let next = observed.headers.length;
  const added = schema.columns.filter((c) => !positions.has(c.id));
  for (const column of added) positions.set(column.id, ++next);
  const width = next;
  const ctx = formulaContext(schema, positions, locale, settings);
  const at = (c: { id: string }) => positions.get(c.id) as number;

  // Columns whose notes, formats and dropdowns are (re)applied: all of a new or adopted tab, those
  // added now, and those a newer schema version brought.
  const oldVersion = meta?.version ?? 0;
  const upgrading = mode !== 'update' || oldVersion < schema.version;
  const addedIds = new Set(added.map((c) => c.id));
  const styled = schema.columns.filter((c) => mode !== 'update' || addedIds.has(c.id) || since(c) > oldVersion);

  const newColumns = added.length
    ? { column: at(added[0]), values: added.map((c) => ({ header: c.header[locale], formula: c.formula ? c.formula(ctx) : '' })) }
    : null;
  const formulaFixes = schema.columns
    .filter((c) => c.formula && !addedIds.has(c.id))
    .filter((c) => observed.row2Formulas[at(c) - 1] === '' && isBlank(observed.row2Values[at(c) - 1]))
    .map((c) => ({ column: at(c), formula: (c.formula as (x: FormulaContext) => string)(ctx) }));

  const notes = runsOf(styled.map((c, i) => ({ column: at(c), value: i === 0 && c === schema.columns[0] ? `${c.note[locale]}\n\n${schema.purpose[locale]}` : c.note[locale] })));
  const formats = runsOf(styled.flatMap((c) => {
    const format = columnFormat(c);
    return format === null ? [] : [{ column: at(c), value: format }];
  }));
  const validations = styled.flatMap((c) => {
    const rule = validationOf(c, locale);
    return rule ? [{ column: at(c), rule }] : [];
  });
  const widths = mode === 'update' ? [] : styled.filter((c) => c.width).map((c) => ({ column: at(c), width: c.width as number }));

  const knownRules = new Set(meta?.rules ?? []);
  const rules = (schema.rules ?? [])
    .filter((r) => !knownRules.has(r.id))
    .map((r) => ({ id: r.id, columns: r.columns.map((id) => positions.get(id) as number), formula: r.formula(ctx), background: r.background, fontColor: r.fontColor }));
  const knownCharts = new Set(meta?.charts ?? []);
  const charts = (schema.charts ?? [])
    .filter((c) => !knownCharts.has(c.id))
    .map((c) => ({ id: c.id, type: c.type, title: c.title[locale], columns: c.columns.map((id) => positions.get(id) as number) }));

  const seedRows = seedRowsOf(schema, locale, observed, positions, width, mode, upgrading);
  const fixedCells =
    mode === 'create'
      ? (schema.fixedCells ?? []).map((f) => ({ row: f.row, column: positions.get(f.column) as number, value: f.value(ctx), format: f.format ?? columnFormat(schema.columns.find((c) => c.id === f.column) as ColumnSpec) ?? 'General' }))
      : [];

  const movedRuleFormulas = formulaFixes.length ? (schema.rules ?? []).filter((r) => knownRules.has(r.id)).map((r) => r.formula(ctx)) : [];
  const ruleIds = [...(meta?.rules ?? []), ...rules.map((r) => r.id)];
  // Only a tab with rules looks Settings up by its name's text.
  const settingsName = ruleIds.length && settings ? settings.sheetName : undefined;
  const settingsRename = meta?.rules.length && meta.settingsName && settingsName && meta.settingsName !== settingsName ? { from: meta.settingsName, to: settingsName } : null;
  const nextMeta: TabMeta = {
    id: schema.id,
    version: Math.max(schema.version, oldVersion),
    columns: Object.fromEntries(schema.columns.map((c) => [c.id, at(c)])),
    rules: ruleIds,
    charts: [...(meta?.charts ?? []), ...charts.map((c) => c.id)],
    ...(settingsName === undefined ? {} : { settingsName }),
  };
  return {
    tabId: schema.id,
    width,
    newColumns,
    formulaFixes,
    notes,
    formats,
    validations,
    widths,
    frame: upgrading,
    seedRows,
    fixedCells,
    rules,
    charts,
    movedRuleFormulas,
    settingsRename,
    meta: nextMeta,
    metaChanged: JSON.stringify(nextMeta) !== JSON.stringify(meta),
  };
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** The dropdown or checkbox of a column, if it has one. */
export function validationOf(column: ColumnSpec, locale: Locale): ValidationPlan | null {
  if (column.kind === 'bool' && !column.formula) return { kind: 'checkbox' };
  if (column.options) return { kind: 'list', values: column.options.map((o) => o[locale]) };
  return null;
}

/**
 * Seed rows whose key the tab lacks, laid out in the sheet's column order: all of them on a new
 * tab, new keys on an upgrade or adoption, none otherwise (a user who deletes a routine item keeps
 * it deleted until a newer version brings new items).
 */
function seedRowsOf(
  schema: TabSchema,
  locale: Locale,
  observed: ObservedSheet,
  positions: ReadonlyMap<string, number>,
  width: number,
  mode: SetupMode,
  upgrading: boolean,
): (string | number | boolean)[][] {
  if (!schema.seed || (mode === 'update' && !upgrading)) return [];
  const have = new Set((observed.seedKeys ?? []).map((k) => String(k).trim()));
  return schema.seed
    .rows(locale)
    .filter((row) => !have.has(String(row[schema.seed?.keyColumn ?? ''])))
    .map((row) => {
      const line: (string | number | boolean)[] = Array.from({ length: width }, () => '');
      for (const [id, value] of Object.entries(row)) line[(positions.get(id) as number) - 1] = value;
      return line;
    });
}
