/**
 * What the three Sponsored Products reports share: their columns in both console layouts and both
 * languages, and one row reader. The older console (XLSX or CSV) writes Start Date / End Date (or
 * Date for daily reports), "7 Day Total Sales " with its trailing space and ACOS/ACoS; the new
 * console writes Date range, Total cost, Purchases, Sales, Units sold, IDs as `="…"`, and may mix
 * advertiser accounts and currencies in one file.
 *
 * Chinese new-console labels other than 成本/购买量/购买率 are unconfirmed (operator-templates §2.2).
 */
import { col, type ColumnSpec, type HeaderMatch } from '../columns';
import { isBlankRow, type Table } from '../table';
import { readDateRange } from '../values';
import { RowReader, type ParsedRows, type ReportNote } from './common';

/** Fields of the SP reports. */
export type AdField =
  | 'date'
  | 'startDate'
  | 'endDate'
  | 'dateRange'
  | 'currency'
  | 'accountId'
  | 'accountName'
  | 'portfolio'
  | 'campaignId'
  | 'campaign'
  | 'adGroupId'
  | 'adGroup'
  | 'country'
  | 'targeting'
  | 'matchType'
  | 'searchTerm'
  | 'advertisedSku'
  | 'advertisedAsin'
  | 'impressions'
  | 'clicks'
  | 'spend'
  | 'sales'
  | 'orders'
  | 'units'
  | 'topOfSearchShare';

/** One row of a Sponsored Products report, for a period (one day when start = end). */
export interface AdRecord {
  readonly startDate: string;
  readonly endDate: string;
  /** Advertiser account (new console); "" in the older layout. */
  readonly account: string;
  readonly currency: string;
  readonly portfolio: string;
  readonly campaignId: string;
  readonly campaign: string;
  readonly adGroupId: string;
  readonly adGroup: string;
  readonly targeting: string;
  /** "" for auto and product targets (the console writes "-"). */
  readonly matchType: string;
  readonly searchTerm: string;
  readonly advertisedSku: string;
  readonly advertisedAsin: string;
  readonly impressions: number | null;
  readonly clicks: number | null;
  readonly spend: number | null;
  /** Attributed sales (7-day for SP). */
  readonly sales: number | null;
  readonly orders: number | null;
  readonly units: number | null;
  /** Targeting report only, as a fraction. */
  readonly topOfSearchShare: number | null;
}

/** Columns of every SP report (each report spec picks its required ones). */
export const AD_COLUMNS: readonly ColumnSpec<AdField>[] = [
  col('date', ['Date'], ['日期']),
  col('startDate', ['Start Date'], ['开始日期']),
  col('endDate', ['End Date'], ['结束日期']),
  col('dateRange', ['Date range'], ['日期范围']),
  col('currency', ['Currency', 'Budget currency'], ['货币', '预算货币']),
  col('accountId', ['Advertiser account ID'], ['广告主账户 ID', '广告账户 ID']),
  col('accountName', ['Advertiser account name'], ['广告主账户名称', '广告账户名称']),
  col('portfolio', ['Portfolio name'], ['广告组合名称']),
  col('campaignId', ['Campaign ID'], ['广告活动 ID']),
  col('campaign', ['Campaign Name'], ['广告活动名称']),
  col('adGroupId', ['Ad group ID'], ['广告组 ID']),
  col('adGroup', ['Ad Group Name'], ['广告组名称']),
  col('country', ['Country'], ['国家/地区']),
  col('targeting', ['Targeting', 'Target'], ['投放']),
  col('matchType', ['Match Type'], ['匹配类型']),
  col('searchTerm', ['Customer Search Term', 'Search term'], ['客户搜索词', '搜索词']),
  col('advertisedSku', ['Advertised SKU'], ['广告SKU', '推广的 SKU']),
  col('advertisedAsin', ['Advertised ASIN'], ['广告ASIN', '推广的 ASIN']),
  col('impressions', ['Impressions'], ['展示量', '曝光量']),
  col('clicks', ['Clicks'], ['点击量']),
  col('spend', ['Spend', 'Total cost', 'Cost'], ['花费', '成本']),
  col('sales', ['7 Day Total Sales', '14 Day Total Sales', 'Sales'], ['7天总销售额', '14天总销售额', '销售额']),
  col('orders', ['7 Day Total Orders (#)', '14 Day Total Orders (#)', 'Purchases'], ['7天总订单数(#)', '14天总订单数(#)', '购买量']),
  col('units', ['7 Day Total Units (#)', '14 Day Total Units (#)', 'Units sold'], ['7天总销售量(#)', '14天总销售量(#)', '已售商品数量']),
  col('topOfSearchShare', ['Top-of-search Impression Share', 'Top-of-search IS'], ['搜索结果首页首位展示量份额']),
];

/** The date columns: one of them must be present. */
export const AD_DATES: readonly AdField[] = ['date', 'startDate', 'dateRange'];

/** Reads the data rows of any SP report. */
export function parseAdRows(table: Table, match: HeaderMatch<AdField>): ParsedRows<AdRecord> {
  const warnings: ReportNote[] = [];
  const records: AdRecord[] = [];
  let skipped = 0;
  const currencies = new Set<string>();
  const accounts = new Set<string>();
  const r = new RowReader(match, warnings);
  for (let i = match.row + 1; i < table.length; i++) {
    const row = table[i];
    if (isBlankRow(row)) continue;
    r.at(row, i);
    const period = periodOf(r);
    if (!period) {
      skipped++;
      continue;
    }
    const campaign = r.text('campaign');
    if (campaign === '') {
      // Console exports end with no totals row, but an edited file may; a row without a campaign is not an ad row.
      skipped++;
      continue;
    }
    const spend = r.money('spend');
    const sales = r.money('sales');
    const currency = r.text('currency').toUpperCase() || spend?.currency || sales?.currency || '';
    if (currency) currencies.add(currency);
    const account = r.text('accountName') || r.id('accountId');
    if (account) accounts.add(account);
    const matchType = r.text('matchType');
    records.push({
      startDate: period.start,
      endDate: period.end,
      account,
      currency,
      portfolio: r.text('portfolio'),
      campaignId: r.id('campaignId'),
      campaign,
      adGroupId: r.id('adGroupId'),
      adGroup: r.text('adGroup'),
      targeting: r.text('targeting'),
      matchType: matchType === '-' || matchType === '--' ? '' : matchType.toUpperCase(),
      searchTerm: r.text('searchTerm'),
      advertisedSku: r.text('advertisedSku'),
      advertisedAsin: r.text('advertisedAsin').toUpperCase(),
      impressions: r.number('impressions'),
      clicks: r.number('clicks'),
      spend: spend?.amount ?? null,
      sales: sales?.amount ?? null,
      orders: r.number('orders'),
      units: r.number('units'),
      topOfSearchShare: r.has('topOfSearchShare') ? r.percent('topOfSearchShare') : null,
    });
  }
  if (currencies.size > 1) warnings.push({ key: 'warning.currencies', params: { currencies: [...currencies].sort().join(', ') } });
  if (accounts.size > 1) warnings.push({ key: 'warning.accounts', params: { count: accounts.size } });
  return { records, warnings, skipped };
}

// Start/End Date, Date, or Date range; undefined (warned) when unreadable.
function periodOf(r: RowReader<AdField>): { start: string; end: string } | undefined {
  if (r.has('dateRange')) {
    const range = readDateRange(r.cell('dateRange'));
    if (range.ok && range.value) return range.value;
    r.warn('warning.badDate', { column: r.label('dateRange'), text: r.text('dateRange') });
    return undefined;
  }
  const field = r.has('startDate') ? 'startDate' : 'date';
  const start = r.day(field);
  if (start === undefined) return undefined;
  if (start === null) {
    r.warn('warning.missingKey', { column: r.label(field) });
    return undefined;
  }
  if (field === 'date' || !r.has('endDate')) return { start, end: start };
  const end = r.day('endDate');
  if (end === undefined) return undefined;
  return { start, end: end ?? start };
}

/** The part of a key every SP report shares: period, account, campaign, ad group. */
export function adKeyBase(r: AdRecord): string {
  return [r.startDate, r.endDate, r.account, r.campaign, r.adGroup].join('|');
}
