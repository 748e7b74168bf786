/**
 * Amazon FBA fee tables for amazon.com (US), as data. Every table carries the date it took effect,
 * its sources, and which values are not confirmed from an Amazon page, so the formula help (rendered
 * from these tables) can say so, and a formula asked about a date applies the table in force then.
 * Research and sources: shared/reference/domain.md §1.3; the 2026 changes were found in secondary
 * sources only (Amazon's own Seller Central pages need a login and were not retrieved).
 */

/** How sure we are of a published value. */
export type Confidence = 'confirmed' | 'partial' | 'unconfirmed';

/** Product size tiers as the storage fee distinguishes them. */
export type SizeTier = 'standard' | 'oversize';

/** A fee table in force from `effective` (ISO date) until the next table of its list. */
export interface Dated {
  /** ISO date the table took effect. */
  readonly effective: string;
  /** Where its values come from (Amazon's pages first, then secondary sources). */
  readonly sources: readonly string[];
  readonly confidence: Confidence;
}

/** Monthly inventory storage fee per cubic foot of average daily volume. */
export interface StorageRates extends Dated {
  /** January–September and October–December rates, USD per cubic foot per month. */
  readonly rates: Readonly<Record<SizeTier, { readonly offPeak: number; readonly peak: number }>>;
  /** First month (1–12) of the peak season. */
  readonly peakFromMonth: number;
}

/** The storage fee tables (non-dangerous goods), oldest first. */
export const STORAGE_TABLES: readonly StorageRates[] = [
  {
    effective: '2023-02-01',
    sources: ['simple-agency.com.ua (2023 fee change summary)'],
    confidence: 'partial',
    rates: { standard: { offPeak: 0.87, peak: 2.4 }, oversize: { offPeak: 0.53, peak: 1.4 } },
    peakFromMonth: 10,
  },
  {
    effective: '2024-04-01',
    sources: ['Seller Central help GJ9NNG7RK4TU6E3Z', 'fbalytic.com: storage fees unchanged in 2026'],
    confidence: 'confirmed',
    rates: { standard: { offPeak: 0.78, peak: 2.4 }, oversize: { offPeak: 0.56, peak: 1.4 } },
    peakFromMonth: 10,
  },
];

/** The latest storage table (what a month without a year is charged at). */
export const STORAGE_RATES: StorageRates = STORAGE_TABLES[STORAGE_TABLES.length - 1];

/** One age band of the aged inventory surcharge. */
export interface AgedTier {
  /** First and last day in a fulfilment centre of the band (inclusive); `toDay` Infinity for the last. */
  readonly fromDay: number;
  readonly toDay: number;
  /** USD per cubic foot per month. */
  readonly perCubicFoot: number;
  /** Minimum per unit per month (the greater of the two applies), 0 when none. */
  readonly perUnitMin: number;
  readonly confidence: Confidence;
}

/** The aged inventory surcharge table (charged monthly on top of the storage fee). */
export interface AgedSurchargeTable extends Dated {
  readonly tiers: readonly AgedTier[];
  /** Bands (first and last day) in which apparel, shoes, bags, jewelry and watches pay nothing. */
  readonly categoryWaiver: { readonly fromDay: number; readonly toDay: number };
}

const WAIVER_181_270 = { fromDay: 181, toDay: 270 } as const;

// The 181–270-day bands of 2023; later sources say they did not change, unconfirmed by Amazon.
const sixMonths = (confidence: Confidence): readonly AgedTier[] => [
  { fromDay: 181, toDay: 210, perCubicFoot: 0.5, perUnitMin: 0, confidence },
  { fromDay: 211, toDay: 240, perCubicFoot: 1.0, perUnitMin: 0, confidence },
  { fromDay: 241, toDay: 270, perCubicFoot: 1.5, perUnitMin: 0, confidence },
];

/** The aged inventory surcharge tables, oldest first. */
export const AGED_SURCHARGE_TABLES: readonly AgedSurchargeTable[] = [
  {
    effective: '2023-04-15',
    sources: ['Amazon seller email "Upcoming aged inventory surcharge assessment" (2024)', 'simple-agency.com.ua (2023 fee change summary)'],
    confidence: 'confirmed',
    categoryWaiver: WAIVER_181_270,
    tiers: [
      ...sixMonths('confirmed'),
      { fromDay: 271, toDay: 300, perCubicFoot: 3.8, perUnitMin: 0, confidence: 'confirmed' },
      { fromDay: 301, toDay: 330, perCubicFoot: 4.0, perUnitMin: 0, confidence: 'confirmed' },
      { fromDay: 331, toDay: 365, perCubicFoot: 4.2, perUnitMin: 0, confidence: 'confirmed' },
      { fromDay: 366, toDay: Infinity, perCubicFoot: 6.9, perUnitMin: 0.15, confidence: 'confirmed' },
    ],
  },
  {
    effective: '2024-04-15',
    sources: ['Seller Central help GJQNPA23YWVA4SBD (not retrieved)', 'betterworldproducts.org (2024 changes)', 'eglobe.business.blog ($5.45 from day 271)'],
    confidence: 'partial',
    categoryWaiver: WAIVER_181_270,
    tiers: [
      ...sixMonths('unconfirmed'),
      { fromDay: 271, toDay: 300, perCubicFoot: 5.45, perUnitMin: 0, confidence: 'partial' },
      { fromDay: 301, toDay: 330, perCubicFoot: 5.7, perUnitMin: 0, confidence: 'unconfirmed' },
      { fromDay: 331, toDay: 365, perCubicFoot: 5.9, perUnitMin: 0, confidence: 'unconfirmed' },
      { fromDay: 366, toDay: Infinity, perCubicFoot: 6.9, perUnitMin: 0.15, confidence: 'partial' },
    ],
  },
  {
    // Amazon's 2026 notice: changes effective 15 January 2026 "unless otherwise noted"; one summary
    // gives 16 January for this one. 12–15 months is taken as days 366–455 (unconfirmed).
    effective: '2026-01-15',
    sources: ['Amazon 2026 US fee notice (quoted on sellersasksellers.com)', 'biginternetcommerce.com', 'hackernoon.com', 'fbatool.mistorify.com/2026change'],
    confidence: 'partial',
    categoryWaiver: WAIVER_181_270,
    tiers: [
      ...sixMonths('unconfirmed'),
      { fromDay: 271, toDay: 300, perCubicFoot: 5.45, perUnitMin: 0, confidence: 'partial' },
      { fromDay: 301, toDay: 330, perCubicFoot: 5.7, perUnitMin: 0, confidence: 'unconfirmed' },
      { fromDay: 331, toDay: 365, perCubicFoot: 5.9, perUnitMin: 0, confidence: 'unconfirmed' },
      { fromDay: 366, toDay: 455, perCubicFoot: 6.9, perUnitMin: 0.3, confidence: 'partial' },
      { fromDay: 456, toDay: Infinity, perCubicFoot: 7.9, perUnitMin: 0.35, confidence: 'partial' },
    ],
  },
];

/** The latest aged inventory surcharge table (what a call without a date is charged at). */
export const AGED_SURCHARGE: AgedSurchargeTable = AGED_SURCHARGE_TABLES[AGED_SURCHARGE_TABLES.length - 1];

/** The tier of `table` for `days` in stock (whole days), or undefined below the first tier. */
export function agedTier(table: AgedSurchargeTable, days: number): AgedTier | undefined {
  const whole = Math.floor(days);
  return table.tiers.find((tier) => whole >= tier.fromDay && whole <= tier.toDay);
}

/**
 * The table of `tables` in force on wall-clock day `ms` (Infinity: the latest), or undefined before
 * the first one took effect.
 */
export function tableOn<T extends Dated>(tables: readonly T[], ms: number): T | undefined {
  let found: T | undefined;
  for (const table of tables) if (effectiveMs(table) <= ms) found = table;
  return found;
}

// Parsed once per table: tableOn runs for every row of a column.
const EFFECTIVE_MS = new Map<Dated, number>();
function effectiveMs(table: Dated): number {
  let ms = EFFECTIVE_MS.get(table);
  if (ms === undefined) {
    ms = Date.parse(table.effective);
    EFFECTIVE_MS.set(table, ms);
  }
  return ms;
}

/** The low-inventory-level fee rule (US). */
export const LOW_INVENTORY_FEE = {
  effective: '2024-04-01',
  /** The fee applies when both the 30- and 90-day historical days of supply are below this. */
  minDaysOfSupply: 28,
  /** From 2024-05-15, a product that shipped fewer than this many units in the past 7 days is exempt. */
  exemptBelowUnits7d: 20,
  exemptionEffective: '2024-05-15',
  sources: ['Seller Central forum (Amazon staff post); redstagfulfillment.com', 'exemption: swipeinsight.app, threecolts.com (secondary; unconfirmed on an Amazon page)'],
} as const;

/** Cubic inches per cubic foot (12³). */
export const CUBIC_INCHES_PER_CUBIC_FOOT = 1728;

/** Cubic centimetres per cubic foot: 30.48³ exactly (Amazon's help rounds it to 28,316.84). */
export const CUBIC_CM_PER_CUBIC_FOOT = 28_316.846_592;
