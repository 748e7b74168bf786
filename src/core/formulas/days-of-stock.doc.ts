import { BLANKS, type DocsOf, say } from './doc-text';

/** The docs of the formulas in days-of-stock.ts (docs only: never in the bundle). */
export const DAYS_OF_STOCK_DOCS = {
  DAYS_OF_STOCK: {
    category: 'inventory',
    summary: say(
      {
        en: 'Days of stock left: units available ÷ average daily units sold. Zero sales shows "—" (it never runs out at that rate).',
        zh: '可售天数：可售库存 ÷ 日均销量。销量为零时显示“—”（按此速度不会断货）。',
        zhTW: '可售天數：可售庫存 ÷ 日均銷量。銷量為零時顯示「—」（照此速度不會缺貨）。',
      },
      BLANKS,
    ),
    returns: { en: 'Days until the stock runs out', zh: '库存还能卖的天数', zhTW: '庫存還能賣的天數' },
    example: { formula: '=DAYS_OF_STOCK(300, 20)', result: '15' },
  },
} satisfies DocsOf;
