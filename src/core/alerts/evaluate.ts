/**
 * The one rule set: every alert the tabs hold now, ordered so the costliest comes first. Pure: the
 * sidebar's badges and the daily refresh both call it over values they read once.
 */
import { TAB_SCHEMAS } from '../tabs/registry';
import { TAB_IDS, type TabId } from '../tabs/tab-ids';
import { MS_PER_DAY, zoneClock, LOCAL_CLOCK, type WallClock } from '../values/dates';
import type { Alert } from './alert';
import { readAlertSettings } from './alert-settings';
import { orderAlerts } from './order';
import { acosOverTarget } from './rules/ads';
import { caseDeadlines } from './rules/cases';
import { amount, latestRows, price, text, type RuleContext } from './rules/context';
import { healthAlerts } from './rules/health';
import { agedStock, stockAlerts } from './rules/inventory';
import { rankDrops } from './rules/keywords';
import { promotionAlerts, promotionsEnding } from './rules/promotions';
import { negativeReviews } from './rules/reviews';
import { staleTabs } from './rules/stale';
import { tableOf, type AlertSnapshot, type Table } from './snapshot';

/** Where the rules run. */
export interface AlertOptions {
  /** The spreadsheet's time zone (IANA): what its date cells and "today" mean. Blank: the script's zone. */
  readonly timeZone?: string;
}

/** The clock of a time zone, the script's own when none is given or it is unknown. */
function clockOf(timeZone: string | undefined): WallClock {
  if (!timeZone) return LOCAL_CLOCK;
  try {
    return zoneClock(timeZone);
  } catch {
    return LOCAL_CLOCK;
  }
}

/** ASIN → our unit price: the latest listing check's price, else a promotion's list price. */
function unitPrices(tables: RuleContext['tables'], ctx: Pick<RuleContext, 'clock'>): Map<string, number> {
  const prices = new Map<string, number>();
  const promos = tables.promotions;
  if (promos) {
    for (let i = 0; i < promos.length; i++) {
      const asin = text(promos.cell(i, 'asin'));
      const p = price(promos.cell(i, 'listPrice'));
      if (asin !== '' && p !== undefined && p > 0) prices.set(asin, p);
    }
  }
  const checks = tables.listingCheck;
  if (checks) {
    const priced = (i: number) => (price(checks.cell(i, 'ourPrice')) ?? 0) > 0;
    for (const [asin, { row }] of latestRows(checks, 'checked', (i) => text(checks.cell(i, 'asin')), ctx, priced)) prices.set(asin, price(checks.cell(row, 'ourPrice')) ?? 0);
  }
  return prices;
}

/** ASIN → units per day, from each ASIN's latest inventory row. */
function unitsPerDay(inventory: Table | undefined, ctx: Pick<RuleContext, 'clock'>): Map<string, number> {
  const units = new Map<string, number>();
  if (!inventory) return units;
  const known = (i: number) => amount(inventory.cell(i, 'dailySales')) !== undefined;
  for (const [asin, { row }] of latestRows(inventory, 'date', (i) => text(inventory.cell(i, 'asin')), ctx, known)) units.set(asin, amount(inventory.cell(row, 'dailySales')) ?? 0);
  return units;
}

/** Every alert in `snapshot` at `now`, costliest first ({@link orderAlerts}). */
export function evaluateAlerts(snapshot: AlertSnapshot, now: Date, options: AlertOptions = {}): Alert[] {
  const tables: Partial<Record<TabId, Table>> = {};
  for (const id of TAB_IDS) {
    const values = snapshot[id];
    if (values) tables[id] = tableOf(TAB_SCHEMAS[id], values);
  }
  const clock = clockOf(options.timeZone);
  const wallNow = clock.toWall(now);
  const base = { tables, clock };
  const ctx: RuleContext = {
    ...base,
    settings: readAlertSettings(tables.settings),
    now: wallNow,
    today: Math.floor(wallNow / MS_PER_DAY) * MS_PER_DAY,
    prices: unitPrices(tables, base),
    dailyUnits: unitsPerDay(tables.inventory, base),
  };
  const timeZone = options.timeZone ?? '';
  return orderAlerts([
    ...healthAlerts(ctx),
    ...caseDeadlines(ctx),
    ...stockAlerts(ctx),
    ...agedStock(ctx),
    ...promotionAlerts(ctx, timeZone),
    ...promotionsEnding(ctx),
    ...acosOverTarget(ctx),
    ...rankDrops(ctx),
    ...negativeReviews(ctx),
    ...staleTabs(ctx),
  ]);
}
