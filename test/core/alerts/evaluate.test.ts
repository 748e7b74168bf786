import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../../src/core/alerts/evaluate';
import { day, inHours, NOW, tab, ZONE } from './fixtures';

const store = {
  inventory: tab('inventory', [{ date: day(-1), sku: 'LAMP-1', asin: 'B0LAMP0001', available: 410, dailySales: 10 }]),
  listingCheck: tab('listingCheck', [{ checked: day(-1), asin: 'B0LAMP0001', ourPrice: 30, listingStatus: 'Active' }]),
  ads: tab('ads', [{ date: day(-1), campaign: 'Lamp', spend: 20, adSales: 0 }]),
  cases: tab('cases', [{ caseType: 'A-to-z claim', caseId: 'C-1', respondBy: inHours(-1), status: 'Open' }]),
  reviews: tab('reviews', [{ date: day(-1), type: 'Review', asin: 'B0LAMP0001', stars: 1, status: 'New' }]),
};

describe('evaluateAlerts', () => {
  it('orders the critical first, then by money, then the unpriced', () => {
    expect(evaluateAlerts(store, NOW, { timeZone: ZONE }).map((a) => a.kind)).toEqual(['caseOverdue', 'stockoutBeforeShipment', 'acosOverTarget', 'negativeReview']);
  });

  it('reads a spreadsheet set up in 简体中文 the same way', () => {
    const zh = {
      inventory: tab('inventory', [{ date: day(-1), sku: 'LAMP-1', asin: 'B0LAMP0001', available: 410, dailySales: 10 }], 'zh-CN'),
      cases: tab('cases', [{ caseType: 'A-to-Z索赔', caseId: 'C-1', respondBy: inHours(-1), status: '待处理' }], 'zh-CN'),
    };
    expect(evaluateAlerts(zh, NOW, { timeZone: ZONE }).map((a) => a.kind)).toEqual(['caseOverdue', 'stockoutBeforeShipment']);
  });

  it('counts days in the spreadsheet\'s time zone', () => {
    // 17:00 UTC on 27 Nov is already 28 Nov in Shanghai: yesterday's stock row is two days old there.
    const alerts = evaluateAlerts({ inventory: store.inventory }, NOW, { timeZone: 'Asia/Shanghai' });
    expect(alerts.map((a) => a.facts.daysOfStock)).toEqual([39]);
  });

  it('finds nothing in an empty spreadsheet', () => {
    expect(evaluateAlerts({}, NOW, { timeZone: ZONE })).toEqual([]);
  });
});
