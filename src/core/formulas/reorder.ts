import { elementwise } from './elementwise';

/**
 * REORDER_POINT(daily_sales, lead_time_days, safety_stock) — 补货点: the stock level at which to
 * reorder = daily sales × lead time + safety stock. `daily_sales` may be several columns of recent
 * days, averaged per row (like DAYS_OF_STOCK). A blank safety stock counts as none; a blank lead
 * time beside data is marked "missing lead_time_days" (0 days would understate the reorder point).
 */
export const reorderPoint = elementwise({
  name: 'REORDER_POINT',
  inputs: [
    { name: 'daily_sales', nonNegative: true, rowMean: true },
    { name: 'lead_time_days', nonNegative: true, required: true },
    { name: 'safety_stock', nonNegative: true, whenBlank: 0 },
  ],
  compute: ([daily, lead, safety]) => daily * lead + safety,
});

/**
 * REORDER_QTY(daily_sales, cover_days, on_hand, inbound) — 补货量: units to order now so that stock
 * covers `cover_days` (purchase + transit + safety days, the Chinese form
 * (采购 + 运输 + 安全天数) × 日均 − 库存): max(0, daily × cover_days − on_hand − inbound).
 * Never negative: an overstocked row shows 0. Not rounded: wrap it in ROUNDUP for whole units.
 * A blank on_hand or inbound counts as none; a blank cover_days beside data is marked "missing".
 */
export const reorderQty = elementwise({
  name: 'REORDER_QTY',
  inputs: [
    { name: 'daily_sales', nonNegative: true, rowMean: true },
    { name: 'cover_days', nonNegative: true, required: true },
    { name: 'on_hand', nonNegative: true, whenBlank: 0 },
    { name: 'inbound', nonNegative: true, whenBlank: 0 },
  ],
  compute: ([daily, cover, onHand, inbound]) => Math.max(0, daily * cover - onHand - inbound),
});
