/** Every report kind's parser, by kind. The record type of each kind follows from its parser. */
import type { ReportKind } from '../kinds';
import { allOrders } from './all-orders';
import { businessReport } from './business-report';
import { fbaInventoryPlanning } from './fba-inventory-planning';
import { fbaManageInventory } from './fba-manage-inventory';
import { restockInventory } from './restock-inventory';
import { spAdvertisedProduct } from './sp-advertised-product';
import { spSearchTerm } from './sp-search-term';
import { spTargeting } from './sp-targeting';

/** The parsers, one per {@link ReportKind}. */
export const PARSERS = {
  'business-report': businessReport,
  'sp-search-term': spSearchTerm,
  'sp-targeting': spTargeting,
  'sp-advertised-product': spAdvertisedProduct,
  'fba-manage-inventory': fbaManageInventory,
  'fba-inventory-planning': fbaInventoryPlanning,
  'restock-inventory': restockInventory,
  'all-orders': allOrders,
} as const satisfies Record<ReportKind, unknown>;

/** The record type of a kind. */
export type RecordOf<K extends ReportKind> = Parameters<(typeof PARSERS)[K]['key']>[0];
