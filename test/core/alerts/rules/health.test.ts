import { describe, expect, it } from 'vitest';
import { day, tab } from '../fixtures';
import { alertsOf } from '../run';

const metric = (name: string, value: unknown, offset = -1, status = '') => ({ date: day(offset), metric: name, value, status });
const health = (rows: Record<string, unknown>[]) => alertsOf({ accountHealth: tab('accountHealth', rows) }, 'healthAtRisk', 'healthBreach');

describe('account health', () => {
  it.each([
    ['an ODR of 1.2 %', metric('ODR', 0.012), 'healthBreach'],
    ['an ODR of 0.9 %', metric('ODR', '0.9%'), 'healthAtRisk'],
    ['a late shipment rate of 3.5 % (percentage points)', metric('迟发率', 3.5), 'healthAtRisk'],
    ['a valid tracking rate of 94 %', metric('Valid tracking rate', 0.94), 'healthBreach'],
    ['an Account Health Rating of 150', metric('Account Health Rating', 150), 'healthAtRisk'],
  ])('%s raises %s', (_, row, kind) => {
    expect(health([row]).map((a) => a.kind)).toEqual([kind]);
  });

  it('raises nothing for a metric inside its limit', () => {
    expect(health([metric('ODR', 0.002)])).toEqual([]);
  });

  it('judges each metric by its latest snapshot', () => {
    expect(health([metric('ODR', 0.012, -2), metric('ODR', 0.002, -1)])).toEqual([]);
  });

  it('reads the value, never the status words a formula wrote', () => {
    expect(health([metric('ODR', 0.012, -1, 'OK')]).map((a) => a.kind)).toEqual(['healthBreach']);
  });

  it('makes a breach critical and puts no money on it', () => {
    expect(health([metric('ODR', 0.012)]).map((a) => [a.severity, a.cost])).toEqual([['critical', null]]);
  });
});
