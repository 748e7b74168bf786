import { describe, expect, it } from 'vitest';
import { formatWallDate, isDayFirstLocale, LOCAL_CLOCK, readDateTime, readDay, zoneClock } from '../../../src/core/values/dates';
import { readMonth, readYearMonth } from '../../../src/core/values/read-month';
import { call } from '../formulas/helpers';

const wall = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi);

describe('readDateTime reads dates operators paste', () => {
  it.each([
    ['2026-11-27', wall(2026, 11, 27)],
    ['2026/11/27', wall(2026, 11, 27)],
    ['2026.11.27', wall(2026, 11, 27)],
    ['2026年11月27日', wall(2026, 11, 27)],
    ['２０２６－１１－２７', wall(2026, 11, 27)],
    ['2026-11-27 10:30', wall(2026, 11, 27, 10, 30)],
    ['2026-11-27T10:30:00', wall(2026, 11, 27, 10, 30)],
    ['2026-11-27 2:05 pm', wall(2026, 11, 27, 14, 5)],
    ['Nov 27, 2026', wall(2026, 11, 27)],
    ['Sep 01, 2026', wall(2026, 9, 1)],
    ['Sept 1 2026', wall(2026, 9, 1)],
    ['27 Nov 2026', wall(2026, 11, 27)],
    ['11/27/2026', wall(2026, 11, 27)],
    ['27/11/2026', wall(2026, 11, 27)],
    [46353, wall(2026, 11, 27)],
    [46353.5, wall(2026, 11, 27, 12)],
  ])('reads %j', (cell, expected) => {
    expect(readDateTime(cell, LOCAL_CLOCK)).toEqual({ kind: 'number', value: expected });
  });

  it('reads a Date cell by its calendar date in the script zone', () => {
    expect(readDateTime(new Date(2026, 10, 27, 9, 15), LOCAL_CLOCK)).toEqual({ kind: 'number', value: wall(2026, 11, 27, 9, 15) });
  });

  it.each(['2026-02-30', '2026-13-01', 'tomorrow', '27.11', 'Foo 3, 2026', '2026-11-27 25:00', true])('rejects %j', (cell) => {
    expect(readDateTime(cell, LOCAL_CLOCK).kind).toBe('invalid');
  });

  it.each([5, 0, 1, 365, 365.99, -3])('rejects the bare number %d: below 366 (1900-12-31) it is not a serial date', (cell) => {
    expect(readDateTime(cell, LOCAL_CLOCK)).toEqual({ kind: 'invalid', reason: 'text', text: String(cell) });
  });

  it('reads 366 as 1900-12-31, the first serial taken as a date', () => {
    expect(readDateTime(366, LOCAL_CLOCK)).toEqual({ kind: 'number', value: wall(1900, 12, 31) });
  });

  it('rejects an invalid Date object', () => {
    expect(readDateTime(new Date(NaN), LOCAL_CLOCK).kind).toBe('invalid');
  });

  it.each(['', '--', 'N/A', null])('reads %j as blank', (cell) => {
    expect(readDateTime(cell, LOCAL_CLOCK).kind).toBe('blank');
  });

  it('readDay drops the time of day', () => {
    expect(readDay('2026-11-27 23:59', LOCAL_CLOCK)).toEqual({ kind: 'number', value: wall(2026, 11, 27) });
  });
});

describe('zoneClock reads dates in the spreadsheet zone, whatever the script zone', () => {
  it('reads midnight in Shanghai as that calendar day', () => {
    const shanghaiMidnight = new Date(Date.UTC(2026, 10, 26, 16)); // 2026-11-27 00:00 +08:00
    expect(formatWallDate(zoneClock('Asia/Shanghai').toWall(shanghaiMidnight))).toBe('2026-11-27');
  });

  // Verified with Intl: Chile starts DST at 00:00 on 2026-09-06 (−04 → −03), Cuba at 00:00 on
  // 2026-03-08 (−05 → −04). Midnight does not exist on those days; the day starts at 01:00.
  it.each([
    ['America/Santiago', [2026, 9, 6], '2026-09-06T04:00:00.000Z'],
    ['America/Havana', [2026, 3, 8], '2026-03-08T05:00:00.000Z'],
  ] as const)('in %s, a day that starts in the DST gap is its first instant (01:00), not the day before', (zone, [y, m, d], iso) => {
    const clock = zoneClock(zone);
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    // The gap is real: one minute before 01:00 local is 23:59 the day before.
    expect(parts.format(new Date(Date.parse(iso) - 60_000))).toMatch(/, 23:59$/);
    const start = clock.fromWall(wall(y, m, d));
    expect(start.toISOString()).toBe(iso);
    expect(parts.format(start)).toBe(`${formatWallDate(wall(y, m, d))}, 01:00`);
    expect(formatWallDate(clock.toWall(start))).toBe(formatWallDate(wall(y, m, d)));
    // The hours around it are unaffected, and a time inside the gap moves forward by the gap.
    expect(clock.fromWall(wall(y, m, d, 12)).toISOString()).toBe(new Date(Date.parse(iso) + 11 * 3_600_000).toISOString());
    expect(clock.fromWall(wall(y, m, d, 0, 30)).toISOString()).toBe(new Date(Date.parse(iso) + 30 * 60_000).toISOString());
    expect(formatWallDate(clock.toWall(clock.fromWall(wall(y, m, d - 1))))).toBe(formatWallDate(wall(y, m, d - 1)));
  });

  it('gives STOCKOUT_DATE the right day when it starts in a midnight DST gap', () => {
    const result = call('STOCKOUT_DATE', [10, 1, '2026-08-27'], 'en', 'America/Santiago') as Date;
    expect(result.toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('turns a wall-clock date back into the instant of midnight in the zone, across DST', () => {
    const clock = zoneClock('America/Los_Angeles');
    expect(clock.fromWall(wall(2026, 3, 8)).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(clock.fromWall(wall(2026, 3, 9)).toISOString()).toBe('2026-03-09T07:00:00.000Z');
  });

  it('round-trips every day of a year', () => {
    const clock = zoneClock('Europe/London');
    for (let d = 0; d < 366; d++) {
      const ms = wall(2026, 1, 1) + d * 86_400_000;
      expect(clock.toWall(clock.fromWall(ms))).toBe(ms);
    }
  });
});

describe('readMonth reads a calendar month', () => {
  it.each([
    [10, 10],
    ['10', 10],
    ['10月', 10],
    ['十月', 10],
    ['十二月', 12],
    ['Oct', 10],
    ['october', 10],
    ['Sept.', 9],
    ['2026-10', 10],
    ['2026年10月', 10],
    ['2026-10-05', 10],
  ])('reads %j as %d', (cell, month) => {
    expect(readMonth(cell, LOCAL_CLOCK)).toEqual({ kind: 'number', value: month });
  });

  it('reads a Date cell as its month', () => {
    expect(readMonth(new Date(2026, 11, 31), LOCAL_CLOCK)).toEqual({ kind: 'number', value: 12 });
  });

  it.each([0, 13, 2.5, 'Octopus', '13月', 'x'])('rejects %j', (cell) => {
    expect(readMonth(cell, LOCAL_CLOCK).kind).toBe('invalid');
  });
});

describe('text dates in the spreadsheet’s locale', () => {
  const day = (text: string, dayFirst: boolean) => {
    const read = readDateTime(text, LOCAL_CLOCK, dayFirst);
    return read.kind === 'number' ? formatWallDate(read.value) : read.kind;
  };

  it('reads 11.12.2026 as 11 December in a day-first locale (de_DE) and 12 November in en_US', () => {
    expect(day('11.12.2026', true)).toBe('2026-12-11');
    expect(day('11.12.2026', false)).toBe('2026-11-12');
    expect(day('11/12/2026', true)).toBe('2026-12-11');
  });

  it('reads ISO dates the same in every locale', () => {
    expect(day('2026-12-11', true)).toBe('2026-12-11');
    expect(day('2026-12-11', false)).toBe('2026-12-11');
  });

  it('tries the other order when the locale’s order gives no real day', () => {
    expect(day('12/31/2026', true)).toBe('2026-12-31');
    expect(day('31/12/2026', false)).toBe('2026-12-31');
  });

  it.each([
    ['de_DE', true],
    ['en_GB', true],
    ['fr_FR', true],
    ['en_US', false],
    ['en', false],
    ['zh_CN', false],
    ['ja_JP', false],
    ['', false],
  ])('knows %s reads day first: %s', (locale, dayFirst) => {
    expect(isDayFirstLocale(locale)).toBe(dayFirst);
  });
});

describe('readYearMonth keeps the year when the cell gives one', () => {
  it.each([
    ['2026-10', 202610],
    ['2026-10-05', 202610],
    ['2026年10月', 202610],
    [10, 10],
    ['Oct', 10],
  ])('reads %j as %d', (cell, value) => {
    expect(readYearMonth(cell, LOCAL_CLOCK)).toEqual({ kind: 'number', value });
  });
});
