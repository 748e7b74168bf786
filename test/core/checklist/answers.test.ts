import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/core/alerts/alert';
import { alertsForItem } from '../../../src/core/checklist/answers';

const alert = (kind: Alert['kind'], tab: Alert['tab'], subject = 'B0DEMO0004'): Alert => ({ kind, tab, rows: [5], subject, severity: 'high', cost: null, facts: {} });

describe('the alerts that answer a checklist item', () => {
  const alerts = [alert('stockoutBeforeShipment', 'inventory'), alert('rankDrop', 'keywords', 'desk lamp'), alert('lowStock', 'inventory'), alert('staleTab', 'inventory', 'inventory'), alert('staleTab', 'ads', 'ads')];

  it('are the kinds the item is mapped to, in the rules’ order, and a stale alert on its tab', () => {
    expect(alertsForItem({ id: 'daily-inventory', tab: 'inventory' }, alerts).map((a) => a.kind)).toEqual(['stockoutBeforeShipment', 'lowStock', 'staleTab']);
  });

  it('are only the stale alert of its tab for a user’s own item', () => {
    expect(alertsForItem({ id: 'row:Call the forwarder', tab: 'ads' }, alerts).map((a) => a.subject)).toEqual(['ads']);
  });

  it('are none for an item with no tab and no mapping', () => {
    expect(alertsForItem({ id: 'x', tab: null }, alerts)).toEqual([]);
  });
});
