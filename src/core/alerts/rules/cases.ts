/** Cases: open cases past their deadline, or due within 4 hours. */
import { CASES } from '../../tabs/cases';
import type { Alert } from '../alert';
import { amount, momentOf, optionIndex, text, type RuleContext } from './context';

const STATUS = CASES.columns.find((c) => c.id === 'status')?.options;
const CLOSED = 3;

/** How close a deadline must be to raise an alert. */
export const DUE_SOON_HOURS = 4;

/**
 * An open case whose Respond-by has passed is overdue (critical: the cost of a lost claim or a
 * suspended account has no honest estimate); one due within 4 hours is due soon.
 */
export function caseDeadlines(ctx: RuleContext): Alert[] {
  const table = ctx.tables.cases;
  if (!table) return [];
  const alerts: Alert[] = [];
  for (let i = 0; i < table.length; i++) {
    if (optionIndex(STATUS, table.cell(i, 'status')) === CLOSED) continue;
    const due = momentOf(table.cell(i, 'respondBy'), ctx);
    if (due === undefined) continue;
    const hours = (due - ctx.now) / 3_600_000;
    if (hours > DUE_SOON_HOURS) continue;
    const overdue = hours < 0;
    const money = amount(table.cell(i, 'amount'));
    alerts.push({
      kind: overdue ? 'caseOverdue' : 'caseDueSoon',
      tab: 'cases',
      rows: [table.sheetRow(i)],
      subject: text(table.cell(i, 'caseId')) || text(table.cell(i, 'orderId')) || text(table.cell(i, 'caseType')),
      severity: overdue ? 'critical' : 'high',
      cost: null,
      facts: { type: text(table.cell(i, 'caseType')), hours: Math.round(Math.abs(hours) * 10) / 10, ...(money === undefined ? {} : { amount: money }) },
    });
  }
  return alerts;
}
