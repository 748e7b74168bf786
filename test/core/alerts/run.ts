/** Runs the rule set over a snapshot at the tests' "now", keeping one kind of alert. */
import type { Alert, AlertKind } from '../../../src/core/alerts/alert';
import { evaluateAlerts } from '../../../src/core/alerts/evaluate';
import type { AlertSnapshot } from '../../../src/core/alerts/snapshot';
import { NOW, ZONE } from './fixtures';

/** The alerts of `kinds` the rules find in `snap`. */
export function alertsOf(snap: AlertSnapshot, ...kinds: AlertKind[]): Alert[] {
  return evaluateAlerts(snap, NOW, { timeZone: ZONE }).filter((a) => kinds.includes(a.kind));
}
