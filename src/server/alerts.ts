/**
 * The alerts of the spreadsheet as it is now: each tab the rules need read once (one getValues over
 * its data range), then the one rule set of src/core/alerts. The sidebar's badges and the daily
 * refresh both start here.
 */
import type { Alert } from '../core/alerts/alert';
import { evaluateAlerts } from '../core/alerts/evaluate';
import type { AlertSnapshot, TabValues } from '../core/alerts/snapshot';
import type { TabId } from '../core/tabs/tab-ids';
import { findOurTabs, type OurTab } from './sheets/read-tabs';

/** The tabs the rules read. */
export const ALERT_TABS: readonly TabId[] = ['settings', 'inventory', 'listingCheck', 'promotions', 'ads', 'keywords', 'reviews', 'cases', 'accountHealth', 'competitors'];

/** A tab's values in one read: its header row and every row under it. */
export function readTabValues(tab: OurTab): TabValues {
  const values = tab.sheet.getDataRange().getValues();
  return { headers: values[0] ?? [], rows: values.slice(1), firstRow: 2, remembered: tab.meta.columns };
}

/** The snapshot the rules read: each of `ids` found by our metadata and read once; a tab not set up is left out. */
export function readSnapshot(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ids: readonly TabId[] = ALERT_TABS, tabs: readonly OurTab[] = findOurTabs(ss)): AlertSnapshot {
  const snapshot: Partial<Record<TabId, TabValues>> = {};
  for (const tab of tabs) if (ids.includes(tab.meta.id)) snapshot[tab.meta.id] = readTabValues(tab);
  return snapshot;
}

/** Every alert of the active spreadsheet now, costliest first. */
export function currentAlerts(): Alert[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return evaluateAlerts(readSnapshot(ss), new Date(), { timeZone: ss.getSpreadsheetTimeZone() });
}
