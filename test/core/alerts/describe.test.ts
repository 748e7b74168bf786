import { describe, expect, it } from 'vitest';
import { ALERT_KINDS, type Alert, type AlertKind } from '../../../src/core/alerts/alert';
import { describeAlert, formatMoney } from '../../../src/core/alerts/describe';
import { LOCALES } from '../../../src/core/i18n/locale';

/** Facts every rule gives its kind (what the messages may name). */
const FACTS: Record<AlertKind, Alert['facts']> = {
  rankDrop: { asin: 'B0', previous: 5, current: 40, places: 35 },
  lowStock: { asin: 'B0', daysOfStock: 60, needed: 71 },
  stockoutBeforeShipment: { asin: 'B0', daysOfStock: 40, stockout: '2027-01-06', landingDays: 57, daysWithout: 17, dailyUnits: 10, price: 30 },
  promoStacked: { promotions: 2, stacked: 50, extra: 20, price: 40, units: 10 },
  promoUnderFloor: { asin: 'B0', promo: 'C1', lowest: 20, floor: 25, units: 10 },
  promoEndingSoon: { asin: 'B0', type: 'Coupon', hours: 7 },
  acosOverTarget: { spend: 350, sales: 700, acos: 50, target: 30, days: 7 },
  negativeReview: { asin: 'B0', stars: 1, title: 'Broke' },
  caseDueSoon: { type: 'A-to-z claim', hours: 3 },
  caseOverdue: { type: 'A-to-z claim', hours: 2 },
  healthAtRisk: { metric: 'late', value: '3.5%', limit: '4%', target: 'below' },
  healthBreach: { metric: 'odr', value: '1.2%', limit: '1%', target: 'below' },
  agedSurchargeSoon: { asin: 'B0', units: 25, assessment: '2026-12-15', days: 18 },
  staleTab: { last: '2026-11-23', days: 4 },
};
const COSTS: Partial<Record<AlertKind, number>> = { stockoutBeforeShipment: 5100, promoStacked: 80, promoUnderFloor: 50, acosOverTarget: 140 };
const alertOf = (kind: AlertKind): Alert => ({
  kind,
  tab: 'inventory',
  rows: [2],
  subject: kind === 'staleTab' ? 'inventory' : 'LAMP-1',
  severity: kind === 'caseOverdue' || kind === 'healthBreach' ? 'critical' : 'medium',
  cost: COSTS[kind] ?? null,
  facts: FACTS[kind],
});

describe('describeAlert', () => {
  it.each(ALERT_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const)))('fills every placeholder of %s in %s', (kind, locale) => {
    const { title, estimate } = describeAlert(alertOf(kind), locale);
    expect(`${title} ${estimate}`).not.toMatch(/[{}]/);
  });

  it('shows how a priced estimate was computed', () => {
    expect(describeAlert(alertOf('acosOverTarget'), 'en').estimate).toBe('Spend 350.00 USD − target 30% × ad sales 700.00 USD = 140.00 USD above target');
  });

  it('says a critical alert ranks above money', () => {
    expect(describeAlert(alertOf('healthBreach'), 'zh-CN').estimate).toContain('优先于任何金额');
  });

  it('names a stale tab in the reader\'s language', () => {
    expect(describeAlert(alertOf('staleTab'), 'zh-TW').title).toContain('庫存');
  });

  it('words a keyword that fell out of the ranks on its own', () => {
    const alert = { ...alertOf('rankDrop'), facts: { ...FACTS.rankDrop, current: 'NR', places: 'NR' } };
    expect(describeAlert(alert, 'en').title).toBe('Keyword "LAMP-1" fell out of the ranks (was 5)');
  });

  it('writes money in the Settings currency', () => {
    expect(describeAlert(alertOf('stockoutBeforeShipment'), 'en', 'EUR').estimate).toBe('17 days without stock × 10 units a day × 30.00 EUR = 5,100.00 EUR');
  });
});

describe('describeAlert: the aged surcharge', () => {
  const aged = (cost: number | null, facts: Alert['facts']): Alert => ({ ...alertOf('agedSurchargeSoon'), cost, facts: { ...FACTS.agedSurchargeSoon, ...facts } });

  it('shows the units, volume and tier rates behind an exact estimate', () => {
    const alert = aged(69, { units: 100, volume: '0.1', breakdown: '100 × max(0.1 × 6.90, 0.30)', rates: '2026-01-15', upTo: 69 });
    expect(describeAlert(alert, 'en').estimate).toBe(
      'Units charged × 0.1 cu ft × the rate per cu ft of their age tier on 2026-12-15 (rates from 2026-01-15; the per-unit minimum where it is higher): 100 × max(0.1 × 6.90, 0.30) = 69.00 USD',
    );
  });

  it('gives the least and the most when a column spans several tiers', () => {
    const alert = aged(5, { units: 40, volume: '0.25', breakdown: '40 × 0.25 × 0.50', rates: '2026-01-15', upTo: 15 });
    expect(describeAlert(alert, 'en').estimate).toMatch(/^At least 5\.00 USD, at most 15\.00 USD: .* 40 × 0\.25 × 0\.50 = 5\.00 USD$/);
  });

  it.each([
    ['en', 'Unit volume (cu ft)'],
    ['zh-CN', '单件体积（立方英尺）'],
    ['zh-TW', '單件體積（立方英尺）'],
  ] as const)('says in %s that the unit volume is missing and names its column', (locale, column) => {
    expect(describeAlert(aged(null, { unpriced: 'noVolume', counted: '2026-12-15' }), locale).estimate).toContain(column);
  });

  it.each(['noVolume', 'noTiers', 'staleTiers', 'noTable', 'notUs'].flatMap((why) => LOCALES.map((locale) => [why, locale] as const)))('fills every placeholder of the %s reason in %s', (why, locale) => {
    const { estimate } = describeAlert(aged(null, { unpriced: why, counted: '2026-11-15', marketplace: 'UK' }), locale);
    expect(estimate).not.toMatch(/[{}]/);
  });

  it('says which assessment stale tier counts were for', () => {
    expect(describeAlert(aged(null, { unpriced: 'staleTiers', counted: '2026-11-15' }), 'zh-CN').estimate).toContain('2026-11-15 那次评估');
  });
});

describe('formatMoney', () => {
  it.each([
    [1234567.891, '1,234,567.89 USD'],
    [0, '0.00 USD'],
    [-12.5, '-12.50 USD'],
  ])('writes %d as %s', (x, expected) => {
    expect(formatMoney(x, 'USD')).toBe(expected);
  });
});
