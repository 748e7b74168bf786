/**
 * Which alerts answer which routine item: the item's badge counts them and "Open" selects their
 * rows. The rules themselves live in src/core/alerts (one rule set for the badges and the refresh).
 */
import type { AlertKind } from '../alerts/alert';

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
