import { describe, expect, it } from 'vitest';
import { NOT_DEFINED } from '../../../src/core/formulas/elementwise';
import { call, column, firstColumn } from './helpers';

describe('NET_PROFIT_PER_UNIT', () => {
  it('is price − per-unit costs − ad spend ÷ units sold', () => {
    expect(call('NET_PROFIT_PER_UNIT', [30, [[8, 4.5, 4.5]], 200, 100])).toBe(11);
  });

  it('reads a referral fee of 15% as that share of the price', () => {
    expect(call('NET_PROFIT_PER_UNIT', [30, [[8, '15%']], 0, 10])).toBeCloseTo(17.5, 12);
  });

  it('shows "—" for spend with no units to carry it, and price − costs when there is no spend either', () => {
    expect(firstColumn(call('NET_PROFIT_PER_UNIT', [column(30, 30), column(10, 10), column(50, 0), column(0, 0)]))).toEqual([NOT_DEFINED, 20]);
  });

  it('goes negative when ads eat more than the margin', () => {
    expect(call('NET_PROFIT_PER_UNIT', [30, 20, 150, 10])).toBe(-5);
  });
});

describe('ROI', () => {
  it('is profit ÷ landed cost', () => {
    expect(call('ROI', [11, 22])).toBe(0.5);
  });

  it('is negative for a loss, and "—" for a zero landed cost', () => {
    expect(call('ROI', [-5, 20])).toBe(-0.25);
    expect(call('ROI', [5, 0])).toBe(NOT_DEFINED);
  });
});
