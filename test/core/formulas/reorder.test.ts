import { describe, expect, it } from 'vitest';
import { NOT_DEFINED } from '../../../src/core/formulas/elementwise';
import { call, column, firstColumn } from './helpers';

describe('REORDER_POINT and REORDER_QTY reproduce the worked examples', () => {
  it('I1: 30/day, 45-day lead time, safety stock 200 → reorder point 1,550 (≈ 51.7 days of cover)', () => {
    expect(call('REORDER_POINT', [30, 45, 200])).toBe(1550);
    expect(call('DAYS_OF_STOCK', [1550, 30])).toBeCloseTo(51.67, 2);
  });

  it('I2: 15/day, 25-day lead time, safety stock 75 → reorder point 450', () => {
    expect(call('REORDER_POINT', [15, 25, 75])).toBe(450);
  });

  it('I3: 补货量 (10 + 5 + 5) × 10 − 80 = 120', () => {
    expect(call('REORDER_QTY', [10, 10 + 5 + 5, 80, 0])).toBe(120);
  });

  it('I4: Prime Day 补货量 (20 + 10 + 7) × 40 − 300 = 1,180', () => {
    expect(call('REORDER_QTY', [40, 20 + 10 + 7, 300, ''])).toBe(1180);
  });
});

describe('REORDER_QTY', () => {
  it('is never negative: an overstocked row orders 0', () => {
    expect(call('REORDER_QTY', [10, 20, 500, 100])).toBe(0);
  });

  it('subtracts inbound units', () => {
    expect(call('REORDER_QTY', [10, 20, 80, 50])).toBe(70);
  });

  it('averages several days of sales per row', () => {
    expect(firstColumn(call('REORDER_QTY', [[[8, 12], [10, '']], 20, column(80, 0), 0]))).toEqual([120, 200]);
  });

  it('marks a blank cover_days beside data instead of ordering for 0 days', () => {
    expect(firstColumn(call('REORDER_QTY', [column(10, 10, ''), column(20, '', ''), column(80, 80, ''), 0]))).toEqual([120, 'missing cover_days', '']);
    expect(call('REORDER_QTY', [10, '', 80, 0])).toBe('missing cover_days');
  });

  it('throws for a single empty cover_days used for every row', () => {
    expect(() => call('REORDER_QTY', [column(10, 12), '', column(80, 0), 0])).toThrow(/^REORDER_QTY: cover_days is empty\. Give a value/);
  });

  it('keeps a blank on hand or inbound as none', () => {
    expect(firstColumn(call('REORDER_QTY', [column(10, 10), 20, column('', 80), column(50, '')]))).toEqual([150, 120]);
  });
});

describe('REORDER_POINT blanks', () => {
  it('marks a blank lead time beside data: 0 days would understate the reorder point', () => {
    expect(firstColumn(call('REORDER_POINT', [column(30, 30, ''), column(45, '', ''), column(200, 200, '')]))).toEqual([1550, 'missing lead_time_days', '']);
  });

  it('throws for a single empty lead time, and keeps a blank safety stock as none', () => {
    expect(() => call('REORDER_POINT', [column(30, 15), [['']], 0])).toThrow(/^REORDER_POINT: lead_time_days is empty\./);
    expect(() => call('REORDER_POINT', [column(30, 15), '', 0], 'zh-CN')).toThrow(/REORDER_POINT：lead_time_days 为空。/);
    expect(firstColumn(call('REORDER_POINT', [column(30, 15), 45, column('', 75)]))).toEqual([1350, 750]);
  });
});

describe('REORDER_BY_DATE', () => {
  const ymd = (d: unknown) => {
    const date = d as Date;
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  };

  it('is the stock-out date minus the lead time', () => {
    // 300 ÷ 5 = 60 days from 2026-11-27 is 2027-01-26; 45 days earlier is 2026-12-12.
    expect(ymd(call('REORDER_BY_DATE', [300, 5, '2026-11-27', 45]))).toBe('2026-12-12');
  });

  it('gives a date before as_of when the reorder is already late, and rounds the lead time up to whole days', () => {
    expect(ymd(call('REORDER_BY_DATE', [50, 5, '2026-11-27', 20]))).toBe('2026-11-17');
    expect(ymd(call('REORDER_BY_DATE', [300, 5, '2026-11-27', 44.2]))).toBe('2026-12-12');
  });

  it('shows "—" at zero sales, and marks a blank lead time beside data', () => {
    expect(call('REORDER_BY_DATE', [300, 0, '2026-11-27', 45])).toBe(NOT_DEFINED);
    expect(firstColumn(call('REORDER_BY_DATE', [column(300, 300), column(5, 5), '2026-11-27', column(45, '')]))[1]).toBe('missing lead_time_days');
  });
});
