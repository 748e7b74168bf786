import { describe, expect, it } from 'vitest';
import { inHours, tab } from '../fixtures';
import { alertsOf } from '../run';

const kase = (hours: number, status = 'Open') => ({ caseType: 'A-to-z claim', caseId: 'C-1', respondBy: inHours(hours), status, amount: 35 });
const deadlines = (rows: Record<string, unknown>[]) => alertsOf({ cases: tab('cases', rows) }, 'caseOverdue', 'caseDueSoon');

describe('case deadlines', () => {
  it.each([
    ['2 hours past its deadline', -2, 'caseOverdue', 'critical'],
    ['due in 3 hours', 3, 'caseDueSoon', 'high'],
  ])('a case %s is %s (%s)', (_, hours, kind, severity) => {
    expect(deadlines([kase(hours)]).map((a) => [a.kind, a.severity])).toEqual([[kind, severity]]);
  });

  it('raises nothing for a case due in 5 hours', () => {
    expect(deadlines([kase(5)])).toEqual([]);
  });

  it('raises nothing for a closed case past its deadline', () => {
    expect(deadlines([kase(-2, 'Closed')])).toEqual([]);
  });

  it('puts no money on an overdue case, whatever its amount', () => {
    expect(deadlines([kase(-2)]).map((a) => [a.cost, a.facts.amount])).toEqual([[null, 35]]);
  });
});
