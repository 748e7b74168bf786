/** The order alerts are shown in: what costs most first, with what no money can measure on top. */
import { ALERT_KINDS, type Alert, type AlertSeverity } from './alert';

const SEVERITY_RANK: Readonly<Record<AlertSeverity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * Compares two alerts: critical ones first (a health breach, an overdue case: no honest estimate,
 * and worse than any money); then priced ones, the larger estimate first; then the unpriced by
 * severity; ties by kind, tab row and subject, so the order never depends on the rules' order.
 */
export function compareAlerts(a: Alert, b: Alert): number {
  const critical = Number(b.severity === 'critical') - Number(a.severity === 'critical');
  if (critical !== 0) return critical;
  const priced = Number(b.cost !== null) - Number(a.cost !== null);
  if (priced !== 0) return priced;
  if (a.cost !== null && b.cost !== null && a.cost !== b.cost) return b.cost - a.cost;
  const severity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (severity !== 0) return severity;
  const kind = ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind);
  if (kind !== 0) return kind;
  const row = (a.rows[0] ?? 0) - (b.rows[0] ?? 0);
  return row !== 0 ? row : a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;
}

/** The alerts in {@link compareAlerts} order (a new array). */
export function orderAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort(compareAlerts);
}
