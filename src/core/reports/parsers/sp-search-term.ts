/** Sponsored Products Search Term report: one row per customer search term per targeting per period. */
import type { ReportSpec } from '../columns';
import type { KindParser } from './common';
import { AD_COLUMNS, AD_DATES, adKeyBase, parseAdRows, type AdField, type AdRecord } from './sponsored-products';

const SPEC: ReportSpec<AdField> = {
  kind: 'sp-search-term',
  columns: AD_COLUMNS,
  required: [AD_DATES, 'campaign', 'adGroup', 'searchTerm', 'impressions', 'clicks', 'spend'],
  forbidden: ['advertisedAsin'],
};

/** The Search Term parser. Key: period + account + campaign + ad group + targeting + match type + search term. */
export const spSearchTerm: KindParser<AdField, AdRecord> = {
  spec: SPEC,
  parse: (table, match) => parseAdRows(table, match),
  key: (r) => [adKeyBase(r), r.targeting, r.matchType, r.searchTerm].join('|'),
};
