/** Account health: each metric's latest value at risk or in breach of Amazon's target. */
import { HEALTH_METRICS, healthStatus, isAmbiguousRate, readHealthValue, readMetric } from '../../formulas/health-status';
import { readFraction } from '../../values/read-fraction';
import type { Alert } from '../alert';
import { latestRows, text, type RuleContext } from './context';

/**
 * The status of a metric's value by HEALTH_STATUS's own rules (the status column's words follow
 * the sheet's language and are never read): undefined when the value cannot be read safely.
 */
function statusOf(metricIndex: number, cell: unknown) {
  const metric = HEALTH_METRICS[metricIndex];
  const read = readHealthValue(cell);
  if (read.kind !== 'number') return undefined;
  if (metric.target === 'score') return read.value < 0 ? undefined : { status: healthStatus(metric, read.value), value: read.value };
  if (read.percentText !== true && isAmbiguousRate(metric, read.value)) return undefined;
  const rate = readFraction(read.value);
  return rate.kind === 'number' ? { status: healthStatus(metric, rate.value), value: rate.value } : undefined;
}

/** Breach is critical (no money can honestly be put on a suspended account); at risk is high. */
export function healthAlerts(ctx: RuleContext): Alert[] {
  const table = ctx.tables.accountHealth;
  if (!table) return [];
  const metricOf = (i: number) => {
    const read = readMetric(table.cell(i, 'metric'));
    return read.kind === 'number' ? String(read.value) : '';
  };
  const measured = (i: number) => text(table.cell(i, 'value')) !== '';
  const alerts: Alert[] = [];
  for (const [index, { row }] of latestRows(table, 'date', metricOf, ctx, measured)) {
    const metric = HEALTH_METRICS[Number(index)];
    const found = statusOf(Number(index), table.cell(row, 'value'));
    if (!found || found.status === 'health.ok') continue;
    const breach = found.status === 'health.breach';
    const shown = metric.target === 'score' ? found.value : `${Math.round(found.value * 10000) / 100}%`;
    const limit = metric.target === 'score' ? metric.limit : `${Math.round(metric.limit * 10000) / 100}%`;
    alerts.push({
      kind: breach ? 'healthBreach' : 'healthAtRisk',
      tab: 'accountHealth',
      rows: [table.sheetRow(row)],
      subject: metric.names[0],
      severity: breach ? 'critical' : 'high',
      cost: null,
      facts: { metric: metric.id, value: shown, limit, target: metric.target },
    });
  }
  return alerts;
}
