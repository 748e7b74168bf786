import {
  AGED_SURCHARGE,
  agedTier,
  CUBIC_CM_PER_CUBIC_FOOT,
  CUBIC_INCHES_PER_CUBIC_FOOT,
  LOW_INVENTORY_FEE,
  STORAGE_RATES,
  type SizeTier,
} from '../fees/fba-us';
import { readMonth } from '../values/read-month';
import { BLANK, type NumberCell } from '../values/read-number';
import { textKey } from '../values/text-key';
import { elementwise } from './elementwise';

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
 * cubic feet × the month's rate for the size tier (Jan–Sep off-peak, Oct–Dec peak), from
 * {@link STORAGE_RATES}. Dangerous goods and the storage utilization surcharge are not included.
 */
export const storageFee = elementwise({
  name: 'STORAGE_FEE',
  readsDates: true,
  inputs: [
    { name: 'cubic_feet', nonNegative: true },
    { name: 'month', read: readMonth, invalidKey: 'cell.month', hintKey: 'hint.month', required: true, setting: true },
    { name: 'size_tier', read: readSizeTier, invalidKey: 'cell.sizeTier', hintKey: 'hint.sizeTier', required: true, setting: true },
  ],
  compute: ([volume, month, tier]) => {
    const rates = STORAGE_RATES.rates[TIER_CODES[tier === OVERSIZE ? OVERSIZE : STANDARD]];
    return volume * (month >= STORAGE_RATES.peakFromMonth ? rates.peak : rates.offPeak);
  },
});

/**
 * AGED_SURCHARGE(days_in_stock, cubic_feet, units) — the monthly aged inventory surcharge (US) for
 * `units` units of `cubic_feet` each that have been in a fulfilment centre `days_in_stock` days:
 * units × the band's rate per cubic foot (for 366+ days the greater of the per-cubic-foot rate and
 * the per-unit minimum). 0 below 181 days; a blank age beside data is marked "missing", not read as
 * 0 days. Rates from {@link AGED_SURCHARGE}, partly unconfirmed; the > 15-month tier
 * (AGED_SURCHARGE_NOT_APPLIED) is not applied.
 */
export const agedSurcharge = elementwise({
  name: 'AGED_SURCHARGE',
  inputs: [
    { name: 'days_in_stock', nonNegative: true, required: true },
    { name: 'cubic_feet', nonNegative: true, required: true },
    { name: 'units', nonNegative: true, required: true },
  ],
  compute: ([days, volume, units]) => {
    const tier = agedTier(AGED_SURCHARGE, days);
    return tier ? units * Math.max(volume * tier.perCubicFoot, tier.perUnitMin) : 0;
  },
});

/**
 * LOW_INVENTORY_FEE_RISK(hdos_30, hdos_90) — TRUE when the low-inventory-level fee applies (US):
 * both the 30-day and the 90-day historical days of supply are under 28 days. Amazon's exemptions
 * (new ASINs, slow sellers) are not modelled.
 */
export const lowInventoryFeeRisk = elementwise({
  name: 'LOW_INVENTORY_FEE_RISK',
  inputs: [
    { name: 'hdos_30', nonNegative: true, required: true },
    { name: 'hdos_90', nonNegative: true, required: true },
  ],
  compute: ([short, long]) => short < LOW_INVENTORY_FEE.minDaysOfSupply && long < LOW_INVENTORY_FEE.minDaysOfSupply,
});
