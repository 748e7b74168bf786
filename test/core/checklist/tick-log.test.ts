import { describe, expect, it } from 'vitest';
import { completion, doneNow, readTickLog, type TickEvent } from '../../../src/core/checklist/tick-log';
import type { ChecklistItem } from '../../../src/core/checklist/items';

const item = (id: string, frequency: ChecklistItem['frequency'] = { kind: 'daily' }): ChecklistItem => ({ id, row: 2, frequency, task: id, tab: '', note: '' });
const ev = (day: string, id: string, done = true): TickEvent => ({ day, item: id, done });

describe('the tick log', () => {
  it('reads day, item and tick from the log rows, Dates through the zone function', () => {
    const values = [
      ['Date', 'Item', 'Done', 'Time', 'User'],
      [new Date('2026-11-27T08:00:00Z'), 'a', true, '', 'k1'],
      ['2026-11-27', 'b', false, '', ''],
      ['', 'c', true, '', ''],
    ];
    expect(readTickLog(values, () => '2026-11-26')).toEqual([ev('2026-11-26', 'a'), ev('2026-11-27', 'b', false)]);
  });

  it('finds the log columns by their Chinese headers', () => {
    expect(readTickLog([['用户', '编号', '日期', '已完成'], ['k', 'a', '2026-11-27', 'TRUE']], () => '')).toEqual([ev('2026-11-27', 'a')]);
  });
});

describe('what is done now', () => {
  const items = [item('d'), item('w', { kind: 'weekly', weekday: 5 }), item('m', { kind: 'monthly' })];

  it('counts a daily tick only on its day: the day rolls over at midnight', () => {
    const events = [ev('2026-11-27', 'd')];
    expect(doneNow(items, events, '2026-11-27')).toEqual(new Set(['d']));
    expect(doneNow(items, events, '2026-11-28')).toEqual(new Set());
  });

  it('keeps a weekly tick until the week ends on Sunday', () => {
    const events = [ev('2026-11-24', 'w')];
    expect(doneNow(items, events, '2026-11-29').has('w')).toBe(true);
    expect(doneNow(items, events, '2026-11-30').has('w')).toBe(false);
  });

  it('keeps a monthly tick until the month ends', () => {
    const events = [ev('2026-11-02', 'm')];
    expect(doneNow(items, events, '2026-11-30').has('m')).toBe(true);
    expect(doneNow(items, events, '2026-12-01').has('m')).toBe(false);
  });

  it('takes an untick after a tick as not done, and a tick after that as done', () => {
    expect(doneNow(items, [ev('2026-11-27', 'd'), ev('2026-11-27', 'd', false)], '2026-11-27').has('d')).toBe(false);
    expect(doneNow(items, [ev('2026-11-27', 'd'), ev('2026-11-27', 'd', false), ev('2026-11-27', 'd')], '2026-11-27').has('d')).toBe(true);
  });

  it('keeps both of two people’s ticks of different items', () => {
    const two = [item('a'), item('b')];
    expect(doneNow(two, [ev('2026-11-27', 'a'), ev('2026-11-27', 'b')], '2026-11-27')).toEqual(new Set(['a', 'b']));
  });

  it('ignores a tick of an item no longer on the list', () => {
    expect(doneNow(items, [ev('2026-11-27', 'gone')], '2026-11-27')).toEqual(new Set());
  });
});

describe('completion', () => {
  const items = [item('a'), item('b'), item('w', { kind: 'weekly', weekday: null })];

  it('is the share of daily items done each day over the last 7 days, oldest first', () => {
    const events = [ev('2026-11-27', 'a'), ev('2026-11-27', 'b'), ev('2026-11-26', 'a'), ev('2026-11-20', 'a'), ev('2026-11-27', 'w')];
    const week = completion(items, events, '2026-11-27', 7);
    expect(week.days.map((d) => d.day)).toEqual(['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    expect(week.days.map((d) => d.done)).toEqual([0, 0, 0, 0, 0, 1, 2]);
    expect(week.rate).toBeCloseTo(3 / 14, 12);
  });

  it('does not count an item ticked then unticked the same day', () => {
    expect(completion(items, [ev('2026-11-27', 'a'), ev('2026-11-27', 'a', false)], '2026-11-27', 1).rate).toBe(0);
  });

  it('is 0, not NaN, with no daily items', () => {
    expect(completion([], [], '2026-11-27', 30).rate).toBe(0);
  });
});
