/**
 * Typed text as Sheets reads it (Range.setValue/setValues write USER_ENTERED, as if typed into
 * the cell), in the spreadsheet's locale: numbers with the locale's decimal and grouping marks,
 * percentages, currency, `(123)` negatives, dates in the locale's day/month order, times,
 * TRUE/FALSE — and the number format Sheets gives a cell when such text is typed into it.
 * Everything else stays text. What is observed and what is our best guess is listed in
 * test/runtime/README.md ("Typed input").
 */

/** What a piece of typed text stands for. */
export type TypedValue =
  | { kind: 'number'; value: number; format: string | null }
  | { kind: 'date'; serial: number; format: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'text' };

/** The conventions of one spreadsheet locale that typed input depends on. */
export interface LocaleConventions {
  /** The decimal mark. */
  decimal: '.' | ',';
  /** Marks accepted between groups of three digits. */
  groups: readonly string[];
  /** The locale's own currency symbol and where it stands. */
  currency: { symbol: string; after: boolean };
  /** The order of a numeric date's parts. */
  order: 'MDY' | 'DMY' | 'YMD';
  /** Separators of a numeric date (besides ISO's yyyy-mm-dd, which every locale reads). */
  dateSeparators: readonly string[];
  /** Formats Sheets applies to a typed date, date-time and time of day. */
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
}

const SPACES = [' ', '\u00a0', '\u202f'];

/** The locales the runtime knows; any other falls back to its language's, then to en_US. */
export const LOCALES: Readonly<Record<string, LocaleConventions>> = {
  en_US: { decimal: '.', groups: [','], currency: { symbol: '$', after: false }, order: 'MDY', dateSeparators: ['/'], dateFormat: 'M/d/yyyy', dateTimeFormat: 'M/d/yyyy H:mm:ss', timeFormat: 'h:mm:ss am/pm' },
  en_GB: { decimal: '.', groups: [','], currency: { symbol: '£', after: false }, order: 'DMY', dateSeparators: ['/'], dateFormat: 'dd/mm/yyyy', dateTimeFormat: 'dd/mm/yyyy hh:mm:ss', timeFormat: 'hh:mm:ss' },
  de_DE: { decimal: ',', groups: ['.'], currency: { symbol: '€', after: true }, order: 'DMY', dateSeparators: ['.'], dateFormat: 'dd.mm.yyyy', dateTimeFormat: 'dd.mm.yyyy hh:mm:ss', timeFormat: 'hh:mm:ss' },
  fr_FR: { decimal: ',', groups: SPACES, currency: { symbol: '€', after: true }, order: 'DMY', dateSeparators: ['/'], dateFormat: 'dd/mm/yyyy', dateTimeFormat: 'dd/mm/yyyy hh:mm:ss', timeFormat: 'hh:mm:ss' },
  zh_CN: { decimal: '.', groups: [','], currency: { symbol: '¥', after: false }, order: 'YMD', dateSeparators: ['/', '-'], dateFormat: 'yyyy/m/d', dateTimeFormat: 'yyyy/m/d h:mm:ss', timeFormat: 'h:mm:ss' },
  zh_TW: { decimal: '.', groups: [','], currency: { symbol: 'NT$', after: false }, order: 'YMD', dateSeparators: ['/', '-'], dateFormat: 'yyyy/m/d', dateTimeFormat: 'yyyy/m/d h:mm:ss', timeFormat: 'h:mm:ss' },
  ja_JP: { decimal: '.', groups: [','], currency: { symbol: '¥', after: false }, order: 'YMD', dateSeparators: ['/', '-'], dateFormat: 'yyyy/mm/dd', dateTimeFormat: 'yyyy/mm/dd h:mm:ss', timeFormat: 'h:mm:ss' },
};

/** The conventions of `locale` (`de_DE`, `de-DE` or `de`), en_US when unknown. */
export function localeConventions(locale: string): LocaleConventions {
  const normal = locale.replace('-', '_');
  const language = normal.split('_')[0];
  return LOCALES[normal] ?? Object.entries(LOCALES).find(([name]) => name.startsWith(`${language}_`))?.[1] ?? LOCALES.en_US;
}

/** Currency symbols Sheets reads in any locale, besides the locale's own. */
const CURRENCIES = ['NT$', 'US$', 'HK$', '$', '€', '£', '¥', '￥', '₩', '₹'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What `text`, typed into a cell of a spreadsheet in `locale`, stands for. `year` is the current
 * year in the spreadsheet's time zone (a date typed without one, "12/31", falls in it).
 */
export function parseTypedInput(text: string, locale: string, year: number): TypedValue {
  const conventions = localeConventions(locale);
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'text' };
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'boolean', value: trimmed.toLowerCase() === 'true' };
  // Every number, date and time has a digit; most text (SKUs, names) is over here.
  if (!/\d/.test(trimmed)) return { kind: 'text' };
  return parseNumber(trimmed, conventions) ?? parseDateTime(trimmed, conventions, year) ?? { kind: 'text' };
}

const numberPatterns = new Map<LocaleConventions, RegExp>();

/** The digits of a number in the locale's marks: `1,234.5`, `1.234,5`, `1 234,5`, `.5`, `1e3`. */
function numberPattern(c: LocaleConventions): RegExp {
  let pattern = numberPatterns.get(c);
  if (!pattern) {
    const group = `(?:${c.groups.map(escape).join('|')})`;
    const decimal = escape(c.decimal);
    pattern = new RegExp(`^(?:(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d*))?|${decimal}(\\d+))(?:[eE]([+-]?\\d+))?$`);
    numberPatterns.set(c, pattern);
  }
  return pattern;
}

function parseNumber(text: string, c: LocaleConventions): TypedValue | null {
  let rest = text;
  let negative = false;
  let parenthesised = false;
  if (/^\(.*\)$/.test(rest)) {
    parenthesised = true;
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  const takeSign = () => {
    const m = /^([+-])\s*/.exec(rest);
    if (!m) return false;
    if (parenthesised || signs++ > 0) return true;
    negative = m[1] === '-';
    rest = rest.slice(m[0].length);
    return false;
  };
  let signs = 0;
  if (takeSign()) return null;
  let currency: { symbol: string; after: boolean } | null = null;
  const symbols = currencySymbols(c);
  const before = symbols.find((s) => rest.startsWith(s));
  if (before) {
    currency = { symbol: before, after: false };
    rest = rest.slice(before.length).trimStart();
    if (takeSign()) return null;
  }
  const after = currency ? undefined : symbols.find((s) => rest.endsWith(s));
  if (after) {
    currency = { symbol: after, after: true };
    rest = rest.slice(0, -after.length).trimEnd();
  }
  let percent = false;
  if (rest.endsWith('%')) {
    percent = true;
    rest = rest.slice(0, -1).trimEnd();
  }
  if (percent && currency) return null;
  const m = numberPattern(c).exec(rest);
  if (!m) return null;
  const [, whole, fraction, bareFraction, exponent] = m;
  if (exponent !== undefined && (currency || percent || (whole !== undefined && !/^\d+$/.test(whole)))) return null;
  const digits = `${whole === undefined ? '0' : whole.replace(/\D/g, '')}.${fraction ?? bareFraction ?? ''}`;
  const magnitude = Number(digits) * 10 ** Number(exponent ?? 0);
  const value = (negative ? -magnitude : magnitude) / (percent ? 100 : 1);
  const decimals = (fraction ?? bareFraction ?? '') !== '';
  const grouped = whole !== undefined && !/^\d+$/.test(whole);
  let format: string | null = null;
  if (percent) format = decimals ? '0.00%' : '0%';
  else if (currency) format = currencyFormat(currency, c);
  else if (exponent !== undefined) format = '0.00E+00';
  else if (grouped) format = decimals ? '#,##0.00' : '#,##0';
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, format };
}

const symbolLists = new Map<LocaleConventions, string[]>();

/** Currency symbols to look for, longest first (NT$ before $). */
function currencySymbols(c: LocaleConventions): string[] {
  let symbols = symbolLists.get(c);
  if (!symbols) {
    symbols = [c.currency.symbol, ...CURRENCIES.filter((s) => s !== c.currency.symbol)].sort((a, b) => b.length - a.length);
    symbolLists.set(c, symbols);
  }
  return symbols;
}

/** The format a typed amount of money gets: the symbol where it was typed, two decimals (none for yen in ja_JP). */
function currencyFormat(currency: { symbol: string; after: boolean }, c: LocaleConventions): string {
  const digits = currency.symbol === '¥' && c.currency.symbol === '¥' && c.dateFormat === 'yyyy/mm/dd' ? '#,##0' : '#,##0.00';
  if (currency.symbol === '$' && c.currency.symbol === '$') return `"$"${digits}`;
  return currency.after ? `${digits} [$${currency.symbol}]` : `[$${currency.symbol}]${digits}`;
}

/** Day serial (0 = 1899-12-30) of a calendar date, or null when the date does not exist. */
function daySerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return (utc - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A two-digit year as Sheets reads it: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** A time of day as a fraction of a day: `13:45`, `13:45:30`, `1:45 PM`, `9 am`. */
function parseTime(text: string): number | null {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:[.,](\d+))?)?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text);
  if (!m) return null;
  const [, h, min, sec, frac, meridiem] = m;
  if (min === undefined && !meridiem) return null;
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
  }
  const minute = Number(min ?? 0);
  const second = Number(sec ?? 0) + Number(`0.${frac ?? 0}`);
  if (hour > 23 || minute > 59 || second >= 60) return null;
  return (hour * 3600 + minute * 60 + second) / 86_400;
}

const datePatterns = new Map<string, RegExp>();

/** A numeric date with separator `sep`: two or three parts (a trailing dot allowed after `31.12.`). */
function datePattern(sep: string): RegExp {
  let pattern = datePatterns.get(sep);
  if (!pattern) {
    const s = escape(sep);
    pattern = new RegExp(`^(\\d{1,4})${s}(\\d{1,2})(?:${s}(\\d{1,4}))?${sep === '.' ? '\\.?' : ''}$`);
    datePatterns.set(sep, pattern);
  }
  return pattern;
}

/** A calendar date in the locale's ways of typing one; null when `text` is not one. */
function parseDate(text: string, c: LocaleConventions, year: number): { serial: number; iso: string | null } | null {
  const iso = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (iso) {
    const serial = daySerial(Number(iso[1]), Number(iso[3]), Number(iso[4]));
    return serial === null ? null : { serial, iso: iso[2] };
  }
  const cjk = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (cjk) {
    const serial = daySerial(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
    return serial === null ? null : { serial, iso: null };
  }
  for (const sep of c.dateSeparators) {
    const m = datePattern(sep).exec(text);
    if (!m) continue;
    const [, a, b, cc] = m;
    let y: number;
    let mo: number;
    let d: number;
    if (c.order === 'YMD') {
      if (cc === undefined) [y, mo, d] = [year, Number(a), Number(b)];
      else [y, mo, d] = [fullYear(a), Number(b), Number(cc)];
    } else {
      if (a.length > 2 || (cc !== undefined && cc.length === 3)) continue;
      const [first, second] = [Number(a), Number(b)];
      [mo, d] = c.order === 'MDY' ? [first, second] : [second, first];
      y = cc === undefined ? year : fullYear(cc);
    }
    const serial = daySerial(y, mo, d);
    if (serial !== null) return { serial, iso: null };
  }
  // English month names: "Mar 1 2026", "March 1, 2026", "1 Mar 2026", "1-Mar-2026", "Mar 1".
  const words = text.toLowerCase().replace(/,/g, ' ').replace(/-/g, ' ').split(/\s+/);
  const monthAt = words.findIndex((w) => MONTHS.includes(w.slice(0, 3)) && (w.length === 3 || 'january february march april may june july august september october november december sept'.split(' ').includes(w.replace(/\.$/, ''))));
  if (monthAt >= 0 && words.length >= 2 && words.length <= 3) {
    const month = MONTHS.indexOf(words[monthAt].slice(0, 3)) + 1;
    const others = words.filter((_, i) => i !== monthAt);
    if (!others.every((w) => /^\d{1,4}$/.test(w))) return null;
    let day: number;
    let y = year;
    if (monthAt === 0) {
      day = Number(others[0]);
      if (others[1] !== undefined) y = fullYear(others[1]);
    } else if (monthAt === 1) {
      day = Number(others[0]);
      if (others[1] !== undefined) y = fullYear(others[1]);
    } else return null;
    if (others[0].length > 2) return null;
    const serial = daySerial(y, month, day);
    return serial === null ? null : { serial, iso: null };
  }
  return null;
}

function parseDateTime(text: string, c: LocaleConventions, year: number): TypedValue | null {
  const time = parseTime(text);
  if (time !== null) return { kind: 'date', serial: time, format: c.timeFormat };
  const date = parseDate(text, c, year);
  if (date) return { kind: 'date', serial: date.serial, format: date.iso ? `yyyy${date.iso}mm${date.iso}dd` : c.dateFormat };
  // A date and a time: "2026-03-01 13:45", "3/1/2026 1:45 PM", "2026-03-01T13:45:00".
  const split = /^(.+?)(?:\s+|T)(\d{1,2}(?::\d{2}){0,2}(?:[.,]\d+)?\s*(?:am|pm|a\.m\.|p\.m\.)?)$/i.exec(text);
  if (!split) return null;
  const day = parseDate(split[1], c, year);
  const at = parseTime(split[2]);
  if (!day || at === null) return null;
  return { kind: 'date', serial: day.serial + at, format: day.iso ? `yyyy${day.iso}mm${day.iso}dd hh:mm:ss` : c.dateTimeFormat };
}

/** True when `text` typed into a cell would stay text (so it can be saved without an apostrophe). */
export function staysText(text: string, locale: string, year: number): boolean {
  return !text.startsWith('=') && !text.startsWith("'") && parseTypedInput(text, locale, year).kind === 'text';
}
