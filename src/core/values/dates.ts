import { BLANK, isDate, NO_VALUE, type NumberCell } from './read-number';

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

// Sheets' serial day 0 is 1899-12-30; a serial is a wall-clock day count, time as the fraction.
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The smallest plain number read as a serial date: 366 is 1900-12-31. Below it a bare number is a
 * mistake (`=STOCKOUT_DATE(300, 20, 5)`: 5 days? the 5th?), not a date in 1900.
 */
export const MIN_SERIAL_DATE = 366;

/**
 * Converts between Date instants and *wall-clock milliseconds*: the calendar date and time a person
 * reads in the spreadsheet, encoded as if it were UTC (so `Date.UTC(2026, 10, 27)` is 27 Nov 2026,
 * 00:00). Date maths on wall-clock values is plain arithmetic: no DST hour ever shifts a day.
 *
 * Sheets hands a custom function a date cell as the instant of its wall-clock time in the
 * spreadsheet's time zone. Without a zone we read it in the script's own zone (the JavaScript local
 * zone), which is right whenever the manifest's `timeZone` matches the spreadsheet's.
 */
export interface WallClock {
  /** The wall-clock ms of an instant. */
  toWall(date: Date): number;
  /** The instant at wall-clock `ms`. */
  fromWall(ms: number): Date;
}

/** The script's local zone: what `getFullYear()`/`getDate()` read. */
export const LOCAL_CLOCK: WallClock = {
  toWall: (d) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()),
  fromWall: (ms) => {
    const u = new Date(ms);
    return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds(), u.getUTCMilliseconds());
  },
};

/**
 * A clock for an IANA zone such as `Asia/Shanghai` (the spreadsheet's zone, when the caller knows it).
 * Offsets are cached per UTC hour: a column of dates has few distinct hours, and Intl is slow.
 */
export function zoneClock(timeZone: string): WallClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const cache = new Map<number, number>();
  const offsetAt = (utc: number): number => {
    const hour = Math.floor(utc / 3_600_000);
    let offset = cache.get(hour);
    if (offset === undefined) {
      const at = hour * 3_600_000;
      const parts: Record<string, number> = {};
      for (const p of format.formatToParts(new Date(at))) parts[p.type] = Number(p.value);
      offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - at;
      cache.set(hour, offset);
    }
    return offset;
  };
  return {
    toWall: (d) => d.getTime() + offsetAt(d.getTime()),
    fromWall: (ms) => {
      // Two passes settle the offset across a DST change.
      const first = offsetAt(ms);
      const second = offsetAt(ms - first);
      const utc = ms - second;
      if (utc + offsetAt(utc) === ms) return new Date(utc);
      // `ms` fell in the hour skipped when clocks went forward; where that happens at midnight
      // (America/Santiago, America/Havana) the day starts at 01:00. Take the instant just after the
      // gap, by the offset in force before it (the smaller one), as Date does for local times:
      // 00:00 becomes 01:00 of the same day, not 23:00 of the day before.
      return new Date(ms - Math.min(first, second));
    },
  };
}

/** Reading: a wall-clock ms value in `value`, or blank, or invalid. */
export type DateCell = NumberCell;

// Wall-clock limits: year 1900 to 9999. Outside them a Date cannot be written back to a sheet.
const MIN_WALL = Date.UTC(1900, 0, 1);
const MAX_WALL = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** True when wall-clock `ms` is a date a sheet can show (years 1900–9999). */
export function isWallInRange(ms: number): boolean {
  return ms >= MIN_WALL && ms <= MAX_WALL;
}

const NONE = new Set(['-', '--', '---', '—', '–', 'n/a', 'na', 'none', '无', '無']);

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Reads a date (with an optional time) from what operators paste, as wall-clock ms:
 * a Date cell; a serial day number (what a sheet stores, e.g. 46353 = 2026-11-27; from
 * {@link MIN_SERIAL_DATE}, smaller plain numbers are not dates); ISO and
 * Chinese text (`2026-11-27`, `2026/11/27`, `2026.11.27`, `2026年11月27日`, `2026-11-27 10:30`,
 * `2026-11-27T10:30:00`) — ISO is read the same in every locale; the Ads console's `Nov 27, 2026`;
 * `27 Nov 2026`; and slashed or dotted day-month text in the spreadsheet's order: month first
 * (`11/27/2026`, en_US) or, with `dayFirst` (de_DE, en_GB, fr_FR …), day first (`11.12.2026` is
 * 11 December). When the locale's order gives no real day, the other order is tried
 * (`27/11/2026` in en_US).
 */
export function readDateTime(cell: unknown, clock: WallClock, dayFirst = false): DateCell {
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  if (isDate(cell)) {
    const time = cell.getTime();
    if (Number.isNaN(time)) return { kind: 'invalid', reason: 'text', text: 'Invalid Date' };
    const wall = clock.toWall(cell);
    return isWallInRange(wall) ? { kind: 'number', value: wall } : { kind: 'invalid', reason: 'text', text: String(cell.getFullYear()) };
  }
  if (typeof cell === 'number') {
    const wall = SERIAL_EPOCH + Math.round(cell * MS_PER_DAY);
    return Number.isFinite(cell) && cell >= MIN_SERIAL_DATE && isWallInRange(wall) ? { kind: 'number', value: wall } : { kind: 'invalid', reason: 'text', text: String(cell) };
  }
  if (typeof cell === 'boolean') return { kind: 'invalid', reason: 'boolean', text: String(cell).toUpperCase() };
  const raw = String(cell);
  const s = raw.normalize('NFKC').trim();
  if (s === '') return BLANK;
  if (NONE.has(s.toLowerCase())) return NO_VALUE;
  const wall = parseDateText(s, dayFirst);
  return wall === null ? { kind: 'invalid', reason: 'text', text: raw.length > 24 ? raw.slice(0, 23) + '…' : raw } : { kind: 'number', value: wall };
}

/** Like {@link readDateTime}, dropping the time: the value is the wall-clock ms of midnight. */
export function readDay(cell: unknown, clock: WallClock, dayFirst = false): DateCell {
  const read = readDateTime(cell, clock, dayFirst);
  return read.kind === 'number' ? { kind: 'number', value: Math.floor(read.value / MS_PER_DAY) * MS_PER_DAY } : read;
}

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm)?\s*(?:z|utc|[+-]\d{2}:?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?` + TIME + '$', 'i');
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})` + TIME + '$', 'i');
const MONTH_FIRST = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})` + TIME + '$', 'i');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4})` + TIME + '$', 'i');

/** Wall-clock ms of a date text, or null when it is not one (or not a real calendar day). */
export function parseDateText(s: string, dayFirst = false): number | null {
  let m = YMD.exec(s);
  if (m) return build(+m[1], +m[2], +m[3], m, 4);
  m = SLASHED.exec(s);
  if (m) {
    const [month, day] = dayFirst ? [+m[2], +m[1]] : [+m[1], +m[2]];
    return month > 12 ? build(+m[3], day, month, m, 4) : build(+m[3], month, day, m, 4);
  }
  m = MONTH_FIRST.exec(s);
  if (m) return monthName(m[1]) === null ? null : build(+m[3], monthName(m[1]) as number, +m[2], m, 4);
  m = DAY_FIRST.exec(s);
  if (m) return monthName(m[2]) === null ? null : build(+m[3], monthName(m[2]) as number, +m[1], m, 4);
  return null;
}

/** 1–12 for an English month name or abbreviation ("Sep", "Sept", "September"), else null. */
export function monthName(word: string): number | null {
  const w = word.toLowerCase();
  const key = w.startsWith('sept') ? 'sept' : w.slice(0, 3);
  const month = MONTHS[key];
  if (month === undefined) return null;
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][month - 1];
  return full.startsWith(w) || w === 'sept' ? month : null;
}

function build(year: number, month: number, day: number, m: RegExpExecArray, at: number): number | null {
  let hour = m[at] === undefined ? 0 : +m[at];
  const minute = m[at + 1] === undefined ? 0 : +m[at + 1];
  const second = m[at + 2] === undefined ? 0 : +m[at + 2];
  const half = m[at + 3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 Feb over into March: a day that does not exist is not a date.
  if (new Date(ms).getUTCDate() !== day) return null;
  return isWallInRange(ms) ? ms : null;
}

/** "2026-11-27" for a wall-clock ms (docs and tests show dates this way). */
export function formatWallDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// Locales whose short dates put the month first (Sheets reads 11/12/2026 as 12 November there).
// Every other locale reads day first. Chinese, Japanese and Korean write year first; for a
// year-last text their order in Sheets is not documented, so month first (as before) is assumed.
const MONTH_FIRST_LOCALES = /^(en_US|en_PH|es_US|en|zh(_\w+)?|ja(_\w+)?|ko(_\w+)?)$/;

/**
 * True when the spreadsheet locale (`de_DE`, `en_GB`, `fr_FR` …) reads `11.12.2026` as 11 December.
 * An empty tag keeps month first, as Seller Central US writes dates.
 */
export function isDayFirstLocale(locale: string): boolean {
  const tag = locale.trim().replace(/-/g, '_');
  return tag !== '' && !MONTH_FIRST_LOCALES.test(tag);
}
