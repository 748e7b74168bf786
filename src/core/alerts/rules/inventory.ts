/**
 * Inventory: stock that runs out before the next shipment can land, stock under lead time + safety
 * days, and aged stock the surcharge is about to reach. Each SKU's latest row; where its Units per
 * day is blank, the weighted daily rate of the SKU's imported orders (what the SKU Sales tab shows).
 */
import { daysOfStock } from '../../formulas/days-of-stock';
import { AGED_SURCHARGE_TABLES, agedTier, tableOn, type AgedTier } from '../../fees/fba-us';
import { rollingSales } from '../../refresh/rolling-sales';
import { AIS_COLUMNS, INVENTORY, type AisColumn } from '../../tabs/inventory';
import { MS_PER_DAY } from '../../values/dates';
import type { Alert } from '../alert';
import { leadTimeDays, type AlertSettings } from '../alert-settings';
import { isBlank, type Table } from '../snapshot';
import { amount, cents, daysBetween, isoDay, latestRows, optionIndex, text, type RuleContext } from './context';

const STATUS = INVENTORY.columns.find((c) => c.id === 'status')?.options;
/** Indexes of the Status dropdown (OK, Reorder, Ordered, Shipped, Receiving, Clear aged stock). */
const ORDERED = 2;
const SHIPPED = 3;
const RECEIVING = 4;

/**
 * Each SKU's latest row (by SKU, else ASIN) among those that say what `has` asks for. The tab also
 * holds the Business Report's and All Orders' rows, which carry orders but no stock: a day of
 * orders newer than the last stock count must not hide the stock.
 */
function latestStock(table: Table, ctx: RuleContext, has: (row: number) => boolean) {
  const key = (i: number) => text(table.cell(i, 'sku')) || text(table.cell(i, 'asin'));
  return [...latestRows(table, 'date', key, ctx, has).values()];
}


/**
 * Days from today until the next shipment can be sellable. Units inbound that are receiving need
 * the receiving days; shipped, the first leg and receiving; anything else (ordered, or nothing
 * inbound: a shipment not yet ordered) the whole lead time. Without a ship date these are the
 * longest each stage can take, which is what a plan must assume.
 */
export function landingDays(settings: AlertSettings, inbound: number, status: number): number {
  if (inbound > 0 && status === RECEIVING) return settings.receivingDays;
  if (inbound > 0 && status === SHIPPED) return settings.firstLegDays + settings.receivingDays;
  if (inbound > 0 && status === ORDERED) return leadTimeDays(settings);
  return leadTimeDays(settings);
}

/** Days of stock from today, by DAYS_OF_STOCK's own rule over the row's available and daily units; undefined when it does not run out. */
function daysLeft(available: number, daily: number, rowDay: number, ctx: RuleContext): number | undefined {
  const days = daysOfStock.impl('en', [available, daily]);
  if (typeof days !== 'number') return undefined;
  return days - daysBetween(rowDay, ctx.today);
}

/**
 * Units per day from the imported orders, by SKU, and by ASIN where one line has it: the weighted
 * daily rate of src/core/refresh/rolling-sales.ts, computed from the same Inventory values (so the
 * sidebar's badges, which never read the SKU Sales tab, agree with the refresh).
 */
function orderRates(table: Table, ctx: RuleContext): { bySku: Map<string, number>; byAsin: Map<string, number> } {
  const bySku = new Map<string, number>();
  const byAsin = new Map<string, number>();
  const shared = new Set<string>();
  for (const line of rollingSales(table, ctx.today, ctx.clock).lines) {
    if (line.sku !== '') bySku.set(line.sku, line.weightedDaily);
    if (line.asin === '') continue;
    if (byAsin.has(line.asin)) shared.add(line.asin);
    byAsin.set(line.asin, line.weightedDaily);
  }
  for (const asin of shared) byAsin.delete(asin);
  return { bySku, byAsin };
}

/**
 * Stock-out before the next shipment lands (lost sales priced: days without stock × units per day
 * × price), else days of stock under lead time + safety days. Units per day: the row's own, else
 * the SKU's weighted rate from its imported orders.
 */
export function stockAlerts(ctx: RuleContext): Alert[] {
  const table = ctx.tables.inventory;
  if (!table) return [];
  const s = ctx.settings;
  const alerts: Alert[] = [];
  let rates: ReturnType<typeof orderRates> | undefined;
  for (const { row, day } of latestStock(table, ctx, (i) => !isBlank(table.cell(i, 'available')))) {
    const available = amount(table.cell(row, 'available'));
    let daily = amount(table.cell(row, 'dailySales'));
    if (available !== undefined && daily === undefined && isBlank(table.cell(row, 'dailySales'))) {
      rates ??= orderRates(table, ctx);
      const sku = text(table.cell(row, 'sku')).normalize('NFKC').trim();
      daily = sku !== '' ? rates.bySku.get(sku) : rates.byAsin.get(text(table.cell(row, 'asin')).normalize('NFKC').trim().toUpperCase());
    }
    if (available === undefined || daily === undefined) continue;
    const left = daysLeft(available, daily, day, ctx);
    if (left === undefined) continue;
    const asin = text(table.cell(row, 'asin'));
    const sku = text(table.cell(row, 'sku'));
    const inbound = amount(table.cell(row, 'inbound')) ?? 0;
    const landing = landingDays(s, inbound, optionIndex(STATUS, table.cell(row, 'status')));
    const base = { tab: 'inventory' as const, rows: [table.sheetRow(row)], subject: sku || asin };
    const daysOfStockNow = Math.max(0, Math.round(left * 10) / 10);
    if (left < landing) {
      const gap = Math.round((landing - Math.max(0, left)) * 10) / 10;
      const unitPrice = ctx.prices.get(asin);
      alerts.push({
        ...base,
        kind: 'stockoutBeforeShipment',
        severity: 'high',
        cost: unitPrice === undefined ? null : cents(gap * daily * unitPrice),
        facts: { asin, daysOfStock: daysOfStockNow, stockout: isoDay(ctx.today + Math.max(0, Math.floor(left)) * MS_PER_DAY), landingDays: landing, daysWithout: gap, dailyUnits: daily, ...(unitPrice === undefined ? {} : { price: unitPrice }) },
      });
    } else if (left < leadTimeDays(s) + s.safetyDays) {
      alerts.push({ ...base, kind: 'lowStock', severity: 'medium', cost: null, facts: { asin, daysOfStock: daysOfStockNow, needed: leadTimeDays(s) + s.safetyDays } });
    }
  }
  return alerts;
}

/** The monthly aged-inventory assessment day (Amazon snapshots aged stock on the 15th). */
const ASSESSMENT_DAY = 15;

/** The next assessment day from `today` (wall-clock midnight), today included. */
export function nextAssessment(today: number): number {
  const d = new Date(today);
  const thisMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), ASSESSMENT_DAY);
  return thisMonth >= today ? thisMonth : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, ASSESSMENT_DAY);
}

/** Why an aged-stock alert carries no money: what the operator can fill to get one. */
export type AgedUnpriced = 'noVolume' | 'noTiers' | 'staleTiers' | 'noTable' | 'notUs';

/** The money of an aged-stock alert (at least `cost`, at most `upTo`), or why there is none. */
export type AgedEstimate =
  | { readonly cost: number; readonly upTo: number; readonly breakdown: string; readonly effective: string }
  | { readonly cost: null; readonly why: AgedUnpriced };

/** Units of one AIS column of a row. */
export interface BandUnits {
  readonly band: AisColumn;
  readonly units: number;
}

/** A number as the estimate shows it (up to 4 decimals, no trailing zeros): the same in every language. */
function shown(x: number): string {
  return String(Number(x.toFixed(4)));
}

/** What one unit of `volume` cubic feet pays in `tier`: the greater of its per-cubic-foot rate and its per-unit minimum. */
function perUnit(tier: AgedTier, volume: number): number {
  return Math.max(volume * tier.perCubicFoot, tier.perUnitMin);
}

/**
 * The surcharge the coming assessment charges: for each band, units × the greater of (unit volume
 * × the rate per cubic foot) and the per-unit minimum, at the rates of the table in force on the
 * assessment day. The units are Amazon's counts as of its next charge date, so no ageing is
 * assumed. A band spans up to three tiers (181–270: $0.50–$1.50): the estimate is the least it
 * can be (every unit in its band's youngest tier), and `upTo` the most (its oldest).
 */
export function agedSurchargeEstimate(bands: readonly BandUnits[], volume: number | undefined, assessment: number): AgedEstimate {
  if (volume === undefined || volume <= 0) return { cost: null, why: 'noVolume' };
  if (bands.length === 0) return { cost: null, why: 'noTiers' };
  const table = tableOn(AGED_SURCHARGE_TABLES, assessment);
  if (!table) return { cost: null, why: 'noTable' };
  let least = 0;
  let most = 0;
  const terms: string[] = [];
  for (const { band, units } of bands) {
    const youngest = agedTier(table, band.fromDay);
    const oldest = agedTier(table, band.toDay);
    if (!youngest || !oldest) continue;
    least += units * perUnit(youngest, volume);
    most += units * perUnit(oldest, volume);
    const rate = `${shown(volume)} × ${youngest.perCubicFoot.toFixed(2)}`;
    terms.push(`${shown(units)} × ${youngest.perUnitMin > 0 ? `max(${rate}, ${youngest.perUnitMin.toFixed(2)})` : rate}`);
  }
  return { cost: cents(least), upTo: cents(most), breakdown: terms.join(' + '), effective: table.effective };
}

/** Why a row with tier counts and a volume still gets no price: another marketplace's fees, or counts for a past assessment. */
function unpricedWhy(ctx: RuleContext, complete: boolean, stale: boolean): AgedEstimate | undefined {
  if (!complete) return undefined;
  if (ctx.settings.marketplace !== 'US') return { cost: null, why: 'notUs' };
  return stale ? { cost: null, why: 'staleTiers' } : undefined;
}

/**
 * Stock the aged-inventory surcharge charges at the next monthly assessment (within 30 days),
 * priced when the tab says how many units fall in each age tier then (the AIS tier columns) and
 * how big a unit is (Unit volume): see {@link agedSurchargeEstimate}. Without them the alert still
 * says how many units and when (from Aged 181+ days), and its estimate says what to fill.
 * Tier counts dated before an assessment that has since passed are for that one, not the coming
 * one, and are not priced; nor is a store whose Settings marketplace is not US (the fee tables
 * known are amazon.com's).
 */
export function agedStock(ctx: RuleContext): Alert[] {
  const table = ctx.tables.inventory;
  if (!table) return [];
  const tierColumns = AIS_COLUMNS.filter((band) => table.has(band.id));
  if (!table.has('aged181') && tierColumns.length === 0) return [];
  const assessment = nextAssessment(ctx.today);
  const days = daysBetween(ctx.today, assessment);
  if (days > 30) return [];
  const alerts: Alert[] = [];
  const aged = (i: number) => !isBlank(table.cell(i, 'aged181')) || tierColumns.some((band) => !isBlank(table.cell(i, band.id)));
  for (const { row, day } of latestStock(table, ctx, aged)) {
    const counts = tierColumns.map((band) => ({ band, units: amount(table.cell(row, band.id)) }));
    const tiers = counts.filter((c): c is BandUnits => c.units !== undefined && c.units > 0);
    // Where the report gave the tier counts, they are what will be charged: all zero means nothing
    // is (units waived, or a removal pending), whatever Aged 181+ says.
    const reported = counts.some((c) => c.units !== undefined);
    const units = reported ? tiers.reduce((sum, t) => sum + t.units, 0) : (amount(table.cell(row, 'aged181')) ?? 0);
    if (!units) continue;
    const asin = text(table.cell(row, 'asin'));
    const volume = amount(table.cell(row, 'unitVolume'));
    const counted = nextAssessment(day);
    const estimate = unpricedWhy(ctx, tiers.length > 0 && volume !== undefined && volume > 0, counted < assessment) ?? agedSurchargeEstimate(tiers, volume, assessment);
    alerts.push({
      kind: 'agedSurchargeSoon',
      tab: 'inventory',
      rows: [table.sheetRow(row)],
      subject: text(table.cell(row, 'sku')) || asin,
      severity: 'low',
      cost: estimate.cost,
      facts: {
        asin,
        units: Number(shown(units)),
        assessment: isoDay(assessment),
        days,
        ...(volume ? { volume: shown(volume) } : {}),
        ...(estimate.cost === null ? { unpriced: estimate.why, counted: isoDay(counted), marketplace: ctx.settings.marketplace } : { breakdown: estimate.breakdown, rates: estimate.effective, upTo: estimate.upTo }),
      },
    });
  }
  return alerts;
}
