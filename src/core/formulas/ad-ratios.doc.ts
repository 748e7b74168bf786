import { SPEND_WITHOUT_SALES } from './elementwise';
import { BLANK_IS_NOT_ZERO, BLANKS, type DocsOf, type DocText, PERCENT, say, ZERO } from './doc-text';

const worst = SPEND_WITHOUT_SALES.toLocaleString('en-US');

/** Spend with no sales (or orders) is the worst value, not "no data". */
const SPEND_WITHOUT_SALES_TEXT: DocText = {
  en: `Spend without sales shows ${worst}: a number bigger than any target, so the row sorts last (ascending), passes an "ACOS over target" filter or conditional format, and never hides among the "—" rows of no data (0 spend and 0 sales). It also inflates an average of the column: see below. The number format [>=1000000]"∞";0.0% shows it as ∞ (the Ops Desk tabs use it).`,
  zh: `有花费但没有销售时显示 ${worst}：比任何目标都大，升序排序时排在最后，能被“ACOS 超过目标”的筛选或条件格式选中，不会混在无数据（花费和销售都为 0）的“—”行里。它也会拉高整列的平均值，见下文。数字格式 [>=1000000]"∞";0.0% 会把它显示为 ∞（运营操盘台的工作表即用此格式）。`,
  zhTW: `有花費但沒有銷售時顯示 ${worst}：比任何目標都大，遞增排序時排在最後，能被「ACOS 超過目標」的篩選或條件式格式選中，不會混在無資料（花費和銷售都為 0）的「—」列裡。它也會拉高整欄的平均值，見下文。數字格式 [>=1000000]"∞";0.0% 會把它顯示為 ∞（運營操盤台的工作表即用此格式）。`,
};

/** The account's ACOS is not the average of an ACOS column; a rolling 7-day ACOS with SUM. */
const ACOS_TOTALS: DocText = {
  en: 'The average of an ACOS column is not the account’s ACOS: a keyword with $1 spend counts as much as one with $1,000. The account’s ACOS is total spend ÷ total sales: =SUM(F2:F)/SUM(G2:G). A rolling 7-day ACOS, with one row per day (dates in A, spend in F, sales in G), in row 8 and filled down: =IFERROR(SUM(F2:F8)/SUM(G2:G8), "—").',
  zh: 'ACOS 列的平均值不是账户的 ACOS：花费 $1 的关键词和花费 $1,000 的关键词权重一样。账户 ACOS = 总花费 ÷ 总销售额：=SUM(F2:F)/SUM(G2:G)。滚动 7 天 ACOS（每天一行，A 列日期、F 列花费、G 列销售额），写在第 8 行并向下填充：=IFERROR(SUM(F2:F8)/SUM(G2:G8), "—")。',
  zhTW: 'ACOS 欄的平均值不是帳戶的 ACOS：花費 $1 的關鍵字和花費 $1,000 的關鍵字權重一樣。帳戶 ACOS = 總花費 ÷ 總銷售額：=SUM(F2:F)/SUM(G2:G)。滾動 7 天 ACOS（每天一列，A 欄日期、F 欄花費、G 欄銷售額），寫在第 8 列並向下填滿：=IFERROR(SUM(F2:F8)/SUM(G2:G8), "—")。',
};

/** The docs of the formulas in ad-ratios.ts (docs only: never in the bundle). */
export const AD_RATIO_DOCS = {
  ACOS_ADS: {
    category: 'ads',
    summary: say(
      {
        en: 'ACOS: ad spend ÷ ad-attributed sales. Named ACOS_ADS because ACOS is Sheets’ built-in arc-cosine, which does something else.',
        zh: 'ACOS（广告花费占比）：广告花费 ÷ 广告销售额。之所以叫 ACOS_ADS，是因为 ACOS 是 Sheets 内置的反余弦函数，作用完全不同。',
        zhTW: 'ACOS（廣告銷售成本比）：廣告花費 ÷ 廣告銷售額。之所以叫 ACOS_ADS，是因為 ACOS 是 Sheets 內建的反餘弦函式，作用完全不同。',
      },
      PERCENT,
      BLANKS,
      ZERO,
    ),
    returns: { en: 'ACOS as a fraction (0.25 = 25 %)', zh: 'ACOS 小数（0.25 = 25%）', zhTW: 'ACOS 小數（0.25 = 25%）' },
    example: { formula: '=ACOS_ADS(10, 40)', result: '0.25' },
    caveats: [SPEND_WITHOUT_SALES_TEXT, ACOS_TOTALS, BLANK_IS_NOT_ZERO],
  },
  TACOS: {
    category: 'ads',
    summary: say(
      {
        en: 'TACOS (total ACOS): ad spend ÷ total sales, ad and organic.',
        zh: 'TACOS（总 ACOS）：广告花费 ÷ 总销售额（广告 + 自然）。',
        zhTW: 'TACOS（總 ACOS）：廣告花費 ÷ 總銷售額（廣告 + 自然）。',
      },
      PERCENT,
      BLANKS,
      ZERO,
    ),
    returns: { en: 'TACOS as a fraction', zh: 'TACOS 小数', zhTW: 'TACOS 小數' },
    example: { formula: '=TACOS(10, 100)', result: '0.1' },
    caveats: [SPEND_WITHOUT_SALES_TEXT, ACOS_TOTALS, BLANK_IS_NOT_ZERO],
  },
  ROAS: {
    category: 'ads',
    summary: say(
      {
        en: 'ROAS: ad-attributed sales ÷ ad spend (= 1 ÷ ACOS).',
        zh: 'ROAS（广告支出回报率）：广告销售额 ÷ 广告花费（= 1 ÷ ACOS）。',
        zhTW: 'ROAS（廣告投資報酬率）：廣告銷售額 ÷ 廣告花費（= 1 ÷ ACOS）。',
      },
      BLANKS,
      ZERO,
    ),
    returns: {
      en: 'Sales per unit of spend (4 = $4 per $1)',
      zh: '每 1 元花费带来的销售额（4 = 1 元带来 4 元）',
      zhTW: '每花費 1 元帶來的銷售額（4 = 1 元帶來 4 元）',
    },
    example: { formula: '=ROAS(400, 100)', result: '4' },
  },
  CTR: {
    category: 'ads',
    summary: say({ en: 'CTR: clicks ÷ impressions.', zh: 'CTR（点击率）：点击 ÷ 曝光。', zhTW: 'CTR（點閱率）：點擊次數 ÷ 曝光次數。' }, PERCENT, BLANKS, ZERO),
    returns: { en: 'Click-through rate as a fraction', zh: '点击率小数', zhTW: '點閱率小數' },
    example: { formula: '=CTR(50, 2000)', result: '0.025' },
  },
  CPC: {
    category: 'ads',
    summary: say({ en: 'CPC: ad spend ÷ clicks.', zh: 'CPC（单次点击成本）：广告花费 ÷ 点击。', zhTW: 'CPC（單次點擊成本）：廣告花費 ÷ 點擊次數。' }, BLANKS, ZERO),
    returns: { en: 'Cost per click', zh: '每次点击成本', zhTW: '每次點擊成本' },
    example: { formula: '=CPC(25, 50)', result: '0.5' },
  },
  CVR: {
    category: 'ads',
    summary: say({ en: 'CVR: ad orders ÷ clicks.', zh: 'CVR（广告转化率）：广告订单 ÷ 点击。', zhTW: 'CVR（廣告轉換率）：廣告訂單 ÷ 點擊次數。' }, PERCENT, BLANKS, ZERO),
    returns: { en: 'Conversion rate as a fraction', zh: '转化率小数', zhTW: '轉換率小數' },
    example: { formula: '=CVR(10, 50)', result: '0.2' },
  },
  CPA: {
    category: 'ads',
    summary: say(
      {
        en: 'CPA: ad spend ÷ ad orders (= CPC ÷ CVR).',
        zh: 'CPA（单次订单成本）：广告花费 ÷ 广告订单（= CPC ÷ CVR）。',
        zhTW: 'CPA（單筆訂單成本）：廣告花費 ÷ 廣告訂單（= CPC ÷ CVR）。',
      },
      BLANKS,
      ZERO,
    ),
    returns: { en: 'Ad cost per order', zh: '每单广告成本', zhTW: '每筆訂單的廣告成本' },
    example: { formula: '=CPA(100, 10)', result: '10' },
    caveats: [SPEND_WITHOUT_SALES_TEXT, BLANK_IS_NOT_ZERO],
  },
  AD_SALES_SHARE: {
    category: 'ads',
    summary: say(
      {
        en: 'Ad sales share: ad-attributed sales ÷ total sales. Above 50 % the listing depends on ads.',
        zh: '广告销售占比：广告销售额 ÷ 总销售额。超过 50% 说明过度依赖广告。',
        zhTW: '廣告銷售佔比：廣告銷售額 ÷ 總銷售額。超過 50% 表示過度依賴廣告。',
      },
      PERCENT,
      BLANKS,
      ZERO,
    ),
    returns: { en: 'Share of sales from ads, as a fraction', zh: '广告销售占比小数', zhTW: '廣告銷售佔比小數' },
    example: { formula: '=AD_SALES_SHARE(40, 100)', result: '0.4' },
  },
  UNIT_SESSION_PCT: {
    category: 'ads',
    summary: say(
      {
        en: 'Unit session percentage, the Business Report’s conversion: units ordered ÷ sessions. Not the ad CVR (orders ÷ clicks).',
        zh: '商品会话百分比（业务报告中的转化率）：已订购商品数量 ÷ 会话次数。不同于广告转化率 CVR（订单 ÷ 点击）。',
        zhTW: '商品工作階段百分比（業務報告中的轉換率）：已訂購商品數量 ÷ 工作階段數。不同於廣告轉換率 CVR（訂單 ÷ 點擊次數）。',
      },
      PERCENT,
      BLANKS,
      ZERO,
    ),
    returns: { en: 'Unit session percentage as a fraction', zh: '商品会话百分比（小数）', zhTW: '商品工作階段百分比（小數）' },
    example: { formula: '=UNIT_SESSION_PCT(12, 400)', result: '0.03' },
  },
} satisfies DocsOf;
