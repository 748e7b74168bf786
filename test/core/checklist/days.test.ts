import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayInZone, isDayKey, monthStart, weekdayOf, weekStart } from '../../../src/core/checklist/days';

describe('calendar days', () => {
  it.each([
    ['2026-11-27', 1, '2026-11-28'],
    ['2026-11-30', 1, '2026-12-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i day is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it.each([
    ['2026-11-23', 1],
    ['2026-11-27', 5],
    ['2026-11-29', 7],
  ])('%s is ISO weekday %i', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('starts a week on its Monday, Sunday included in the week before', () => {
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });

  it('starts a month on its first day', () => {
    expect(monthStart('2026-11-27')).toBe('2026-11-01');
  });

  it('rejects a key that is not a real day', () => {
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('27/11/2026')).toBe(false);
    expect(isDayKey('2026-02-28')).toBe(true);
  });

  it('has every week start on a Monday at most six days before the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
        const day = addDays('2000-01-01', n);
        const start = weekStart(day);
        expect(weekdayOf(start)).toBe(1);
        expect(day >= start && addDays(start, 6) >= day).toBe(true);
      }),
    );
  });
});

describe('the day of an instant in the spreadsheet zone', () => {
  it.each([
    ['Asia/Shanghai', '2026-11-27T15:59:59Z', '2026-11-27'],
    ['Asia/Shanghai', '2026-11-27T16:00:00Z', '2026-11-28'],
    ['America/Los_Angeles', '2026-11-28T07:59:00Z', '2026-11-27'],
    ['America/Los_Angeles', '2026-11-28T08:00:00Z', '2026-11-28'],
  ])('in %s, %s is %s (the day rolls over at local midnight)', (zone, instant, day) => {
    expect(dayInZone(zone)(new Date(instant))).toBe(day);
  });
});
