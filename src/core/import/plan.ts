/**
 * The plan of an import: which cells of the tab change, as rectangular blocks the server writes
 * with one `setValues` each, in chunks small enough for Apps Script. Pure: the server reads the tab
 * (header row and data rows, dates as `yyyy-mm-dd`), this decides, the server writes.
 *
 * Columns are found by header (the user's order, names and extra columns kept); rows by the
 * target's key columns, so importing the same report again finds every row and changes nothing,
 * and a corrected report changes only the cells that differ. A computed column is never written
 * (its one formula in row 2 fills it), nor a column the import has no value for.
 */
import type { Locale } from '../i18n/locale';
import { matchColumns } from '../tabs/header-match';
import { columnFormat, type ColumnSpec, type TabSchema } from '../tabs/schema';
import { headerKey } from '../tabs/header-match';
import type { ImportNote } from './messages';
import { optionIndex, type FieldValue, type TargetRows } from './targets';

/** A cell as the server read it: Dates already turned into `yyyy-mm-dd` text. */
export type ExistingCell = string | number | boolean | null;

/** What a cell is set to: text (an apostrophe first keeps it text), a number, a boolean. */
export type CellInput = string | number | boolean;

/** The tab as the server read it. */
export interface TabView {
  /** Row 1. */
  readonly headers: readonly unknown[];
  /** Column id → 1-based position at the last setup (finds a header the user renamed). */
  readonly remembered: Readonly<Record<string, number>>;
  /** Rows 2 … last, each as wide as `headers` (or wider). */
  readonly rows: readonly (readonly ExistingCell[])[];
}

/**
 * Cells set in one call: `values` from (row, column), 1-based. `formats` (one row, repeated for
 * every row) is set first: a text column's cells become plain text, so what is written stays
 * exactly as it was in the file, and new rows get the tab's formats.
 */
export interface WriteBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly CellInput[])[];
  readonly formats: readonly string[];
}

/** Rows written together: after a chunk the import may stop and resume without losing or doubling a row. */
export interface PlanChunk {
  readonly blocks: readonly WriteBlock[];
  readonly added: number;
  readonly updated: number;
}

/** What an import will do to one tab. */
export interface ImportPlan {
  readonly added: number;
  readonly updated: number;
  /** Rows of the report the tab already holds exactly. */
  readonly unchanged: number;
  readonly chunks: readonly PlanChunk[];
  /** The last row the writes reach (the server adds rows to the sheet when it has fewer). */
  readonly lastRow: number;
  readonly warnings: readonly ImportNote[];
}

/** Why nothing can be planned. */
export interface PlanProblem {
  readonly problem: ImportNote;
}

/**
 * Most rows per chunk. Each chunk is one `setValues` (and one `setNumberFormats`) per run of
 * adjacent columns: 20,000 rows of the widest run (Ads: 6 columns) is 120,000 cells, well inside
 * what one call carries (reports of trouble start in the millions of cells), and a chunk is short
 * enough that the 6-minute check between chunks is never late by much.
 */
export const CHUNK_ROWS = 20_000;

/** The most cells a spreadsheet holds. */
export const MAX_CELLS = 10_000_000;

/** Plans writing `target` into a tab of `schema` as `view` shows it. */
export function planImport(schema: TabSchema, view: TabView, target: TargetRows, locale: Locale, chunkRows = CHUNK_ROWS): ImportPlan | PlanProblem {
  const tabName = schema.name[locale];
  const match = matchColumns(schema, view.headers, view.remembered).found;
  const byId = new Map(schema.columns.map((c) => [c.id, c]));
  for (const id of target.keyColumns) {
    if (!match.has(id)) return { problem: { key: 'import.noKeyColumn', params: { tab: tabName, column: (byId.get(id) as ColumnSpec).header[locale] } } };
  }
  const warnings: ImportNote[] = [...target.warnings];
  // The columns this import fills: those with a value in some row, never a computed one.
  const filled = new Set<string>();
  for (const row of target.rows) for (const [id, v] of Object.entries(row)) if (v !== null && v !== '') filled.add(id);
  for (const id of target.keyColumns) filled.add(id);
  const missing = [...filled].filter((id) => !match.has(id));
  if (missing.length) {
    const names = missing.map((id) => (locale === 'en' ? `"${byId.get(id)?.header.en}"` : `“${byId.get(id)?.header[locale]}”`));
    warnings.push({ key: 'import.missingColumns', params: { tab: tabName, columns: names.join(locale === 'en' ? ', ' : '、') } });
  }
  const columns = schema.columns.filter((c) => filled.has(c.id) && match.has(c.id) && !c.formula).map((c) => ({ spec: c, at: match.get(c.id) as number }));
  columns.sort((a, b) => a.at - b.at);
  const keyed = target.keyColumns.map((id) => ({ spec: byId.get(id) as ColumnSpec, at: match.get(id) as number }));
  const norm = normalizer();
  const keyOf = (values: (c: { spec: ColumnSpec; at: number }) => unknown) => keyed.map((c) => norm(c.spec, values(c))).join('\u0001');

  // The tab's rows by key (the first wins when the user repeated one) and its last used row.
  const existing = new Map<string, number>();
  const computed = new Set(schema.columns.filter((c) => c.formula && match.has(c.id)).map((c) => match.get(c.id) as number));
  let lastUsed = 0;
  view.rows.forEach((row, i) => {
    if (row.some((v, c) => !computed.has(c) && !isBlank(v))) lastUsed = i + 1;
    if (keyed.every((c) => isBlank(row[c.at]))) return;
    const key = keyOf((c) => row[c.at]);
    if (!existing.has(key)) existing.set(key, i);
  });

  // The report's rows by key: records that land on one row are summed (or the later wins).
  const sum = new Set(target.sum);
  const merged = new Map<string, Record<string, FieldValue>>();
  for (const row of target.rows) {
    const key = keyOf((c) => row[c.spec.id] ?? null);
    const into = merged.get(key);
    if (!into) {
      merged.set(key, { ...row });
      continue;
    }
    for (const [id, v] of Object.entries(row)) {
      if (v === null) continue;
      const old = into[id];
      into[id] = sum.has(id) && typeof v === 'number' && typeof old === 'number' ? old + v : v;
    }
  }

  const input = inputWriter(locale);
  const updates: { index: number; cells: CellInput[] }[] = [];
  const appends: CellInput[][] = [];
  let unchanged = 0;
  for (const [key, row] of merged) {
    const at = existing.get(key);
    if (at === undefined) {
      appends.push(columns.map((c) => input(c.spec, row[c.spec.id] ?? null)));
      continue;
    }
    const old = view.rows[at];
    let changed = false;
    const cells = columns.map((c) => {
      const v = row[c.spec.id] ?? null;
      if (v === null || norm(c.spec, v) === norm(c.spec, old[c.at])) return existingInput(c.spec, old[c.at] ?? null);
      changed = true;
      return input(c.spec, v);
    });
    if (changed) updates.push({ index: at, cells });
    else unchanged++;
  }
  updates.sort((a, b) => a.index - b.index);

  const runs = columnRuns(columns.map((c) => c.at));
  const lines = [...updates.map((u) => ({ row: u.index + 2, cells: u.cells, added: false })), ...appends.map((cells, i) => ({ row: lastUsed + 2 + i, cells, added: true }))];
  const chunks: PlanChunk[] = [];
  for (let start = 0; start < lines.length; start += chunkRows) {
    const part = lines.slice(start, start + chunkRows);
    const blocks: WriteBlock[] = [];
    for (let i = 0; i < part.length; ) {
      let j = i + 1;
      while (j < part.length && part[j].row === part[j - 1].row + 1) j++;
      for (const run of runs) {
        const formats = columns.slice(run.from, run.to).map((c) => columnFormat(c.spec) ?? 'General');
        blocks.push({ row: part[i].row, column: columns[run.from].at + 1, values: part.slice(i, j).map((l) => l.cells.slice(run.from, run.to)), formats });
      }
      i = j;
    }
    const added = part.filter((l) => l.added).length;
    chunks.push({ blocks, added, updated: part.length - added });
  }
  return { added: appends.length, updated: updates.length, unchanged, chunks, lastRow: appends.length ? lastUsed + 1 + appends.length : 0, warnings };
}

/** True when `x` is a problem, not a plan. */
export function isPlanProblem(x: ImportPlan | PlanProblem): x is PlanProblem {
  return 'problem' in x;
}

/** Runs of adjacent positions, as [from, to) indexes into `positions` (sorted, 0-based columns). */
function columnRuns(positions: readonly number[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (let i = 0; i < positions.length; ) {
    let j = i + 1;
    while (j < positions.length && positions[j] === positions[j - 1] + 1) j++;
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * How a value compares: numbers to 9 significant digits, text trimmed, a dropdown value as its
 * option (in whichever of our languages the cell says it).
 */
function normalizer(): (spec: ColumnSpec, v: unknown) => string {
  const optionsOf = new Map<ColumnSpec, Map<string, number>>();
  return (spec, v) => {
    if (v === null || v === undefined) return '';
    const index = optionIndex(v as FieldValue);
    if (index !== null) return `#${index}`;
    if (typeof v === 'number') return String(Number(v.toPrecision(9)));
    const text = String(v).trim();
    if (spec.options) {
      let labels = optionsOf.get(spec);
      if (!labels) {
        labels = new Map();
        spec.options.forEach((o, i) => Object.values(o).forEach((label) => labels?.set(headerKey(label), i)));
        optionsOf.set(spec, labels);
      }
      const i = labels.get(headerKey(text));
      if (i !== undefined) return `#${i}`;
    }
    if (text !== '' && /^-?\d+(\.\d+)?$/.test(text)) return String(Number(Number(text).toPrecision(9)));
    return text;
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What to set a cell to for a report value. Text goes into a plain-text cell as it is (the block
 * makes the cell plain text first), elsewhere behind an apostrophe: either way Sheets keeps it as
 * text, exactly as written — never a formula (`=`, `+`, `-`, `@`), never a number or a date it
 * happens to look like (`00123`, `1-2`). A day in a date column goes in as the day.
 */
function inputWriter(locale: Locale): (spec: ColumnSpec, v: FieldValue) => CellInput {
  return (spec, v) => {
    if (v === null) return '';
    const index = optionIndex(v);
    if (index !== null) return spec.options?.[index]?.[locale] ?? '';
    if (typeof v === 'number') return v;
    if (v === '') return '';
    return textInput(spec, v);
  };
}

/** Text for a cell of column `spec`: as it is in a plain-text column, behind an apostrophe elsewhere. */
function textInput(spec: ColumnSpec, v: string): string {
  if ((spec.kind === 'date' || spec.kind === 'datetime') && DAY.test(v)) return v;
  return columnFormat(spec) === '@' ? v : `'${v}`;
}

/** A cell the import keeps, set to what it holds (a number stays a number, text stays text). */
function existingInput(spec: ColumnSpec, v: ExistingCell): CellInput {
  if (v === null) return '';
  if (typeof v !== 'string') return v;
  if (v === '') return '';
  return textInput(spec, v);
}
