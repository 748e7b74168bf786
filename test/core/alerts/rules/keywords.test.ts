import { describe, expect, it } from 'vitest';
import { day, tab } from '../fixtures';
import { alertsOf } from '../run';

const kw = (rows: Record<string, unknown>[]) => alertsOf({ keywords: tab('keywords', rows) }, 'rankDrop');
const row = (offset: number, previousRank: unknown, organicRank: unknown, keyword = 'desk lamp') => ({ date: day(offset), asin: 'B0LAMP0001', keyword, previousRank, organicRank });

describe('rank drops', () => {
  it.each([
    ['a fall of exactly the alert size (10)', 1, 5, 15],
    ['a fall of more', 1, 5, 40],
    ['a fall of less', 0, 5, 14],
    ['a climb', 0, 15, 5],
  ])('%s raises %i alert(s)', (_, count, previous, current) => {
    expect(kw([row(-1, previous, current)])).toHaveLength(count);
  });

  it('raises a high alert for a keyword that fell out of the ranks', () => {
    expect(kw([row(-1, 8, 'NR')]).map((a) => [a.severity, a.facts.current])).toEqual([['high', 'NR']]);
  });

  it('judges each keyword by its latest check only', () => {
    expect(kw([row(-2, 5, 40), row(-1, 40, 6)])).toEqual([]);
  });

  it('keeps the last measured drop when today\'s rolled-forward row is still blank', () => {
    expect(kw([row(-1, 5, 40), row(0, 40, '')]).map((a) => a.rows)).toEqual([[2]]);
  });

  it('ignores a drop measured more than 7 days ago', () => {
    expect(kw([row(-8, 5, 40)])).toEqual([]);
  });

  it('follows the alert size in Settings', () => {
    const alerts = alertsOf({ keywords: tab('keywords', [row(-1, 5, 9)]), settings: tab('settings', [{ key: 'rankDropAlert', value: 3 }]) }, 'rankDrop');
    expect(alerts).toHaveLength(1);
  });

  it('names the keyword and puts no money on it', () => {
    expect(kw([row(-1, 5, 40)]).map((a) => [a.subject, a.cost, a.facts.places])).toEqual([['desk lamp', null, 35]]);
  });
});
