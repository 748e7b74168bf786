import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/core/alerts/alert';
import { orderAlerts } from '../../../src/core/alerts/order';

const alert = (subject: string, severity: Alert['severity'], cost: number | null): Alert => ({ kind: 'lowStock', tab: 'inventory', rows: [2], subject, severity, cost, facts: {} });
const order = (...alerts: Alert[]) => orderAlerts(alerts).map((a) => a.subject);

describe('orderAlerts', () => {
  it('puts a critical alert above any money', () => {
    expect(order(alert('money', 'high', 1_000_000), alert('breach', 'critical', null))).toEqual(['breach', 'money']);
  });

  it('puts the larger estimate first', () => {
    expect(order(alert('small', 'high', 10), alert('large', 'low', 500))).toEqual(['large', 'small']);
  });

  it('puts priced alerts above unpriced ones of the same severity', () => {
    expect(order(alert('unpriced', 'medium', null), alert('priced', 'medium', 1))).toEqual(['priced', 'unpriced']);
  });

  it('orders unpriced alerts by severity', () => {
    expect(order(alert('low', 'low', null), alert('high', 'high', null))).toEqual(['high', 'low']);
  });

  it('does not depend on the order it was given', () => {
    const alerts = [alert('a', 'low', null), alert('b', 'high', 5), alert('c', 'critical', null), alert('d', 'medium', 50)];
    expect(order(...alerts)).toEqual(order(...[...alerts].reverse()));
  });
});
