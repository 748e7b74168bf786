import { describe, expect, it } from 'vitest';
import { nextAssessment } from '../../../../src/core/alerts/rules/inventory';
import { day, tab } from '../fixtures';
import { alertsOf } from '../run';

// Default settings: lead time 20 + 30 + 7 = 57 days, + 14 safety days = 71.
const stock = (rows: Record<string, unknown>[], extra: Parameters<typeof alertsOf>[0] = {}) =>
  alertsOf({ inventory: tab('inventory', rows), ...extra }, 'stockoutBeforeShipment', 'lowStock');
const lamp = (available: number, dailySales: number, more: Record<string, unknown> = {}) => ({ date: day(-1), sku: 'LAMP-1', asin: 'B0LAMP0001', available, dailySales, ...more });
const priced = { listingCheck: tab('listingCheck', [{ checked: day(-1), asin: 'B0LAMP0001', ourPrice: 30 }]) };

describe('stock alerts', () => {
  it.each([
    ['40 days of stock, nothing inbound (lands in 57)', 400, 10, 'stockoutBeforeShipment'],
    ['60 days: lands in time but inside the 71 needed', 600, 10, 'lowStock'],
    ['80 days: enough', 800, 10, undefined],
  ])('%s', (_, available, daily, kind) => {
    expect(stock([lamp(available, daily)]).map((a) => a.kind)).toEqual(kind ? [kind] : []);
  });

  it('prices a stock-out as days without stock × units a day × price', () => {
    // The row is from yesterday: 41 days then, 40 left today; 57 − 40 = 17 days × 10 × $30.
    const [alert] = stock([lamp(410, 10)], priced);
    expect([alert.cost, alert.facts.daysWithout]).toEqual([5100, 17]);
  });

  it('puts no money on a stock-out without a known price', () => {
    expect(stock([lamp(400, 10)]).map((a) => a.cost)).toEqual([null]);
  });

  it('counts a shipped shipment as landing after the first leg and receiving', () => {
    // Shipped: 30 + 7 = 37 days; 40 days of stock covers it, but not the 71 needed.
    expect(stock([lamp(410, 10, { inbound: 500, status: 'Shipped' })]).map((a) => a.kind)).toEqual(['lowStock']);
  });

  it('reads the restock status in the sheet\'s language', () => {
    expect(stock([lamp(410, 10, { inbound: 500, status: '已发货' })]).map((a) => a.kind)).toEqual(['lowStock']);
  });

  it('raises nothing for a SKU that sells nothing', () => {
    expect(stock([lamp(5, 0)])).toEqual([]);
  });

  it('judges each SKU by its latest row', () => {
    expect(stock([lamp(10, 10), { ...lamp(900, 10), date: day(0) }])).toEqual([]);
  });
});

describe('stock alerts without Units per day', () => {
  /** 30 days of imported orders of the lamp, `units` a day, on rows of their own (days 2–30 before today). */
  const orders = (units: number, more: Record<string, unknown> = {}) => Array.from({ length: 29 }, (_, i) => ({ date: day(-2 - i), sku: 'LAMP-1', asin: 'B0LAMP0001', unitsOrdered: units, ...more }));

  it('falls back to the weighted daily rate of the SKU\'s imported orders', () => {
    // Yesterday's row: 410 available, 10 ordered; 10 a day before it: 41 days then, 40 today, under 57.
    const [alert] = stock([...orders(10), lamp(410, '' as unknown as number, { unitsOrdered: 10 })]);
    expect([alert.kind, alert.facts.dailyUnits, alert.facts.daysOfStock]).toEqual(['stockoutBeforeShipment', 10, 40]);
  });

  it('falls back by ASIN for a stock row without a SKU', () => {
    const rows = [...orders(10, { sku: '' }), { date: day(-1), asin: 'B0LAMP0001', available: 410, unitsOrdered: 10 }];
    expect(stock(rows).map((a) => [a.kind, a.facts.dailyUnits])).toEqual([['stockoutBeforeShipment', 10]]);
  });

  it('keeps a rate typed in Units per day over the orders\' rate', () => {
    expect(stock([...orders(10), lamp(410, 1)])).toEqual([]);
  });

  it('raises nothing when Units per day is blank and no orders are imported', () => {
    expect(stock([lamp(10, '' as unknown as number)])).toEqual([]);
  });
});

describe('aged stock', () => {
  it('raises an alert for units over 180 days old before the next assessment', () => {
    const alerts = alertsOf({ inventory: tab('inventory', [lamp(900, 1, { aged181: 25 })]) }, 'agedSurchargeSoon');
    expect(alerts.map((a) => [a.facts.units, a.facts.assessment, a.cost])).toEqual([[25, '2026-12-15', null]]);
  });

  it('raises nothing without aged units', () => {
    expect(alertsOf({ inventory: tab('inventory', [lamp(900, 1, { aged181: 0 })]) }, 'agedSurchargeSoon')).toEqual([]);
  });

  it.each([
    ['2026-11-27', '2026-12-15'],
    ['2026-11-15', '2026-11-15'],
    ['2026-12-31', '2027-01-15'],
  ])('on %s the next assessment is %s', (today, expected) => {
    expect(new Date(nextAssessment(Date.parse(today))).toISOString().slice(0, 10)).toBe(expected);
  });
});
