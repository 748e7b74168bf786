import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import type { TabId } from '../../src/core/tabs/tab-ids';
import { TAB_SCHEMAS } from '../../src/core/tabs/registry';
import { emptyBook, putRows, setUp, tabOf } from './tabs-helpers';

/** The set-up English workbook with sample rows on every tab that computes something. */
let addon: LocalAddon;
beforeAll(() => {
  const file = setUp(emptyBook(), 'en').toFile();
  putRows(file, 'ads', [
    { date: '2026-11-25', campaign: 'Mug – exact', impressions: 1000, clicks: 25, spend: 12.5, adSales: 50, adOrders: 2, totalSales: 125 },
    { date: '2026-11-26', campaign: 'Mug – broad', impressions: 800, clicks: 30, spend: 20, adSales: 0, adOrders: 0, totalSales: 90 },
  ]);
  putRows(file, 'promotions', [
    { asin: 'B0A', type: 'Coupon', start: '2026-11-20', end: '2026-11-30', discount: '20%', listPrice: 30, floorPrice: 20 },
    { asin: 'B0A', type: 'Lightning Deal', start: '2026-11-25', end: '2026-11-28', discount: '15%', listPrice: 30, floorPrice: 20 },
    { asin: 'B0B', type: 'Coupon', start: '2026-11-20', end: '2026-11-30', discount: '10%', listPrice: 20, floorPrice: 15 },
  ]);
  putRows(file, 'inventory', [{ date: '2026-11-27', sku: 'MUG-1', available: 300, inbound: 100, dailySales: 20 }]);
  putRows(file, 'keywords', [
    { date: '2026-11-27', keyword: 'pour over mug', previousRank: 10, organicRank: 4 },
    { date: '2026-11-27', keyword: 'ceramic mug', previousRank: 5, organicRank: 'NR' },
  ]);
  putRows(file, 'accountHealth', [
    { date: '2026-11-27', metric: 'ODR', value: '0.85%' },
    { date: '2026-11-27', metric: 'Late shipment rate', value: '1%' },
  ]);
  putRows(file, 'competitors', [{ date: '2026-11-27', asin: 'B0COMP0001', price: 25, coupon: '20%', reviews: 120, reviewsAtStart: 100, bsr: 4000, bsrAtStart: 5000 }]);
  putRows(file, 'today', [
    { day: '2026-11-25', sales: 900, orders: 30, sessions: 700, adSpend: 90, adSales: 300 },
    { day: '2026-11-26', sales: 1000, orders: 40, sessions: 800, adSpend: 100, adSales: 400 },
  ], 12);
  addon = LocalAddon.load({ book: file, locale: 'en' });
}, 180_000);

/** Displayed values of a column (by id) from row 2, as many rows as asked. */
const metas = new Map<TabId, ReturnType<typeof tabOf>['meta']>();
function column(id: TabId, columnId: string, rows: number): string[] {
  if (!metas.has(id)) metas.set(id, tabOf(addon.toFile(), id).meta);
  const meta = metas.get(id) as ReturnType<typeof tabOf>['meta'];
  return addon.show(TAB_SCHEMAS[id].name.en).slice(1, 1 + rows).map((r) => r[meta.columns[columnId] - 1] ?? '');
}

describe('the numbers the tabs show for sample rows', () => {
  it('Ads: ACOS, with ∞ for spend without sales', () => expect(column('ads', 'acos', 2)).toEqual(['25.0%', '∞']));
  it('Ads: CTR, CPC and CVR', () => {
    expect(column('ads', 'ctr', 2)).toEqual(['2.50%', '3.75%']);
    expect(column('ads', 'cpc', 2)).toEqual(['0.50', '0.67']);
    expect(column('ads', 'cvr', 2)).toEqual(['8.00%', '0.00%']);
  });
  it('Ads: ROAS and TACOS', () => {
    expect(column('ads', 'roas', 2)).toEqual(['4.00', '0.00']);
    expect(column('ads', 'tacos', 2)).toEqual(['10.0%', '22.2%']);
  });
  it('Promotions: a coupon and a deal on one ASIN stack to 35 % on both rows', () => {
    expect(column('promotions', 'stacked', 3)).toEqual(['35.0%', '35.0%', '10.0%']);
    expect(column('promotions', 'lowestPrice', 3)).toEqual(['19.50', '19.50', '18.00']);
  });
  it('Inventory: days of stock, stock-out date, reorder point and quantity from Settings', () => {
    expect(column('inventory', 'daysOfStock', 1)).toEqual(['15.0']);
    expect(column('inventory', 'stockoutDate', 1)).toEqual(['2026-12-12']);
    // 20/day × (20 production + 30 first leg + 7 receiving + 14 safety days).
    expect(column('inventory', 'reorderPoint', 1)).toEqual(['1,420']);
    // 20/day × (71 + 30 restock-cycle days) − 300 available − 100 inbound.
    expect(column('inventory', 'reorderQty', 1)).toEqual(['1,620']);
  });
  it('Keywords: places moved up, and a keyword that dropped out', () => expect(column('keywords', 'rankChange', 2)).toEqual(['+6', 'dropped out']));
  it('Account Health: status against Amazon’s targets', () => expect(column('accountHealth', 'status', 2)).toEqual(['AT RISK', 'OK']));
  it('Competitors: effective price, new reviews and BSR change since tracking began', () => {
    expect(column('competitors', 'effectivePrice', 1)).toEqual(['20.00']);
    expect(column('competitors', 'newReviews', 1)).toEqual(['20']);
    expect(column('competitors', 'bsrChange', 1)).toEqual(['+1,000']);
  });
  it("Today: yesterday's sales, ACOS and TACOS from the daily totals", () => {
    const today = addon.show('Today');
    expect(today.slice(1, 7).map((r) => [r[0], r[1]])).toEqual([
      ['Sales', '1,000.00'],
      ['Orders', '40'],
      ['Ad spend', '100.00'],
      ['ACOS', '25.0%'],
      ['TACOS', '10.0%'],
      ['Sessions', '800'],
    ]);
  });
  it('leaves rows without input blank in every derived column', () => {
    const rows = { ads: 2, inventory: 1, keywords: 2, promotions: 3, competitors: 1, accountHealth: 2 } as const;
    for (const [id, count] of Object.entries(rows)) expect(addon.show(TAB_SCHEMAS[id as TabId].name.en), id).toHaveLength(1 + count);
  });
  it('shows no error in any cell of any tab', () => {
    for (const schema of Object.values(TAB_SCHEMAS)) {
      const shown = addon.show(schema.name.en).flat();
      expect(shown.filter((v) => /^#(NAME|REF|VALUE|ERROR|N\/A|DIV)/.test(v)), schema.id).toEqual([]);
    }
  });
});
