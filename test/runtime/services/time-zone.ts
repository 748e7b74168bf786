/**
 * Time zones as Apps Script (a Java platform) sees them, computed with Intl so any IANA zone works.
 *
 * Java's `TimeZone.getTimeZone(id)` accepts IANA ids and custom ids such as `GMT+8` or
 * `GMT+08:00`, and silently falls back to GMT for an id it does not know; `Utilities.formatDate`
 * inherits that, so a misspelt zone formats in GMT rather than failing. {@link javaZone} does the same.
 */

/** Wall-clock fields of an instant in a zone. */
export interface ZonedParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  /** Offset from UTC in ms at that instant. */
  readonly offsetMs: number;
}

/** A zone: its offset at any instant and its display names. */
export interface Zone {
  readonly id: string;
  offsetMs(epochMs: number): number;
  /** Java's `z` (short name, e.g. `PST`, `CST`, `GMT+08:00`). */
  shortName(epochMs: number): string;
  /** Java's `zzzz` (e.g. `Pacific Standard Time`). */
  longName(epochMs: number): string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function fieldsFormatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** True when Intl knows `tz` as a time zone. */
export function isIanaZone(tz: string): boolean {
  if (!tz) return false;
  try {
    fieldsFormatter(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * Date.UTC that also handles years 0–99 literally. Out-of-range fields carry over as in Date.UTC
 * (day 32 of December is 1 January of the next year, day 0 of March the last day of February).
 */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  // Only Date.UTC's two-digit-year rule is avoided: setUTCFullYear takes the year as given and,
  // like the time setter, carries overflowing months, days and hours into the next field.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

function ianaOffset(tz: string, epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const parts = fieldsFormatter(tz).formatToParts(new Date(whole));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '0';
  let year = Number(get('year'));
  if (get('era') === 'BC' || get('era') === 'B') year = 1 - year;
  const asUtc = utcMs(year, Number(get('month')), Number(get('day')), Number(get('hour')), Number(get('minute')), Number(get('second')));
  return asUtc - whole;
}

function zoneName(tz: string, epochMs: number, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: style }).formatToParts(new Date(epochMs));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
}

/** `+08:00`-style text for an offset, as Java prints unnamed zones (`GMT+08:00`). */
export function gmtOffsetName(offsetMs: number): string {
  if (offsetMs === 0) return 'GMT';
  const sign = offsetMs < 0 ? '-' : '+';
  const mins = Math.round(Math.abs(offsetMs) / 60000);
  return `GMT${sign}${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;
}

/**
 * Java's short names where they differ from what Intl's en-US data prints (Intl prints `GMT+8`
 * for Asia/Shanghai; Java prints `CST`). Standard name, then daylight name.
 */
const JAVA_SHORT_NAMES: Record<string, readonly [string, string]> = {
  'Asia/Shanghai': ['CST', 'CDT'],
  'Asia/Chongqing': ['CST', 'CDT'],
  'Asia/Harbin': ['CST', 'CDT'],
  PRC: ['CST', 'CDT'],
  'Asia/Taipei': ['CST', 'CDT'],
  'Asia/Macau': ['CST', 'CDT'],
  'Asia/Hong_Kong': ['HKT', 'HKST'],
  'Asia/Tokyo': ['JST', 'JDT'],
  'Asia/Seoul': ['KST', 'KDT'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Calcutta': ['IST', 'IST'],
  'Asia/Dubai': ['GST', 'GST'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Dublin': ['GMT', 'IST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Madrid': ['CET', 'CEST'],
  'Europe/Rome': ['CET', 'CEST'],
  'Europe/Amsterdam': ['CET', 'CEST'],
  'Europe/Brussels': ['CET', 'CEST'],
  'Europe/Vienna': ['CET', 'CEST'],
  'Europe/Stockholm': ['CET', 'CEST'],
  'Europe/Warsaw': ['CET', 'CEST'],
  'Europe/Moscow': ['MSK', 'MSK'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
  'Australia/Brisbane': ['AEST', 'AEST'],
  UTC: ['UTC', 'UTC'],
  'Etc/UTC': ['UTC', 'UTC'],
  GMT: ['GMT', 'GMT'],
  'Etc/GMT': ['GMT', 'GMT'],
  'Etc/GMT0': ['GMT', 'GMT'],
  'Etc/GMT+0': ['GMT', 'GMT'],
  'Etc/GMT-0': ['GMT', 'GMT'],
  'Etc/Greenwich': ['GMT', 'GMT'],
  GMT0: ['GMT', 'GMT'],
  Greenwich: ['GMT', 'GMT'],
};

/**
 * Java's long names (`zzzz`) where they differ from Intl's en-US data: ICU's newer CLDR says
 * "Taiwan Standard Time" for Asia/Taipei, Java "Taipei Standard Time"; Intl calls the GMT zone
 * "Coordinated Universal Time", Java "Greenwich Mean Time". Standard name, then daylight name.
 */
const JAVA_LONG_NAMES: Record<string, readonly [string, string]> = {
  'Asia/Taipei': ['Taipei Standard Time', 'Taipei Daylight Time'],
  GMT: ['Greenwich Mean Time', 'Greenwich Mean Time'],
  'Etc/GMT': ['Greenwich Mean Time', 'Greenwich Mean Time'],
  'Etc/GMT0': ['Greenwich Mean Time', 'Greenwich Mean Time'],
  'Etc/GMT+0': ['Greenwich Mean Time', 'Greenwich Mean Time'],
  'Etc/GMT-0': ['Greenwich Mean Time', 'Greenwich Mean Time'],
  'Etc/Greenwich': ['Greenwich Mean Time', 'Greenwich Mean Time'],
  GMT0: ['Greenwich Mean Time', 'Greenwich Mean Time'],
  Greenwich: ['Greenwich Mean Time', 'Greenwich Mean Time'],
};

/** True when `ms` is in daylight time in a zone: its offset is above the year's lower one. */
function inDaylightTime(offsetMs: (ms: number) => number, ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  const standard = Math.min(offsetMs(utcMs(year, 1, 1)), offsetMs(utcMs(year, 7, 1)));
  return offsetMs(ms) > standard;
}

function ianaZone(tz: string): Zone {
  const offsetMs = (ms: number): number => ianaOffset(tz, ms);
  return {
    id: tz,
    offsetMs,
    shortName(ms) {
      const table = JAVA_SHORT_NAMES[tz];
      if (table) return inDaylightTime(offsetMs, ms) ? table[1] : table[0];
      const name = zoneName(tz, ms, 'short');
      return name.startsWith('GMT') ? gmtOffsetName(offsetMs(ms)) : name;
    },
    longName(ms) {
      const table = JAVA_LONG_NAMES[tz];
      if (table) return inDaylightTime(offsetMs, ms) ? table[1] : table[0];
      const name = zoneName(tz, ms, 'long');
      return name.startsWith('GMT') ? gmtOffsetName(offsetMs(ms)) : name;
    },
  };
}

function fixedZone(id: string, offset: number): Zone {
  return { id, offsetMs: () => offset, shortName: () => gmtOffsetName(offset), longName: () => gmtOffsetName(offset) };
}

/** The zone Java falls back to for an id it does not know: GMT, "Greenwich Mean Time" in full. */
const FALLBACK_GMT: Zone = { ...fixedZone('GMT', 0), longName: () => 'Greenwich Mean Time' };

/** Java's custom zone ids: `GMT+8`, `GMT+08`, `GMT+0800`, `GMT+08:00`, `GMT-5:30`. */
const CUSTOM_ID = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** The zone Java would use for `id` — GMT when the id is unknown, as `TimeZone.getTimeZone` does. */
export function javaZone(id: string): Zone {
  const m = CUSTOM_ID.exec(id);
  if (m) {
    const h = Number(m[2]);
    const min = Number(m[3] ?? '0');
    if (h <= 23 && min <= 59) return fixedZone(id, (m[1] === '-' ? -1 : 1) * (h * 60 + min) * 60000);
  }
  return isIanaZone(id) ? ianaZone(id) : FALLBACK_GMT;
}

/** Wall-clock fields of `epochMs` in `zone`. */
export function zonedParts(epochMs: number, zone: Zone): ZonedParts {
  const offsetMs = zone.offsetMs(epochMs);
  const d = new Date(epochMs + offsetMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMs,
  };
}

/**
 * The instant at which the wall clock in `zone` shows the given fields, resolved as java.time
 * does: in an overlap (fall back) the earlier instant; in a gap (spring forward) the time moves
 * forward by the gap, so 02:30 on that night becomes 03:30.
 */
export function zonedToEpoch(zone: Zone, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const wall = utcMs(year, month, day, hour, minute, second);
  const before = zone.offsetMs(wall - 86_400_000);
  const after = zone.offsetMs(wall + 86_400_000);
  const valid = [wall - before, wall - after].filter((t) => zone.offsetMs(t) === wall - t);
  return valid.length ? Math.min(...valid) : wall - before;
}
