import { BLANKS, type DocsOf, say } from './doc-text';

/** The docs of the formulas in safety-stock.ts (docs only: never in the bundle). */
export const SAFETY_STOCK_DOCS = {
  SAFETY_STOCK: {
    category: 'inventory',
    summary: say(
      {
        en: 'Safety stock = Z × σ × √(lead time), Z the exact normal quantile of the service level (95 % → 1.6449, not the rounded 1.65 of printed tables: 95 %, σ 40, 9 days gives 197.4, not 198). Not rounded.',
        zh: '安全库存 = Z × σ × √(备货周期)，Z 为服务水平对应的精确正态分位数（95% → 1.6449，而非表格里四舍五入的 1.65：95%、σ 40、9 天得 197.4 而不是 198）。不取整。',
        zhTW: '安全庫存 = Z × σ × √(前置時間)，Z 為服務水準對應的精確常態分位數（95% → 1.6449，而非表格裡四捨五入的 1.65：95%、σ 40、9 天得 197.4 而不是 198）。不取整數。',
      },
      BLANKS,
    ),
    returns: { en: 'Safety stock in units', zh: '安全库存件数', zhTW: '安全庫存件數' },
    example: { formula: '=SAFETY_STOCK(95%, 40, 9)', result: '197.382435234177' },
  },
} satisfies DocsOf;
