import { describe, expect, it } from 'vitest';
import { NOT_DEFINED } from '../../../src/core/formulas/elementwise';
import { inverseNormal } from '../../../src/core/formulas/inverse-normal';
import { formatWallDate, LOCAL_CLOCK } from '../../../src/core/values/dates';
import { call, callWith, column, firstColumn } from './helpers';

const day = (v: unknown) => formatWallDate(LOCAL_CLOCK.toWall(v as Date));

// shared/reference/domain.md §1.2, worked examples I1–I8.
describe('inventory formulas reproduce the worked examples', () => {
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

  it('I5: 95 %, σ 40, 9 days → 197.4 with the exact Z 1.6449 (198 with the rounded Z 1.65)', () => {
    const exact = call('SAFETY_STOCK', [0.95, 40, 9]) as number;
    expect(exact).toBeCloseTo(1.6448536269514722 * 40 * 3, 9);
    expect(exact).toBeCloseTo(197.38, 2);
    expect(Math.abs(exact - 198) / 198).toBeLessThan(0.005);
  });

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

describe('STOCKOUT_DATE', () => {
  it('adds available ÷ daily days to the as-of date', () => {
    expect(day(call('STOCKOUT_DATE', [300, 20, '2026-11-27']))).toBe('2026-12-12');
  });

  it('drops the fraction of a day: the stock runs out during that day', () => {
    expect(day(call('STOCKOUT_DATE', [100, 30, '2026-11-27']))).toBe('2026-11-30');
    expect(day(call('STOCKOUT_DATE', [0.3, 0.1, '2026-11-27']))).toBe('2026-11-30');
  });

  it('is the as-of date itself when nothing is left', () => {
    expect(day(call('STOCKOUT_DATE', [0, 5, '2026-11-27']))).toBe('2026-11-27');
  });

  it('returns a date only, even from an as-of date with a time', () => {
    const result = call('STOCKOUT_DATE', [10, 1, new Date(2026, 10, 27, 18, 30)]) as Date;
    expect([result.getHours(), result.getMinutes()]).toEqual([0, 0]);
    expect(day(result)).toBe('2026-12-07');
  });

  it('crosses months, years and leap days', () => {
    expect(day(call('STOCKOUT_DATE', [40, 10, '2027-12-30']))).toBe('2028-01-03');
    expect(day(call('STOCKOUT_DATE', [1, 1, '2028-02-28']))).toBe('2028-02-29');
  });

  it('shows the em dash at zero sales, and when the date is beyond any calendar', () => {
    expect(call('STOCKOUT_DATE', [100, 0, '2026-11-27'])).toBe(NOT_DEFINED);
    expect(call('STOCKOUT_DATE', [1e12, 1e-3, '2026-11-27'])).toBe(NOT_DEFINED);
  });

  it('uses one as-of date for a whole column and keeps blank rows blank', () => {
    const result = firstColumn(call('STOCKOUT_DATE', [column(300, '', 10), column(20, '', 0), '2026-11-27']));
    expect([day(result[0]), result[1], result[2]]).toEqual(['2026-12-12', '', NOT_DEFINED]);
  });

  it('refuses a bare small number as the as-of date: 5 is not 1900-01-05', () => {
    expect(() => call('STOCKOUT_DATE', [300, 20, 5])).toThrow('STOCKOUT_DATE: as_of cannot be "5". Give a date such as 2026-11-27, a date cell, or TODAY().');
    expect(() => call('STOCKOUT_DATE', [300, 20, 5], 'zh-CN')).toThrow('STOCKOUT_DATE：as_of 不能是“5”。请给出日期，例如 2026-11-27、日期单元格或 TODAY()。');
    expect(() => call('STOCKOUT_DATE', [300, 20, 365.5])).toThrow(/as_of cannot be "365\.5"/);
    expect(firstColumn(call('STOCKOUT_DATE', [column(300, 300), column(20, 20), column(30, 46353)])).map((v, i) => (i === 0 ? v : day(v)))).toEqual([
      'not a date: 30',
      '2026-12-12',
    ]);
    // 366 is the first serial read as a date (1900-12-31).
    expect(day(call('STOCKOUT_DATE', [1, 1, 366]))).toBe('1901-01-01');
  });

  it('marks an as-of cell that is not a date', () => {
    expect(firstColumn(call('STOCKOUT_DATE', [column(10, 10), column(1, 1), column('2026-11-27', 'soon')]))[1]).toBe('not a date: soon');
  });

  it('reads date cells in the spreadsheet zone when the server passes it', () => {
    // Midnight of 27 Nov in Shanghai is still 26 Nov in UTC: read in Shanghai it is the 27th.
    const asOf = new Date(Date.UTC(2026, 10, 26, 16));
    const result = call('STOCKOUT_DATE', [5, 1, asOf], 'en', 'Asia/Shanghai') as Date;
    expect(result.toISOString()).toBe('2026-12-01T16:00:00.000Z');
  });
});

describe('SAFETY_STOCK', () => {
  it('accepts the service level as 95%, 0.95 or 95', () => {
    const expected = call('SAFETY_STOCK', [0.95, 40, 9]);
    expect(call('SAFETY_STOCK', ['95%', 40, 9])).toBe(expected);
    expect(call('SAFETY_STOCK', [95, 40, 9])).toBe(expected);
  });

  it('is 0 at a 50 % service level', () => {
    expect(call('SAFETY_STOCK', [0.5, 40, 9])).toBe(0);
  });

  it('rejects service levels under 50 % or at 100 %', () => {
    expect(() => call('SAFETY_STOCK', [1, 40, 9])).toThrow(/SAFETY_STOCK: service_level cannot be "1"\. Give a service level such as 95%/);
    expect(firstColumn(call('SAFETY_STOCK', [column(0.4, 0.99), column(40, 40), 9]))[0]).toBe('service level must be 50–99.99%: 0.4');
  });
});

describe('inverseNormal', () => {
  it.each([
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.95, 1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.98, 2.0537489106318225],
    [0.99, 2.3263478740408408],
    [0.999, 3.090232306167813],
    [0.05, -1.6448536269514722],
    [1e-10, -6.361340902404056],
  ])('z(%d) = %d', (p, z) => {
    expect(inverseNormal(p)).toBeCloseTo(z, 12);
  });

  it('rounds to the printed table values 1.28, 1.65, 2.05, 2.33', () => {
    expect([0.9, 0.95, 0.98, 0.99].map((p) => Math.round(inverseNormal(p) * 100) / 100)).toEqual([1.28, 1.64, 2.05, 2.33]);
  });

  it('is NaN outside (0, 1)', () => {
    expect(inverseNormal(0)).toBeNaN();
    expect(inverseNormal(1)).toBeNaN();
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

describe('STOCKOUT_DATE reads text dates in the spreadsheet’s locale', () => {
  it('reads "11.12.2026" as 11 December in a de_DE spreadsheet, 12 November in en_US', () => {
    const de = callWith('STOCKOUT_DATE', [300, 20, '11.12.2026'], 'en', { dayFirst: true }) as Date;
    const us = callWith('STOCKOUT_DATE', [300, 20, '11.12.2026'], 'en', { dayFirst: false }) as Date;
    expect([de.getFullYear(), de.getMonth() + 1, de.getDate()]).toEqual([2026, 12, 26]);
    expect([us.getFullYear(), us.getMonth() + 1, us.getDate()]).toEqual([2026, 11, 27]);
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
