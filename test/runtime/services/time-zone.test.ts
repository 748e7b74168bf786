import { describe, expect, it } from 'vitest';
import { javaZone, utcMs, zonedParts, zonedToEpoch } from './time-zone';

describe('utcMs', () => {
  it('carries an overflowing day into the next month and year', () => {
    expect(utcMs(2026, 12, 32)).toBe(Date.UTC(2027, 0, 1));
    expect(utcMs(2026, 12, 31 + 7, 9, 30)).toBe(Date.UTC(2027, 0, 7, 9, 30));
    expect(utcMs(2026, 13, 1)).toBe(Date.UTC(2027, 0, 1));
  });

  it('gives day 0 as the last day of the month before, in leap and common years', () => {
    expect(new Date(utcMs(2026, 3, 0)).getUTCDate()).toBe(28);
    expect(new Date(utcMs(2028, 3, 0)).getUTCDate()).toBe(29);
    expect(new Date(utcMs(2100, 3, 0)).getUTCDate()).toBe(28);
    expect(new Date(utcMs(2027, 1, 0)).toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });

  it('carries overflowing hours into the next day', () => {
    expect(utcMs(2026, 12, 31, 24)).toBe(Date.UTC(2027, 0, 1));
  });

  it('takes years 0–99 literally, unlike Date.UTC', () => {
    expect(new Date(utcMs(26, 1, 1)).getUTCFullYear()).toBe(26);
    expect(new Date(utcMs(99, 12, 32)).getUTCFullYear()).toBe(100);
  });
});

describe('zonedToEpoch', () => {
  it('resolves an overflowing wall date in the zone', () => {
    const shanghai = javaZone('Asia/Shanghai');
    expect(new Date(zonedToEpoch(shanghai, 2026, 12, 32, 9)).toISOString()).toBe('2027-01-01T01:00:00.000Z');
    expect(zonedParts(zonedToEpoch(shanghai, 2026, 12, 32, 9), shanghai)).toMatchObject({ year: 2027, month: 1, day: 1, hour: 9 });
  });
});
