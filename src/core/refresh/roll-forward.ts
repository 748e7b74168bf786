/**
 * Rolling the day forward: today's rows for every watched competitor ASIN and tracked keyword and
 * the store's own ASINs' listing check, plus the Ads tab's daily totals on Today. Only what is
 * known is written — the row's identity, baselines and the previous rank beside today's blank one —
 * never an invented measurement; computed columns are left to their formulas. Rows already there
 * for today are not added again, so a second run the same day adds nothing.
 */
import { readRank } from '../formulas/rank-change';
import { amount, dayOf, text } from '../alerts/rules/context';
import { isBlank, tableOf, type AlertSnapshot, type Table } from '../alerts/snapshot';
import { TAB_SCHEMAS } from '../tabs/registry';
import type { TabId } from '../tabs/tab-ids';
import { MS_PER_DAY, type WallClock } from '../values/dates';

/** Rows to append to one tab: cells by column id (a day as wall-clock ms in `days`' columns). */
export interface Appends {
  readonly tab: TabId;
  readonly rows: readonly Readonly<Record<string, string | number>>[];
  /** Columns whose numbers are days (wall-clock ms), to be written as dates. */
  readonly dayColumns: readonly string[];
}

/** How far back a key must have had data to still be watched. */
export const WATCH_DAYS = 14;

/** The columns that hold a tab's measurements: a row counts as data once one is filled. */
const DATA: Partial<Record<TabId, readonly string[]>> = {
  competitors: ['price', 'buyBoxPrice', 'coupon', 'rating', 'reviews', 'bsr', 'subBsr', 'sellers'],
  keywords: ['organicRank', 'sponsoredRank', 'page'],
  listingCheck: ['listingStatus', 'buyBox', 'buyBoxPct', 'ourPrice', 'offers'],
  inventory: ['available', 'dailySales'],
  ads: ['impressions', 'clicks', 'spend'],
  today: ['sales', 'orders', 'sessions', 'adSpend', 'adSales'],
};

/** The columns a row's date is in. */
const DATE_COLUMN: Partial<Record<TabId, string>> = { listingCheck: 'checked', today: 'day' };

const dateColumn = (tab: TabId) => DATE_COLUMN[tab] ?? 'date';

function hasData(table: Table, tab: TabId, i: number): boolean {
  return (DATA[tab] ?? []).some((c) => !isBlank(table.cell(i, c)));
}

/** Each key's rows in a tab, the ones dated today, and each key's latest row with data in the watch window. */
function survey(table: Table, tab: TabId, keyOf: (i: number) => string, today: number, clock: WallClock) {
  const since = today - WATCH_DAYS * MS_PER_DAY;
  const dated = new Set<string>();
  const watched = new Map<string, { row: number; day: number }>();
  for (let i = 0; i < table.length; i++) {
    const key = keyOf(i);
    const day = dayOf(table.cell(i, dateColumn(tab)), { clock });
    if (key === '' || day === undefined) continue;
    if (day === today) dated.add(key);
    if (day >= since && day < today && hasData(table, tab, i)) {
      const seen = watched.get(key);
      if (!seen || day >= seen.day) watched.set(key, { row: i, day });
    }
  }
  return { dated, watched };
}

const copy = (table: Table, i: number, columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, table.cell(i, c)]).filter(([, v]) => !isBlank(v))) as Record<string, string | number>;

function competitorRows(table: Table, today: number, clock: WallClock): Appends {
  const key = (i: number) => (text(table.cell(i, 'asin')) ? [text(table.cell(i, 'marketplace')), text(table.cell(i, 'asin'))].join('\u0000') : '');
  const { dated, watched } = survey(table, 'competitors', key, today, clock);
  const rows = [...watched].filter(([k]) => !dated.has(k)).map(([, { row }]) => ({ date: today, ...copy(table, row, ['marketplace', 'asin', 'tier', 'brand', 'reviewsAtStart', 'bsrAtStart']) }));
  return { tab: 'competitors', rows, dayColumns: ['date'] };
}

function keywordRows(table: Table, today: number, clock: WallClock): Appends {
  const key = (i: number) => (text(table.cell(i, 'keyword')) ? [text(table.cell(i, 'marketplace')), text(table.cell(i, 'asin')), text(table.cell(i, 'keyword')).toLowerCase()].join('\u0000') : '');
  const { dated, watched } = survey(table, 'keywords', key, today, clock);
  const rows = [...watched]
    .filter(([k]) => !dated.has(k))
    .map(([, { row }]): Record<string, string | number> => {
      // The previous rank is the latest one measured: today's row shows it beside the blank rank to fill.
      const measured = readRank(table.cell(row, 'organicRank')).kind === 'number' ? table.cell(row, 'organicRank') : '';
      const previous: Record<string, string | number> = measured === '' ? {} : { previousRank: measured as string | number };
      return { date: today, ...copy(table, row, ['marketplace', 'asin', 'keyword', 'tier', 'device']), ...previous };
    });
  return { tab: 'keywords', rows, dayColumns: ['date'] };
}

function listingRows(checks: Table | undefined, inventory: Table | undefined, today: number, clock: WallClock): Appends {
  const own = new Map<string, string>();
  const dated = new Set<string>();
  if (inventory) for (const [asin, { row }] of survey(inventory, 'inventory', (i) => text(inventory.cell(i, 'asin')), today, clock).watched) own.set(asin, text(inventory.cell(row, 'sku')));
  if (checks) {
    const s = survey(checks, 'listingCheck', (i) => text(checks.cell(i, 'asin')), today, clock);
    for (const [asin, { row }] of s.watched) if (!own.has(asin) || own.get(asin) === '') own.set(asin, text(checks.cell(row, 'sku')));
    for (const asin of s.dated) dated.add(asin);
  }
  const rows = [...own].filter(([asin]) => !dated.has(asin)).map(([asin, sku]): Record<string, string | number> => (sku ? { checked: today, asin, sku } : { checked: today, asin }));
  return { tab: 'listingCheck', rows, dayColumns: ['checked'] };
}

/** Today's daily totals from the Ads tab: a row per past day the Ads tab has and Today lacks (spend and ad sales summed). */
function dailyTotalRows(ads: Table | undefined, todayTab: Table | undefined, today: number, clock: WallClock): Appends {
  const rows: Record<string, number>[] = [];
  if (!ads || !todayTab) return { tab: 'today', rows, dayColumns: ['day'] };
  const have = new Set<number>();
  for (let i = 0; i < todayTab.length; i++) {
    const day = dayOf(todayTab.cell(i, 'day'), { clock });
    if (day !== undefined) have.add(day);
  }
  const since = today - WATCH_DAYS * MS_PER_DAY;
  const sums = new Map<number, { spend: number; sales: number }>();
  for (let i = 0; i < ads.length; i++) {
    const day = dayOf(ads.cell(i, 'date'), { clock });
    if (day === undefined || day < since || day >= today || have.has(day) || !hasData(ads, 'ads', i)) continue;
    // Campaign totals only: a row broken down by ad group or target is part of a total.
    if (text(ads.cell(i, 'adGroup')) !== '' || text(ads.cell(i, 'targeting')) !== '') continue;
    const sum = sums.get(day) ?? { spend: 0, sales: 0 };
    sum.spend += amount(ads.cell(i, 'spend')) ?? 0;
    sum.sales += amount(ads.cell(i, 'adSales')) ?? 0;
    sums.set(day, sum);
  }
  for (const [day, sum] of [...sums].sort((a, b) => a[0] - b[0])) rows.push({ day, adSpend: Math.round(sum.spend * 100) / 100, adSales: Math.round(sum.sales * 100) / 100 });
  return { tab: 'today', rows, dayColumns: ['day'] };
}

/** Everything the day's roll-forward appends, tab by tab (tabs with nothing to add are left out). */
export function planRollForward(snapshot: AlertSnapshot, today: number, clock: WallClock): Appends[] {
  const table = (id: TabId) => {
    const values = snapshot[id];
    return values ? tableOf(TAB_SCHEMAS[id], values) : undefined;
  };
  const competitors = table('competitors');
  const keywords = table('keywords');
  const plans = [
    competitors ? competitorRows(competitors, today, clock) : undefined,
    keywords ? keywordRows(keywords, today, clock) : undefined,
    snapshot.listingCheck ? listingRows(table('listingCheck'), table('inventory'), today, clock) : undefined,
    dailyTotalRows(table('ads'), table('today'), today, clock),
  ];
  return plans.filter((p): p is Appends => p !== undefined && p.rows.length > 0);
}

/**
 * The sheet row after a tab's last row holding anything but computed columns (spilled formulas fill
 * their whole column with blanks, so the sheet's own last row says nothing).
 */
export function nextFreeRow(snapshotTab: { readonly rows: readonly (readonly unknown[])[]; readonly firstRow: number }, inputColumns: readonly number[]): number {
  for (let i = snapshotTab.rows.length - 1; i >= 0; i--) {
    const row = snapshotTab.rows[i];
    if (inputColumns.some((c) => !isBlank(row[c]))) return snapshotTab.firstRow + i + 1;
  }
  return snapshotTab.firstRow;
}
