import { describe, expect, it } from 'vitest';
import { NOT_DEFINED } from '../../../src/core/formulas/elementwise';
import { call } from './helpers';

describe('SELL_THROUGH reproduces the worked examples', () => {
  it('I6: 40 shipped over 80 on hand → sell-through 0.5', () => {
    expect(call('SELL_THROUGH', [40, 80])).toBe(0.5);
  });

  it('I7: 1 sold after 30 of 90 days on hand → sell-through 3.0', () => {
    expect(call('SELL_THROUGH', [1, 30 / 90])).toBe(3);
  });

  it('I8: 300 sold over 500 available → 60 %', () => {
    expect(call('SELL_THROUGH', [300, 500])).toBe(0.6);
  });
});

describe('DAYS_OF_STOCK and WEEKS_OF_COVER', () => {
  it('divides stock by the rate', () => {
    expect(call('DAYS_OF_STOCK', [300, 20])).toBe(15);
    expect(call('WEEKS_OF_COVER', [120, 30])).toBe(4);
  });

  it('shows the em dash when nothing sells', () => {
    expect(call('DAYS_OF_STOCK', [300, 0])).toBe(NOT_DEFINED);
    expect(call('WEEKS_OF_COVER', [300, 0])).toBe(NOT_DEFINED);
    expect(call('SELL_THROUGH', [3, 0])).toBe(NOT_DEFINED);
  });

  it('averages several weeks per row', () => {
    expect(call('WEEKS_OF_COVER', [120, [[20, 40]]])).toBe(4);
  });
});
