/**
 * The checklist's server side: reads the Checklist and Checklist log tabs (each once), records a
 * tick under the document lock, and opens the tab that answers an item. The model is in
 * src/core/checklist; this file only reads and writes the sheets.
 */
import { dayInZone, type DayKey } from '../core/checklist/days';
import { readChecklistItems, seedChecklistItems, type ChecklistItem } from '../core/checklist/items';
import { readTickLog, type TickEvent } from '../core/checklist/tick-log';
import { checklistView, tabOfItem, type ChecklistView } from '../core/checklist/view';
import type { Locale } from '../core/i18n/locale';
import { CHECKLIST_LOG } from '../core/tabs/checklist-log';
import { matchColumns } from '../core/tabs/header-match';
import { TAB_SCHEMAS } from '../core/tabs/registry';
import type { TabId } from '../core/tabs/tab-ids';
import type { Alert } from '../core/alerts/alert';
import { readAlertSettings } from '../core/alerts/alert-settings';
import { describeAlert } from '../core/alerts/describe';
import { evaluateAlerts } from '../core/alerts/evaluate';
import { tableOf, type AlertSnapshot } from '../core/alerts/snapshot';
import { alertsForItem } from '../core/checklist/answers';
import type { ItemBadge } from '../core/checklist/view';
import { ALERT_TABS, readSnapshot } from './alerts';
import { UserError } from './boundary';
import { setupTabs } from './setup-tabs';
import { findOurTabs, type OurTab } from './sheets/read-tabs';
import { userLocale } from './user-locale';

/** How long a tick waits for another person's tick to finish writing. */
const LOCK_WAIT_MS = 10_000;

/** What the checklist needs of the spreadsheet, read once. */
interface Desk {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly timeZone: string;
  readonly ours: readonly OurTab[];
  readonly today: DayKey;
  readonly items: readonly ChecklistItem[];
  readonly events: readonly TickEvent[];
  /** The log's header row ([] when there is no log tab yet). */
  readonly logHeaders: readonly unknown[];
}

/** Reads the Checklist tab (the seed routine when it is not set up) and, when `withLog`, the log. */
function readDesk(locale: Locale, withLog: boolean): Desk {
  const ss = SpreadsheetApp.getActive();
  const timeZone = ss.getSpreadsheetTimeZone();
  const dayOf = dayInZone(timeZone);
  const ours = findOurTabs(ss);
  const list = ours.find((t) => t.meta.id === 'checklist');
  const items = list ? readChecklistItems(list.sheet.getDataRange().getValues(), list.meta.columns) : seedChecklistItems(locale);
  const log = withLog ? ours.find((t) => t.meta.id === 'checklistLog') : undefined;
  const logValues = log ? log.sheet.getDataRange().getValues() : [];
  const events = log ? readTickLog(logValues, dayOf, log.meta.columns) : [];
  return { ss, timeZone, ours, today: dayOf(new Date()), items, events, logHeaders: logValues[0] ?? [] };
}

/** The tabs the rules read, from the tabs already found (each read once), and the alerts they raise, costliest first. */
function alertsOf(desk: Desk): { alerts: Alert[]; snapshot: AlertSnapshot } {
  const snapshot = readSnapshot(desk.ss, ALERT_TABS, desk.ours);
  return { snapshot, alerts: evaluateAlerts(snapshot, new Date(), { timeZone: desk.timeZone }) };
}

/** Each item's badge: the costliest alert that answers it, in the user's words, and how many there are. */
function badges(alerts: readonly Alert[], snapshot: AlertSnapshot, locale: Locale): (item: { id: string; tab: TabId | null }) => ItemBadge | null {
  const settings = snapshot.settings ? tableOf(TAB_SCHEMAS.settings, snapshot.settings) : undefined;
  const currency = readAlertSettings(settings).currency;
  return (item) => {
    const answering = alertsForItem(item, alerts);
    return answering.length ? { text: describeAlert(answering[0], locale, currency).title, count: answering.length, severity: answering[0].severity } : null;
  };
}

/** The checklist as the sidebar shows it, for the user's language, each item's badge from the alert rules. */
export function checklistState(locale: Locale): ChecklistView {
  const desk = readDesk(locale, true);
  const { alerts, snapshot } = alertsOf(desk);
  return checklistView(desk.items, desk.events, desk.today, locale, badges(alerts, snapshot, locale));
}

/** A text cell that cannot turn into a formula: Sheets reads a leading `=`, `+`, `-` or `@` as one. */
function literal(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/**
 * Sidebar call: ticks (`done` true) or unticks an item, appending a row to the Checklist log, and
 * returns the checklist as it now is. The read and the append happen under the document lock, so
 * a tick by someone else is either already in what was read or waits for this one: none is lost.
 */
export function tickItem(itemId: string, done: boolean): ChecklistView {
  if (typeof itemId !== 'string' || typeof done !== 'boolean') throw new UserError('error.checklistItem', { item: String(itemId) });
  const locale = userLocale();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError('error.checklistBusy');
  try {
    const desk = readDesk(locale, true);
    if (!desk.items.some((i) => i.id === itemId)) throw new UserError('error.checklistItem', { item: itemId });
    let log = desk.ours.find((t) => t.meta.id === 'checklistLog');
    let headers = desk.logHeaders;
    if (!log) {
      // A spreadsheet set up before the log existed: add just that tab.
      setupTabs(['checklistLog']);
      log = findOurTabs(desk.ss).find((t) => t.meta.id === 'checklistLog');
      headers = [];
    }
    if (!log) throw new Error('The Checklist log tab could not be set up');
    const positions = headers.length ? new Map([...matchColumns(CHECKLIST_LOG, headers, log.meta.columns).found].map(([id, i]) => [id, i + 1])) : new Map(Object.entries(log.meta.columns));
    const values: Record<string, unknown> = { date: desk.today, item: literal(itemId), done, time: new Date(), user: Session.getTemporaryActiveUserKey() };
    const row: unknown[] = new Array(Math.max(...positions.values())).fill('');
    for (const [id, at] of positions) if (id in values) row[at - 1] = values[id];
    log.sheet.appendRow(row);
    return checklistView(desk.items, [...desk.events, { day: desk.today, item: itemId, done }], desk.today, locale);
  } finally {
    lock.releaseLock();
  }
}

/** The tab an item opens: ours by id, else a sheet of the name its Tab cell gives. */
function sheetOfItem(desk: Desk, item: ChecklistItem, tab: TabId | null): GoogleAppsScript.Spreadsheet.Sheet | null {
  const ourSheet = tab ? desk.ours.find((t) => t.meta.id === tab)?.sheet : undefined;
  if (ourSheet) return ourSheet;
  return item.tab ? desk.ss.getSheetByName(item.tab) : null;
}

/**
 * Sidebar call: activates the tab that answers an item and selects the rows behind it: the rows of
 * its alerts on that tab, else the tab's data rows; an item with no tab selects its own row on the
 * Checklist tab.
 */
export function openChecklistItem(itemId: string): void {
  const locale = userLocale();
  const desk = readDesk(locale, false);
  const item = desk.items.find((i) => i.id === itemId);
  if (!item) throw new UserError('error.checklistItem', { item: String(itemId) });
  const tab = tabOfItem(item);
  if (!tab && !item.tab) {
    const list = desk.ours.find((t) => t.meta.id === 'checklist');
    if (list) list.sheet.getRange(`${item.row}:${item.row}`).activate();
    return;
  }
  const sheet = sheetOfItem(desk, item, tab);
  if (!sheet) throw new UserError('error.checklistNoTab', { tab: item.tab || (tab ? TAB_SCHEMAS[tab].name[locale] : '') });
  const rows = tab ? [...new Set(alertsForItem({ id: item.id, tab }, alertsOf(desk).alerts).filter((a) => a.tab === tab).flatMap((a) => a.rows))].sort((a, b) => a - b) : [];
  if (rows.length) {
    sheet.getRangeList(rows.map((r) => `${r}:${r}`)).activate();
    return;
  }
  const last = sheet.getLastRow();
  if (last >= 2) sheet.getRange(`2:${last}`).activate();
  else sheet.activate();
}
