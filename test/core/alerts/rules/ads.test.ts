import { describe, expect, it } from 'vitest';
import { day, tab } from '../fixtures';
import { alertsOf } from '../run';

const ad = (offset: number, spend: number, adSales: number, more: Record<string, unknown> = {}) => ({ date: day(offset), campaign: 'Lamp - exact', spend, adSales, ...more });
const acos = (rows: Record<string, unknown>[]) => alertsOf({ ads: tab('ads', rows) }, 'acosOverTarget');

describe('ACOS over target', () => {
  it('prices the spend above target: spend − target × ad sales', () => {
    // 7 days × $50 spend, $100 sales: 350 − 30 % × 700 = 140.
    const rows = [1, 2, 3, 4, 5, 6, 7].map((d) => ad(-d, 50, 100));
    expect(acos(rows).map((a) => [a.cost, a.facts.acos])).toEqual([[140, 50]]);
  });

  it('counts spend without sales as over target', () => {
    expect(acos([ad(-1, 20, 0)]).map((a) => [a.cost, a.facts.acos])).toEqual([[20, '∞']]);
  });

  it('raises nothing at or under the target', () => {
    expect(acos([ad(-1, 30, 100)])).toEqual([]);
  });

  it('judges the week, not a bad day within it', () => {
    expect(acos([ad(-1, 60, 100), ad(-2, 10, 200)])).toEqual([]);
  });

  it.each([
    ['today (not a whole day yet)', 0],
    ['8 days ago', -8],
  ])('leaves out a row from %s', (_, offset) => {
    expect(acos([ad(offset, 90, 100)])).toEqual([]);
  });

  it('sums a campaign from its total rows when it also has ad-group rows', () => {
    const rows = [ad(-1, 40, 100), ad(-1, 40, 0, { adGroup: 'Group A' })];
    expect(acos(rows).map((a) => a.rows)).toEqual([[2]]);
  });

  it('follows the target ACOS in Settings', () => {
    const alerts = alertsOf({ ads: tab('ads', [ad(-1, 30, 100)]), settings: tab('settings', [{ key: 'targetAcos', value: 0.2 }]) }, 'acosOverTarget');
    expect(alerts.map((a) => a.cost)).toEqual([10]);
  });
});
