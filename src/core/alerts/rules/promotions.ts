/**
 * Promotions: discounts that stack on one ASIN, a stacked price under the floor, and promotions
 * ending within 48 hours. Stacking is recomputed with PROMO_STACK's own rules from the promotions'
 * inputs, never read from the words or numbers the column's formula wrote.
 */
import { promoStack } from '../../formulas/promo-stack';
import { PROMOTIONS } from '../../tabs/promotions';
import { MS_PER_DAY } from '../../values/dates';
import { readFraction } from '../../values/read-fraction';
import type { Alert } from '../alert';
import type { Table } from '../snapshot';
import { cents, dayOf, optionIndex, price, text, type RuleContext } from './context';

const STATUS = PROMOTIONS.columns.find((c) => c.id === 'status')?.options;
const ENDED = 2;
const CANCELLED = 3;

/** A promotion without an end date is counted as running this many more days for an estimate. */
export const OPEN_END_DAYS = 30;

/** A running or coming promotion (not ended, not cancelled, its last day today or later). */
function isLive(table: Table, i: number, ctx: RuleContext): boolean {
  const status = optionIndex(STATUS, table.cell(i, 'status'));
  if (status === ENDED || status === CANCELLED) return false;
  if (text(table.cell(i, 'asin')) === '') return false;
  const end = dayOf(table.cell(i, 'end'), ctx);
  return end === undefined ? text(table.cell(i, 'end')) === '' : end >= ctx.today;
}

/**
 * The stacked discount of each live row by PROMO_STACK over the live rows' inputs (an ended or
 * cancelled promotion stacks with nothing): a number, `conflict` (a Lightning Deal over a price
 * discount) or undefined.
 */
function stackedColumn(table: Table, live: readonly boolean[], timeZone: string): (number | 'conflict' | undefined)[] {
  const col = (id: string) => Array.from({ length: table.length }, (_, i) => [live[i] ? table.cell(i, id) : '']);
  if (table.length === 0) return [];
  try {
    const out = promoStack.impl('en', [col('asin'), col('type'), col('start'), col('end'), col('discount')], { timeZone });
    const rows = Array.isArray(out) ? out : [[out]];
    return rows.map((r, i) => {
      const v = r[0];
      if (typeof v === 'number') return v;
      return typeof v === 'string' && v !== '' && readFraction(table.cell(i, 'discount')).kind === 'number' ? 'conflict' : undefined;
    });
  } catch {
    // An error cell among the inputs stops the formula for the whole column; the tab shows it.
    return [];
  }
}

/** Days left of a promotion from today (its last day included); an open end counts {@link OPEN_END_DAYS}. */
function daysLeft(table: Table, i: number, ctx: RuleContext): number {
  const end = dayOf(table.cell(i, 'end'), ctx);
  const start = dayOf(table.cell(i, 'start'), ctx) ?? ctx.today;
  const from = Math.max(start, ctx.today);
  return end === undefined ? OPEN_END_DAYS : Math.max(0, Math.round((end - from) / MS_PER_DAY) + 1);
}

/**
 * Stacked discounts (one alert per ASIN, priced: extra discount × list price × expected units) and
 * stacked prices under the floor (priced: the shortfall per unit × expected units). Expected units
 * are the ASIN's units per day over the days the promotions still run.
 */
export function promotionAlerts(ctx: RuleContext, timeZone: string): Alert[] {
  const table = ctx.tables.promotions;
  if (!table) return [];
  const live = Array.from({ length: table.length }, (_, i) => isLive(table, i, ctx));
  const stacked = stackedColumn(table, live, timeZone);
  const alerts: Alert[] = [];
  const byAsin = new Map<string, number[]>();
  for (let i = 0; i < table.length; i++) {
    if (!live[i]) continue;
    const own = readFraction(table.cell(i, 'discount'));
    const total = stacked[i];
    if (own.kind !== 'number' || total === undefined) continue;
    if (total === 'conflict' || total > own.value + 0.0001) {
      const asin = text(table.cell(i, 'asin'));
      byAsin.set(asin, [...(byAsin.get(asin) ?? []), i]);
    }
    const list = price(table.cell(i, 'listPrice'));
    const floor = price(table.cell(i, 'floorPrice'));
    const share = typeof total === 'number' ? total : own.value;
    if (list !== undefined && floor !== undefined && list * (1 - share) < floor - 0.005) {
      const asin = text(table.cell(i, 'asin'));
      const lowest = cents(list * (1 - share));
      const daily = ctx.dailyUnits.get(asin);
      const units = daily === undefined ? undefined : Math.round(daily * daysLeft(table, i, ctx));
      alerts.push({
        kind: 'promoUnderFloor',
        tab: 'promotions',
        rows: [table.sheetRow(i)],
        subject: asin,
        severity: 'high',
        cost: units === undefined ? null : cents((floor - lowest) * units),
        facts: { asin, promo: text(table.cell(i, 'promoId')), lowest, floor, ...(units === undefined ? {} : { units }) },
      });
    }
  }
  for (const [asin, rows] of byAsin) alerts.push(stackAlert(table, ctx, asin, rows, stacked));
  return alerts;
}

function stackAlert(table: Table, ctx: RuleContext, asin: string, rows: number[], stacked: readonly (number | 'conflict' | undefined)[]): Alert {
  const totals = rows.map((i) => stacked[i]).filter((v): v is number => typeof v === 'number');
  const owns = rows.map((i) => readFraction(table.cell(i, 'discount'))).map((r) => (r.kind === 'number' ? r.value : 0));
  const deepest = totals.length ? Math.max(...totals) : undefined;
  const extra = deepest === undefined ? undefined : Math.max(0, deepest - Math.max(...owns));
  const list = rows.map((i) => price(table.cell(i, 'listPrice'))).find((p) => p !== undefined) ?? ctx.prices.get(asin);
  const daily = ctx.dailyUnits.get(asin);
  const days = Math.min(...rows.map((i) => daysLeft(table, i, ctx)));
  const units = daily === undefined ? undefined : Math.round(daily * days);
  const priced = extra !== undefined && list !== undefined && units !== undefined;
  return {
    kind: 'promoStacked',
    tab: 'promotions',
    rows: rows.map((i) => table.sheetRow(i)),
    subject: asin,
    severity: deepest === undefined || deepest >= ctx.settings.promoMaxStack ? 'high' : 'medium',
    cost: priced ? cents(extra * list * units) : null,
    facts: {
      promotions: rows.length,
      ...(deepest === undefined ? { conflict: 'yes' } : { stacked: Math.round(deepest * 1000) / 10, extra: Math.round((extra ?? 0) * 1000) / 10 }),
      ...(priced ? { price: list, units } : {}),
    },
  };
}

/** Promotions whose last day ends within 48 hours (ends at midnight after the End day). */
export function promotionsEnding(ctx: RuleContext): Alert[] {
  const table = ctx.tables.promotions;
  if (!table) return [];
  const alerts: Alert[] = [];
  for (let i = 0; i < table.length; i++) {
    if (!isLive(table, i, ctx)) continue;
    const end = dayOf(table.cell(i, 'end'), ctx);
    if (end === undefined) continue;
    const hours = (end + MS_PER_DAY - ctx.now) / 3_600_000;
    if (hours <= 0 || hours > 48) continue;
    const asin = text(table.cell(i, 'asin'));
    alerts.push({
      kind: 'promoEndingSoon',
      tab: 'promotions',
      rows: [table.sheetRow(i)],
      subject: text(table.cell(i, 'promoId')) || asin,
      severity: 'low',
      cost: null,
      facts: { asin, type: text(table.cell(i, 'type')), hours: Math.round(hours) },
    });
  }
  return alerts;
}
