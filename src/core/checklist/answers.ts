/**
 * Which alerts answer which routine item: the item's badge counts them and "Open" selects their
 * rows. The rules themselves live in src/core/alerts (one rule set for the badges and the refresh).
 */
import type { Alert, AlertKind } from '../alerts/alert';
import type { TabId } from '../tabs/tab-ids';

/** The alert kinds each seed item answers, by item id. A stale tab answers every item of that tab. */
export const ITEM_ALERTS: Readonly<Record<string, readonly AlertKind[]>> = {
  'daily-health': ['healthBreach', 'healthAtRisk'],
  'daily-messages': ['caseOverdue', 'caseDueSoon'],
  'daily-reviews': ['negativeReview'],
  'daily-promotions': ['promoStacked', 'promoUnderFloor', 'promoEndingSoon'],
  'daily-keywords': ['rankDrop'],
  'daily-ads': ['acosOverTarget'],
  'daily-inventory': ['lowStock', 'stockoutBeforeShipment', 'agedSurchargeSoon'],
  'daily-mfn': ['caseOverdue', 'caseDueSoon'],
  'weekly-shipments': ['stockoutBeforeShipment', 'lowStock'],
  'monthly-aged-stock': ['agedSurchargeSoon'],
};

/**
 * The alerts that answer an item, in the order given (costliest first from the rules): the kinds
 * it is mapped to, and a stale-data alert on the tab it opens.
 */
export function alertsForItem(item: { readonly id: string; readonly tab: TabId | null }, alerts: readonly Alert[]): Alert[] {
  const kinds = ITEM_ALERTS[item.id] ?? [];
  return alerts.filter((a) => kinds.includes(a.kind) || (a.kind === 'staleTab' && item.tab !== null && a.tab === item.tab));
}
