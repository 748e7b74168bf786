import { BLANK_IS_NOT_ZERO, BLANKS, type DocsOf, say, TEXT_DATES } from './doc-text';

/** The docs of the formulas in stockout-date.ts (docs only: never in the bundle). */
export const STOCKOUT_DATE_DOCS = {
  STOCKOUT_DATE: {
    category: 'inventory',
    summary: say(
      {
        en: 'Stock-out date: as_of + available ÷ daily sales days, date only (the stock runs out during that day). Zero sales shows "—".',
        zh: '断货日期：基准日 + 可售库存 ÷ 日均销量（天），只取日期（当天内售罄）。销量为零时显示“—”。',
        zhTW: '缺貨日期：基準日 + 可售庫存 ÷ 日均銷量（天），只取日期（當天內售完）。銷量為零時顯示「—」。',
      },
      BLANKS,
    ),
    returns: { en: 'The date the stock runs out', zh: '断货日期', zhTW: '缺貨日期' },
    example: { formula: '=STOCKOUT_DATE(300, 20, "2026-11-27")', result: '2026-12-12' },
    caveats: [TEXT_DATES, BLANK_IS_NOT_ZERO],
  },
  REORDER_BY_DATE: {
    category: 'inventory',
    summary: say(
      {
        en: 'Reorder-by date: the last day to order so new stock arrives before the old runs out = the stock-out date (as_of + available ÷ daily sales days) − the lead time. A date before as_of means the reorder is already late. Zero sales shows "—".',
        zh: '最晚下单日：新货在旧库存售罄前到达的最后下单日期 = 断货日期（基准日 + 可售库存 ÷ 日均销量 天）− 备货周期。早于基准日表示已经来不及。销量为零时显示“—”。',
        zhTW: '最晚下單日：新貨在舊庫存售完前到達的最後下單日期 = 缺貨日期（基準日 + 可售庫存 ÷ 日均銷量 天）− 前置時間。早於基準日表示已經來不及。銷量為零時顯示「—」。',
      },
      BLANKS,
    ),
    returns: { en: 'The last date to reorder', zh: '最晚下单日期', zhTW: '最晚下單日期' },
    example: { formula: '=REORDER_BY_DATE(300, 5, "2026-11-27", 45)', result: '2026-12-12' },
    caveats: [TEXT_DATES, BLANK_IS_NOT_ZERO],
  },
} satisfies DocsOf;
