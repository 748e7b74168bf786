import { serialToDate } from './dates';

/**
 * Renders a cell the way getDisplayValues does, for the number-format patterns the add-on uses:
 * `0`, `0.00`, `#,##0`, `#,##0.00`, `0%`, `0.0%`, currency prefixes (`$#,##0.00`, `"¥"#,##0`),
 * `@` (plain text) and date/time patterns (`yyyy-mm-dd`, `m/d/yyyy`, `yyyy-mm-dd hh:mm`).
 * With no format, numbers show like Sheets' automatic format (up to 10 significant digits).
 */
export function formatValue(value: unknown, pattern: string | undefined, zone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return formatDatePattern(value as Date, pattern && isDatePattern(pattern) ? pattern : 'm/d/yyyy', zone);
  }
  if (typeof value !== 'number') return String(value);
  if (!pattern || pattern === 'General' || pattern === '@') return automatic(value);
  if (isDatePattern(pattern)) return formatDatePattern(serialToDate(value, zone), pattern, zone);
  return formatNumberPattern(value, pattern);
}

/** True when a pattern formats dates or times. */
export function isDatePattern(pattern: string): boolean {
  const bare = pattern.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[yd]|h+:|:m|m\/|\/m|mm-|-mm|mmm/i.test(bare);
}

function automatic(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = Number(n.toPrecision(10)).toString();
  return s;
}

function formatNumberPattern(n: number, pattern: string): string {
  const section = pattern.split(';')[n < 0 && pattern.includes(';') ? 1 : 0];
  const percent = section.includes('%');
  const value = Math.abs(percent ? n * 100 : n);
  const numberPart = /[#0][#0,]*(?:\.[0#]+)?/.exec(section)?.[0] ?? '0';
  const decimals = (numberPart.split('.')[1] ?? '').length;
  const grouped = numberPart.includes(',');
  let text = value.toFixed(decimals);
  if (grouped) {
    const [whole, frac] = text.split('.');
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
  }
  const [prefix, suffix] = section.split(numberPart);
  const clean = (s: string | undefined) => (s ?? '').replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const sign = n < 0 && !pattern.includes(';') ? '-' : '';
  return `${sign}${clean(prefix)}${text}${clean(suffix)}`;
}

/** Sheets date tokens: yyyy yy mmmm mmm mm m dd d hh h mm(minutes after h) ss am/pm. */
function formatDatePattern(date: Date, pattern: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const month = Number(parts.month);
  const pad = (v: string | number) => String(v).padStart(2, '0');
  let lastWasHour = false;
  return pattern.replace(/"([^"]*)"|yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|am\/pm/gi, (tok, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    const t = tok.toLowerCase();
    const wasHour = lastWasHour;
    lastWasHour = t === 'h' || t === 'hh';
    switch (t) {
      case 'yyyy':
        return parts.year;
      case 'yy':
        return parts.year.slice(-2);
      case 'mmmm':
        return months[month - 1];
      case 'mmm':
        return months[month - 1].slice(0, 3);
      case 'mm':
        return wasHour ? pad(parts.minute) : pad(month);
      case 'm':
        return wasHour ? String(Number(parts.minute)) : String(month);
      case 'dd':
        return pad(parts.day);
      case 'd':
        return String(Number(parts.day));
      case 'hh':
        return pad(parts.hour);
      case 'h':
        return String(Number(parts.hour));
      case 'ss':
        return pad(parts.second);
      case 's':
        return String(Number(parts.second));
      default:
        return Number(parts.hour) < 12 ? 'AM' : 'PM';
    }
  });
}
