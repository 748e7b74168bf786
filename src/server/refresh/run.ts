/**
 * One refresh of the document, under its lock: read each tab once, roll the day forward, rebuild
 * Today's trends and alerts, write a run-log row. All reads come first and every write goes through
 * a journal, so a run that fails puts back what it wrote: the tabs are left as they were, and the
 * failure shows on Today and in the log. One refresh per document per day: a second user's
 * trigger finds the day done.
 */
import type { Alert } from '../../core/alerts/alert';
import { readAlertSettings } from '../../core/alerts/alert-settings';
import { evaluateAlerts } from '../../core/alerts/evaluate';
import { tableOf, type AlertSnapshot, type TabValues } from '../../core/alerts/snapshot';
import { runPhases } from '../../core/refresh/phases';
import { nextFreeRow, planRollForward, type Appends } from '../../core/refresh/roll-forward';
import { ALERTS_OFFSET, failureHeading, todayArea } from '../../core/refresh/today-area';
import type { Locale } from '../../core/i18n/locale';
import { t, type MessageKey } from '../../core/i18n/messages';
import { matchColumns } from '../../core/tabs/header-match';
import { TAB_SCHEMAS } from '../../core/tabs/registry';
import { RUN_KIND, RUN_LOG, RUN_OUTCOME } from '../../core/tabs/run-log';
import { columnLetter } from '../../core/tabs/sheet-ref';
import type { TabId } from '../../core/tabs/tab-ids';
import { ALERT_ROW } from '../../core/tabs/today';
import { MS_PER_DAY, zoneClock, type WallClock } from '../../core/values/dates';
import { ALERT_TABS, readTabValues } from '../alerts';
import { setupTabs } from '../setup-tabs';
import { sheetLanguage } from '../sheet-language';
import { findOurTabs, type OurTab } from '../sheets/read-tabs';
import { blanks, Journal } from './journal';
import { rebuildSkuSales } from './sku-sales';

/** Document property: the last day (yyyy-mm-dd, spreadsheet time) a refresh finished. */
export const LAST_DAY_PROPERTY = 'opsdesk.refresh.lastDay';
/** Document property: the day a refresh paused on its time budget, to be resumed. */
export const PAUSED_PROPERTY = 'opsdesk.refresh.paused';
/** Document property: the last failed run (JSON: time, error), for Today and the sidebar. */
export const FAILURE_PROPERTY = 'opsdesk.refresh.lastFailure';
/**
 * Document property: the run under way (JSON: time shown, epoch ms), cleared at its end. Apps Script
 * stops an execution at 6 minutes (or on the trigger quota) without running its catch or finally,
 * so a run that never cleared it was stopped: the next run logs it, and the sidebar shows it.
 */
export const RUNNING_PROPERTY = 'opsdesk.refresh.running';
/** How long a run waits for another one to finish before it skips. */
export const LOCK_WAIT_MS = 10_000;
/** Of the 6 minutes an execution may run: past this a run pauses between phases (the rest is for the log, or an undo). */
export const BUDGET_MS = 270_000;

/** What became of a run. */
export type RunOutcome = 'done' | 'skipped' | 'failed' | 'paused' | 'alreadyDone';

/** What {@link runRefresh} returns. */
export interface RunSummary {
  readonly outcome: RunOutcome;
  readonly added: number;
  readonly alerts: number;
  readonly error?: string;
  /** Of a failed run's writes, how many could not be put back. */
  readonly stuck?: number;
}

/** The tabs a refresh reads. */
const REFRESH_TABS: readonly TabId[] = [...ALERT_TABS, 'today', 'skuSales'];

/** A day (wall-clock ms) as yyyy-mm-dd. */
export function dayKey(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/** A moment (wall-clock ms) as yyyy-mm-dd hh:mm. */
function shownTime(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 16).replace('T', ' ');
}

/** The spreadsheet's clock and today's wall-clock midnight in it. */
export function spreadsheetDay(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): { clock: WallClock; timeZone: string; wall: number; today: number } {
  const timeZone = ss.getSpreadsheetTimeZone();
  const clock = zoneClock(timeZone);
  const wall = clock.toWall(now);
  return { clock, timeZone, wall, today: Math.floor(wall / MS_PER_DAY) * MS_PER_DAY };
}

/** Everything one run works with. */
interface Run {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly tabs: readonly OurTab[];
  readonly clock: WallClock;
  readonly timeZone: string;
  readonly started: Date;
  readonly wall: number;
  readonly today: number;
  readonly locale: Locale;
  readonly journal: Journal;
  readonly added: Map<TabId, number>;
  /** Rows written per tab the run rebuilds whole (SKU Sales). */
  readonly rebuilt: Map<TabId, number>;
  /** Each linked tab's sheet id, asked once. */
  readonly gids: Map<TabId, number>;
}

const tabOf = (run: Run, id: TabId) => run.tabs.find((t) => t.meta.id === id);

/** Appends one tab's planned rows: one write per run of adjacent input columns (computed columns keep their formulas). */
function append(run: Run, snapshot: AlertSnapshot, plan: Appends): void {
  const tab = tabOf(run, plan.tab);
  const values = snapshot[plan.tab];
  if (!tab || !values) return;
  const schema = TAB_SCHEMAS[plan.tab];
  const { found } = matchColumns(schema, values.headers, tab.meta.columns);
  const inputs = schema.columns.filter((c) => !c.formula && found.has(c.id)).map((c) => ({ id: c.id, at: found.get(c.id) as number }));
  inputs.sort((a, b) => a.at - b.at);
  const start = nextFreeRow(values, inputs.map((c) => c.at));
  const cell = (row: Readonly<Record<string, string | number>>, id: string): unknown => {
    const v = row[id];
    if (v === undefined) return '';
    return plan.dayColumns.includes(id) && typeof v === 'number' ? run.clock.fromWall(v) : v;
  };
  for (let i = 0; i < inputs.length; ) {
    let j = i;
    while (j + 1 < inputs.length && inputs[j + 1].at === inputs[j].at + 1) j++;
    const run_ = inputs.slice(i, j + 1);
    const block = plan.rows.map((row) => run_.map((c) => cell(row, c.id)));
    if (block.some((r) => r.some((v) => v !== ''))) {
      run.journal.write(tab.sheet.getRange(start, inputs[i].at + 1, block.length, run_.length), block, blanks(block.length, run_.length));
    }
    i = j + 1;
  }
  run.added.set(plan.tab, (run.added.get(plan.tab) ?? 0) + plan.rows.length);
}

/** Where Today's refreshed area is: the sheet columns of the KPI, Yesterday and trend columns. */
function areaColumns(values: TabValues, tab: OurTab): number[] | null {
  const { found } = matchColumns(TAB_SCHEMAS.today, values.headers, tab.meta.columns);
  const at = ['kpi', 'yesterday', 'trend'].map((id) => found.get(id));
  return at.every((x) => x !== undefined) ? (at as number[]).map((x) => x + 1) : null;
}

/** Writes `rows` (three cells each) into Today's area from sheet row `from`, over what was there (cleared below). */
function writeArea(run: Run, values: TabValues, from: number, rows: readonly (readonly (string | number)[])[]): void {
  const tab = tabOf(run, 'today');
  if (!tab) return;
  const columns = areaColumns(values, tab);
  if (!columns) return;
  // The old area ends at its last non-blank row in those columns.
  let oldEnd = from - 1;
  values.rows.forEach((line, i) => {
    const row = values.firstRow + i;
    if (row >= from && columns.some((c) => line[c - 1] !== '' && line[c - 1] !== null && line[c - 1] !== undefined)) oldEnd = row;
  });
  const height = Math.max(rows.length, oldEnd - from + 1);
  if (height <= 0) return;
  const padded = Array.from({ length: height }, (_, i) => rows[i] ?? ['', '', '']);
  // The KPI column is plain text ('@'), where a formula would stay text: the links need General.
  tab.sheet.getRange(from, columns[0], height, 1).setNumberFormat('General');
  const adjacent = columns[1] === columns[0] + 1 && columns[2] === columns[0] + 2;
  const groups = adjacent ? [[0, 1, 2]] : [[0], [1], [2]];
  for (const group of groups) {
    const range = tab.sheet.getRange(from, columns[group[0]], height, group.length);
    const formulas = range.getFormulas();
    const before = formulas.map((line, r) => line.map((f, c) => (f !== '' ? f : values.rows[from - values.firstRow + r]?.[columns[group[c]] - 1] ?? '')));
    run.journal.write(range, padded.map((line) => group.map((c) => line[c])), before);
  }
}

/** The in-sheet link to an alert's rows: its tab by gid, the rows across the tab's width. */
function linkTo(run: Run, snapshot: AlertSnapshot, alert: Alert): string {
  const tab = tabOf(run, alert.tab);
  if (!tab) return '#';
  const width = Math.max(1, snapshot[alert.tab]?.headers.length ?? 1);
  const first = Math.min(...alert.rows);
  const last = Math.max(...alert.rows);
  let gid = run.gids.get(alert.tab);
  if (gid === undefined) {
    gid = tab.sheet.getSheetId();
    run.gids.set(alert.tab, gid);
  }
  return `#gid=${gid}&range=A${first}:${columnLetter(width)}${last}`;
}

/** Today's trends and alerts, rebuilt. */
function rebuildToday(run: Run, snapshot: AlertSnapshot, alerts: readonly Alert[]): void {
  const values = snapshot.today;
  if (!values) return;
  const settings = readAlertSettings(snapshot.settings ? tableOf(TAB_SCHEMAS.settings, snapshot.settings) : undefined);
  const tab = tabOf(run, 'today') as OurTab;
  const { found } = matchColumns(TAB_SCHEMAS.today, values.headers, tab.meta.columns);
  const range = (id: string) => {
    const letter = columnLetter((found.get(id) ?? 0) + 1);
    return `${letter}2:${letter}`;
  };
  const rows = todayArea(alerts, { locale: run.locale, currency: settings.currency, time: shownTime(run.wall), range, link: (a) => linkTo(run, snapshot, a) });
  writeArea(run, values, ALERT_ROW, rows);
}

/** The words of a dropdown of the run log in the sheet's language. */
function logWord(column: 'run' | 'outcome', index: number, locale: Locale): string {
  return RUN_LOG.columns.find((c) => c.id === column)?.options?.[index]?.[locale] ?? '';
}

/** Appends a run-log row (the log is ours: its columns are where our metadata says). */
function writeLog(tabs: readonly OurTab[], row: Readonly<Record<string, unknown>>): void {
  const log = tabs.find((t) => t.meta.id === 'runLog');
  if (!log) return;
  const positions = log.meta.columns;
  const width = Math.max(0, ...Object.values(positions));
  const line: unknown[] = Array.from({ length: width }, () => '');
  for (const [id, value] of Object.entries(row)) {
    const at = positions[id];
    if (at) line[at - 1] = typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value;
  }
  log.sheet.appendRow(line);
}

/** What changed, for the log: rows added per tab, in the sheet's language. */
function changedText(run: Run): string {
  const parts = [
    ...[...run.added].filter(([, n]) => n > 0).map(([id, n]) => `${TAB_SCHEMAS[id].name[run.locale]} +${n}`),
    ...[...run.rebuilt].filter(([, n]) => n > 0).map(([id, n]) => t(run.locale, 'refresh.log.rebuilt', { tab: TAB_SCHEMAS[id].name[run.locale], count: n })),
  ];
  return parts.length ? parts.join(', ') : '—';
}

/** Who is running this execution, for the log: the user of the menu click or the trigger's owner ('' where Google hides it). */
function runningUser(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

/** A run-log row's fields: when, which kind of run, who, the outcome in the sheet's language, and `fields`. */
function logRow(kind: 'daily' | 'manual', outcome: number, locale: Locale, started: Date, fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { started, finished: new Date(), run: logWord('run', kind === 'daily' ? RUN_KIND.daily : RUN_KIND.manual, locale), user: runningUser(), outcome: logWord('outcome', outcome, locale), ...fields };
}

/** Logs a daily run that did not start, with why (in the sheet's language); no lock is needed to append a log row. */
export function logSkippedRun(reason: MessageKey, params: Readonly<Record<string, string | number>>): void {
  const ss = SpreadsheetApp.getActive();
  const locale = sheetLanguage();
  writeLog(findOurTabs(ss), logRow('daily', RUN_OUTCOME.skipped, locale, new Date(), { errors: t(locale, reason, params), changed: '—', alerts: '' }));
}

/** The run a stored RUNNING_PROPERTY names (null when none, or unreadable). */
export function readRunning(stored: string | null | undefined): { time: string; at: number } | null {
  try {
    const parsed = JSON.parse(stored || 'null') as { time?: unknown; at?: unknown } | null;
    return parsed && typeof parsed.time === 'string' && typeof parsed.at === 'number' ? { time: parsed.time, at: parsed.at } : null;
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a refresh now: `daily` (the trigger; does nothing once the day is done) or `manual`
 * (Refresh now; always runs, adding only what is missing). Never throws: a failure is undone,
 * logged and returned.
 */
export function runRefresh(kind: 'daily' | 'manual'): RunSummary {
  const ss = SpreadsheetApp.getActive();
  const started = new Date();
  const { clock, timeZone, wall, today } = spreadsheetDay(ss, started);
  const day = dayKey(today);
  const locale = sheetLanguage();
  let tabs = findOurTabs(ss);
  const log = (outcome: number, fields: Readonly<Record<string, unknown>>) => writeLog(tabs, logRow(kind, outcome, locale, clock.fromWall(wall), fields));
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    log(RUN_OUTCOME.skipped, { errors: t(locale, 'refresh.log.lockBusy'), changed: '—', alerts: '' });
    return { outcome: 'skipped', added: 0, alerts: 0 };
  }
  try {
    const props = PropertiesService.getDocumentProperties();
    const stored = props.getProperties();
    if (kind === 'daily' && stored[PAUSED_PROPERTY] !== day && stored[LAST_DAY_PROPERTY] === day) return { outcome: 'alreadyDone', added: 0, alerts: 0 };
    const stopped = readRunning(stored[RUNNING_PROPERTY]);
    props.setProperty(RUNNING_PROPERTY, JSON.stringify({ time: shownTime(wall), at: started.getTime() }));
    if (stopped) log(RUN_OUTCOME.failed, { changed: '—', alerts: '', errors: t(locale, 'refresh.log.stopped', { time: stopped.time }) });
    if (!tabs.some((t) => t.meta.id === 'runLog')) {
      setupTabs(['runLog']);
      tabs = findOurTabs(ss);
    }
    const run: Run = { ss, tabs, clock, timeZone, started, wall, today, locale, journal: new Journal(), added: new Map(), rebuilt: new Map(), gids: new Map() };
    let alerts: Alert[] = [];
    try {
      const snapshot: Partial<Record<TabId, TabValues>> = {};
      for (const tab of tabs) if (REFRESH_TABS.includes(tab.meta.id)) snapshot[tab.meta.id] = readTabValues(tab);
      alerts = evaluateAlerts(snapshot, started, { timeZone });
      const plans = planRollForward(snapshot, today, clock);
      const phases = [...plans.map((plan) => () => append(run, snapshot, plan)), () => run.rebuilt.set('skuSales', rebuildSkuSales(run, snapshot)), () => rebuildToday(run, snapshot, alerts)];
      const pausedAt = runPhases(phases, 0, () => Date.now() - started.getTime(), BUDGET_MS);
      if (pausedAt !== null) {
        props.setProperties({ [PAUSED_PROPERTY]: day, [RUNNING_PROPERTY]: '' });
        log(RUN_OUTCOME.paused, { changed: changedText(run), alerts: '', errors: '' });
        return { outcome: 'paused', added: sum(run.added), alerts: 0 };
      }
    } catch (error) {
      // Writes that cannot be put back (Sheets failing again) are said, never hidden behind "nothing changed".
      const stuck = run.journal.undo();
      const message = messageOf(error);
      const failure = { time: shownTime(wall), error: message, stuck };
      props.setProperties({ [FAILURE_PROPERTY]: JSON.stringify(failure), [RUNNING_PROPERTY]: '' });
      showFailureOnToday(run, failure.time, message, stuck);
      log(RUN_OUTCOME.failed, { changed: stuck ? t(locale, 'refresh.log.notUndone', { stuck }) : '—', alerts: '', errors: message });
      return { outcome: 'failed', added: 0, alerts: 0, error: message, stuck };
    }
    props.setProperties({ [LAST_DAY_PROPERTY]: day, [PAUSED_PROPERTY]: '', [FAILURE_PROPERTY]: '', [RUNNING_PROPERTY]: '' });
    log(RUN_OUTCOME.done, { changed: changedText(run), alerts: alerts.length, errors: '' });
    return { outcome: 'done', added: sum(run.added), alerts: alerts.length };
  } finally {
    lock.releaseLock();
  }
}

function sum(added: ReadonlyMap<TabId, number>): number {
  let n = 0;
  for (const v of added.values()) n += v;
  return n;
}

/** The alerts' heading on Today says the last run failed (best effort: the failure is in the log either way). */
function showFailureOnToday(run: Run, time: string, message: string, stuck: number): void {
  try {
    const tab = tabOf(run, 'today');
    if (!tab) return;
    const values = readTabValues(tab);
    const columns = areaColumns(values, tab);
    if (columns) tab.sheet.getRange(ALERT_ROW + ALERTS_OFFSET, columns[0]).setValue(failureHeading(run.locale, time, message, stuck));
  } catch {
    // Today itself may be what failed.
  }
}
