/**
 * What one cell holds once read as a number. Custom functions never see raw cells: they see this,
 * so every formula treats pasted text, blanks and junk the same way.
 */
export type NumberCell =
  | {
      readonly kind: 'blank';
      /**
       * The cell says "no value" in so many words (`—`, `--`, `N/A`): what one formula shows for
       * an undefined row. Unlike an empty cell it makes the row one with data, and the row
       * shows "no value" again — never 0 — in the next formula.
       */
      readonly noValue?: boolean;
    }
  | {
      readonly kind: 'number';
      readonly value: number;
      /**
       * Set by readers that must remember the cell said "%" (HEALTH_STATUS tells "0.5%" from a
       * plain 0.5); {@link readNumber} never sets it.
       */
      readonly percentText?: boolean;
      /** Set by {@link readMoney} for percent text in a money column (a fee of "15%"): the share. */
      readonly share?: boolean;
      /** A block of costs with percent cells among them (`{8, "15%", 4.5}`): the percents' sum. */
      readonly shareSum?: number;
    }
  | {
      readonly kind: 'invalid';
      /**
       * `percent`: a plain number that could be a percentage or a fraction (30: 30 % or 0.3?);
       * `text` is then that number, as percentage points.
       */
      readonly reason: 'text' | 'date' | 'boolean' | 'percent' | 'money';
      readonly text: string;
    };

/** The empty cell. */
export const BLANK: NumberCell = Object.freeze({ kind: 'blank' });

/** A "no value" marker: `—` (what a formula shows for an undefined row), `--`, `N/A`. */
export const NO_VALUE: NumberCell = Object.freeze({ kind: 'blank', noValue: true });

// Text operators and reports use for "no value". Compared after trimming and lower-casing.
// "#N/A" is not here: it is the text of an error cell (see isErrorText).
const NONE_MARKERS = new Set(['-', '--', '---', '—', '–', 'n/a', 'na', 'null', 'none', '无', '無']);

/** True for a "no value" marker text (`—`, `--`, `N/A`, 无 …), after trimming. */
export function isNoValueText(text: string): boolean {
  return NONE_MARKERS.has(text.normalize('NFKC').trim().toLowerCase());
}

/**
 * What Sheets hands a custom function for an error cell inside a range: the error's own text.
 * Such a cell is not data to read around: the formula names it (and where it is) instead.
 */
export const ERROR_TEXTS: ReadonlySet<string> = new Set(['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);

/** True when `cell` is the text Sheets passes for an error cell (`#DIV/0!`, `#N/A` …). */
export function isErrorText(cell: unknown): cell is string {
  return typeof cell === 'string' && cell.length > 3 && cell.charCodeAt(0) === 35 /* # */ && ERROR_TEXTS.has(cell.trim());
}

/** True when money text names its currency (`$5`, `5 €`, `¥500`, `USD 5`): an amount, never a share. */
export function hasCurrency(text: string): boolean {
  CURRENCY.lastIndex = 0;
  return CURRENCY.test(text.normalize('NFKC'));
}

// Currency signs and codes that Seller Central, the Ads console and ERPs put around money, for
// every Amazon marketplace (zł, kr, ₺, AED/SAR/EGP…). Longest first: "CN¥" before "¥".
const CURRENCY =
  /(us\$|ca\$|au\$|hk\$|nt\$|mx\$|sg\$|cn¥|jp¥|a\$|c\$|r\$|s\$|usd|eur|gbp|jpy|cny|rmb|cad|aud|mxn|inr|brl|sgd|sek|pln|try|aed|sar|egp|zł|kr|[$€£¥₹₩￥元₺])/gi;

// Chinese dashboards and ERPs abbreviate large numbers: "1.2万" = 12,000, "3億" = 300,000,000.
const MULTIPLIER: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * Reads anything a cell can hold as a number:
 * numbers; `"$1,234.50"`, `"1.234,50 €"`, `"¥12,000"`, `"1 234,5"`; `"12.5%"` (→ 0.125);
 * `"(12.50)"` (→ −12.5); full-width digits (`１２３`, via NFKC); `"1.2万"` (→ 12000, also 萬/亿/億);
 * blanks and `"--"`, `"N/A"` (→ blank).
 *
 * Separators are read US-first. With both `,` and `.`, the last one is the decimal point
 * (`"1.234,50"` → 1234.5). A lone `,` is a thousands separator only in whole groups of three
 * after a first group of 1–3 digits that does not start with 0 (`"1,234"` → 1234,
 * `"1,234,567"` → 1234567); otherwise it is a decimal comma (`"12,5"` → 12.5, `"0,125"` → 0.125,
 * `"0,990 €"` → 0.99). A lone `.` is always a decimal point (`"1.234"` → 1.234, not 1234), unless
 * it appears several times in such groups (`"1.234.567"` → 1234567). So a European `"1.234"` meaning
 * 1234 must be pasted as `1234` or `"1.234,00"`.
 *
 * Dates and TRUE/FALSE are reported as invalid rather than silently becoming serial numbers:
 * in an operator's sheet they are almost always a paste that Sheets mis-parsed.
 */
export function readNumber(cell: unknown): NumberCell {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'invalid', reason: 'text', text: String(cell) };
  }
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  if (typeof cell === 'string') return readNumberText(cell);
  if (typeof cell === 'boolean') return { kind: 'invalid', reason: 'boolean', text: String(cell).toUpperCase() };
  if (isDate(cell)) return { kind: 'invalid', reason: 'date', text: '' };
  return { kind: 'invalid', reason: 'text', text: String(cell) };
}

/** True for a Date from any realm (a bundle in a vm context has its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function readNumberText(raw: string): NumberCell {
  const invalid: NumberCell = { kind: 'invalid', reason: 'text', text: raw.length > 24 ? raw.slice(0, 23) + '…' : raw };
  let s = raw.normalize('NFKC').trim();
  if (s === '') return BLANK;
  if (NONE_MARKERS.has(s.toLowerCase())) return NO_VALUE;

  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(CURRENCY, '').trim();
  const multiplier = MULTIPLIER[s.slice(-1)];
  if (multiplier !== undefined) {
    scale *= multiplier;
    s = s.slice(0, -1).trim();
  }
  if (/^[-+−]/.test(s)) {
    if (s[0] !== '+') sign = -sign;
    s = s.slice(1).trim();
  } else if (/[-−]$/.test(s)) {
    // Some European exports put the sign last: "12,50-".
    sign = -sign;
    s = s.slice(0, -1).trim();
  }
  if (s.endsWith('%') && multiplier === undefined && scale === 1) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  // Grouping by spaces (incl. no-break and narrow no-break) and Swiss apostrophes.
  s = s.replace(/[\s\u00a0\u202f']/g, '');
  const digits = normaliseSeparators(s);
  if (digits === null || !/^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(digits)) return invalid;
  const value = sign * Number(digits) * scale;
  return Number.isFinite(value) ? { kind: 'number', value: scale === 1 ? value : round15(value) } : invalid;
}

/**
 * Turns "1,234.50" / "1.234,50" / "1,234" / "12,5" into "1234.50" / "1234.50" / "1234" / "12.5".
 * When both separators appear, the last one is the decimal point. A lone comma (or a dot that
 * appears more than once) in groups of exactly three digits after a first group of 1–3 digits not
 * starting with 0 is a thousands separator; otherwise it is a decimal point ("0,125" is 0.125).
 */
function normaliseSeparators(s: string): string | null {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, fraction, extra] = s.split(decimal);
    if (extra !== undefined || !isGrouped(whole, group)) return null;
    return whole.split(group).join('') + '.' + fraction;
  }
  const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '';
  if (!sep) return s;
  const parts = s.split(sep);
  if (parts.length > 2 || sep === ',') {
    if (isGrouped(s, sep) && parts.length >= 2 && parts[parts.length - 1].length === 3) return parts.join('');
    return parts.length === 2 ? parts.join('.') : null;
  }
  return s;
}

function isGrouped(whole: string, group: string): boolean {
  if (!whole.includes(group)) return true;
  // A thousands group never starts with a lone 0: "0,125" is a decimal, not 125.
  return new RegExp(`^[1-9]\\d{0,2}(\\${group}\\d{3})+$`).test(whole);
}

// "12.3%" must give 0.123, not 0.12300000000000001.
function round15(x: number): number {
  return Number(x.toPrecision(15));
}

/**
 * Reads money (a price, a cost, spend): like {@link readNumber}, but percent text is never read as
 * an amount — "15%" is 0.15 of something, not $0.15 — so it comes back with `share` set, for a
 * formula that knows what it is a share of (BREAKEVEN_ACOS: of the price), or to be flagged.
 */
export function readMoney(cell: unknown): NumberCell {
  const read = readNumber(cell);
  if (read.kind === 'number' && typeof cell === 'string' && /[%％]/.test(cell)) return { kind: 'number', value: read.value, share: true };
  return read;
}
