import { serialToDate, zoneOf } from './dates';
import { localeConventions } from './typed-input';

/** What getNumberFormat returns for a cell nobody formatted (Sheets' "Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';

/**
 * Renders a cell the way getDisplayValues does, for the number-format patterns the add-on uses:
 * `0`, `0.00`, `#,##0`, `#,##0.00`, `0%`, `0.0%`, currency prefixes (`$#,##0.00`, `"¥"#,##0`),
 * `@` (plain text) and date/time patterns (`yyyy-mm-dd`, `m/d/yyyy`, `yyyy-mm-dd hh:mm`).
 * With no format, numbers show like Sheets' automatic format (up to 10 significant digits) and
 * dates like its automatic date, date-time or time format. Numbers use the decimal and grouping
 * marks of the spreadsheet's `locale` (1.234,50 in de_DE); dates use the pattern as given.
 */
export function formatValue(value: unknown, pattern: string | undefined, zone: string, locale = 'en_US'): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    return formatDatePattern(date, pattern && isDatePattern(pattern) ? pattern : automaticDateFormat(date, zone), zone);
  }
  if (typeof value !== 'number') return String(value);
  const marks = localMarks(locale);
  if (!pattern || isAutomatic(pattern) || pattern === '@') return marks(automatic(value));
  if (isDatePattern(pattern)) return formatDatePattern(serialToDate(value, zone), pattern, zone);
  return formatNumberPattern(value, pattern, marks);
}

/** Rewrites en_US number text (1,234.5) with a locale's marks (1.234,5 in de_DE; a narrow space groups in fr_FR). */
function localMarks(locale: string): (digits: string) => string {
  const c = localeConventions(locale);
  const group = c.groups[c.groups.length - 1];
  if (c.decimal === '.' && group === ',') return (digits) => digits;
  return (digits) => digits.replace(/[.,]/g, (mark) => (mark === '.' ? c.decimal : group));
}

/** True for the patterns that mean "no format": Sheets' automatic pattern and `General`. */
export function isAutomatic(pattern: string): boolean {
  return pattern === AUTOMATIC_FORMAT || pattern.toLowerCase() === 'general';
}

/**
 * The format Sheets shows a date in when the cell has none: `M/d/yyyy` at midnight,
 * `h:mm:ss am/pm` for a bare time (day 0, 1899-12-30), `M/d/yyyy H:mm:ss` otherwise (en_US).
 */
export function automaticDateFormat(date: Date, zone: string): string {
  const wall = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
  if (wall.startsWith('1899-12-30')) return 'h:mm:ss am/pm';
  return /00:00:00$/.test(wall) ? 'M/d/yyyy' : 'M/d/yyyy H:mm:ss';
}

/** True when a pattern formats dates or times (quoted text, escapes and `[…]` tags aside). */
export function isDatePattern(pattern: string): boolean {
  const bare = pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  if (isAutomatic(bare.trim())) return false;
  return /[dmyhs]/i.test(bare) || /am\/pm/i.test(bare);
}

function automatic(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (n !== 0 && (Math.abs(n) >= 1e15 || Math.abs(n) < 1e-9)) {
    // Sheets switches to scientific notation: 1.23E+15.
    const [mantissa, exp] = n.toExponential().split('e');
    const m = Number(Number(mantissa).toPrecision(10)).toString();
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return Number(n.toPrecision(10)).toString();
}

/** A section's leading condition (`[>=1000000]`), as Sheets' conditional number formats have. */
const CONDITION = /^\[(<=|>=|<>|<|>|=)(-?\d+(?:\.\d+)?)\]/;

function meets(n: number, op: string, bound: number): boolean {
  return op === '<' ? n < bound : op === '<=' ? n <= bound : op === '>' ? n > bound : op === '>=' ? n >= bound : op === '=' ? n === bound : n !== bound;
}

/**
 * A conditional format (`[>=1000000]"∞";0.0%`): the first section whose condition holds, else the
 * last section. Null when the pattern has no condition.
 */
function conditionalSection(n: number, pattern: string): { section: string } | null {
  const sections = pattern.split(';');
  if (!CONDITION.test(sections[0])) return null;
  for (const section of sections) {
    const m = CONDITION.exec(section);
    if (m && meets(n, m[1], Number(m[2]))) return { section: section.slice(m[0].length) };
  }
  return { section: sections[sections.length - 1].replace(CONDITION, '') };
}

function formatNumberPattern(n: number, pattern: string, marks: (digits: string) => string = (d) => d): string {
  const conditional = conditionalSection(n, pattern);
  if (conditional) {
    // A literal-only section ("∞") shows its text; otherwise the section formats the number.
    if (!/[#0]/.test(conditional.section.replace(/"[^"]*"/g, ''))) return conditional.section.replace(/"([^"]*)"/g, '$1');
    return formatNumberPattern(n, conditional.section, marks);
  }
  const section = pattern.split(';')[n < 0 && pattern.includes(';') ? 1 : 0];
  const percent = section.replace(/"[^"]*"/g, '').includes('%');
  const value = Math.abs(percent ? n * 100 : n);
  const numberPart = /[#0][#0,]*(?:\.[0#]+)?/.exec(section)?.[0] ?? '0';
  const decimals = (numberPart.split('.')[1] ?? '').length;
  const grouped = numberPart.includes(',');
  let text = value.toFixed(decimals);
  if (grouped) {
    const [whole, frac] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
  }
  const at = section.indexOf(numberPart);
  const prefix = section.slice(0, at);
  const suffix = section.slice(at + numberPart.length);
  const clean = (s: string) => s.replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g, '$1').replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const sign = n < 0 && !pattern.includes(';') ? '-' : '';
  return `${sign}${clean(prefix)}${marks(text)}${clean(suffix)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS: Record<string, string> = { Sun: 'Sunday', Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday' };

/**
 * Sheets date tokens: yyyy yy mmmm mmm mm m dddd ddd dd d hh h mm/m (minutes after an hour or
 * before seconds) ss s am/pm (12-hour clock when present), "literal text".
 */
function formatDatePattern(date: Date, pattern: string, zone: string): string {
  // Wall-clock fields via the zone's clock, read with UTC getters: no Intl formatter per cell.
  const wall = new Date(date.getTime() + zoneOf(zone).offsetMs(date.getTime()));
  const parts = {
    year: String(wall.getUTCFullYear()),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: SHORT_WEEKDAYS[wall.getUTCDay()],
  };
  const month = Number(parts.month);
  const hour24 = Number(parts.hour);
  const twelveHour = /am\/pm/i.test(pattern.replace(/"[^"]*"/g, ''));
  const hour = twelveHour ? ((hour24 + 11) % 12) + 1 : hour24;
  const pad = (v: string | number) => String(v).padStart(2, '0');
  const tokens = [...pattern.matchAll(/"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|[\s\S]/gi)];
  const lower = tokens.map((t) => t[0].toLowerCase());
  const isMinute = (i: number) => {
    for (let j = i - 1; j >= 0; j--) {
      if (/^h+$/.test(lower[j])) return true;
      if (/^(?:d+|y+|m+)$/.test(lower[j])) break;
    }
    for (let j = i + 1; j < lower.length; j++) {
      if (/^s+$/.test(lower[j])) return true;
      if (/^(?:d+|y+|m+|h+)$/.test(lower[j])) break;
    }
    return false;
  };
  return tokens
    .map((t, i) => {
      if (t[1] !== undefined) return t[1];
      if (t[2] !== undefined) return t[2];
      switch (lower[i]) {
        case 'yyyy':
          return parts.year;
        case 'yy':
          return parts.year.slice(-2);
        case 'mmmm':
          return MONTHS[month - 1];
        case 'mmm':
          return MONTHS[month - 1].slice(0, 3);
        case 'mm':
          return isMinute(i) ? pad(parts.minute) : pad(month);
        case 'm':
          return isMinute(i) ? String(Number(parts.minute)) : String(month);
        case 'dddd':
          return WEEKDAYS[parts.weekday] ?? parts.weekday;
        case 'ddd':
          return parts.weekday;
        case 'dd':
          return pad(parts.day);
        case 'd':
          return String(Number(parts.day));
        case 'hh':
          return pad(hour);
        case 'h':
          return String(hour);
        case 'ss':
          return pad(parts.second);
        case 's':
          return String(Number(parts.second));
        case 'am/pm':
          return hour24 < 12 ? 'AM' : 'PM';
        default:
          return t[0];
      }
    })
    .join('');
}
