import { describe, expect, it } from 'vitest';
import { agedSurchargeEstimate, nextAssessment } from '../../../../src/core/alerts/rules/inventory';
import { evaluateAlerts } from '../../../../src/core/alerts/evaluate';
import { AIS_COLUMNS } from '../../../../src/core/tabs/inventory';
import { day, NOW, tab, ZONE } from '../fixtures';
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

  it('judges a SKU by its latest stock count when days of orders are newer', () => {
    // A stock count three days old, then a Business Report row a day for the days since (orders, no stock).
    const reports = [-2, -1, 0].map((d) => ({ date: day(d), sku: 'LAMP-1', asin: 'B0LAMP0001', unitsOrdered: 10 }));
    expect(stock([{ ...lamp(400, 10), date: day(-3) }, ...reports]).map((a) => a.kind)).toEqual(['stockoutBeforeShipment']);
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

  it('reads the aged units of the latest row that counts them, past newer rows of orders', () => {
    const orders = { date: day(0), sku: 'LAMP-1', asin: 'B0LAMP0001', unitsOrdered: 4 };
    const alerts = alertsOf({ inventory: tab('inventory', [lamp(900, 1, { aged181: 25 }), orders]) }, 'agedSurchargeSoon');
    expect(alerts.map((a) => a.facts.units)).toEqual([25]);
  });

  it('raises nothing when the report counts no units in any surcharge tier, whatever Aged 181+ says', () => {
    // Waived units, or a removal pending: the tier counts are what will be charged.
    expect(aged({ aged181: 50, ais181: 0, ais271: 0, ais366: 0, ais456: 0, unitVolume: 0.5 })).toEqual([]);
  });

  it.each([
    ['2026-11-27', '2026-12-15'],
    ['2026-11-15', '2026-11-15'],
    ['2026-12-31', '2027-01-15'],
  ])('on %s the next assessment is %s', (today, expected) => {
    expect(new Date(nextAssessment(Date.parse(today))).toISOString().slice(0, 10)).toBe(expected);
  });
});

// The coming assessment from 27 Nov 2026 is 15 Dec 2026: the 2026-01-15 table is in force then.
const aged = (more: Record<string, unknown>) => alertsOf({ inventory: tab('inventory', [lamp(900, 1, more)]) }, 'agedSurchargeSoon');
const band = (id: string) => AIS_COLUMNS.find((b) => b.id === id) as (typeof AIS_COLUMNS)[number];
const estimate = (id: string, units: number, volume: number, assessment: string) => agedSurchargeEstimate([{ band: band(id), units }], volume, Date.parse(assessment));

describe('the aged surcharge the coming assessment charges (worked examples)', () => {
  it.each([
    // band, units, cu ft per unit, assessment, least, most — by the table in force that day
    ['ais181', 40, 0.25, '2026-12-15', 5, 15], // 181–270: $0.50 (181–210) … $1.50 (241–270) per cu ft
    ['ais271', 20, 1, '2026-12-15', 109, 118], // the day-271 cliff: $5.45 … $5.90
    ['ais366', 100, 0.1, '2026-12-15', 69, 69], // 366–455: $6.90 per cu ft beats the $0.30 minimum
    ['ais366', 100, 0.01, '2026-12-15', 30, 30], // … and the $0.30 per-unit minimum beats $0.069
    ['ais456', 10, 0.5, '2026-12-15', 39.5, 39.5], // 456+: $7.90 per cu ft
    ['ais456', 10, 0.02, '2026-12-15', 3.5, 3.5], // … or $0.35 per unit
    ['ais271', 20, 1, '2025-12-15', 109, 118], // the 2024-04-15 table: same rates from day 271
    ['ais366', 100, 0.01, '2025-12-15', 15, 15], // … but a $0.15 minimum before 2026
    ['ais456', 10, 0.5, '2025-12-15', 34.5, 34.5], // … and no 456+ tier: $6.90
    ['ais271', 20, 1, '2024-03-15', 76, 84], // the 2023-04-15 table: $3.80 … $4.20
  ])('%s: %d units of %d cu ft on %s cost at least %d and at most %d', (id, units, volume, assessment, least, most) => {
    expect(estimate(id, units, volume, assessment)).toMatchObject({ cost: least, upTo: most });
  });

  it('adds the bands of one SKU', () => {
    const bands = [{ band: band('ais181'), units: 10 }, { band: band('ais366'), units: 10 }];
    // 10 × 0.2 × 0.50 + 10 × max(0.2 × 6.90, 0.30) = 1.00 + 13.80; at most 10 × 0.2 × 1.50 + 13.80.
    expect(agedSurchargeEstimate(bands, 0.2, Date.parse('2026-12-15'))).toMatchObject({ cost: 14.8, upTo: 16.8, breakdown: '10 × 0.2 × 0.50 + 10 × max(0.2 × 6.90, 0.30)', effective: '2026-01-15' });
  });

  it('puts no money on it before the first table took effect', () => {
    expect(estimate('ais366', 10, 1, '2023-03-15')).toEqual({ cost: null, why: 'noTable' });
  });
});

describe('the aged-surcharge alert', () => {
  it('prices the units the coming assessment charges with the unit volume', () => {
    const [alert] = aged({ aged181: 150, ais366: 100, unitVolume: 0.1 });
    expect([alert.cost, alert.facts.units, alert.facts.assessment, alert.facts.upTo]).toEqual([69, 100, '2026-12-15', 69]);
  });

  it('keeps the cost null and names the missing unit volume', () => {
    const [alert] = aged({ ais366: 100 });
    expect([alert.cost, alert.facts.unpriced]).toEqual([null, 'noVolume']);
  });

  it('keeps the cost null when only the units over 180 days are known, not their tier', () => {
    const [alert] = aged({ aged181: 25, unitVolume: 0.1 });
    expect([alert.cost, alert.facts.units, alert.facts.unpriced]).toEqual([null, 25, 'noTiers']);
  });

  it('prices a row counted after the last assessment (its units cross into their tiers by 15 Dec)', () => {
    const [alert] = aged({ date: day(-11), ais271: 20, unitVolume: 1 }); // 16 Nov: counted for 15 Dec
    expect(alert.cost).toBe(109);
  });

  it('does not price tier counts made before an assessment that has passed', () => {
    const [alert] = aged({ date: day(-13), ais271: 20, unitVolume: 1 }); // 14 Nov: counted for 15 Nov
    expect([alert.cost, alert.facts.unpriced, alert.facts.counted]).toEqual([null, 'staleTiers', '2026-11-15']);
  });

  it('does not price a store whose Settings marketplace is not US (the fee tables are amazon.com\'s)', () => {
    const snap = { inventory: tab('inventory', [lamp(900, 1, { ais366: 100, unitVolume: 0.1 })]), settings: tab('settings', [{ key: 'marketplace', value: 'uk' }]) };
    const [alert] = alertsOf(snap, 'agedSurchargeSoon');
    expect([alert.cost, alert.facts.unpriced, alert.facts.marketplace]).toEqual([null, 'notUs', 'UK']);
  });

  it('raises nothing for stock still under 181 days at the assessment', () => {
    expect(aged({ aged181: 0, ais181: 0, ais271: '', unitVolume: 0.1 })).toEqual([]);
  });

  it.each([
    ['a blank volume', { ais366: 10, unitVolume: '' }, null],
    ['a text volume', { ais366: 10, unitVolume: 'big' }, null],
    ['a zero volume', { ais366: 10, unitVolume: 0 }, null],
    ['a "—" count', { ais366: '—', ais456: 10, unitVolume: 0.5 }, 39.5],
    ['a text count', { ais366: 'many', ais456: 10, unitVolume: 0.5 }, 39.5],
    ['"$1,234.50" as a count', { ais366: '$1,234.50', unitVolume: 0.01 }, 370.35],
    ['"1,000" as a count', { ais366: '1,000', unitVolume: 0.1 }, 690],
    ['full-width digits', { ais366: '１００', unitVolume: '０.１' }, 69],
    ['a volume as text with spaces', { ais366: 100, unitVolume: ' 0.1 ' }, 69],
  ])('reads %s', (_name, cells, cost) => {
    expect(aged(cells)[0]?.cost).toBe(cost);
  });

  it('sorts the priced alert by its money among the other alerts', () => {
    const rows = [
      lamp(900, 1, { sku: 'SMALL', ais366: 10, unitVolume: 0.1 }), // 6.90
      lamp(900, 1, { sku: 'LARGE', ais456: 100, unitVolume: 1 }), // 790.00
      lamp(900, 1, { sku: 'UNPRICED', ais366: 10 }),
      lamp(10, 1, { sku: 'LOW', asin: 'B0LOW00001' }), // low stock: unpriced, medium
    ];
    const order = evaluateAlerts({ inventory: tab('inventory', rows) }, NOW, { timeZone: ZONE })
      .filter((a) => a.tab === 'inventory' && a.kind !== 'staleTab')
      .map((a) => `${a.kind}:${a.subject}:${a.cost}`);
    expect(order).toEqual(['agedSurchargeSoon:LARGE:790', 'agedSurchargeSoon:SMALL:6.9', 'stockoutBeforeShipment:LOW:null', 'agedSurchargeSoon:UNPRICED:null']);
  });
});
