/**
 * The daily refresh's switches and its trigger. Each user who turns it on gets one time-driven
 * trigger in this document (never more, whatever they click; created only from their menu click;
 * removed by Turn off). The trigger fires hourly — the most an add-on may — and refreshes once the
 * Settings' refresh hour has come, once per document per day: a second user's trigger finds the
 * day done, and a run paused on its time budget resumes at the next firing.
 */
import { readAlertSettings } from '../../core/alerts/alert-settings';
import { tableOf } from '../../core/alerts/snapshot';
import { withoutFullStop } from '../../core/i18n/fill';
import { t } from '../../core/i18n/messages';
import { TAB_SCHEMAS } from '../../core/tabs/registry';
import { readTabValues } from '../alerts';
import { UserError } from '../boundary';
import { findOurTabs } from '../sheets/read-tabs';
import { newTrigger } from '../triggers';
import { userLocale } from '../user-locale';
import { MAX_EXECUTION_MS, mayStartRun, readTally, recordRun, usedMs } from '../../core/refresh/trigger-quota';
import { dayKey, LAST_DAY_PROPERTY, logSkippedRun, PAUSED_PROPERTY, runRefresh, spreadsheetDay } from './run';

/** User property: this user's refresh-trigger runs of the last 24 hours (see trigger-quota.ts). */
export const TALLY_PROPERTY = 'opsdesk.refresh.triggerTime';
/** Document property: the day a run was held back for the quota (so this document's log says so once). */
const HELD_PROPERTY = 'opsdesk.refresh.quotaHeld';

/** The handler the refresh trigger calls. */
const HANDLER = 'dailyRefresh';

/** This user's refresh triggers in this document. */
function myTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((trigger) => trigger.getHandlerFunction() === HANDLER);
}

/** The refresh hour of the Settings tab (its default without one). */
function refreshHour(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const settings = findOurTabs(ss).find((tab) => tab.meta.id === 'settings');
  return readAlertSettings(settings ? tableOf(TAB_SCHEMAS.settings, readTabValues(settings)) : undefined).refreshHour;
}

/** Menu: turns the daily refresh on for this user (one trigger, however often it is clicked). */
export function enableDailyRefresh(): void {
  const ss = SpreadsheetApp.getActive();
  const mine = myTriggers(ss);
  if (mine.length === 0) newTrigger(HANDLER).timeBased().everyHours(1).create();
  // A second one could only be a leftover: one trigger per user per document.
  for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
  SpreadsheetApp.getUi().alert(t(userLocale(), 'refresh.enabled', { hour: refreshHour(ss) }));
}

/** Menu: turns the daily refresh off for this user. */
export function disableDailyRefresh(): void {
  for (const trigger of myTriggers(SpreadsheetApp.getActive())) ScriptApp.deleteTrigger(trigger);
  SpreadsheetApp.getUi().alert(t(userLocale(), 'refresh.disabled'));
}

/** Menu: the refresh's work, now (adds only what is missing if the day was already refreshed). */
export function refreshNow(): void {
  const summary = runRefresh('manual');
  const error = withoutFullStop(summary.error ?? '');
  if (summary.outcome === 'failed') throw new UserError(summary.stuck ? 'refresh.failedPartly' : 'refresh.failed', { error, stuck: summary.stuck ?? 0 });
  if (summary.outcome === 'skipped') throw new UserError('refresh.skipped');
  const key = summary.outcome === 'paused' ? 'refresh.paused' : 'refresh.done';
  SpreadsheetApp.getUi().alert(t(userLocale(), key, { added: summary.added, alerts: summary.alerts }));
}

/**
 * Trigger: fires hourly; refreshes once a day from the refresh hour (spreadsheet time), or resumes
 * a paused run. Cheap when there is nothing to do: one properties read. A run is held back when
 * this user's trigger time of the last 24 hours is near the daily quota (logged once a day).
 */
export function dailyRefresh(): void {
  const started = new Date();
  const ss = SpreadsheetApp.getActive();
  const { wall, today } = spreadsheetDay(ss, started);
  const day = dayKey(today);
  const docProps = PropertiesService.getDocumentProperties();
  const stored = docProps.getProperties();
  const resuming = stored[PAUSED_PROPERTY] === day;
  if (!resuming && stored[LAST_DAY_PROPERTY] === day) return;
  const due = () => resuming || Math.floor((wall - today) / 3_600_000) >= refreshHour(ss);
  // The quota is the user's, so the tally is in their properties; checked before the Settings are
  // read, so an hour held back costs two property reads.
  const userProps = PropertiesService.getUserProperties();
  const tally = readTally(userProps.getProperty(TALLY_PROPERTY), started.getTime());
  if (!mayStartRun(tally)) {
    // Said once a day in each document held back, and only once a run was due.
    if (stored[HELD_PROPERTY] !== day && due()) {
      docProps.setProperty(HELD_PROPERTY, day);
      logSkippedRun('refresh.log.quota', { minutes: Math.round(usedMs(tally) / 60_000) });
    }
    return;
  }
  if (!due()) return;
  // Counted as a whole execution before it starts: a run Apps Script stops at 6 minutes never
  // reaches its own end, and must still count. Corrected to what it took when it ends.
  userProps.setProperty(TALLY_PROPERTY, recordRun(tally, started.getTime(), MAX_EXECUTION_MS));
  runRefresh('daily');
  // Read again: this user's trigger in another spreadsheet may have recorded a run meanwhile.
  const now = Date.now();
  const others = readTally(userProps.getProperty(TALLY_PROPERTY), now).filter(([at]) => at !== started.getTime());
  userProps.setProperty(TALLY_PROPERTY, recordRun(others, started.getTime(), now - started.getTime()));
}
