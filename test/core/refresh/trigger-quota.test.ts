import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAILY_TRIGGER_QUOTA_MS, MAX_EXECUTION_MS, mayStartRun, QUOTA_RESERVE_MS, readTally, recordRun, usedMs } from '../../../src/core/refresh/trigger-quota';

const NOW = Date.UTC(2026, 10, 28, 12);
const HOUR = 3_600_000;
const MIN = 60_000;

describe('readTally', () => {
  it('keeps the runs of the last 24 hours and drops older ones', () => {
    const stored = JSON.stringify([
      [NOW - 25 * HOUR, 300_000],
      [NOW - 23 * HOUR, 200_000],
      [NOW - HOUR, 100_000],
    ]);
    expect(readTally(stored, NOW)).toEqual([
      [NOW - 23 * HOUR, 200_000],
      [NOW - HOUR, 100_000],
    ]);
  });

  it.each([null, '', 'not json', '{"a":1}', '[[1,"x"]]', '[[1]]', '[[-5, 10]]'])('reads %j as an empty tally', (stored) => {
    expect(readTally(stored, NOW)).toEqual([]);
  });

  it('ignores a run dated in the future (a clock that went back)', () => {
    expect(readTally(JSON.stringify([[NOW + HOUR, 1000]]), NOW)).toEqual([]);
  });
});

describe('mayStartRun', () => {
  const budget = DAILY_TRIGGER_QUOTA_MS - QUOTA_RESERVE_MS;
  it('allows a run while a whole execution still fits under the quota less the reserve', () => {
    expect(mayStartRun([[NOW - HOUR, budget - MAX_EXECUTION_MS]])).toBe(true);
  });

  it('refuses a run that could eat into the reserve', () => {
    expect(mayStartRun([[NOW - HOUR, budget - MAX_EXECUTION_MS + 1]])).toBe(false);
  });

  it('stops a refresh that never fits well before 24 hourly resumes of 6 minutes each', () => {
    let stored = '[]';
    let runs = 0;
    for (let hour = 0; hour < 24; hour++) {
      const now = NOW + hour * HOUR;
      const tally = readTally(stored, now);
      if (!mayStartRun(tally)) continue;
      runs++;
      stored = recordRun(tally, now, MAX_EXECUTION_MS);
    }
    expect([runs, runs * MAX_EXECUTION_MS <= DAILY_TRIGGER_QUOTA_MS - QUOTA_RESERVE_MS]).toEqual([10, true]);
  });

  it('never lets the runs of any 24 hours pass the quota (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: MAX_EXECUTION_MS })), { maxLength: 200 }), (steps) => {
        let stored = '[]';
        let now = NOW;
        const ran: [number, number][] = [];
        for (const [gapMin, length] of steps) {
          now += gapMin * MIN;
          const tally = readTally(stored, now);
          if (!mayStartRun(tally)) continue;
          ran.push([now, length]);
          stored = recordRun(tally, now, length);
        }
        // Every window of 24 hours starting at a run holds at most the quota less the reserve.
        return ran.every(([start]) => ran.filter(([t]) => t >= start && t < start + 24 * HOUR).reduce((s, [, ms]) => s + ms, 0) <= DAILY_TRIGGER_QUOTA_MS - QUOTA_RESERVE_MS);
      }),
    );
  });
});

describe('usedMs', () => {
  it('sums the runs', () => {
    expect(usedMs([[NOW, 1000], [NOW, 2500]])).toBe(3500);
  });
});
