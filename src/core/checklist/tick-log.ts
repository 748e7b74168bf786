/**
 * The tick log: every tick and untick, appended to the Checklist log tab. What is done now and the
 * completion history are derived from it, so a reload, a second sidebar or an audit all see the
 * same thing.
 */
import { CHECKLIST_LOG } from '../tabs/checklist-log';
import { matchColumns } from '../tabs/header-match';
import { addDays, isDayKey, type DayKey } from './days';
import { periodStart } from './frequency';
import type { ChecklistItem } from './items';

/** One row of the log. */
export interface TickEvent {
  /** The day it was ticked, in the spreadsheet's time zone. */
  readonly day: DayKey;
  readonly item: string;
  /** True for a tick, false for an untick. */
  readonly done: boolean;
}

/** TRUE, or the text a user might have typed for it. */
function isTrue(cell: unknown): boolean {
  return cell === true || /^(true|yes|1|是)$/i.test(String(cell ?? '').trim());
}

/**
 * The log's events, oldest first (rows are appended under the document lock, so sheet order is
 * the order they happened). `dayOf` turns a Date cell into its day key in the spreadsheet's zone
 * (the server's job: the core has no time zones); rows without a readable day or item are skipped.
 */
export function readTickLog(values: readonly (readonly unknown[])[], dayOf: (date: Date) => DayKey, remembered: Readonly<Record<string, number>> = {}): TickEvent[] {
  if (values.length === 0) return [];
  const { found } = matchColumns(CHECKLIST_LOG, values[0], remembered);
  const col = (id: string) => found.get(id) ?? -1;
  const [dateAt, itemAt, doneAt] = [col('date'), col('item'), col('done')];
  if (dateAt < 0 || itemAt < 0 || doneAt < 0) return [];
  const events: TickEvent[] = [];
  for (const row of values.slice(1)) {
    const cell = row[dateAt];
    const day = cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]' ? dayOf(cell as Date) : String(cell ?? '').trim().slice(0, 10);
    const item = String(row[itemAt] ?? '').trim();
    if (!isDayKey(day) || !item) continue;
    events.push({ day, item, done: isTrue(row[doneAt]) });
  }
  return events;
}

/**
 * The items done in their current period on `today`: the last event of the item since its period
 * began is a tick. A tick dated after today (a clock moved back) does not count.
 */
export function doneNow(items: readonly ChecklistItem[], events: readonly TickEvent[], today: DayKey): Set<string> {
  const last = new Map<string, boolean>();
  const since = new Map(items.map((item) => [item.id, periodStart(item.frequency, today)]));
  for (const e of events) {
    const start = since.get(e.item);
    if (start !== undefined && e.day >= start && e.day <= today) last.set(e.item, e.done);
  }
  return new Set([...last].filter(([, done]) => done).map(([id]) => id));
}

/** How much of the daily routine was done on one day. */
export interface DayCompletion {
  readonly day: DayKey;
  readonly done: number;
  readonly total: number;
}

/** Completion over the `days` days that end with `today`. */
export interface Completion {
  /** Oldest first. */
  readonly days: readonly DayCompletion[];
  /** Done over total across those days, 0–1; 0 when there are no daily items. */
  readonly rate: number;
}

/**
 * The share of today's daily items done on each of the last `days` days (the weekly and monthly
 * items have no day to miss, so they are left out). An item counts as done on a day when its last
 * event that day is a tick.
 */
export function completion(items: readonly ChecklistItem[], events: readonly TickEvent[], today: DayKey, days: number): Completion {
  const daily = new Set(items.filter((i) => i.frequency.kind === 'daily').map((i) => i.id));
  const first = addDays(today, 1 - days);
  const state = new Map<string, boolean>();
  for (const e of events) if (daily.has(e.item) && e.day >= first && e.day <= today) state.set(`${e.day} ${e.item}`, e.done);
  const doneOn = new Map<DayKey, number>();
  for (const [key, done] of state) if (done) doneOn.set(key.slice(0, 10), (doneOn.get(key.slice(0, 10)) ?? 0) + 1);
  const list: DayCompletion[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(first, i);
    list.push({ day, done: doneOn.get(day) ?? 0, total: daily.size });
  }
  const total = daily.size * days;
  return { days: list, rate: total === 0 ? 0 : list.reduce((sum, d) => sum + d.done, 0) / total };
}
