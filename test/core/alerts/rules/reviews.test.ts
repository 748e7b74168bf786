import { describe, expect, it } from 'vitest';
import { day, tab } from '../fixtures';
import { alertsOf } from '../run';

const review = (stars: number, status: string, type = 'Review') => ({ date: day(-1), type, asin: 'B0LAMP0001', stars, status, title: 'Broke in a week' });
const negatives = (rows: Record<string, unknown>[]) => alertsOf({ reviews: tab('reviews', rows) }, 'negativeReview');

describe('negative reviews', () => {
  it.each([
    ['a 1-star review marked New', 1, review(1, 'New')],
    ['a 3-star review with no status yet', 1, review(3, '')],
    ['a 2-star review marked 新 (简体)', 1, review(2, '新')],
    ['a 4-star review', 0, review(4, 'New')],
    ['a negative in progress', 0, review(1, 'In progress')],
    ['a resolved negative', 0, review(1, 'Resolved')],
    ['a competitor\'s negative', 0, review(1, 'New', 'Competitor review')],
  ])('%s raises %i alert(s)', (_, count, row) => {
    expect(negatives([row])).toHaveLength(count);
  });
});
