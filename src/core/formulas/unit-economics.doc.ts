import { BLANK_IS_NOT_ZERO, BLANKS, type DocsOf, type DocText, PERCENT, say, ZERO } from './doc-text';

/** Percent text among money: a share of the price, never an amount. */
const PERCENT_OF_PRICE: DocText = {
  en: 'A percent among the costs (a referral fee of 15%) is that share of the price: 15% of $30 is $4.50, never $0.15. Money is never read as a percent, nor a percent as money.',
  zh: '成本中的百分比（如 15% 的佣金）按售价的比例计算：$30 的 15% 是 $4.50，而不是 $0.15。金额不会被当作百分比，百分比也不会被当作金额。',
  zhTW: '成本中的百分比（如 15% 的佣金）以售價的比例計算：$30 的 15% 是 $4.50，而不是 $0.15。金額不會被當作百分比，百分比也不會被當作金額。',
};

/** The docs of the formulas in unit-economics.ts (docs only: never in the bundle). */
export const UNIT_ECONOMICS_DOCS = {
  ORGANIC: {
    category: 'ads',
    summary: say(
      {
        en: 'Organic = total − ad-attributed (orders, units or sales). An estimate: ads credit the click date and the clicked variation, so a day can show negative organic; negative results are shown as they are.',
        zh: '自然 = 总量 − 广告归因量（订单、件数或销售额）。这只是估算：广告按点击日期和被点击的变体归因，某天的自然量可能为负，负数照常显示。',
        zhTW: '自然 = 總量 − 廣告歸因量（訂單、件數或銷售額）。這只是估算：廣告按點擊日期和被點擊的變體歸因，某天的自然量可能為負，負數照常顯示。',
      },
      BLANKS,
    ),
    returns: { en: 'Estimated organic orders, units or sales', zh: '估算的自然订单、件数或销售额', zhTW: '估算的自然訂單、件數或銷售額' },
    example: { formula: '=ORGANIC(48, 6)', result: '42' },
  },
  BREAKEVEN_ACOS: {
    category: 'ads',
    summary: say(
      {
        en: 'Break-even ACOS: (price − per-unit costs before ads) ÷ price. Costs may be several columns (product, referral fee, FBA fee, other), summed per row. Negative when the unit loses money before ads.',
        zh: '盈亏平衡 ACOS：（售价 − 广告前单件成本）÷ 售价。成本可以是多列（采购、佣金、FBA 配送费、其他），按行相加。广告前就亏损时为负数。',
        zhTW: '損益兩平 ACOS：（售價 − 廣告前單件成本）÷ 售價。成本可以是多欄（進貨成本、銷售佣金、FBA 配送費、其他），逐列相加。廣告前就虧損時為負數。',
      },
      PERCENT,
      BLANKS,
      ZERO,
    ),
    returns: { en: 'Break-even ACOS as a fraction', zh: '盈亏平衡 ACOS 小数', zhTW: '損益兩平 ACOS 小數' },
    example: { formula: '=BREAKEVEN_ACOS(30, {8,4.5,4.5,1})', result: '0.4' },
    caveats: [PERCENT_OF_PRICE, BLANK_IS_NOT_ZERO],
  },
  PROFIT_PER_UNIT: {
    category: 'ads',
    summary: say(
      {
        en: 'Profit per unit: price − per-unit costs (several cost columns are summed per row). Negative when the unit loses money.',
        zh: '单件利润：售价 − 单件成本（多列成本按行相加）。亏损时为负数。',
        zhTW: '單件利潤：售價 − 單件成本（多欄成本逐列相加）。虧損時為負數。',
      },
      BLANKS,
    ),
    returns: { en: 'Profit per unit', zh: '单件利润', zhTW: '單件利潤' },
    example: { formula: '=PROFIT_PER_UNIT(29.99, {8,4.5,4.5,1})', result: '11.99' },
    caveats: [PERCENT_OF_PRICE],
  },
  TARGET_ACOS: {
    category: 'ads',
    summary: say(
      {
        en: 'Target ACOS: break-even ACOS − the margin to keep after ads. Negative when the margin cannot be kept with any ad spend. Write rates as 20% or 0.2: a plain number above 1 such as 20 could mean either, and is marked "write 20% or 0.2".',
        zh: '目标 ACOS：盈亏平衡 ACOS − 广告后想保留的利润率。为负表示任何广告花费都无法保住该利润率。比率请写成 20% 或 0.2：大于 1 的纯数字（如 20）含义不明，会标出“请写成 20% 或 0.2”。',
        zhTW: '目標 ACOS：損益兩平 ACOS − 廣告後想保留的利潤率。為負表示任何廣告花費都無法保住該利潤率。比率請寫成 20% 或 0.2：大於 1 的純數字（如 20）意思不明確，會標出「請寫成 20% 或 0.2」。',
      },
      PERCENT,
      BLANKS,
    ),
    returns: { en: 'Target ACOS as a fraction', zh: '目标 ACOS 小数', zhTW: '目標 ACOS 小數' },
    example: { formula: '=TARGET_ACOS(0.2, 0.05)', result: '0.15' },
  },
  SUGGESTED_BID: {
    category: 'ads',
    summary: say(
      {
        en: 'Value-based bid: price × conversion rate × target ACOS (revenue per click × target ACOS). Not Amazon’s market-based suggested bid. A plain target ACOS above 1 such as 30 is marked "write 30% or 0.3" rather than guessed.',
        zh: '基于价值的出价：售价 × 转化率 × 目标 ACOS（每次点击收入 × 目标 ACOS）。不是亚马逊按市场给出的建议竞价。目标 ACOS 写成大于 1 的纯数字（如 30）时不做猜测，会标出“请写成 30% 或 0.3”。',
        zhTW: '以價值為基礎的出價：售價 × 轉換率 × 目標 ACOS（每次點擊收入 × 目標 ACOS）。不是亞馬遜依市場給出的建議出價。目標 ACOS 寫成大於 1 的純數字（如 30）時不做猜測，會標出「請寫成 30% 或 0.3」。',
      },
      BLANKS,
    ),
    returns: { en: 'Bid per click', zh: '每次点击出价', zhTW: '每次點擊出價' },
    example: { formula: '=SUGGESTED_BID(20, 0.2, 0.3)', result: '1.2' },
  },
  NET_PROFIT_PER_UNIT: {
    category: 'ads',
    summary: say(
      {
        en: 'Net profit per unit after ad cost: price − per-unit costs − ad spend ÷ units sold in the same period. No units sold with spend shows "—"; with no spend either it is price − costs.',
        zh: '扣除广告费后的单件净利润：售价 − 单件成本 − 同期广告花费 ÷ 销量。有花费但销量为 0 时显示“—”；没有花费时为售价 − 成本。',
        zhTW: '扣除廣告費後的單件淨利潤：售價 − 單件成本 − 同期廣告花費 ÷ 銷量。有花費但銷量為 0 時顯示「—」；沒有花費時為售價 − 成本。',
      },
      BLANKS,
    ),
    returns: { en: 'Net profit per unit', zh: '单件净利润', zhTW: '單件淨利潤' },
    example: { formula: '=NET_PROFIT_PER_UNIT(30, {8,4.5,4.5}, 200, 100)', result: '11' },
    caveats: [PERCENT_OF_PRICE, BLANK_IS_NOT_ZERO],
  },
  ROI: {
    category: 'ads',
    summary: say(
      {
        en: 'ROI: profit ÷ landed cost (product + freight + duty), per unit or in total. Negative for a loss; a zero landed cost shows "—".',
        zh: 'ROI（投资回报率）：利润 ÷ 到岸成本（采购 + 头程 + 关税），单件或总额均可。亏损时为负数；到岸成本为零时显示“—”。',
        zhTW: 'ROI（投資報酬率）：利潤 ÷ 到岸成本（進貨成本 + 頭程運輸 + 關稅），單件或總額皆可。虧損時為負數；到岸成本為零時顯示「—」。',
      },
      PERCENT,
      BLANKS,
    ),
    returns: { en: 'ROI as a fraction (0.5 = 50 %)', zh: 'ROI 小数（0.5 = 50%）', zhTW: 'ROI 小數（0.5 = 50%）' },
    example: { formula: '=ROI(11, 22)', result: '0.5' },
  },
} satisfies DocsOf;
