import { describe, expect, it } from 'vitest';
import { day, tab } from '../fixtures';
import { alertsOf } from '../run';

const inv = (offset: number, available: unknown = 500) => ({ date: day(offset), sku: 'LAMP-1', asin: 'B0LAMP0001', available, dailySales: 1 });
const stale = (rows: Record<string, unknown>[]) => alertsOf({ inventory: tab('inventory', rows) }, 'staleTab');

describe('stale tabs', () => {
  it.each([
    ['3 days ago', 1, -3],
    ['2 days ago', 0, -2],
    ['yesterday', 0, -1],
  ])('a tab last fed %s raises %i alert(s)', (_, count, offset) => {
    expect(stale([inv(offset)])).toHaveLength(count);
  });

  it('does not count rows rolled forward with blank data', () => {
    expect(stale([inv(-4), { date: day(0), sku: 'LAMP-1', asin: 'B0LAMP0001' }]).map((a) => a.facts.days)).toEqual([4]);
  });

  it('raises nothing for a tab never used', () => {
    expect(stale([])).toEqual([]);
  });

  it('points at the latest row with data', () => {
    expect(stale([inv(-5), inv(-4)]).map((a) => [a.tab, a.rows])).toEqual([['inventory', [3]]]);
  });
});
