/**
 * Amazon FBA fee tables for amazon.com (US), as data. Every table carries the date it took effect,
 * its source, and which values are not confirmed from an Amazon page, so the formula help can say
 * so and a later issue can make the tables editable without touching the formulas.
 * Research and sources: shared/reference/domain.md §1.3.
 */

/** How sure we are of a published value. */
export type Confidence = 'confirmed' | 'partial' | 'unconfirmed';

/** Product size tiers as the storage fee distinguishes them. */
export type SizeTier = 'standard' | 'oversize';

/** Monthly inventory storage fee per cubic foot of average daily volume. */
export interface StorageRates {
  /** ISO date the rates took effect. */
  readonly effective: string;
  readonly source: string;
  /** January–September and October–December rates, USD per cubic foot per month. */
  readonly rates: Readonly<Record<SizeTier, { readonly offPeak: number; readonly peak: number }>>;
  /** First month (1–12) of the peak season. */
  readonly peakFromMonth: number;
}

/** The latest Amazon-published storage table found (non-dangerous goods). */
export const STORAGE_RATES: StorageRates = {
  effective: '2024-04-01',
  source: 'Seller Central help GJ9NNG7RK4TU6E3Z',
  rates: {
    standard: { offPeak: 0.78, peak: 2.4 },
    oversize: { offPeak: 0.56, peak: 1.4 },
  },
  peakFromMonth: 10,
};

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
export interface AgedSurchargeTable {
  readonly effective: string;
  readonly source: string;
  readonly tiers: readonly AgedTier[];
}

/**
 * The aged inventory surcharge in force from 15 April 2024 (the date itself is not confirmed from an
 * Amazon page). 181–270 days and 365+ are the confirmed 2023 rates, which 2024 sources say did not
 * change; 271–300 ($5.45) is partially confirmed; 301–330 ($5.70) and 331–365 ($5.90) are recalled
 * values not found in a source. The > 15-month tier announced for 16 January 2026 ($7.90/cu ft or
 * $0.35/unit) is only partially confirmed and not applied. Verify against Seller Central
 * GJQNPA23YWVA4SBD before relying on it.
 */
export const AGED_SURCHARGE: AgedSurchargeTable = {
  effective: '2024-04-15',
  source: 'Seller Central help GJQNPA23YWVA4SBD (not retrieved); 2023 table via simple-agency.com.ua',
  tiers: [
    { fromDay: 181, toDay: 210, perCubicFoot: 0.5, perUnitMin: 0, confidence: 'unconfirmed' },
    { fromDay: 211, toDay: 240, perCubicFoot: 1.0, perUnitMin: 0, confidence: 'unconfirmed' },
    { fromDay: 241, toDay: 270, perCubicFoot: 1.5, perUnitMin: 0, confidence: 'unconfirmed' },
    { fromDay: 271, toDay: 300, perCubicFoot: 5.45, perUnitMin: 0, confidence: 'partial' },
    { fromDay: 301, toDay: 330, perCubicFoot: 5.7, perUnitMin: 0, confidence: 'unconfirmed' },
    { fromDay: 331, toDay: 365, perCubicFoot: 5.9, perUnitMin: 0, confidence: 'unconfirmed' },
    { fromDay: 366, toDay: Infinity, perCubicFoot: 6.9, perUnitMin: 0.15, confidence: 'partial' },
  ],
};

/**
 * The tier for inventory aged over 15 months announced from 16 January 2026 — the greater of
 * $7.90/cu ft or $0.35/unit — only partly confirmed (fbatool.mistorify.com/2026change), so
 * {@link AGED_SURCHARGE} does not apply it and the formula help says so.
 */
export const AGED_SURCHARGE_NOT_APPLIED = {
  effective: '2026-01-16',
  overMonths: 15,
  perCubicFoot: 7.9,
  perUnitMin: 0.35,
  confidence: 'partial',
  source: 'https://fbatool.mistorify.com/2026change',
} as const;

/** The confirmed 2023 table (from 15 April 2023), kept for comparison and tests. */
export const AGED_SURCHARGE_2023: AgedSurchargeTable = {
  effective: '2023-04-15',
  source: 'simple-agency.com.ua (2023 fee change summary)',
  tiers: [
    { fromDay: 181, toDay: 210, perCubicFoot: 0.5, perUnitMin: 0, confidence: 'confirmed' },
    { fromDay: 211, toDay: 240, perCubicFoot: 1.0, perUnitMin: 0, confidence: 'confirmed' },
    { fromDay: 241, toDay: 270, perCubicFoot: 1.5, perUnitMin: 0, confidence: 'confirmed' },
    { fromDay: 271, toDay: 300, perCubicFoot: 3.8, perUnitMin: 0, confidence: 'confirmed' },
    { fromDay: 301, toDay: 330, perCubicFoot: 4.0, perUnitMin: 0, confidence: 'confirmed' },
    { fromDay: 331, toDay: 365, perCubicFoot: 4.2, perUnitMin: 0, confidence: 'confirmed' },
    { fromDay: 366, toDay: Infinity, perCubicFoot: 6.9, perUnitMin: 0.15, confidence: 'confirmed' },
  ],
};

/** The tier of `table` for `days` in stock (whole days), or undefined below the first tier. */
export function agedTier(table: AgedSurchargeTable, days: number): AgedTier | undefined {
  const whole = Math.floor(days);
  return table.tiers.find((tier) => whole >= tier.fromDay && whole <= tier.toDay);
}

/** The low-inventory-level fee rule (US, from 1 April 2024). */
export const LOW_INVENTORY_FEE = {
  effective: '2024-04-01',
  /** The fee applies when both the 30- and 90-day historical days of supply are below this. */
  minDaysOfSupply: 28,
  source: 'Seller Central forum (Amazon staff post); redstagfulfillment.com',
} as const;

/** Cubic inches per cubic foot (12³). */
export const CUBIC_INCHES_PER_CUBIC_FOOT = 1728;

/** Cubic centimetres per cubic foot: 30.48³ exactly (Amazon's help rounds it to 28,316.84). */
export const CUBIC_CM_PER_CUBIC_FOOT = 28_316.846_592;
