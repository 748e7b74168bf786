/** Sponsored Products Advertised Product report: one row per advertised SKU/ASIN per ad group per period. */
import type { ReportSpec } from '../columns';
import type { KindParser } from './common';
import { AD_COLUMNS, AD_DATES, adKeyBase, parseAdRows, type AdField, type AdRecord } from './sponsored-products';

const SPEC: ReportSpec<AdField> = {
  kind: 'sp-advertised-product',
  columns: AD_COLUMNS,
  required: [AD_DATES, 'campaign', 'adGroup', 'advertisedAsin', 'impressions', 'clicks', 'spend'],
  forbidden: ['searchTerm'],
};

/** The Advertised Product parser. Key: period + account + campaign + ad group + SKU + ASIN. */
export const spAdvertisedProduct: KindParser<AdField, AdRecord> = {
  spec: SPEC,
  parse: (table, match) => parseAdRows(table, match),
  key: (r) => [adKeyBase(r), r.advertisedSku, r.advertisedAsin].join('|'),
};
