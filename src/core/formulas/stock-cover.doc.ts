import { BLANKS, type DocsOf, say, ZERO } from './doc-text';

/** The docs of the formulas in stock-cover.ts (docs only: never in the bundle). */
export const STOCK_COVER_DOCS = {
  SELL_THROUGH: {
    category: 'inventory',
    summary: say(
      {
        en: 'Sell-through (Amazon IPI input): units shipped ÷ average units on hand over the same period, as a ratio (2 or more is good over 90 days).',
        zh: '售罄率（IPI 指标）：同期发货件数 ÷ 平均在库件数，为比值（90 天内 ≥ 2 较好）。',
        zhTW: '售罄率（IPI 指標）：同期出貨件數 ÷ 平均在庫件數，為比值（90 天內 ≥ 2 較好）。',
      },
      BLANKS,
      ZERO,
    ),
    returns: { en: 'Sell-through ratio', zh: '售罄率（比值）', zhTW: '售罄率（比值）' },
    example: { formula: '=SELL_THROUGH(40, 80)', result: '0.5' },
  },
  WEEKS_OF_COVER: {
    category: 'inventory',
    summary: say(
      {
        en: 'Weeks of cover: units available ÷ weekly units sold. Zero sales shows "—".',
        zh: '可售周数：可售库存 ÷ 周销量。销量为零时显示“—”。',
        zhTW: '可售週數：可售庫存 ÷ 週銷量。銷量為零時顯示「—」。',
      },
      BLANKS,
    ),
    returns: { en: 'Weeks until the stock runs out', zh: '库存还能卖的周数', zhTW: '庫存還能賣的週數' },
    example: { formula: '=WEEKS_OF_COVER(120, 30)', result: '4' },
  },
} satisfies DocsOf;
