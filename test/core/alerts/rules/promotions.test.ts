import { describe, expect, it } from 'vitest';
import { day, tab } from '../fixtures';
import { alertsOf } from '../run';

const promo = (promoId: string, type: string, discount: string, start: number, end: number | '', more: Record<string, unknown> = {}) =>
  ({ promoId, type, asin: 'B0LAMP0001', start: day(start), end: end === '' ? '' : day(end), discount, listPrice: 40, ...more });
const run = (rows: Record<string, unknown>[], ...kinds: Parameters<typeof alertsOf>[1][]) =>
  alertsOf({ promotions: tab('promotions', rows), inventory: tab('inventory', [{ date: day(-1), sku: 'LAMP-1', asin: 'B0LAMP0001', available: 900, dailySales: 10 }]) }, ...kinds);

describe('stacked promotions', () => {
  it('raises one alert per ASIN for a coupon over a Lightning Deal', () => {
    const alerts = run([promo('C1', 'Coupon', '20%', -2, 5), promo('LD1', 'Lightning Deal', '30%', 0, 0)], 'promoStacked');
    expect(alerts.map((a) => [a.subject, a.rows, a.facts.stacked])).toEqual([['B0LAMP0001', [2, 3], 50]]);
  });

  it('prices the extra discount × list price × expected units', () => {
    // Deepest 50 % vs the largest own 30 %: 20 % × $40 × (10 a day × 1 day the shorter one runs).
    const [alert] = run([promo('C1', 'Coupon', '20%', -2, 5), promo('LD1', 'Lightning Deal', '30%', 0, 0)], 'promoStacked');
    expect(alert.cost).toBe(80);
  });

  it('raises nothing for one promotion alone', () => {
    expect(run([promo('C1', 'Coupon', '20%', -2, 5)], 'promoStacked')).toEqual([]);
  });

  it.each([['Ended'], ['Cancelled'], ['已取消']])('ignores a promotion marked %s', (status) => {
    expect(run([promo('C1', 'Coupon', '20%', -2, 5), promo('LD1', 'Lightning Deal', '30%', 0, 0, { status })], 'promoStacked').map((a) => a.rows)).toEqual([]);
  });

  it('ignores promotions that overlapped in the past', () => {
    expect(run([promo('C1', 'Coupon', '20%', -9, -3), promo('LD1', 'Lightning Deal', '30%', -5, -4)], 'promoStacked')).toEqual([]);
  });
});

describe('promotions under the floor price', () => {
  it('raises an alert when the stacked price is under the floor', () => {
    const alerts = run([promo('C1', 'Coupon', '20%', -2, 5, { floorPrice: 25 }), promo('LD1', 'Lightning Deal', '30%', 0, 0)], 'promoUnderFloor');
    expect(alerts.map((a) => [a.rows, a.facts.lowest])).toEqual([[[2], 20]]);
  });

  it('raises nothing when the price stays above the floor', () => {
    expect(run([promo('C1', 'Coupon', '20%', -2, 5, { floorPrice: 25 })], 'promoUnderFloor')).toEqual([]);
  });
});

describe('promotions ending soon', () => {
  it.each([
    ['ends tonight (7 h)', 1, 0],
    ['ends tomorrow night (31 h)', 1, 1],
    ['ends in 3 days', 0, 3],
    ['has no end date', 0, '' as const],
  ])('a promotion that %s raises %i alert(s)', (_, count, end) => {
    expect(run([promo('C1', 'Coupon', '20%', -2, end)], 'promoEndingSoon')).toHaveLength(count);
  });
});
