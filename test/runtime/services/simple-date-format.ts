/**
 * Java `SimpleDateFormat` formatting (English symbols), the pattern language of
 * `Utilities.formatDate`. Letters: G y Y M L w W D d F E u a H k K h m s S z Z X, text in
 * single quotes, `''` for a quote. Any other ASCII letter is an error, as in Java.
 */
import { javaZone, zonedParts, utcMs, type Zone, type ZonedParts } from './time-zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** One piece of a compiled pattern. */
type Token = { readonly literal: string } | { readonly letter: string; readonly count: number };

/** Thrown for a pattern Java would reject (the message is Java's). */
export class PatternError extends Error {}

function compile(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i++;
      for (;;) {
        if (i >= pattern.length) throw new PatternError('Unterminated quote');
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += pattern[i++];
      }
      tokens.push({ literal: text });
    } else if (/[A-Za-z]/.test(c)) {
      if (!/[GyYMLwWDdFEuaHkKhmsSzZX]/.test(c)) throw new PatternError(`Illegal pattern character '${c}'`);
      let n = 1;
      while (pattern[i + n] === c) n++;
      if (c === 'X' && n > 3) throw new PatternError('invalid ISO 8601 format: length=' + n);
      tokens.push({ letter: c, count: n });
      i += n;
    } else {
      tokens.push({ literal: c });
      i++;
    }
  }
  return tokens;
}

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
};

function dayOfYear(p: ZonedParts): number {
  return Math.round((utcMs(p.year, p.month, p.day) - utcMs(p.year, 1, 1)) / 86_400_000) + 1;
}

/**
 * Week of year and week-year with Java's US rules (weeks start on Sunday; week 1 is the week
 * containing January 1, so the last days of December may belong to week 1 of the next year).
 */
function weekOfYear(p: ZonedParts): { week: number; weekYear: number } {
  const jan1Weekday = new Date(utcMs(p.year, 1, 1)).getUTCDay();
  const doy = dayOfYear(p);
  const daysToSaturday = 6 - p.weekday;
  const endOfWeek = new Date(utcMs(p.year, p.month, p.day + daysToSaturday));
  if (endOfWeek.getUTCFullYear() > p.year) return { week: 1, weekYear: p.year + 1 };
  return { week: Math.floor((doy - 1 + jan1Weekday) / 7) + 1, weekYear: p.year };
}

function weekOfMonth(p: ZonedParts): number {
  const firstWeekday = new Date(utcMs(p.year, p.month, 1)).getUTCDay();
  return Math.floor((p.day - 1 + firstWeekday) / 7) + 1;
}

function offsetText(offsetMs: number, style: 'Z' | 'X1' | 'X2' | 'X3'): string {
  if (style !== 'Z' && offsetMs === 0) return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const mins = Math.round(Math.abs(offsetMs) / 60000);
  const hh = pad(Math.floor(mins / 60), 2);
  const mm = pad(mins % 60, 2);
  if (style === 'X1') return sign + hh; // Java's single X drops the minutes
  if (style === 'X3') return `${sign}${hh}:${mm}`;
  return sign + hh + mm;
}

function field(letter: string, count: number, p: ZonedParts, zone: Zone, epochMs: number): string {
  const text = (full: string): string => (count >= 4 ? full : full.slice(0, 3));
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const year = letter === 'Y' ? weekOfYear(p).weekYear : p.year;
      const y = year > 0 ? year : 1 - year;
      return count === 2 ? pad(y % 100, 2) : pad(y, count);
    }
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[p.month - 1]) : pad(p.month, count);
    case 'w':
      return pad(weekOfYear(p).week, count);
    case 'W':
      return pad(weekOfMonth(p), count);
    case 'D':
      return pad(dayOfYear(p), count);
    case 'd':
      return pad(p.day, count);
    case 'F':
      return pad(Math.floor((p.day - 1) / 7) + 1, count);
    case 'E':
      return text(DAYS[p.weekday]);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.millisecond, count);
    case 'z':
      return count >= 4 ? zone.longName(epochMs) : zone.shortName(epochMs);
    case 'Z':
      return offsetText(p.offsetMs, 'Z');
    case 'X':
      return offsetText(p.offsetMs, count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
    default:
      throw new PatternError(`Illegal pattern character '${letter}'`);
  }
}

/** Formats `epochMs` in the zone named `timeZone` (Java semantics: unknown zone → GMT) with `pattern`. */
export function formatJavaDate(epochMs: number, timeZone: string, pattern: string): string {
  const zone = javaZone(timeZone);
  const parts = zonedParts(epochMs, zone);
  return compile(pattern)
    .map((t) => ('literal' in t ? t.literal : field(t.letter, t.count, parts, zone, epochMs)))
    .join('');
}
