/**
 * What an alert rule finds: the one shape the sidebar's badges and the daily refresh's alert area
 * both read (one rule set, two views). A leaf: rules in this folder produce alerts, the views
 * render them in the reader's language.
 */
import type { TabId } from '../tabs/tab-ids';

/** The problems the rules look for, one id each (DESIGN.md's operator day; issue 11's list). */
export const ALERT_KINDS = [
  'rankDrop',
  'lowStock',
  'stockoutBeforeShipment',
  'promoStacked',
  'promoUnderFloor',
  'promoEndingSoon',
  'acosOverTarget',
  'negativeReview',
  'caseDueSoon',
  'caseOverdue',
  'healthAtRisk',
  'healthBreach',
  'agedSurchargeSoon',
  'staleTab',
] as const;

/** One of {@link ALERT_KINDS}. */
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * How much an alert matters. `critical` ranks above any money (a health metric in breach, an
 * overdue case: no honest estimate exists); the others order by {@link Alert.cost} first.
 */
export type AlertSeverity = 'critical' | 'high' | 'medium' | 'low';

/** One problem found in the tabs. */
export interface Alert {
  readonly kind: AlertKind;
  /** The tab that holds the rows behind it. */
  readonly tab: TabId;
  /** Sheet rows (1-based) behind it: what "Open" selects and Today links to. */
  readonly rows: readonly number[];
  /** What it is about: an ASIN, a keyword, a case id, a metric, a tab. */
  readonly subject: string;
  readonly severity: AlertSeverity;
  /** The money at stake in the marketplace's currency, when it can be honestly estimated. */
  readonly cost: number | null;
  /** Named values the message and the estimate's explanation are rendered from. */
  readonly facts: Readonly<Record<string, string | number>>;
}
