import { BLANKS, type DocsOf, say } from './doc-text';

/** The docs of the formulas in reorder.ts (docs only: never in the bundle). */
export const REORDER_DOCS = {
  REORDER_POINT: {
    category: 'inventory',
    summary: say(
      {
        en: 'Reorder point: daily sales × lead time (days) + safety stock. Reorder when stock falls to it. A blank lead time is marked "missing lead_time_days", never read as 0 days; a blank safety stock counts as none.',
        zh: '补货点：日均销量 × 备货周期（天）+ 安全库存。库存降到此值时补货。备货周期为空时标出“缺少 lead_time_days”，不会当作 0 天；安全库存为空按 0 计。',
        zhTW: '再訂購點（補貨點）：日均銷量 × 前置時間（天）+ 安全庫存。庫存降到此值時補貨。前置時間空白時標出「缺少 lead_time_days」，不會當作 0 天；安全庫存空白以 0 計。',
      },
      BLANKS,
    ),
    returns: { en: 'Stock level that triggers a reorder, in units', zh: '触发补货的库存件数', zhTW: '觸發補貨的庫存件數' },
    example: { formula: '=REORDER_POINT(30, 45, 200)', result: '1550' },
  },
  REORDER_QTY: {
    category: 'inventory',
    summary: say(
      {
        en: 'Reorder quantity: max(0, daily sales × cover days − on hand − inbound), the Chinese 补货量 = (purchase + transit + safety days) × daily sales − stock. Never negative; not rounded (wrap in ROUNDUP for whole units). A blank cover_days is marked "missing", never read as 0 days; a blank on hand or inbound counts as none.',
        zh: '补货量 = max(0, 日均销量 × 覆盖天数 − 现有库存 − 在途)，即（采购周期 + 运输时效 + 安全天数）× 日均 − 库存。不会为负；不取整（需要整数时套用 ROUNDUP）。覆盖天数为空时标出“缺少 cover_days”，不会当作 0 天；现有库存或在途为空按 0 计。',
        zhTW: '補貨量 = max(0, 日均銷量 × 涵蓋天數 − 現有庫存 − 在途)，即（採購週期 + 運輸時間 + 安全天數）× 日均銷量 − 庫存。不會為負；不取整數（需要整數時套用 ROUNDUP）。涵蓋天數空白時標出「缺少 cover_days」，不會當作 0 天；現有庫存或在途空白以 0 計。',
      },
      BLANKS,
    ),
    returns: { en: 'Units to order now', zh: '现在应补货的件数', zhTW: '現在應補貨的件數' },
    example: { formula: '=REORDER_QTY(10, 20, 80, 0)', result: '120' },
  },
} satisfies DocsOf;
