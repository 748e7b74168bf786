/** Sponsored Products Targeting report: the Search Term columns without the search term, plus top-of-search share. */
import type { ReportSpec } from '../columns';
import type { KindParser } from './common';
import { AD_COLUMNS, AD_DATES, adKeyBase, parseAdRows, type AdField, type AdRecord } from './sponsored-products';

const SPEC: ReportSpec<AdField> = {
  kind: 'sp-targeting',
  columns: AD_COLUMNS,
  required: [AD_DATES, 'campaign', 'adGroup', 'targeting', 'impressions', 'clicks', 'spend'],
  forbidden: ['searchTerm', 'advertisedAsin'],
};

/** The Targeting parser. Key: period + account + campaign + ad group + targeting + match type. */
export const spTargeting: KindParser<AdField, AdRecord> = {
  spec: SPEC,
  parse: (table, match) => parseAdRows(table, match),
  key: (r) => [adKeyBase(r), r.targeting, r.matchType].join('|'),
};
