import { isWallInRange, MS_PER_DAY, readDay, type WallClock } from '../values/dates';
import { elementwise, NOT_DEFINED } from './elementwise';

/**
 * STOCKOUT_DATE(available, daily_sales, as_of) — 断货日期: the day the stock runs out at the current
 * rate = as_of + available ÷ daily_sales days, date only (the fraction of a day is dropped: the
 * stock runs out during that day). `as_of` is a date cell, TODAY(), or text such as "2026-11-27".
 * Zero sales (or a date past year 9999) shows {@link NOT_DEFINED}: it never runs out at this rate.
 */
export const stockoutDate = elementwise({
  name: 'STOCKOUT_DATE',
  readsDates: true,
  inputs: [
    { name: 'available', nonNegative: true },
    { name: 'daily_sales', nonNegative: true, rowMean: true },
    { name: 'as_of', read: readDay, invalidKey: 'cell.notDate', hintKey: 'hint.date', required: true, setting: true },
  ],
  compute: ([available, daily, asOf], { clock }) => stockoutDay(available, daily, asOf, 0, clock),
});

/**
 * The date `before` days ahead of the day the stock runs out (as_of + ⌊available ÷ daily⌋ days), or
 * {@link NOT_DEFINED} when it never runs out at this rate or falls outside what a sheet can show.
 */
function stockoutDay(available: number, daily: number, asOf: number, before: number, clock: WallClock): Date | string {
  if (daily === 0) return NOT_DEFINED;
  // 0.3 ÷ 0.1 is 2.9999999999999996 in binary: nudge by a nanoday before dropping the fraction
  // (cheaper than rounding through a string, on every row of a column).
  const days = Math.floor(available / daily + 1e-9);
  const wall = asOf + (days - Math.ceil(before)) * MS_PER_DAY;
  return Number.isFinite(wall) && isWallInRange(wall) ? clock.fromWall(wall) : NOT_DEFINED;
}

/**
 * REORDER_BY_DATE(available, daily_sales, as_of, lead_time_days) — 最晚下单日: the last day to
 * reorder so new stock arrives before the old runs out = the stock-out date − the lead time
 * (rounded up to whole days). A date before as_of means the reorder is already late.
 */
export const reorderByDate = elementwise({
  name: 'REORDER_BY_DATE',
  readsDates: true,
  inputs: [
    { name: 'available', nonNegative: true },
    { name: 'daily_sales', nonNegative: true, rowMean: true },
    { name: 'as_of', read: readDay, invalidKey: 'cell.notDate', hintKey: 'hint.date', required: true, setting: true },
    { name: 'lead_time_days', nonNegative: true, required: true },
  ],
  compute: ([available, daily, asOf, lead], { clock }) => stockoutDay(available, daily, asOf, lead, clock),
});
