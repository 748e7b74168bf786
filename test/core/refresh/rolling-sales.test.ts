import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tableOf } from '../../../src/core/alerts/snapshot';
import { rollingSales, WEIGHTS, WINDOWS, type SkuSales } from '../../../src/core/refresh/rolling-sales';
import { INVENTORY } from '../../../src/core/tabs/inventory';
import { SKU_SALES } from '../../../src/core/tabs/sku-sales';
import { zoneClock } from '../../../src/core/values/dates';
import { day, tab } from '../alerts/fixtures';

const clock = zoneClock('UTC');
/** 27 Nov 2026: the windows end on the 26th. */
const TODAY = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;

type Row = Readonly<Record<string, unknown>>;
const run = (rows: readonly Row[], today = TODAY) => rollingSales(tableOf(INVENTORY, tab('inventory', rows)), today, clock);
const line = (rows: readonly Row[], sku = 'LAMP-1') => run(rows).lines.find((l) => l.sku === sku) as SkuSales;
const sold = (offset: number, unitsOrdered: unknown, more: Row = {}): Row => ({ date: day(offset), sku: 'LAMP-1', asin: 'B0LAMP0001', unitsOrdered, ...more });

describe('rollingSales: the windows', () => {
  // Days before today: 1 is yesterday (the As of day). A window of n days holds days 1 … n.
  const history = [sold(-1, 5), sold(-7, 3), sold(-8, 4), sold(-14, 2), sold(-15, 6), sold(-30, 1), sold(-31, 100)];

  it.each<['units7' | 'units14' | 'units30', number, string]>([
    ['units7', 8, 'yesterday and 7 days ago (5 + 3)'],
    ['units14', 14, 'the 7 days and days 8–14 (8 + 4 + 2)'],
    ['units30', 21, 'the 14 days and days 15–30 (14 + 6 + 1); day 31 is out'],
  ])('counts %s as %i: %s', (column, expected) => {
    expect(line(history)[column]).toBe(expected);
  });

  it('weights the daily averages 50/30/20: 0.5 × 8/7 + 0.3 × 14/14 + 0.2 × 21/30 = 1.01', () => {
    expect(line(history).weightedDaily).toBe(1.01);
  });

  it('ends the windows yesterday: today\'s rows (the day is not over) and later ones are left out', () => {
    const l = line([sold(-1, 2), sold(0, 50), sold(3, 50)]);
    expect([l.units7, l.units30, l.lastSale]).toEqual([2, 2, Date.UTC(2026, 10, 26)]);
  });

  it('says the As of day is yesterday', () => {
    expect(run([sold(-1, 2)]).asOf).toBe(Date.UTC(2026, 10, 26));
  });

  it('crosses a month boundary by calendar days (2 Dec: the 7 days are 25 Nov – 1 Dec)', () => {
    const rows = [sold(-3, 1) /* 24 Nov */, sold(-2, 10) /* 25 Nov */, { ...sold(0, 100), date: new Date(Date.UTC(2026, 11, 1)) }, { ...sold(0, 1000), date: new Date(Date.UTC(2026, 11, 2)) }];
    const l = run(rows, Date.UTC(2026, 11, 2)).lines[0];
    expect([l.units7, l.units14, l.lastSale]).toEqual([110, 111, Date.UTC(2026, 11, 1)]);
  });

  it('sums 30 days of sales to the cent', () => {
    expect(line([sold(-1, 1, { sales: 19.99 }), sold(-2, 1, { sales: 0.01 }), sold(-29, 1, { sales: '$1,234.50' }), sold(-31, 1, { sales: 99 })]).sales30).toBe(1254.5);
  });

  it('averages over the days the imported orders cover when they cover fewer than a window (3 days of 3 units: 3 a day)', () => {
    expect(line([sold(-3, 3), sold(-2, 3), sold(-1, 3)]).weightedDaily).toBe(3);
  });

  // Order rows exist only on days with orders: how far back the imports go is the earliest order
  // record of the whole tab (here another SKU's), not the SKU's own first order.
  const storeSince = (daysAgo: number): Row => sold(-daysAgo, 1, { sku: 'MUG-1', asin: 'B0MUG00001' });
  it.each<[string, number, Row[], number]>([
    ['one 10-unit order yesterday, 60 days imported: 0.5 × 10/7 + 0.3 × 10/14 + 0.2 × 10/30 ≈ 1.00', 60, [sold(-1, 10)], 1],
    ['orders of 5 yesterday and 20 days ago, 60 days imported: 0.5 × 5/7 + 0.3 × 5/14 + 0.2 × 10/30 ≈ 0.53', 60, [sold(-1, 5), sold(-20, 5)], 0.53],
    ['one 10-unit order yesterday, 10 days imported: 0.5 × 10/7 + 0.3 × 10/10 + 0.2 × 10/10 ≈ 1.21', 10, [sold(-1, 10)], 1.21],
  ])('averages a slow seller over the days the imports cover, not from its first order: %s', (_, since, rows, expected) => {
    expect(line([storeSince(since), ...rows]).weightedDaily).toBe(expected);
  });

  it('gives an old SKU with no recent orders zeros and its last sale', () => {
    const l = line([sold(-40, 4), sold(-35, 0)]);
    expect([l.units7, l.units30, l.sales30, l.weightedDaily, l.lastSale]).toEqual([0, 0, 0, 0, Date.UTC(2026, 9, 18)]);
  });
});

describe('rollingSales: reading the cells', () => {
  it.each([
    ['a number', 12, 12],
    ['text', ' 12 ', 12],
    ['full-width digits', '１２', 12],
    ['thousands', '1,200', 1200],
  ])('reads units given as %s', (_what, cell, expected) => {
    expect(line([sold(-1, cell)]).units7).toBe(expected);
  });

  it.each([
    ['blank', ''],
    ['text', 'soon'],
    ['a no-value marker', 'N/A'],
    ['a negative number', -3],
    ['a percentage', '12%'],
  ])('skips units given as %s', (_what, cell) => {
    expect(run([sold(-1, cell)]).lines).toEqual([]);
  });

  it.each([
    ['a Date', day(-2)],
    ['a serial day number', (Date.UTC(2026, 10, 25) - Date.UTC(1899, 11, 30)) / DAY],
    ['ISO text', '2026-11-25'],
    ['Chinese text', '2026年11月25日'],
  ])('reads the day given as %s', (_what, date) => {
    expect(line([{ ...sold(0, 4), date }]).lastSale).toBe(Date.UTC(2026, 10, 25));
  });

  it('skips a row whose day cannot be read', () => {
    expect(run([{ ...sold(0, 4), date: 'last week' }]).lines).toEqual([]);
  });

  it('reads money text ("$1,234.50") and counts a day with sales but no units as a sale', () => {
    const l = line([sold(-3, 1, { sales: 10 }), sold(-2, '', { sales: '$1,234.50' })]);
    expect([l.units7, l.sales30, l.lastSale]).toEqual([1, 1244.5, Date.UTC(2026, 10, 25)]);
  });

  it('does not count a day of zero units as the last sale', () => {
    expect(line([sold(-5, 2), sold(-1, 0, { sales: 0 })]).lastSale).toBe(Date.UTC(2026, 10, 22));
  });
});

describe('rollingSales: SKUs and ASINs', () => {
  it('sums several rows of one SKU on one day', () => {
    expect(line([sold(-1, 2, { sales: 20 }), sold(-1, 3, { sales: 30 }), sold(-1, '1', { sales: '10' })])).toMatchObject({ units7: 6, sales30: 60 });
  });

  it('counts an All Orders row (ASIN only) for the SKU the Inventory tab ties its ASIN to', () => {
    const rows = [{ date: day(-9), sku: 'LAMP-1', asin: 'B0LAMP0001', available: 40 }, { date: day(-1), asin: 'b0lamp0001', unitsOrdered: 4, sales: 130 }];
    expect(run(rows).lines).toEqual([{ sku: 'LAMP-1', asin: 'B0LAMP0001', units7: 4, units14: 4, units30: 4, sales30: 130, weightedDaily: 4, lastSale: Date.UTC(2026, 10, 26) }]);
  });

  it('keeps an ASIN that no row ties to a SKU as a line of its own, without a SKU, after the SKUs', () => {
    const rows = [sold(-1, 1), { date: day(-1), asin: 'B0OTHER001', unitsOrdered: 2 }];
    expect(run(rows).lines.map((l) => [l.sku, l.asin, l.units7])).toEqual([
      ['LAMP-1', 'B0LAMP0001', 1],
      ['', 'B0OTHER001', 2],
    ]);
  });

  // An ASIN tied to two SKUs (FBA and FBM): its All Orders row cannot be split between them, so it
  // is a line of its own, holding only what the SKUs' rows of the day do not already count.
  it.each<[string, Row[], [string, number][]]>([
    ['its row reports what theirs do (3 + 4 and 7): no ASIN line, 7 in all', [sold(-1, 3), sold(-1, 4, { sku: 'LAMP-1-FBM' }), { date: day(-1), asin: 'B0LAMP0001', unitsOrdered: 7 }], [['LAMP-1', 3], ['LAMP-1-FBM', 4]]],
    ['its row reports more (1 + 1 and 5): the ASIN line has the 3 more', [sold(-1, 1), sold(-1, 1, { sku: 'LAMP-1-FBM' }), { date: day(-1), asin: 'B0LAMP0001', unitsOrdered: 5 }], [['LAMP-1', 1], ['LAMP-1-FBM', 1], ['', 3]]],
    ['its row reports fewer (3 + 4 and 6): no ASIN line', [sold(-1, 3), sold(-1, 4, { sku: 'LAMP-1-FBM' }), { date: day(-1), asin: 'B0LAMP0001', unitsOrdered: 6 }], [['LAMP-1', 3], ['LAMP-1-FBM', 4]]],
    ['its row is of a day the SKUs have no row: all of it on the ASIN line', [sold(-2, 3), sold(-2, 4, { sku: 'LAMP-1-FBM' }), { date: day(-1), asin: 'B0LAMP0001', unitsOrdered: 7 }], [['LAMP-1', 3], ['LAMP-1-FBM', 4], ['', 7]]],
  ])('counts an ASIN sold under two SKUs once a day: %s', (_, rows, expected) => {
    expect(run(rows).lines.map((l) => [l.sku, l.units7])).toEqual(expected);
  });

  it('takes the larger count when a Business Report row and an All Orders row report the same day (never their sum)', () => {
    const rows = [sold(-1, 4, { sales: 40 }), { date: day(-1), asin: 'B0LAMP0001', unitsOrdered: 5, sales: 50 }, sold(-2, 3, { sales: 30 })];
    expect(line(rows)).toMatchObject({ units7: 8, sales30: 80 });
  });

  it('shows the ASIN of the SKU\'s latest row', () => {
    expect(line([sold(-5, 1, { asin: 'B0OLDASIN1' }), sold(-1, 1, { asin: 'B0NEWASIN1' })]).asin).toBe('B0NEWASIN1');
  });

  it('sorts the lines by SKU', () => {
    expect(run([sold(-1, 1, { sku: 'MUG-1' }), sold(-1, 1, { sku: 'KNIFE-1' }), sold(-1, 1)]).lines.map((l) => l.sku)).toEqual(['KNIFE-1', 'LAMP-1', 'MUG-1']);
  });
});

describe('rollingSales: nothing imported', () => {
  it('gives no lines for stock rows without orders', () => {
    expect(run([{ date: day(-1), sku: 'LAMP-1', available: 40, dailySales: 3 }]).lines).toEqual([]);
  });

  it('gives no lines for an Inventory tab from before the order columns (schema version 1)', () => {
    const values = tab('inventory', [{ date: day(-1), sku: 'LAMP-1', available: 40 }], 'en', ['date', 'sku', 'asin', 'available']);
    expect(rollingSales(tableOf(INVENTORY, values), TODAY, clock).lines).toEqual([]);
  });
});

describe('the weights', () => {
  it('add up to 1, so a steady seller\'s weighted rate is its daily units', () => {
    expect(WINDOWS.reduce((s, n) => s + WEIGHTS[n], 0)).toBeCloseTo(1, 12);
  });

  it('are the ones the tab\'s note states, in every language', () => {
    const note = SKU_SALES.columns.find((c) => c.id === 'weightedDaily')?.note;
    for (const text of Object.values(note ?? {})) for (const n of WINDOWS) expect(text).toContain(`${WEIGHTS[n] * 100}%`);
  });
});

// ---- properties over wide inputs ----

const SKUS = ['A-1', 'B-2', 'C-3'];
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
/** A row of a SKU on a day −40 … +2 from today, with its units in one of the ways a sheet holds them. */
const arbRow = fc.record({
  sku: fc.constantFrom(...SKUS),
  offset: fc.integer({ min: -40, max: 2 }),
  units: fc.integer({ min: 0, max: 500 }),
  form: fc.constantFrom('number', 'text', 'fullWidth', 'serialDate', 'textDate'),
});
type Arb = { sku: string; offset: number; units: number; form: string };
const cells = (r: Arb): Row => {
  const date = r.form === 'serialDate' ? (TODAY + r.offset * DAY - Date.UTC(1899, 11, 30)) / DAY : r.form === 'textDate' ? new Date(TODAY + r.offset * DAY).toISOString().slice(0, 10) : day(r.offset);
  const units = r.form === 'text' ? `${r.units}` : r.form === 'fullWidth' ? fullWidth(String(r.units)) : r.units;
  return { date, sku: r.sku, asin: `ASIN-${r.sku}`, unitsOrdered: units, sales: `$${r.units * 2}.50` };
};

describe('rollingSales: properties', () => {
  it('nests the windows: 0 ≤ 7-day ≤ 14-day ≤ 30-day units, and a rate ≥ 0', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
        for (const l of run(rows.map(cells)).lines) {
          expect(0 <= l.units7 && l.units7 <= l.units14 && l.units14 <= l.units30).toBe(true);
          expect(l.weightedDaily).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('counts every unit of the 30 days before today exactly once, whatever form its cells take', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
        const expected = rows.filter((r) => r.offset >= -30 && r.offset <= -1).reduce((s, r) => s + r.units, 0);
        expect(run(rows.map(cells)).lines.reduce((s, l) => s + l.units30, 0)).toBe(expected);
      }),
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 40 }), fc.integer(), (rows, seed) => {
        const shuffled = [...rows].map((r, i) => ({ r, k: (i * 7919 + seed) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.r);
        expect(run(shuffled.map(cells))).toEqual(run(rows.map(cells)));
      }),
    );
  });

  it('gives a SKU that sells k units every day a weighted rate of k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 45 }), (k, days) => {
        const rows = Array.from({ length: days }, (_, i) => sold(-1 - i, k));
        expect(line(rows).weightedDaily).toBe(k);
      }),
    );
  });

  it('writes nothing when no row has units or sales', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), (rows) => {
        expect(run(rows.map((r) => ({ ...cells(r), unitsOrdered: '', sales: '' }))).lines).toEqual([]);
      }),
    );
  });
});
