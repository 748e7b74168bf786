import { BLANK, isDate, isNoValueText, NO_VALUE, type NumberCell } from './read-number';
import { monthName, parseDateText, type WallClock } from './dates';

const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * Reads a calendar month as 1–12 from a month number, a Date cell, date text (`2026-10-05`), a
 * year-month (`2026-10`, `2026年10月`), an English name (`Oct`, `October`) or Chinese (`10月`, `十月`).
 */
export function readMonth(cell: unknown, clock: WallClock, dayFirst = false): NumberCell {
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  const invalid = (text: string): NumberCell => ({ kind: 'invalid', reason: 'text', text });
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 12 ? { kind: 'number', value: cell } : invalid(String(cell));
  if (isDate(cell)) {
    const time = cell.getTime();
    return Number.isNaN(time) ? invalid('Invalid Date') : { kind: 'number', value: new Date(clock.toWall(cell)).getUTCMonth() + 1 };
  }
  const raw = String(cell);
  const s = raw.normalize('NFKC').trim();
  if (s === '') return BLANK;
  if (isNoValueText(s)) return NO_VALUE;
  const month = monthOfText(s, dayFirst);
  return month === null ? invalid(raw.length > 24 ? raw.slice(0, 23) + '…' : raw) : { kind: 'number', value: month };
}

function monthOfText(s: string, dayFirst: boolean): number | null {
  let m = /^(\d{1,2})\s*月?(?:份)?$/.exec(s);
  if (m) return inRange(+m[1]);
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (m) return inRange(+m[2]);
  m = /^([一二三四五六七八九十]{1,3})月(?:份)?$/.exec(s);
  if (m) {
    const i = CHINESE_MONTHS.indexOf(m[1]);
    return i < 0 ? null : i + 1;
  }
  if (/^[a-z]+\.?$/i.test(s)) return monthName(s.replace(/\.$/, ''));
  const wall = parseDateText(s, dayFirst);
  return wall === null ? null : new Date(wall).getUTCMonth() + 1;
}

function inRange(month: number): number | null {
  return month >= 1 && month <= 12 ? month : null;
}

/**
 * Like {@link readMonth}, keeping the year when the cell gives one: `year × 100 + month`
 * (`2026-10-05`, `2026-10`, a date cell → 202610), or the month alone (1–12) for `10`, `Oct`, `10月`.
 * A fee formula then applies the table in force in that month.
 */
export function readYearMonth(cell: unknown, clock: WallClock, dayFirst = false): NumberCell {
  const month = readMonth(cell, clock, dayFirst);
  if (month.kind !== 'number') return month;
  let wall: number | null = null;
  if (isDate(cell)) wall = clock.toWall(cell);
  else if (typeof cell === 'string') {
    const s = cell.normalize('NFKC').trim();
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
    wall = m ? Date.UTC(+m[1], +m[2] - 1, 1) : parseDateText(s, dayFirst);
  }
  return wall === null ? month : { kind: 'number', value: new Date(wall).getUTCFullYear() * 100 + month.value };
}
