/**
 * Values as reports write them, read into plain numbers, dates, IDs and texts. Numbers and dates
 * go through src/core/values (readNumber, parseDateText), which already read currency symbols and
 * codes, thousands separators, decimal commas, "12.34%", "--" and "-"; this module adds what only
 * reports need: the currency a money cell names, IDs written as `="123"`, instants with an offset,
 * date ranges, and percentages written as plain points.
 */
import { readNumber } from '../values/read-number';
import { MS_PER_DAY, formatWallDate, parseDateText, readDay, type WallClock } from '../values/dates';
import { cellText, type Cell } from './table';

/** A value read from a cell: `null` when the cell says "none" (blank, `--`, `-`); `invalid` when it is not one. */
export type Read<T> = { readonly ok: true; readonly value: T | null } | { readonly ok: false; readonly text: string };

const NONE: Read<never> = Object.freeze({ ok: true, value: null });

// "$1,234.50", "-12", "0.5%": an optional "$", a sign, digits grouped by commas in threes (never
// after a leading 0: "0,125" is a decimal comma, left to readNumber) or not at all, a decimal point.
const SIMPLE_NUMBER = /^(\$?)(-?)(?:([1-9]\d{0,2}(?:,\d{3})+)|(\d+))(\.\d+)?(%?)$/;

/** A number (`"$1,234.56"`, `"1.234,56 €"`, `"18.7558%"` → 0.187558, `"--"` → none). */
export function readReportNumber(cell: Cell): Read<number> {
  // Most report cells are plain US-style numbers ("1,234", "$0.50", "1.23%"): read those without
  // readNumber's NFKC and separator analysis — same result, a fraction of the garbage on 100k rows.
  if (typeof cell === 'string') {
    const m = SIMPLE_NUMBER.exec(cell);
    if (m) {
      const value = (m[2] ? -1 : 1) * Number((m[4] ?? m[3].replace(/,/g, '')) + (m[5] ?? ''));
      return { ok: true, value: m[6] ? Number((value * 0.01).toPrecision(15)) : value };
    }
  }
  const read = readNumber(cell);
  if (read.kind === 'blank') return NONE;
  if (read.kind === 'number') return { ok: true, value: read.value };
  return { ok: false, text: cellText(cell) };
}

/**
 * A percentage as a fraction. `"12.34%"` → 0.1234; a number from an XLSX cell is already a fraction
 * (Excel stores 12.34 % as 0.1234); text without "%" is percentage points, as the Ads console's
 * integer percentages are (`"12"` → 0.12).
 */
export function readPercent(cell: Cell): Read<number> {
  const read = readReportNumber(cell);
  if (!read.ok || read.value === null || typeof cell === 'number' || cellText(cell).includes('%')) return read;
  return { ok: true, value: Number((read.value / 100).toPrecision(15)) };
}

// Symbols and codes that name one currency. A bare "$" names none: it is USD, CAD, AUD or MXN.
const CURRENCY_SIGNS: readonly (readonly [RegExp, string])[] = [
  [/us\$/i, 'USD'],
  [/(ca|c)\$/i, 'CAD'],
  [/(au|a)\$/i, 'AUD'],
  [/mx\$/i, 'MXN'],
  [/r\$/i, 'BRL'],
  [/(sg|s)\$/i, 'SGD'],
  [/cn¥|rmb|元/i, 'CNY'],
  [/jp¥|[¥￥]/i, 'JPY'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹/, 'INR'],
  [/zł/i, 'PLN'],
  [/₺/, 'TRY'],
  [/\b(USD|EUR|GBP|JPY|CNY|CAD|AUD|MXN|INR|BRL|SGD|SEK|PLN|TRY|AED|SAR|EGP)\b/i, ''],
];

// Digits, separators, signs and a bare "$": no currency named (the common case, checked first).
const BARE_AMOUNT = /^[\d.,\s%$+\-()]*$/;

/** The ISO code a money text names (`"US$5.00"` → USD, `"5,00 €"` → EUR, `"12 EUR"` → EUR), or null. */
export function currencyOf(text: string): string | null {
  if (BARE_AMOUNT.test(text)) return null;
  for (const [pattern, code] of CURRENCY_SIGNS) {
    const m = pattern.exec(text);
    if (m) return code || m[1].toUpperCase();
  }
  return null;
}

/** Money: the amount and the currency its text names (null when only a bare "$" or none). */
export function readMoney(cell: Cell): Read<{ readonly amount: number; readonly currency: string | null }> {
  const read = readReportNumber(cell);
  if (!read.ok || read.value === null) return read as Read<never>;
  return { ok: true, value: { amount: read.value, currency: typeof cell === 'string' ? currencyOf(cell) : null } };
}

// Date cells of an XLSX table arrive as ISO text, CSV dates as text; serials only from odd XLSX.
const UTC_CLOCK: WallClock = { toWall: (d) => d.getTime(), fromWall: (ms) => new Date(ms) };

/**
 * A calendar day as `yyyy-mm-dd`: `"Sep 01, 2026"`, `"2026/09/01"`, `"2026-09-01"`,
 * `"11/25/2026"` (month first, as Seller Central US writes it), `"2026年9月1日"`, a sheet serial.
 * An ISO text with an offset gives the day written in it (its own local day).
 */
export function readReportDay(cell: Cell): Read<string> {
  // A report repeats a handful of dates on every row: remember the readings of date texts.
  if (typeof cell !== 'string') return readDayUncached(cell);
  let read = DAY_CACHE.get(cell);
  if (read === undefined) {
    if (DAY_CACHE.size >= 4096) DAY_CACHE.clear();
    read = readDayUncached(cell);
    DAY_CACHE.set(cell, read);
  }
  return read;
}

const DAY_CACHE = new Map<string, Read<string>>();

function readDayUncached(cell: Cell): Read<string> {
  const text = cellText(cell);
  if (typeof cell === 'string' && ISO_INSTANT.test(text)) return { ok: true, value: text.slice(0, 10) };
  const read = readDay(typeof cell === 'string' ? text : cell, UTC_CLOCK);
  if (read.kind === 'blank') return NONE;
  if (read.kind === 'number') return { ok: true, value: formatWallDate(read.value) };
  return { ok: false, text };
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;

/** The instant of an ISO text with an offset (`2026-11-25T08:04:21+00:00`, `…-07:00`, `…Z`) in epoch ms, or null. */
export function readInstant(text: string): number | null {
  const m = ISO_INSTANT.exec(text.trim());
  if (!m) return null;
  const wall = parseDateText(`${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6] ?? '00'}`);
  if (wall === null) return null;
  const zone = m[7].toUpperCase();
  if (zone === 'Z') return wall;
  const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) as RegExpExecArray;
  const offset = (Number(z[2]) * 60 + Number(z[3])) * 60_000 * (z[1] === '-' ? -1 : 1);
  return wall - offset;
}

/** The day (`yyyy-mm-dd`) of an instant on a wall clock (a marketplace's zone). */
export function dayOn(instant: number, clock: WallClock): string {
  return formatWallDate(Math.floor(clock.toWall(new Date(instant)) / MS_PER_DAY) * MS_PER_DAY);
}

/** A date range as the new Ads console writes it: `"Aug 18, 2026 - Aug 24, 2026"`, `"2026/08/18 - 2026/08/24"`, `"2026-08-18 ~ 2026-08-24"`. */
export function readDateRange(cell: Cell): Read<{ readonly start: string; readonly end: string }> {
  const text = cellText(cell);
  if (text === '') return NONE;
  const single = readReportDay(text);
  if (single.ok && single.value !== null) return { ok: true, value: { start: single.value, end: single.value } };
  const parts = text.split(/\s+[-–—~至]\s+|\s*[~至]\s*/);
  if (parts.length === 2) {
    const start = readReportDay(parts[0]);
    const end = readReportDay(parts[1]);
    if (start.ok && end.ok && start.value !== null && end.value !== null && start.value <= end.value) {
      return { ok: true, value: { start: start.value, end: end.value } };
    }
  }
  return { ok: false, text };
}

/**
 * An ID as text: the new Ads console writes `="123456789"` so Excel keeps the digits; an XLSX
 * number cell becomes its digits. Never a number: 18-digit IDs do not fit one.
 */
export function readId(cell: Cell): string {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  const text = cellText(cell);
  const m = /^="(.*)"$/.exec(text);
  return m ? m[1].trim() : text;
}
