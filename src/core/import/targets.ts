/**
 * Where each report lands: the tab, the columns that identify a row there (its key, the parser's
 * key as far as the tab has columns for it), the columns summed when several records land on one
 * row, and each record as tab values by column id.
 *
 * - Sponsored Products Search Term, Targeting and Advertised Product → Ads, one row per day × ad
 *   type × campaign × ad group × target × match type (search terms are summed into their target;
 *   the Advertised Product report into its ad group). No report of the three names an ASIN and a
 *   keyword together, which is what a Keywords row is, so none lands in Keywords.
 * - Manage FBA Inventory, FBA Inventory (planning) and Restock Inventory → Inventory, one row per
 *   day × SKU (a report without a date is dated the import day, or the day the user chose).
 * - Business Report and All Orders → Inventory's Sessions, Units ordered and Sales (per SKU / ASIN
 *   per day): no other tab keeps them per ASIN per day. The Business Report's rows are day × SKU ×
 *   ASIN; All Orders' are day × ASIN with the SKU blank, so they never land on a SKU's row.
 */
import type { ParsedReport } from '../reports/parse-report';
import type { AdRecord } from '../reports/parsers/sponsored-products';
import { CUBIC_CM_PER_CUBIC_FOOT, CUBIC_INCHES_PER_CUBIC_FOOT } from '../fees/fba-us';
import { AIS_COLUMNS } from '../tabs/inventory';
import type { TabId } from '../tabs/tab-ids';
import type { ImportNote } from './messages';

/** A value bound for a tab cell: text, a number, a day (`yyyy-mm-dd` in a date column), or none. */
export type FieldValue = string | number | null;

/** One row for a tab: column id → value. A null leaves the cell as it is. */
export type TabValues = Readonly<Record<string, FieldValue>>;

/** A report's records as rows of one tab. */
export interface TargetRows {
  readonly tab: TabId;
  /** Columns whose values together identify a row of the tab. */
  readonly keyColumns: readonly string[];
  /** Columns summed when two records have the same key (the rest: the later value wins). */
  readonly sum: readonly string[];
  /** One entry per record; a dropdown value is an {@link option}, written in the sheet's language. */
  readonly rows: readonly TabValues[];
  readonly warnings: readonly ImportNote[];
}

/** What mapping needs besides the report: the day to date an undated inventory report with. */
export interface TargetContext {
  /** `yyyy-mm-dd`: the day the user chose, else today in the spreadsheet's time zone. */
  readonly day: string;
}

/** Option indexes of the Ads tab's dropdowns (src/core/tabs/ads.ts). */
export const AD_TYPE_SP = 0;
const MATCH = { EXACT: 0, PHRASE: 1, BROAD: 2, AUTO: 3, PRODUCT: 4 } as const;

/** Marks a value as a dropdown option (see {@link optionIndex}). */
export function option(index: number): string {
  return `\u0000option:${index}`;
}

/** The option index an {@link option} value names, or null for any other value. */
export function optionIndex(value: FieldValue): number | null {
  if (typeof value !== 'string' || !value.startsWith('\u0000option:')) return null;
  return Number(value.slice('\u0000option:'.length));
}

const AUTO_TARGETS = new Set(['close-match', 'loose-match', 'substitutes', 'complements', '*']);

/** The Ads tab's match type for a record: keyword match types, Auto, or Product for a product target. */
function matchTypeOf(r: AdRecord): FieldValue {
  const m = r.matchType as keyof typeof MATCH;
  if (m in MATCH) return option(MATCH[m]);
  const target = r.targeting.toLowerCase();
  if (AUTO_TARGETS.has(target)) return option(MATCH.AUTO);
  if (/^(asin|asin-expanded|category)\s*=/.test(target)) return option(MATCH.PRODUCT);
  return null;
}

const sumOrNull = (...xs: (number | null)[]): number | null => (xs.every((x) => x === null) ? null : xs.reduce<number>((a, x) => a + (x ?? 0), 0));
const perDay = (units: number | null, days: number): number | null => (units === null ? null : Math.round((units / days) * 100) / 100);

/** The tab rows of a parsed report. */
export function targetRows(report: ParsedReport, context: TargetContext): TargetRows {
  switch (report.kind) {
    case 'sp-search-term':
    case 'sp-targeting':
    case 'sp-advertised-product': {
      const product = report.kind === 'sp-advertised-product';
      let multiDay = 0;
      const rows = report.records.map((r: AdRecord): TabValues => {
        if (r.startDate !== r.endDate) multiDay++;
        return {
          date: r.startDate,
          adType: option(AD_TYPE_SP),
          campaign: r.campaign,
          adGroup: r.adGroup,
          targeting: product ? '' : r.targeting,
          matchType: product ? '' : (matchTypeOf(r) ?? ''),
          impressions: r.impressions,
          clicks: r.clicks,
          spend: r.spend,
          adSales: r.sales,
          adOrders: r.orders,
        };
      });
      const first = report.records.find((r) => r.startDate !== r.endDate);
      return {
        tab: 'ads',
        keyColumns: ['date', 'adType', 'campaign', 'adGroup', 'targeting', 'matchType'],
        sum: ['impressions', 'clicks', 'spend', 'adSales', 'adOrders'],
        rows,
        warnings: first ? [{ key: 'import.period', params: { start: first.startDate, end: first.endDate, count: multiDay } }] : [],
      };
    }
    case 'fba-manage-inventory':
      return inventory(
        report.records.map((r) => ({
          date: context.day,
          sku: r.sku,
          asin: r.asin,
          product: r.title,
          available: r.fulfillable,
          inbound: sumOrNull(r.inboundWorking, r.inboundShipped, r.inboundReceiving),
          reserved: r.reserved,
          unitVolume: r.unitVolume,
        })),
      );
    case 'fba-inventory-planning':
      return inventory(
        report.records.map((r) => ({
          date: r.snapshotDate,
          sku: r.sku,
          asin: r.asin,
          product: r.title,
          available: r.available,
          inbound: r.inbound,
          reserved: r.reserved,
          dailySales: perDay(r.unitsShippedT30, 30),
          aged181: agedOver180(r.ageBuckets),
          unitVolume: cubicFeet(r.itemVolume, r.volumeUnit),
          ...aisTiers(r.aisUnits),
        })),
      );
    case 'restock-inventory':
      return inventory(
        report.records.map((r) => ({
          date: context.day,
          sku: r.sku,
          asin: r.asin,
          product: r.title,
          available: r.available,
          inbound: r.inbound,
          reserved: sumOrNull(r.fcTransfer, r.fcProcessing, r.customerOrder),
          dailySales: perDay(r.unitsSoldLast30Days, 30),
        })),
      );
    case 'business-report':
      return {
        tab: 'inventory',
        keyColumns: ['date', 'sku', 'asin'],
        sum: [],
        rows: report.records.map((r) => ({ date: r.date, sku: r.sku, asin: r.childAsin, sessions: r.sessions, unitsOrdered: r.unitsOrdered, sales: r.orderedProductSales })),
        warnings: [],
      };
    case 'all-orders':
      return {
        tab: 'inventory',
        // The SKU is in the key, blank: an ASIN's day is a row of its own, never a SKU's row (a
        // Business Report or stock row) — an ASIN sold under two SKUs would put its total on one of
        // them beside the other's own count. Rolling sales compares the two kinds of row per day.
        keyColumns: ['date', 'sku', 'asin'],
        // One ASIN sold on several channels the same day is one Inventory row.
        sum: ['unitsOrdered', 'sales'],
        rows: report.records.map((r) => ({ date: r.date, sku: '', asin: r.asin, unitsOrdered: r.units, sales: r.sales })),
        warnings: [],
      };
  }
}

function inventory(rows: TabValues[]): TargetRows {
  return { tab: 'inventory', keyColumns: ['date', 'sku'], sum: [], rows, warnings: [] };
}

/** Units in the age buckets that start after 180 days (`inv-age-181-to-270-days`, `inv-age-365-plus-days` …). */
function agedOver180(buckets: Readonly<Record<string, number>>): number | null {
  let total: number | null = null;
  for (const [name, units] of Object.entries(buckets)) {
    const from = /(\d+)/.exec(name);
    if (from && Number(from[1]) > 180) total = (total ?? 0) + units;
  }
  return total;
}

/** Cubic feet in one of each volume unit, by the unit's words (lower case, spaces collapsed). */
const CUBIC_FEET_PER: ReadonlyMap<string, number> = new Map([
  ...['cubic feet', 'cubic foot', 'cu ft', 'ft3', 'ft³', '立方英尺'].map((w) => [w, 1] as const),
  ...['cubic inches', 'cubic inch', 'cu in', 'in3', 'in³', '立方英寸'].map((w) => [w, 1 / CUBIC_INCHES_PER_CUBIC_FOOT] as const),
  ...['cubic meters', 'cubic metres', 'cubic meter', 'cubic metre', 'm3', 'm³', '立方米'].map((w) => [w, 1_000_000 / CUBIC_CM_PER_CUBIC_FOOT] as const),
  ...['cubic centimeters', 'cubic centimetres', 'cubic centimeter', 'cubic centimetre', 'cm3', 'cm³', 'cc', '立方厘米'].map((w) => [w, 1 / CUBIC_CM_PER_CUBIC_FOOT] as const),
]);

/**
 * A unit volume in cubic feet (what the surcharge is charged per), from the planning report's
 * `item-volume` in its `volume-unit-measurement`. A blank unit is read as cubic feet (the unit of
 * amazon.com, where the report is read); an unknown unit gives none rather than a wrong number.
 */
export function cubicFeet(volume: number | null, unit: string): number | null {
  if (volume === null || volume < 0) return null;
  const words = unit.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const factor = words === '' ? 1 : CUBIC_FEET_PER.get(words);
  return factor === undefined ? null : Number((volume * factor).toPrecision(12));
}

/** The Inventory tab's AIS columns from the report's `quantity-to-be-charged-ais-…` counts, summed per band (a band the report has no column for stays as it is). */
function aisTiers(units: Readonly<Record<string, number>>): Record<string, number> {
  const byName = new Map(Object.entries(units).map(([name, n]) => [name.toLowerCase(), n]));
  const out: Record<string, number> = {};
  for (const band of AIS_COLUMNS) {
    let total: number | undefined;
    for (const alias of band.reportColumns) {
      const n = byName.get(alias);
      if (n !== undefined) total = (total ?? 0) + n;
    }
    if (total !== undefined) out[band.id] = total;
  }
  return out;
}
