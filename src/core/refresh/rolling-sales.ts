/**
 * Rolling sales per SKU from the Inventory tab's imported orders: units over the last 7, 14 and 30
 * days, sales over 30 days, a weighted daily rate and the last day with a sale (Lingxing's 7/14/30
 * 天销量 and 加权日均). The windows end yesterday in the spreadsheet's time zone — today is not over,
 * and a partial day would read as a slump every morning.
 *
 * Where the rows come from (src/core/import/targets.ts): the Business Report lands Units ordered and
 * Sales on a row keyed by day × SKU × ASIN, All Orders on a row of its own keyed by day × ASIN with
 * the SKU blank (never on a SKU's row: an ASIN sold under two SKUs would put its total on one of
 * them). So:
 * - rows of one SKU on one day are summed (an operator's split rows, or two channels);
 * - a row with only an ASIN counts for the SKU that the Inventory tab ties that ASIN to, when it
 *   ties it to exactly one; otherwise it stays a line of its own, by ASIN;
 * - a day with both kinds of row (a Business Report and an All Orders file of the same day) has
 *   two counts of the same orders: the day takes the larger, never their sum. For an ASIN tied to
 *   several SKUs, the SKUs' rows of the day are compared with the ASIN's row together: the ASIN's
 *   line keeps only the units its row reports beyond theirs (the orders no SKU's row accounts for).
 *
 * The daily averages divide by each window's days, or by the days the imported orders cover when
 * they reach back less far (counted from the earliest order record of the whole tab: days before
 * it are unknown, not days without sales). A SKU's own first order does not shorten it — order rows
 * exist only on days with orders, so a slow seller's one order yesterday is one order in the window.
 */
import { isBlank, type Table } from '../alerts/snapshot';
import { MS_PER_DAY, readDay, type WallClock } from '../values/dates';
import { readMoney, readNumber } from '../values/read-number';

/** The windows, in days, each ending yesterday. */
export const WINDOWS = [7, 14, 30] as const;

/**
 * Weights of the 7-, 14- and 30-day daily averages in the weighted rate. The 7 days sit inside the
 * 14 and the 30, so per day the last week weighs 0.5/7 + 0.3/14 + 0.2/30 ≈ 0.0995 (≈ 70% in all),
 * days 8–14 ≈ 0.028 (≈ 20%), days 15–30 ≈ 0.0067 (≈ 10%): a stock-out or a promotion shows within
 * days, while one odd day (a deal spike) moves the rate little. This is the split Chinese operators'
 * restock sheets commonly use for 加权日均 (no authoritative source: change it here, and the
 * weightedDaily note of src/core/tabs/sku-sales.ts, together).
 */
export const WEIGHTS: Readonly<Record<(typeof WINDOWS)[number], number>> = { 7: 0.5, 14: 0.3, 30: 0.2 };

/** One line of the result: a SKU (or an ASIN no row ties to one SKU). */
export interface SkuSales {
  /** The SKU; '' for a line known only by its ASIN. */
  readonly sku: string;
  /** The SKU's ASIN (from its latest row that names one); '' when none does. */
  readonly asin: string;
  readonly units7: number;
  readonly units14: number;
  readonly units30: number;
  /** Sales over the 30 days, to the cent. */
  readonly sales30: number;
  /** Units per day, weighted by {@link WEIGHTS}, to 0.01. */
  readonly weightedDaily: number;
  /** The last day (wall-clock midnight) up to yesterday with units ordered (or, with units blank, sales); null when none. */
  readonly lastSale: number | null;
}

/** What {@link rollingSales} returns. */
export interface RollingSales {
  /** The last day counted: yesterday (wall-clock midnight). */
  readonly asOf: number;
  /** One line per SKU with an order record on any day before today, sorted by SKU then ASIN. */
  readonly lines: readonly SkuSales[];
}

/** A count of units or money in a cell: a number ≥ 0 (text, `$1,234.50`, full-width digits read too), else undefined. */
function quantity(cell: unknown, money: boolean): number | undefined {
  // A percentage is a rate, never a count of units or money (readNumber would read "12%" as 0.12).
  if (typeof cell === 'string' && /[%％]/.test(cell)) return undefined;
  const read = money ? readMoney(cell) : readNumber(cell);
  if (read.kind !== 'number' || read.share === true) return undefined;
  return Number.isFinite(read.value) && read.value >= 0 ? read.value : undefined;
}

const text = (cell: unknown): string => (isBlank(cell) ? '' : String(cell).normalize('NFKC').trim());

/** One day's orders of one line from one kind of row. */
interface DayCount {
  units: number;
  sales: number;
  /** True when some row of the day gave units (not only sales). */
  hasUnits: boolean;
}

/** A line's days: rows naming the SKU, and rows naming only an ASIN tied to it. */
interface Line {
  readonly sku: string;
  asin: string;
  asinDay: number;
  readonly named: Map<number, DayCount>;
  readonly byAsin: Map<number, DayCount>;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** Rolling sales per SKU over the Inventory tab's rows, as of the day before `today` (wall-clock midnight). */
export function rollingSales(inventory: Table, today: number, clock: WallClock): RollingSales {
  const asOf = today - MS_PER_DAY;
  const lines: SkuSales[] = [];
  if (!inventory.has('unitsOrdered') && !inventory.has('sales')) return { asOf, lines };

  // Which SKUs each ASIN belongs to, from every row that names both.
  const skusOf = new Map<string, Set<string>>();
  for (let i = 0; i < inventory.length; i++) {
    const sku = text(inventory.cell(i, 'sku'));
    const asin = text(inventory.cell(i, 'asin')).toUpperCase();
    if (sku === '' || asin === '') continue;
    const set = skusOf.get(asin) ?? new Set<string>();
    set.add(sku);
    skusOf.set(asin, set);
  }

  const byKey = new Map<string, Line>();
  // The earliest day any order record is for: how far back the imports go.
  let earliest = Infinity;
  // Each ASIN's rows naming a SKU, by day: what an ASIN's own row is compared with.
  const namedOfAsin = new Map<string, DayCount>();
  for (let i = 0; i < inventory.length; i++) {
    const units = quantity(inventory.cell(i, 'unitsOrdered'), false);
    const sales = quantity(inventory.cell(i, 'sales'), true);
    if (units === undefined && sales === undefined) continue;
    const read = readDay(inventory.cell(i, 'date'), clock);
    if (read.kind !== 'number' || read.value >= today) continue;
    const day = read.value;
    let sku = text(inventory.cell(i, 'sku'));
    const asin = text(inventory.cell(i, 'asin')).toUpperCase();
    if (sku === '' && asin === '') continue;
    const named = sku !== '';
    if (!named) {
      const owners = skusOf.get(asin);
      if (owners?.size === 1) sku = [...owners][0];
    }
    earliest = Math.min(earliest, day);
    if (named && asin !== '') add(namedOfAsin, `${asin}\u0000${day}`, units, sales);
    const key = sku !== '' ? `s\u0000${sku}` : `a\u0000${asin}`;
    let line = byKey.get(key);
    if (!line) {
      line = { sku, asin: '', asinDay: -Infinity, named: new Map(), byAsin: new Map() };
      byKey.set(key, line);
    }
    // The ASIN shown is the one the SKU's latest row names (a SKU can move to a new ASIN).
    if (asin !== '' && day >= line.asinDay) {
      line.asin = asin;
      line.asinDay = day;
    }
    add(named ? line.named : line.byAsin, day, units, sales);
  }
  // Each window's days: its length, or the days the imports cover when fewer.
  const known = Math.round((asOf - earliest) / MS_PER_DAY) + 1;

  for (const line of byKey.values()) {
    // Each day once: the larger of the two counts when both kinds of row have it.
    const days = new Map(line.named);
    for (const [day, count] of line.byAsin) {
      if (line.sku === '') {
        // An ASIN line (no SKU, or several): the SKU lines already count what their rows report.
        const beyond = excess(count, namedOfAsin.get(`${line.asin}\u0000${day}`));
        if (beyond) days.set(day, beyond);
        continue;
      }
      const other = days.get(day);
      if (!other || count.units > other.units || (count.units === other.units && count.sales > other.sales)) days.set(day, count);
    }
    if (days.size === 0) continue;
    const units = { 7: 0, 14: 0, 30: 0 };
    let sales30 = 0;
    let lastSale: number | null = null;
    for (const [day, count] of days) {
      const ago = Math.round((asOf - day) / MS_PER_DAY);
      for (const n of WINDOWS) if (ago < n) units[n] += count.units;
      if (ago < 30) sales30 += count.sales;
      const sold = count.hasUnits ? count.units > 0 : count.sales > 0;
      if (sold && (lastSale === null || day > lastSale)) lastSale = day;
    }
    let weighted = 0;
    for (const n of WINDOWS) weighted += (WEIGHTS[n] * units[n]) / Math.min(n, known);
    lines.push({ sku: line.sku, asin: line.asin, units7: units[7], units14: units[14], units30: units[30], sales30: round(sales30, 2), weightedDaily: round(weighted, 2), lastSale });
  }
  lines.sort((a, b) => compare(a.sku, b.sku) || compare(a.asin, b.asin));
  return { asOf, lines };
}

/** Adds a row's units and sales to the day's count under `key`. */
function add<K>(days: Map<K, DayCount>, key: K, units: number | undefined, sales: number | undefined): void {
  const count = days.get(key) ?? { units: 0, sales: 0, hasUnits: false };
  count.units += units ?? 0;
  count.sales += sales ?? 0;
  count.hasUnits ||= units !== undefined;
  days.set(key, count);
}

/**
 * What an ASIN's own row of a day reports beyond the SKU-named rows of that ASIN and day (two counts
 * of the same orders), or undefined when nothing: compared by units when the ASIN's row has them,
 * else by sales.
 */
function excess(byAsin: DayCount, named: DayCount | undefined): DayCount | undefined {
  if (!named) return byAsin;
  const units = byAsin.units - named.units;
  const sales = Math.max(0, byAsin.sales - named.sales);
  if (byAsin.hasUnits ? units <= 0 : sales <= 0) return undefined;
  return { units: Math.max(0, units), sales, hasUnits: byAsin.hasUnits };
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  // Lines known only by ASIN (no SKU) go last.
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}
