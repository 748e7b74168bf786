import { describe, expect, it } from 'vitest';
import { dateToSerial, isDate, serialToDate } from './dates';

describe('serial day numbers', () => {
  it('day 0 is 30 December 1899 and 46353 is 27 November 2026', () => {
    expect([serialToDate(0, 'UTC').toISOString(), serialToDate(46353, 'UTC').toISOString()]).toEqual(['1899-12-30T00:00:00.000Z', '2026-11-27T00:00:00.000Z']);
  });

  it('a serial is wall time in the zone', () => {
    expect([serialToDate(46353, 'Asia/Shanghai').toISOString(), serialToDate(46353, 'America/Los_Angeles').toISOString()]).toEqual([
      '2026-11-26T16:00:00.000Z',
      '2026-11-27T08:00:00.000Z',
    ]);
  });

  it('round-trips instants across daylight-saving changes', () => {
    for (const iso of ['2026-03-08T09:59:59Z', '2026-03-08T10:00:00Z', '2026-11-01T08:30:00Z', '2026-11-01T10:30:00Z', '2026-07-01T12:34:56Z']) {
      const d = new Date(iso);
      expect(serialToDate(dateToSerial(d, 'America/Los_Angeles'), 'America/Los_Angeles').toISOString()).toBe(d.toISOString());
    }
  });

  it('a wall time in the repeated autumn hour reads as its first (daylight-time) occurrence, as java.time resolves it', () => {
    // 01:30 on 1 Nov 2026 happens twice in Los Angeles; a serial holds wall time only.
    expect(serialToDate(dateToSerial(new Date('2026-11-01T09:30:00Z'), 'America/Los_Angeles'), 'America/Los_Angeles').toISOString()).toBe('2026-11-01T08:30:00.000Z');
  });

  it('noon is half a day', () => {
    expect(dateToSerial(new Date('2026-11-27T12:00:00Z'), 'UTC')).toBe(46353.5);
  });

  it('isDate recognises Dates from another realm (the add-on runs in its own context)', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date(0)') as unknown;
    expect([foreign instanceof Date, isDate(foreign), isDate('2026-11-27'), isDate(46353)]).toEqual([false, true, false, false]);
  });
});
