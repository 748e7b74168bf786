import { describe, expect, it } from 'vitest';
import { runPhases } from '../../../src/core/refresh/phases';

/** Phases that each take `cost` ms of a fake clock, recording which ran. */
function phases(count: number, cost: number) {
  let elapsed = 0;
  const ran: number[] = [];
  const list = Array.from({ length: count }, (_, i) => () => {
    ran.push(i);
    elapsed += cost;
  });
  return { list, ran, elapsed: () => elapsed };
}

describe('runPhases', () => {
  it('runs every phase inside the budget', () => {
    const p = phases(3, 10);
    expect([runPhases(p.list, 0, p.elapsed, 100), p.ran]).toEqual([null, [0, 1, 2]]);
  });

  it('stops after the phase that passes the budget and says where to resume', () => {
    const p = phases(4, 60);
    expect([runPhases(p.list, 0, p.elapsed, 100), p.ran]).toEqual([2, [0, 1]]);
  });

  it('resumes from the phase it is given', () => {
    const p = phases(4, 10);
    expect([runPhases(p.list, 2, p.elapsed, 100), p.ran]).toEqual([null, [2, 3]]);
  });

  it('finishes when the last phase passes the budget (nothing is left to resume)', () => {
    const p = phases(2, 80);
    expect(runPhases(p.list, 0, p.elapsed, 100)).toBeNull();
  });
});
