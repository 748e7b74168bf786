/** Tabs with no new data for 3 days or more: whatever the other rules say about them is out of date. */
import type { TabId } from '../../tabs/tab-ids';
import type { Alert } from '../alert';
import { isBlank } from '../snapshot';
import { daysBetween, dayOf, isoDay, type RuleContext } from './context';

/** Days without new data that make a tab stale. */
export const STALE_DAYS = 3;

/**
 * The tabs fed every day: their date column, and the columns that hold the day's data. A row
 * counts only once one of those is filled, so the rows the refresh rolls forward (dates with blank
 * cells waiting for the operator) do not make a tab look fresh.
 */
export const DAILY_TABS: readonly { readonly tab: TabId; readonly date: string; readonly data: readonly string[] }[] = [
  { tab: 'inventory', date: 'date', data: ['available', 'dailySales'] },
  { tab: 'ads', date: 'date', data: ['impressions', 'clicks', 'spend'] },
  { tab: 'keywords', date: 'date', data: ['organicRank', 'sponsoredRank'] },
  { tab: 'competitors', date: 'date', data: ['price', 'bsr', 'reviews'] },
  { tab: 'accountHealth', date: 'date', data: ['value'] },
  { tab: 'listingCheck', date: 'checked', data: ['listingStatus', 'buyBox', 'ourPrice'] },
];

/** One alert per daily tab that has data but none from the last {@link STALE_DAYS} days (an unused tab is not stale). */
export function staleTabs(ctx: RuleContext): Alert[] {
  const alerts: Alert[] = [];
  for (const { tab, date, data } of DAILY_TABS) {
    const table = ctx.tables[tab];
    if (!table) continue;
    let latest = -Infinity;
    let latestRow = -1;
    for (let i = 0; i < table.length; i++) {
      if (data.every((c) => isBlank(table.cell(i, c)))) continue;
      const day = dayOf(table.cell(i, date), ctx);
      if (day !== undefined && day >= latest) {
        latest = day;
        latestRow = i;
      }
    }
    if (latestRow < 0) continue;
    const days = daysBetween(latest, ctx.today);
    if (days < STALE_DAYS) continue;
    alerts.push({
      kind: 'staleTab',
      tab,
      rows: [table.sheetRow(latestRow)],
      subject: tab,
      severity: 'low',
      cost: null,
      facts: { last: isoDay(latest), days },
    });
  }
  return alerts;
}
