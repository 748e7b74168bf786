import { describe, expect, it } from 'vitest';
import { NOT_DEFINED } from '../../../src/core/formulas/elementwise';
import { formatWallDate, LOCAL_CLOCK } from '../../../src/core/values/dates';
import { call, callWith, column, firstColumn } from './helpers';

const day = (v: unknown) => formatWallDate(LOCAL_CLOCK.toWall(v as Date));

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

describe('STOCKOUT_DATE reads text dates in the spreadsheet’s locale', () => {
  it('reads "11.12.2026" as 11 December in a de_DE spreadsheet, 12 November in en_US', () => {
    const de = callWith('STOCKOUT_DATE', [300, 20, '11.12.2026'], 'en', { dayFirst: true }) as Date;
    const us = callWith('STOCKOUT_DATE', [300, 20, '11.12.2026'], 'en', { dayFirst: false }) as Date;
    expect([de.getFullYear(), de.getMonth() + 1, de.getDate()]).toEqual([2026, 12, 26]);
    expect([us.getFullYear(), us.getMonth() + 1, us.getDate()]).toEqual([2026, 11, 27]);
  });
});
