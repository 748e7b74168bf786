import { describe, expect, it } from 'vitest';
import { parseFrequency, periodStart } from '../../../src/core/checklist/frequency';

describe('an item frequency read from the Frequency cell', () => {
  it.each([
    ['Daily', { kind: 'daily' }],
    ['每日', { kind: 'daily' }],
    ['', { kind: 'daily' }],
    ['Weekly', { kind: 'weekly', weekday: null }],
    ['weekly fri', { kind: 'weekly', weekday: 5 }],
    ['Weekly (Monday)', { kind: 'weekly', weekday: 1 }],
    ['每周五', { kind: 'weekly', weekday: 5 }],
    ['每週日', { kind: 'weekly', weekday: 7 }],
    ['每周', { kind: 'weekly', weekday: null }],
    ['Monthly', { kind: 'monthly' }],
    ['每月', { kind: 'monthly' }],
  ])('reads %j', (cell, expected) => {
    expect(parseFrequency(cell)).toEqual(expected);
  });

  it('says nothing for a word it does not know', () => {
    expect(parseFrequency('sometimes')).toBeNull();
  });

  it.each([
    [{ kind: 'daily' } as const, '2026-11-27'],
    [{ kind: 'weekly', weekday: 5 } as const, '2026-11-23'],
    [{ kind: 'monthly' } as const, '2026-11-01'],
  ])('a %j item on 2026-11-27 counts ticks from %s', (frequency, start) => {
    expect(periodStart(frequency, '2026-11-27')).toBe(start);
  });
});
