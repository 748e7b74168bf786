/**
 * The Settings values the rules compare against, read from the Settings tab's values by key (never
 * by cell), each falling back to the default a new spreadsheet starts with when it is missing or
 * cannot be read.
 */
import { MARKETPLACES } from '../tabs/marketplaces';
import { SETTING_DEFAULTS } from '../tabs/settings';
import { readFraction, readRate } from '../values/read-fraction';
import { readNumber } from '../values/read-number';
import type { Table } from './snapshot';

/** The thresholds of the rules. */
export interface AlertSettings {
  /** Target ACOS as a fraction (0.3). */
  readonly targetAcos: number;
  readonly productionDays: number;
  readonly firstLegDays: number;
  readonly receivingDays: number;
  readonly safetyDays: number;
  /** Places a keyword may fall before it is an alert. */
  readonly rankDropAlert: number;
  /** The deepest stacked discount accepted, as a fraction. */
  readonly promoMaxStack: number;
  /** Currency code prices are in (USD). */
  readonly currency: string;
  /** The main marketplace's code, upper case (US): the fee tables known are amazon.com's. */
  readonly marketplace: string;
  /** Hour (0–23, spreadsheet time) of the daily refresh. */
  readonly refreshHour: number;
}

const fraction = (text: string) => {
  const read = readFraction(text);
  return read.kind === 'number' ? read.value : 0;
};

/** The settings of a new spreadsheet. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  targetAcos: fraction(SETTING_DEFAULTS.targetAcos),
  productionDays: SETTING_DEFAULTS.productionDays,
  firstLegDays: SETTING_DEFAULTS.firstLegDays,
  receivingDays: SETTING_DEFAULTS.receivingDays,
  safetyDays: SETTING_DEFAULTS.safetyDays,
  rankDropAlert: SETTING_DEFAULTS.rankDropAlert,
  promoMaxStack: fraction(SETTING_DEFAULTS.promoMaxStack),
  currency: SETTING_DEFAULTS.currency,
  marketplace: SETTING_DEFAULTS.marketplace,
  refreshHour: SETTING_DEFAULTS.refreshHour,
};

/** A whole number of days or places, at least `min`. */
function count(cell: unknown, min: number): number | undefined {
  const read = readNumber(cell);
  return read.kind === 'number' && read.value >= min ? Math.round(read.value) : undefined;
}

/** A share: percent text, or a number as Sheets stores a percentage (0.3). */
function share(cell: unknown, bounded: boolean): number | undefined {
  const read = bounded ? readFraction(cell) : readRate(cell);
  return read.kind === 'number' && read.value >= 0 ? read.value : undefined;
}

/** The settings in the Settings tab (key and value columns), defaults where a value is missing or unreadable. */
export function readAlertSettings(settings: Table | undefined): AlertSettings {
  if (!settings) return DEFAULT_ALERT_SETTINGS;
  const byKey = new Map<string, unknown>();
  for (let i = 0; i < settings.length; i++) {
    const key = String(settings.cell(i, 'key')).trim();
    if (key !== '' && !byKey.has(key)) byKey.set(key, settings.cell(i, 'value'));
  }
  const d = DEFAULT_ALERT_SETTINGS;
  const hour = count(byKey.get('refreshHour'), 0);
  const currency = String(byKey.get('currency') ?? '').trim();
  const marketplace = marketplaceCode(byKey.get('marketplace'));
  return {
    targetAcos: share(byKey.get('targetAcos'), false) ?? d.targetAcos,
    productionDays: count(byKey.get('productionDays'), 0) ?? d.productionDays,
    firstLegDays: count(byKey.get('firstLegDays'), 0) ?? d.firstLegDays,
    receivingDays: count(byKey.get('receivingDays'), 0) ?? d.receivingDays,
    safetyDays: count(byKey.get('safetyDays'), 0) ?? d.safetyDays,
    rankDropAlert: count(byKey.get('rankDropAlert'), 1) ?? d.rankDropAlert,
    promoMaxStack: share(byKey.get('promoMaxStack'), true) ?? d.promoMaxStack,
    currency: /^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : d.currency,
    refreshHour: hour !== undefined && hour <= 23 ? hour : d.refreshHour,
    marketplace: marketplace === '' ? d.marketplace : marketplace,
  };
}

/** Days from ordering to sellable at Amazon (production + first leg + receiving). */
export function leadTimeDays(s: AlertSettings): number {
  return s.productionDays + s.firstLegDays + s.receivingDays;
}

/** A marketplace as its code: the code itself in any case, or the site (`amazon.com`, `www.amazon.co.uk`), which operators also type. */
export function marketplaceCode(value: unknown): string {
  const typed = String(value ?? '').trim();
  const site = typed.toLowerCase().replace(/^(https?:\/\/)?(www\.)?/, '').replace(/\/.*$/, '');
  return MARKETPLACES.find((m) => m.channel === site)?.code ?? typed.toUpperCase();
}
