/**
 * The tabs Ops Desk sets up, in the order they appear. A leaf module: schemas, the plan and the
 * server name tabs by these ids, so a misspelt id is a compile error.
 */
export const TAB_IDS = [
  'today',
  'competitors',
  'promotions',
  'keywords',
  'ads',
  'inventory',
  'skuSales',
  'reviews',
  'accountHealth',
  'listingCheck',
  'cases',
  'marketWatch',
  'checklist',
  'checklistLog',
  'settings',
  'runLog',
] as const;

/** One of {@link TAB_IDS}. */
export type TabId = (typeof TAB_IDS)[number];

/** True when `id` names one of our tabs (for ids that come from a user or a menu call). */
export function isTabId(id: unknown): id is TabId {
  return typeof id === 'string' && (TAB_IDS as readonly string[]).includes(id);
}
