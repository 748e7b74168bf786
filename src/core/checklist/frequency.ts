/**
 * How often an item comes back, read from the Checklist tab's Frequency cell in any of our
 * languages. A weekly item may name its day ("Weekly Fri", "每周五", "每週五"): it still resets with
 * the week, and the sidebar shows the day it is due.
 */
import type { DayKey } from './days';
import { monthStart, weekStart } from './days';

/** An item's frequency. `weekday` is 1 Monday … 7 Sunday, null when the item has no set day. */
export type Frequency = { readonly kind: 'daily' } | { readonly kind: 'weekly'; readonly weekday: number | null } | { readonly kind: 'monthly' };

const EN_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ZH_DAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** The weekday a text names after its frequency word ("fri", "friday", "五", "星期五", "周日"); null when none. */
function weekdayIn(rest: string): number | null {
  const en = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/.exec(rest);
  if (en) return EN_DAYS.indexOf(en[1]) + 1;
  const zh = /[一二三四五六日天]/.exec(rest);
  if (zh) return zh[0] === '天' ? 7 : ZH_DAYS.indexOf(zh[0]) + 1;
  return null;
}

/**
 * The frequency a cell says. A blank cell is daily (a step a user just added); text we do not
 * recognise is null, so the caller decides (the checklist treats it as daily and keeps the item).
 */
export function parseFrequency(cell: unknown): Frequency | null {
  const text = String(cell ?? '').normalize('NFKC').trim().toLowerCase();
  if (text === '') return { kind: 'daily' };
  if (/^(daily|every ?day|每日|每天)/.test(text)) return { kind: 'daily' };
  if (/^(monthly|every ?month|每月)/.test(text)) return { kind: 'monthly' };
  const weekly = /^(weekly|every ?week|每周|每週|周|週|星期|礼拜|禮拜)(.*)$/.exec(text);
  if (weekly) return { kind: 'weekly', weekday: weekdayIn(weekly[2]) };
  return null;
}

/** The first day of the period `day` falls in for an item of `frequency`: ticks before it no longer count. */
export function periodStart(frequency: Frequency, day: DayKey): DayKey {
  if (frequency.kind === 'weekly') return weekStart(day);
  if (frequency.kind === 'monthly') return monthStart(day);
  return day;
}
