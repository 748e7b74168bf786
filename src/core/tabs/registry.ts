/** Every tab schema by id: the root the plan, the server and the tests read. */
import { ACCOUNT_HEALTH } from './account-health';
import { ADS } from './ads';
import { CASES } from './cases';
import { CHECKLIST } from './checklist';
import { CHECKLIST_LOG } from './checklist-log';
import { COMPETITORS } from './competitors';
import { INVENTORY } from './inventory';
import { KEYWORDS } from './keywords';
import { LISTING_CHECK } from './listing-check';
import { MARKET_WATCH } from './market-watch';
import { PROMOTIONS } from './promotions';
import { REVIEWS } from './reviews';
import { RUN_LOG } from './run-log';
import type { TabSchema } from './schema';
import { SETTINGS } from './settings';
import { SKU_SALES } from './sku-sales';
import { TAB_IDS, type TabId } from './tab-ids';
import { TODAY } from './today';

/** The schema of each tab; a missing or extra id is a compile error. */
export const TAB_SCHEMAS: Readonly<Record<TabId, TabSchema>> = {
  today: TODAY,
  competitors: COMPETITORS,
  promotions: PROMOTIONS,
  keywords: KEYWORDS,
  ads: ADS,
  inventory: INVENTORY,
  skuSales: SKU_SALES,
  reviews: REVIEWS,
  accountHealth: ACCOUNT_HEALTH,
  listingCheck: LISTING_CHECK,
  cases: CASES,
  marketWatch: MARKET_WATCH,
  checklist: CHECKLIST,
  checklistLog: CHECKLIST_LOG,
  settings: SETTINGS,
  runLog: RUN_LOG,
};

/** The schemas in tab order. */
export function allSchemas(): readonly TabSchema[] {
  return TAB_IDS.map((id) => TAB_SCHEMAS[id]);
}
