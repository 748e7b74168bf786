import {
  AGED_SURCHARGE_TABLES,
  agedTier,
  CUBIC_CM_PER_CUBIC_FOOT,
  CUBIC_INCHES_PER_CUBIC_FOOT,
  LOW_INVENTORY_FEE,
  STORAGE_TABLES,
  tableOn,
  type SizeTier,
} from '../fees/fba-us';
import { readDay } from '../values/dates';
import { readYearMonth } from '../values/read-month';
import { BLANK, type NumberCell } from '../values/read-number';
import { textKey } from '../values/text-key';
import { elementwise, NOT_DEFINED } from './elementwise';

const INCH = 0;
const CM = 1;
const UNITS = new Map<string, number>([
  ...['in', 'inch', 'inches', '"', '″', '英寸', '吋', '寸'].map((k) => [textKey(k), INCH] as const),
  ...['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres', '厘米', '公分', '釐米'].map((k) => [textKey(k), CM] as const),
]);

/** Reads a length unit: 0 for inches ("in", 英寸), 1 for centimetres ("cm", 厘米, 公分). */
export function readLengthUnit(cell: unknown): NumberCell {
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  const code = UNITS.get(textKey(String(cell)));
  return code === undefined ? { kind: 'invalid', reason: 'text', text: String(cell) } : { kind: 'number', value: code };
}

/**
 * CUBIC_FEET(length, width, height, unit) — a unit's volume in cubic feet, what storage and aged
 * fees are charged on: in³ ÷ 1,728 or cm³ ÷ 28,316.846592 (30.48³; 47 × 12 × 10 cm = 0.199 cu ft).
 */
export const cubicFeet = elementwise({
  name: 'CUBIC_FEET',
  inputs: [
    { name: 'length', nonNegative: true, required: true },
    { name: 'width', nonNegative: true, required: true },
    { name: 'height', nonNegative: true, required: true },
    { name: 'unit', read: readLengthUnit, invalidKey: 'cell.unit', hintKey: 'hint.unit', required: true, setting: true },
  ],
  compute: ([l, w, h, unit]) => (l * w * h) / (unit === CM ? CUBIC_CM_PER_CUBIC_FOOT : CUBIC_INCHES_PER_CUBIC_FOOT),
});

const STANDARD = 0;
const OVERSIZE = 1;
const TIER_CODES: readonly SizeTier[] = ['standard', 'oversize'];

/**
 * Reads a size tier: standard ("standard", "small standard", "large standard-size", 标准, 標準尺寸)
 * or oversize ("oversize", "large bulky", "extra-large", 大件, 超大件, 大號大件).
 */
export function readSizeTier(cell: unknown): NumberCell {
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  const key = textKey(String(cell));
  // Standard first: "large standard" and 大号标准尺寸 are standard despite "large"/大.
  if (/standard|^std$|标准|標準/.test(key)) return { kind: 'number', value: STANDARD };
  if (/oversize|bulky|extralarge|^xl$|大件|超大|大型/.test(key)) return { kind: 'number', value: OVERSIZE };
  return { kind: 'invalid', reason: 'text', text: String(cell) };
}

/**
 * STORAGE_FEE(cubic_feet, month, size_tier) — the monthly FBA storage fee (US) for a volume:
 * cubic feet × the month's rate for the size tier (Jan–Sep off-peak, Oct–Dec peak). A month with
 * its year (`2026-10`, a date) is charged at the table in force on the 1st of that month
 * ({@link STORAGE_TABLES}; before the first table: {@link NOT_DEFINED}); a bare month (`10`, `Oct`)
 * at the latest. Dangerous goods and the storage utilization surcharge are not included.
 */
export const storageFee = elementwise({
  name: 'STORAGE_FEE',
  readsDates: true,
  inputs: [
    { name: 'cubic_feet', nonNegative: true },
    { name: 'month', read: readYearMonth, invalidKey: 'cell.month', hintKey: 'hint.month', required: true, setting: true },
    { name: 'size_tier', read: readSizeTier, invalidKey: 'cell.sizeTier', hintKey: 'hint.sizeTier', required: true, setting: true },
  ],
  compute: ([volume, yearMonth, tier]) => {
    const month = yearMonth > 12 ? yearMonth % 100 : yearMonth;
    const table = tableOn(STORAGE_TABLES, yearMonth > 12 ? Date.UTC(Math.floor(yearMonth / 100), month - 1, 1) : Infinity);
    if (!table) return NOT_DEFINED;
    const rates = table.rates[TIER_CODES[tier === OVERSIZE ? OVERSIZE : STANDARD]];
    return volume * (month >= table.peakFromMonth ? rates.peak : rates.offPeak);
  },
});

const WAIVED = 1;
const WAIVED_WORDS = /apparel|clothing|shoe|bag|jewel|watch|服装|服裝|衣|鞋|箱包|珠宝|珠寶|首饰|首飾|手表|手錶|腕表|腕錶/;

/**
 * Reads a product category for the aged surcharge: 1 for apparel, shoes, bags, jewelry and watches
 * (服装、鞋、箱包、珠宝、手表), which pay nothing from day 181 to 270; 0 for any other category.
 */
export function readWaiverCategory(cell: unknown): NumberCell {
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  return { kind: 'number', value: WAIVED_WORDS.test(textKey(String(cell))) ? WAIVED : 0 };
}

/**
 * AGED_SURCHARGE(days_in_stock, cubic_feet, units, [as_of], [category]) — the monthly aged inventory
 * surcharge (US) for `units` units of `cubic_feet` each that have been in a fulfilment centre
 * `days_in_stock` days: units × the greater of the band's rate per cubic foot × volume and its
 * per-unit minimum. The table is the one in force on `as_of` ({@link AGED_SURCHARGE_TABLES}; the
 * latest when left out; before the first: {@link NOT_DEFINED}). Apparel, shoes, bags, jewelry and
 * watches (`category`) pay nothing from day 181 to 270. 0 below 181 days; a blank age beside data
 * is marked "missing", not read as 0 days.
 */
export const agedSurcharge = elementwise({
  name: 'AGED_SURCHARGE',
  readsDates: true,
  inputs: [
    { name: 'days_in_stock', nonNegative: true, required: true },
    { name: 'cubic_feet', nonNegative: true, required: true },
    { name: 'units', nonNegative: true, required: true },
    { name: 'as_of', read: readDay, invalidKey: 'cell.notDate', hintKey: 'hint.date', setting: true, optional: true, whenBlank: Infinity },
    { name: 'category', read: readWaiverCategory, setting: true, optional: true, whenBlank: 0 },
  ],
  compute: ([days, volume, units, asOf, category]) => {
    const table = tableOn(AGED_SURCHARGE_TABLES, asOf);
    if (!table) return NOT_DEFINED;
    const tier = agedTier(table, days);
    if (!tier) return 0;
    const whole = Math.floor(days);
    if (category === WAIVED && whole >= table.categoryWaiver.fromDay && whole <= table.categoryWaiver.toDay) return 0;
    return units * Math.max(volume * tier.perCubicFoot, tier.perUnitMin);
  },
});

/**
 * LOW_INVENTORY_FEE_RISK(hdos_30, hdos_90, [units_shipped_7d]) — TRUE when the low-inventory-level fee
 * applies (US): both the 30-day and the 90-day historical days of supply are under 28 days, unless the
 * product shipped fewer than 20 units in the past 7 days (exempt from 2024-05-15). Amazon's other
 * exemptions (new sellers, new-to-FBA products, AWD auto-replenishment) are not modelled.
 */
export const lowInventoryFeeRisk = elementwise({
  name: 'LOW_INVENTORY_FEE_RISK',
  inputs: [
    { name: 'hdos_30', nonNegative: true, required: true },
    { name: 'hdos_90', nonNegative: true, required: true },
    { name: 'units_shipped_7d', nonNegative: true, optional: true, whenBlank: Infinity },
  ],
  compute: ([short, long, shipped]) =>
    shipped >= LOW_INVENTORY_FEE.exemptBelowUnits7d && short < LOW_INVENTORY_FEE.minDaysOfSupply && long < LOW_INVENTORY_FEE.minDaysOfSupply,
});
