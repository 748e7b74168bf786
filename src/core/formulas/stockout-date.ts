import { isWallInRange, MS_PER_DAY, readDay } from '../values/dates';
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
  compute: ([available, daily, asOf], { clock }) => {
    if (daily === 0) return NOT_DEFINED;
    // 0.3 ÷ 0.1 is 2.9999999999999996 in binary: round before dropping the fraction.
    const days = Math.floor(Number((available / daily).toPrecision(12)));
    const wall = asOf + days * MS_PER_DAY;
    return Number.isFinite(wall) && isWallInRange(wall) ? clock.fromWall(wall) : NOT_DEFINED;
  },
});
