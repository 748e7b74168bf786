/**
 * "Import a report" (sidebar and runner): the file is recognised and parsed, its records mapped to
 * their tab and planned against what the tab holds — all before the first write, so a file that
 * fails changes nothing — and the plan is written in chunks. A big file that would pass the
 * 6-minute limit (or the rows per call the sidebar asks for, to show progress) stops after a chunk
 * and says so; the caller sends the same file again and the import goes on. The checkpoint (a
 * document property) only carries the counts: rows are found by key, so the rows already written
 * are found again, never doubled, and those still missing are written.
 */
import type { Locale } from '../../core/i18n/locale';
import { importMessage } from '../../core/import/messages';
import { CHUNK_ROWS, isPlanProblem, MAX_CELLS, planImport, type ExistingCell, type ImportPlan } from '../../core/import/plan';
import { targetRows } from '../../core/import/targets';
import { REPORT_NAMES } from '../../core/reports/kinds';
import { describeNote, parseReportText, type ParsedReport, type ReportOutcome } from '../../core/reports/parse-report';
import { TAB_SCHEMAS } from '../../core/tabs/registry';
import type { TabId } from '../../core/tabs/tab-ids';
import { UserError } from '../boundary';
import { readReportFile } from '../reports/read-report-file';
import { setupTabs } from '../setup-tabs';
import { findOurTabs } from '../sheets/read-tabs';
import { sheetLanguage } from '../sheet-language';
import { userLocale } from '../user-locale';

/** What the caller may add to a file. */
export interface ImportOptions {
  /** `content` is the file's bytes in base64 (a file picked in the sidebar), not its text. */
  readonly base64?: boolean;
  /** The day (`yyyy-mm-dd`) a Business Report covers, when its name does not say; an undated inventory report's day. */
  readonly date?: string;
  /** Stop after about this many rows and report progress (the sidebar's progress bar); the rest follows on the next call. */
  readonly rowsPerCall?: number;
}

/** What an import did (JSON-safe: the sidebar and the runner show it). */
export interface ImportSummary {
  /** `done`; `partial` (call again with the same file to go on); `needs-date` (a Business Report without a date: ask, then call again with `date`). */
  readonly status: 'done' | 'partial' | 'needs-date';
  readonly fileName: string;
  /** The report kind (`sp-search-term` …), '' when not known yet. */
  readonly report: string;
  /** The report's name in the user's language. */
  readonly reportName: string;
  /** The tab it landed in, as named in the spreadsheet. */
  readonly tab: string;
  readonly added: number;
  readonly updated: number;
  /** Rows of the file not written: already in the tab as they are, totals, cancelled orders, rows without a key. */
  readonly skipped: number;
  readonly warnings: readonly string[];
  /** Rows written so far of the rows this import writes. */
  readonly progress: { readonly written: number; readonly total: number };
  /** For `needs-date`: the question, in the user's language. */
  readonly message?: string;
}

/** The document property of an import under way. */
export const IMPORT_CHECKPOINT_PROPERTY = 'opsdesk.importCheckpoint';

/** Stop starting chunks after this long: the chunk under way and the answer must fit in the 6 minutes. */
const TIME_BUDGET_MS = 270_000;

interface Checkpoint {
  readonly id: string;
  readonly added: number;
  readonly updated: number;
}

/** Imports a report file into its tab. */
export function importReport(fileName: string, content: string, options?: ImportOptions | null): ImportSummary {
  const started = Date.now();
  const locale = userLocale();
  const name = typeof fileName === 'string' && fileName.trim() !== '' ? fileName.trim() : 'pasted.txt';
  const opts = options && typeof options === 'object' ? options : {};
  if (typeof content !== 'string') throw new UserError('error.import', { detail: describeNote({ key: 'problem.empty', params: { file: name } }, locale) });
  const date = opts.date === undefined || opts.date === null || opts.date === '' ? undefined : String(opts.date);
  if (date !== undefined && !isDay(date)) throw new UserError('error.import', { detail: importMessage(locale, { key: 'import.badDate', params: { date } }) });

  const outcome = parse(name, content, opts.base64 === true, date);
  if (!outcome.ok) {
    const detail = describeNote(outcome.problem, locale);
    if (outcome.problem.key === 'problem.dateRequired') return needsDate(name, detail, locale);
    throw new UserError('error.import', { detail });
  }
  const ss = SpreadsheetApp.getActive();
  const day = date ?? Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  const target = targetRows(outcome, { day });
  const sheetLocale = sheetLanguage();
  const tab = tabFor(ss, target.tab);
  const schema = TAB_SCHEMAS[target.tab];
  const view = readTab(tab.sheet, ss.getSpreadsheetTimeZone());
  const limit = opts.rowsPerCall && opts.rowsPerCall > 0 ? Math.floor(opts.rowsPerCall) || 1 : Infinity;
  const plan = planImport(schema, { headers: view.headers, remembered: tab.remembered, rows: view.rows }, target, sheetLocale, Math.min(CHUNK_ROWS, limit));
  if (isPlanProblem(plan)) throw new UserError('error.import', { detail: importMessage(locale, plan.problem) });
  const width = Math.max(tab.sheet.getMaxColumns(), view.headers.length);
  if (plan.lastRow * width > MAX_CELLS) throw new UserError('error.import', { detail: importMessage(locale, { key: 'import.tooBig', params: { tab: tab.sheet.getName(), rows: plan.lastRow } }) });

  // Everything is known and checked: from here on, writes.
  const props = PropertiesService.getDocumentProperties();
  const id = fingerprint(name, content, date);
  const saved = readCheckpoint(props.getProperty(IMPORT_CHECKPOINT_PROPERTY));
  const carried = saved && saved.id === id ? saved : { id, added: 0, updated: 0 };
  const total = carried.added + carried.updated + plan.added + plan.updated;
  const maxRows = tab.sheet.getMaxRows();
  if (plan.lastRow > maxRows) tab.sheet.insertRowsAfter(maxRows, plan.lastRow - maxRows);

  let added = carried.added;
  let updated = carried.updated;
  let written = 0;
  const base = { fileName: name, report: outcome.kind, reportName: REPORT_NAMES[outcome.kind][locale], tab: tab.sheet.getName() };
  for (const chunk of plan.chunks) {
    if (written > 0 && (written >= limit || Date.now() - started > TIME_BUDGET_MS)) {
      props.setProperty(IMPORT_CHECKPOINT_PROPERTY, JSON.stringify({ id, added, updated } satisfies Checkpoint));
      return { ...base, status: 'partial', added, updated, skipped: 0, warnings: [], progress: { written: added + updated, total } };
    }
    for (const block of chunk.blocks) {
      const range = tab.sheet.getRange(block.row, block.column, block.values.length, block.formats.length);
      range.setNumberFormats(block.values.map(() => [...block.formats]));
      range.setValues(block.values.map((r) => [...r]));
    }
    written += chunk.added + chunk.updated;
    added += chunk.added;
    updated += chunk.updated;
  }
  if (saved) props.deleteProperty(IMPORT_CHECKPOINT_PROPERTY);
  return {
    ...base,
    status: 'done',
    added,
    updated,
    skipped: outcome.skipped + Math.max(0, plan.unchanged - carried.added - carried.updated),
    warnings: warningsOf(outcome, plan, locale),
    progress: { written: added + updated, total },
  };
}

function parse(fileName: string, content: string, base64: boolean, date: string | undefined): ReportOutcome {
  const context = date ? { date } : {};
  if (!base64) return parseReportText(content, { fileName, ...context });
  let bytes: number[];
  try {
    bytes = Utilities.base64Decode(content);
  } catch {
    return { ok: false, problem: { key: 'problem.binary', params: { file: fileName } } };
  }
  return readReportFile(fileName, bytes, context);
}

function needsDate(fileName: string, message: string, locale: Locale): ImportSummary {
  return {
    status: 'needs-date',
    fileName,
    report: 'business-report',
    reportName: REPORT_NAMES['business-report'][locale],
    tab: '',
    added: 0,
    updated: 0,
    skipped: 0,
    warnings: [],
    progress: { written: 0, total: 0 },
    message,
  };
}

/** Our tab `id` (set up or upgraded first when needed) and the column positions setup remembered. */
function tabFor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, id: TabId): { sheet: GoogleAppsScript.Spreadsheet.Sheet; remembered: Readonly<Record<string, number>> } {
  let ours = findOurTabs(ss).find((t) => t.meta.id === id);
  // A missing tab is set up, and one from an older schema upgraded (it gains the columns reports fill).
  if (!ours || ours.meta.version < TAB_SCHEMAS[id].version) {
    setupTabs([id]);
    ours = findOurTabs(ss).find((t) => t.meta.id === id);
    if (!ours) throw new Error(`Setting up the ${id} tab did not give a tab`);
  }
  // The sheet again from the spreadsheet, by id: the one a metadata location hands back is not a
  // full Sheet in the local runtime (its calls bypass the runtime's checks), and the id is cheap.
  const sheet = ss.getSheetById(ours.sheet.getSheetId()) ?? ours.sheet;
  return { sheet, remembered: ours.meta.columns };
}

/** The header row and the data rows in one read; dates as `yyyy-mm-dd` in the spreadsheet's zone. */
function readTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, timeZone: string): { headers: unknown[]; rows: ExistingCell[][] } {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return { headers: [], rows: [] };
  const values = sheet.getRange(1, 1, lastRow, lastColumn).getValues();
  const rows = values.slice(1).map((row) => row.map((v): ExistingCell => (v instanceof Date ? Utilities.formatDate(v, timeZone, 'yyyy-MM-dd') : (v as ExistingCell))));
  return { headers: values[0], rows };
}

function warningsOf(report: ParsedReport, plan: ImportPlan, locale: Locale): string[] {
  return [...report.warnings.map((w) => describeNote(w, locale)), ...plan.warnings.map((w) => importMessage(locale, w))];
}

/** Which import a checkpoint belongs to: the same file (name, content, chosen day). */
function fingerprint(fileName: string, content: string, date: string | undefined): string {
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, `${fileName}\u0000${date ?? ''}\u0000${content}`, Utilities.Charset.UTF_8);
  return digest.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

function readCheckpoint(text: string | null): Checkpoint | null {
  if (!text) return null;
  try {
    const c = JSON.parse(text) as Partial<Checkpoint>;
    return typeof c.id === 'string' && typeof c.added === 'number' && typeof c.updated === 'number' ? { id: c.id, added: c.added, updated: c.updated } : null;
  } catch {
    return null;
  }
}

function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
