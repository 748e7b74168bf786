/**
 * Calendar days as `yyyy-mm-dd` keys. The server turns "now" into today's key in the spreadsheet's
 * time zone once; from there every period is calendar arithmetic on keys, so no zone or daylight
 * saving shift can move a tick to another day.
 */
import { zoneClock } from '../values/dates';

/** A calendar day, `yyyy-mm-dd`, in the spreadsheet's time zone. */
export type DayKey = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a `yyyy-mm-dd` key of a real day. */
export function isDayKey(text: unknown): text is DayKey {
  if (typeof text !== 'string') return false;
  const m = DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function utc(day: DayKey): Date {
  const m = DAY.exec(day);
  if (!m) throw new Error(`Not a yyyy-mm-dd day: ${day}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

/** The day `n` days after `day` (before, for a negative `n`). */
export function addDays(day: DayKey, n: number): DayKey {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of `day`: 1 Monday … 7 Sunday. */
export function weekdayOf(day: DayKey): number {
  return utc(day).getUTCDay() || 7;
}

/** The Monday that starts `day`'s week (weeks run Monday to Sunday, as Seller Central's reports do). */
export function weekStart(day: DayKey): DayKey {
  return addDays(day, 1 - weekdayOf(day));
}

/** The first day of `day`'s month. */
export function monthStart(day: DayKey): DayKey {
  return `${day.slice(0, 8)}01`;
}

/** The day key of an instant in `timeZone` (an IANA zone such as `Asia/Shanghai`): where the day rolls over at local midnight. */
export function dayInZone(timeZone: string): (date: Date) => DayKey {
  const clock = zoneClock(timeZone);
  return (date) => new Date(clock.toWall(date)).toISOString().slice(0, 10);
}
