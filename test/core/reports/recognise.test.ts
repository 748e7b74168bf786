import { describe, expect, it } from 'vitest';
import { recogniseReport } from '../../../src/core/reports/recognise';

const ST = ['Start Date', 'End Date', 'Campaign Name', 'Ad Group Name', 'Targeting', 'Match Type', 'Customer Search Term', 'Impressions', 'Clicks', 'Spend', '7 Day Total Sales '];

describe('recogniseReport', () => {
  it.each([
    ['the Search Term report', [ST], 'sp-search-term'],
    ['the Targeting report (no search term column)', [ST.filter((h) => h !== 'Customer Search Term')], 'sp-targeting'],
    ['the Advertised Product report', [['Date', 'Campaign Name', 'Ad Group Name', 'Advertised SKU', 'Advertised ASIN', 'Impressions', 'Clicks', 'Spend']], 'sp-advertised-product'],
    ['Manage FBA Inventory', [['sku', 'fnsku', 'asin', 'afn-fulfillable-quantity', 'afn-reserved-quantity']], 'fba-manage-inventory'],
    ['FBA Inventory planning', [['snapshot-date', 'sku', 'asin', 'available', 'inv-age-0-to-90-days']], 'fba-inventory-planning'],
    ['Restock Inventory', [['Merchant SKU', 'ASIN', 'Available', 'Recommended replenishment qty']], 'restock-inventory'],
    ['All Orders', [['amazon-order-id', 'purchase-date', 'asin', 'quantity', 'sku']], 'all-orders'],
    ['the Business Report', [['(Parent) ASIN', '(Child) ASIN', 'Sessions - Total', 'Units Ordered', 'Ordered Product Sales']], 'business-report'],
  ] as const)('recognises %s', (_name, table, kind) => {
    const r = recogniseReport(table);
    expect(r.ok && r.kind).toBe(kind);
  });

  it('finds the header under a title line and a blank line', () => {
    const r = recogniseReport([['Sponsored Products Search Term Report', '', ''], [], ST]);
    expect(r.ok && r.match.row).toBe(2);
  });

  it.each([
    ['trailing spaces', '7 Day Total Sales ', 'Sessions – Total '],
    ['"Mobile APP" casing and en dashes', 'Sessions – Mobile APP – B2B', 'Sessions – Total'],
    ['hyphens instead of en dashes', 'Sessions - Mobile App - B2B', 'Sessions - Total'],
    ['lower case', 'units ordered', 'sessions - total'],
  ])('tolerates %s', (_name, extra, sessions) => {
    const r = recogniseReport([['(Parent) ASIN', '(Child) ASIN', extra, sessions, 'Units Ordered', 'Ordered Product Sales']]);
    expect(r.ok && r.kind).toBe('business-report');
  });

  it('matches full-width brackets to half-width ones', () => {
    const r = recogniseReport([['（子）ASIN', '会话数 - 总计', '已订购商品数量', '已订购商品销售额']]);
    expect(r.ok && r.kind).toBe('business-report');
    expect(r.ok && r.match.language).toBe('zh');
  });

  it('keeps columns it does not read (ACoS, the user\'s own) as unclaimed, trimmed', () => {
    const r = recogniseReport([[...ST, 'Total Advertising Cost of Sales (ACoS) ', 'My notes']]);
    expect(r.ok && r.match.unclaimed.map((c) => c.header)).toEqual(['Total Advertising Cost of Sales (ACoS)', 'My notes']);
  });

  it('names the closest report and the headers it lacks', () => {
    expect(recogniseReport([['Start Date', 'Campaign Name', 'Customer Search Term', 'Impressions', 'Clicks']])).toEqual({
      ok: false,
      closest: 'sp-search-term',
      missing: ['Ad Group Name', 'Spend'],
    });
  });

  it('names missing headers in Chinese for a Chinese header row', () => {
    const r = recogniseReport([['开始日期', '广告活动名称', '客户搜索词', '展示量', '点击量']]);
    expect(r).toEqual({ ok: false, closest: 'sp-search-term', missing: ['广告组名称', '花费'] });
  });

  it('says nothing came close for a table that is no report', () => {
    expect(recogniseReport([['name', 'email'], ['Li', 'li@example.com']])).toEqual({ ok: false, closest: null, missing: [] });
  });
});
