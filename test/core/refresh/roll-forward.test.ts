import { describe, expect, it } from 'vitest';
import { nextFreeRow, planRollForward, type Appends } from '../../../src/core/refresh/roll-forward';
import { zoneClock } from '../../../src/core/values/dates';
import { day, tab } from '../alerts/fixtures';

const clock = zoneClock('UTC');
const TODAY = Date.UTC(2026, 10, 27);
const plan = (snapshot: Parameters<typeof planRollForward>[0]) => planRollForward(snapshot, TODAY, clock);
const rowsOf = (plans: Appends[], id: Appends['tab']) => plans.find((p) => p.tab === id)?.rows ?? [];

const kw = (offset: number, keyword: string, organicRank: unknown, more: Record<string, unknown> = {}) => ({ date: day(offset), marketplace: 'US', asin: 'B0LAMP0001', keyword, organicRank, searchVolume: 900, ...more });
const rival = (offset: number, asin: string, price: unknown) => ({ date: day(offset), marketplace: 'US', asin, tier: 'Core', title: 'Rival lamp', price, reviewsAtStart: 100, bsrAtStart: 500 });

describe('planRollForward', () => {
  it('adds today\'s row for each tracked keyword with its last rank as the previous one', () => {
    const rows = rowsOf(plan({ keywords: tab('keywords', [kw(-2, 'desk lamp', 12), kw(-1, 'desk lamp', 15), kw(-1, 'led lamp', 'NR')]) }), 'keywords');
    expect(rows.map((r) => [r.keyword, r.previousRank, r.date])).toEqual([
      ['desk lamp', 15, TODAY],
      ['led lamp', 'NR', TODAY],
    ]);
  });

  it('leaves today\'s measurements out (never invented)', () => {
    const [row] = rowsOf(plan({ keywords: tab('keywords', [kw(-1, 'desk lamp', 15)]) }), 'keywords');
    expect(['organicRank', 'searchVolume', 'rankChange'].filter((c) => c in row)).toEqual([]);
  });

  it('adds nothing for a key that already has today\'s row', () => {
    expect(rowsOf(plan({ keywords: tab('keywords', [kw(-1, 'desk lamp', 15), kw(0, 'desk lamp', '')]) }), 'keywords')).toEqual([]);
  });

  it('stops rolling a keyword with no data for two weeks', () => {
    expect(rowsOf(plan({ keywords: tab('keywords', [kw(-15, 'desk lamp', 15)]) }), 'keywords')).toEqual([]);
  });

  it('keeps a competitor\'s identity and baselines, not its price', () => {
    const [row] = rowsOf(plan({ competitors: tab('competitors', [rival(-1, 'B0RIVAL001', 29.99)]) }), 'competitors');
    expect(row).toEqual({ date: TODAY, marketplace: 'US', asin: 'B0RIVAL001', tier: 'Core', reviewsAtStart: 100, bsrAtStart: 500 });
  });

  it('adds a listing check for each of the store\'s own ASINs in Inventory', () => {
    const inventory = tab('inventory', [
      { date: day(-1), sku: 'LAMP-1', asin: 'B0LAMP0001', available: 10, dailySales: 1 },
      { date: day(-1), sku: 'MUG-1', asin: 'B0MUG00001', available: 10, dailySales: 1 },
    ]);
    const rows = rowsOf(plan({ inventory, listingCheck: tab('listingCheck', []) }), 'listingCheck');
    expect(rows).toEqual([
      { checked: TODAY, asin: 'B0LAMP0001', sku: 'LAMP-1' },
      { checked: TODAY, asin: 'B0MUG00001', sku: 'MUG-1' },
    ]);
  });

  it('sums the Ads tab\'s campaign totals into Today\'s missing days', () => {
    const ads = tab('ads', [
      { date: day(-1), campaign: 'A', spend: 10, adSales: 40, clicks: 5 },
      { date: day(-1), campaign: 'B', spend: 5.5, adSales: 0, clicks: 3 },
      { date: day(-1), campaign: 'B', adGroup: 'G', spend: 5.5, adSales: 0, clicks: 3 },
      { date: day(-2), campaign: 'A', spend: 9, adSales: 30, clicks: 4 },
    ]);
    const today = tab('today', [{ day: day(-2), adSpend: 9, adSales: 30 }]);
    expect(rowsOf(plan({ ads, today }), 'today')).toEqual([{ day: TODAY - 86_400_000, adSpend: 15.5, adSales: 40 }]);
  });
});

describe('nextFreeRow', () => {
  it('is the row after the last one with an input, whatever the computed columns hold', () => {
    expect(nextFreeRow({ firstRow: 2, rows: [['a', 1], ['', 2], ['', '']] }, [0])).toBe(3);
  });

  it('is row 2 on an empty tab', () => {
    expect(nextFreeRow({ firstRow: 2, rows: [] }, [0])).toBe(2);
  });
});
