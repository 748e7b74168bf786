import { describe, expect, it } from 'vitest';
import { formatWallDate, LOCAL_CLOCK, readDateTime, readDay, zoneClock } from '../../src/core/values/dates';
import { readMonth } from '../../src/core/values/read-month';

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
