import { AGED_SURCHARGE, AGED_SURCHARGE_NOT_APPLIED, LOW_INVENTORY_FEE, STORAGE_RATES, type AgedTier } from '../fees/fba-us';
import { acosAds, adSalesShare, cpa, cpc, ctr, cvr, roas, tacos } from './ad-ratios';
import { daysOfStock } from './days-of-stock';
import type { FormulaCore } from './elementwise';
import { agedSurcharge, cubicFeet, lowInventoryFeeRisk, storageFee } from './fba-fees';
import { healthStatusFormula } from './health-status';
import { promoStack } from './promo-stack';
import { rankChange } from './rank-change';
import { reorderPoint, reorderQty } from './reorder';
import { safetyStock } from './safety-stock';
import { sellThrough, weeksOfCover } from './stock-cover';
import { stockoutDate } from './stockout-date';
import { breakevenAcos, organic, profitPerUnit, suggestedBid, targetAcos } from './unit-economics';

/**
 * Documentation text in English, 简体中文 (`zh`) and 繁體中文 (`zhTW`, Taiwan usage: 庫存, 儲存格,
 * 欄 for a column and 列 for a row). The formula help shows English and 简体; FUNCTIONS.md all three.
 */
export interface DocText {
  readonly en: string;
  readonly zh: string;
  readonly zhTW: string;
}

/** One parameter of a custom function, as the formula help shows it. */
export interface ParamDoc {
  /** A JavaScript identifier: the stub's parameter name and the name in the formula help. */
  readonly name: string;
  readonly description: DocText;
  /** What a user typically passes, e.g. `D2:D` or `30`. */
  readonly example: string;
}

/** Where a custom function belongs in the docs. */
export type FormulaCategory = 'ads' | 'inventory' | 'fees' | 'promotions' | 'keywords' | 'health';

/** The categories in the order the docs list them, with their headings. */
export const CATEGORIES: readonly { readonly id: FormulaCategory; readonly title: DocText }[] = [
  { id: 'ads', title: { en: 'Advertising and unit economics', zh: '广告与单位利润', zhTW: '廣告與單位利潤' } },
  { id: 'inventory', title: { en: 'Inventory', zh: '库存', zhTW: '庫存' } },
  { id: 'fees', title: { en: 'FBA fees (US)', zh: 'FBA 费用（美国站）', zhTW: 'FBA 費用（美國站）' } },
  { id: 'promotions', title: { en: 'Promotions', zh: '促销', zhTW: '促銷' } },
  { id: 'keywords', title: { en: 'Keywords', zh: '关键词', zhTW: '關鍵字' } },
  { id: 'health', title: { en: 'Account health', zh: '账户健康', zhTW: '帳戶健康' } },
];

/**
 * One custom function: the single source that the build (JSDoc stubs, name checks), the docs
 * generator (FUNCTIONS.md), the server (dispatch) and the tests (HyperFormula bridge) all read.
 */
export interface FormulaEntry extends FormulaCore {
  readonly category: FormulaCategory;
  readonly summary: DocText;
  readonly params: readonly ParamDoc[];
  readonly returns: DocText;
  /** A worked example; a test evaluates `formula` and compares it with `result` (English). */
  readonly example: { readonly formula: string; readonly result: string };
}

const BLANKS: DocText = {
  en: 'Takes a value or a whole column such as D2:D; blank rows stay blank.',
  zh: '可传入单个值或整列（如 D2:D）；空行保持空白。',
  zhTW: '可傳入單一值或整欄（如 D2:D）；空白列保持空白。',
};

const ZERO: DocText = {
  en: 'A zero denominator shows "—".',
  zh: '分母为零时显示“—”。',
  zhTW: '分母為零時顯示「—」。',
};

const PERCENT: DocText = {
  en: 'Returns a fraction: format the column as a percentage.',
  zh: '结果为小数，请将该列设为百分比格式。',
  zhTW: '結果為小數，請將該欄設為百分比格式。',
};

/** Joins sentences in every language. */
function say(...parts: readonly DocText[]): DocText {
  return { en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join(''), zhTW: parts.map((p) => p.zhTW).join('') };
}

function param(name: string, en: string, zh: string, zhTW: string, example: string): ParamDoc {
  return { name, description: { en, zh, zhTW }, example };
}

const money = (x: number): string => `$${x.toFixed(2)}`;

const storageText: DocText = (() => {
  const { standard, oversize } = STORAGE_RATES.rates;
  return {
    en:
      `Rates effective ${STORAGE_RATES.effective} (latest Amazon table found): standard ${money(standard.offPeak)} Jan–Sep, ` +
      `${money(standard.peak)} Oct–Dec; oversize ${money(oversize.offPeak)} / ${money(oversize.peak)}. ` +
      'Dangerous goods and the storage utilization surcharge are not included.',
    zh:
      `费率自 ${STORAGE_RATES.effective} 起生效（找到的最新亚马逊费率表）：标准尺寸 1–9 月 ${money(standard.offPeak)}、` +
      `10–12 月 ${money(standard.peak)}；大件 ${money(oversize.offPeak)} / ${money(oversize.peak)}。不含危险品及仓储使用率附加费。`,
    zhTW:
      `費率自 ${STORAGE_RATES.effective} 起生效（找到的最新亞馬遜費率表）：標準尺寸 1–9 月 ${money(standard.offPeak)}、` +
      `10–12 月 ${money(standard.peak)}；大件 ${money(oversize.offPeak)} / ${money(oversize.peak)}。不含危險品及倉儲使用率附加費。`,
  };
})();

type Lang = keyof DocText;

const agedText: DocText = (() => {
  const words: Readonly<Record<Lang, { cuFt: string; unit: string; greater: string; days: string; partial: string; unconfirmed: string }>> = {
    en: { cuFt: '/cu ft', unit: '/unit', greater: ', whichever is greater', days: ' days', partial: ' (partly confirmed)', unconfirmed: ' (unconfirmed)' },
    zh: { cuFt: '/立方英尺', unit: '/件', greater: '，取较高者', days: ' 天', partial: '（部分确认）', unconfirmed: '（未确认）' },
    zhTW: { cuFt: '/立方英尺', unit: '/件', greater: '，取較高者', days: ' 天', partial: '（部分確認）', unconfirmed: '（未確認）' },
  };
  const or: Readonly<Record<Lang, string>> = { en: ' or ', zh: '或 ', zhTW: '或 ' };
  const rate = (perCubicFoot: number, perUnitMin: number, lang: Lang): string => {
    const w = words[lang];
    const cuFt = `${money(perCubicFoot)}${w.cuFt}`;
    return perUnitMin > 0 ? `${cuFt}${or[lang]}${money(perUnitMin)}${w.unit}${w.greater}` : cuFt;
  };
  const band = (tier: AgedTier, lang: Lang): string => {
    const w = words[lang];
    const days = Number.isFinite(tier.toDay) ? `${tier.fromDay}–${tier.toDay}` : `${tier.fromDay}+`;
    const flag = tier.confidence === 'confirmed' ? '' : tier.confidence === 'partial' ? w.partial : w.unconfirmed;
    return `${days}${w.days} ${rate(tier.perCubicFoot, tier.perUnitMin, lang)}${flag}`;
  };
  const bands = (lang: Lang, sep: string) => AGED_SURCHARGE.tiers.map((x) => band(x, lang)).join(sep);
  const later = AGED_SURCHARGE_NOT_APPLIED;
  return {
    en:
      `Table effective ${AGED_SURCHARGE.effective} (date unconfirmed): ${bands('en', '; ')}. ` +
      'Under 181 days: 0. ' +
      `Not applied: the tier for stock over ${later.overMonths} months from ${later.effective}, ${rate(later.perCubicFoot, later.perUnitMin, 'en')} (partly confirmed). ` +
      'Verify unconfirmed rates in Seller Central before relying on them.',
    zh:
      `费率表自 ${AGED_SURCHARGE.effective} 起生效（日期未确认）：${bands('zh', '；')}。` +
      '不足 181 天为 0。' +
      `未计入：自 ${later.effective} 起库龄超过 ${later.overMonths} 个月的费率，${rate(later.perCubicFoot, later.perUnitMin, 'zh')}（部分确认）。` +
      '未确认的费率请在卖家中心核实。',
    zhTW:
      `費率表自 ${AGED_SURCHARGE.effective} 起生效（日期未確認）：${bands('zhTW', '；')}。` +
      '不足 181 天為 0。' +
      `未計入：自 ${later.effective} 起庫齡超過 ${later.overMonths} 個月的費率，${rate(later.perCubicFoot, later.perUnitMin, 'zhTW')}（部分確認）。` +
      '未確認的費率請在賣家平台（Seller Central）核實。',
  };
})();

/** Every custom function of the add-on. */
export const FORMULAS: readonly FormulaEntry[] = [
  // ---- Advertising ----
  {
    ...acosAds,
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
    params: [
      param('spend', 'Ad spend', '广告花费', '廣告花費', 'F2:F'),
      param(
        'ad_sales',
        'Ad-attributed sales (7-day for Sponsored Products, 14-day for Sponsored Brands)',
        '广告销售额（SP 为 7 天归因，SB 为 14 天）',
        '廣告銷售額（SP 為 7 天歸因，SB 為 14 天）',
        'G2:G',
      ),
    ],
    returns: { en: 'ACOS as a fraction (0.25 = 25 %)', zh: 'ACOS 小数（0.25 = 25%）', zhTW: 'ACOS 小數（0.25 = 25%）' },
    example: { formula: '=ACOS_ADS(10, 40)', result: '0.25' },
  },
  {
    ...tacos,
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
    params: [
      param('spend', 'Ad spend', '广告花费', '廣告花費', 'F2:F'),
      param('total_sales', 'Total sales from the Business Report', '总销售额（业务报告）', '總銷售額（業務報告）', 'H2:H'),
    ],
    returns: { en: 'TACOS as a fraction', zh: 'TACOS 小数', zhTW: 'TACOS 小數' },
    example: { formula: '=TACOS(10, 100)', result: '0.1' },
  },
  {
    ...roas,
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
    params: [param('ad_sales', 'Ad-attributed sales', '广告销售额', '廣告銷售額', 'G2:G'), param('spend', 'Ad spend', '广告花费', '廣告花費', 'F2:F')],
    returns: {
      en: 'Sales per unit of spend (4 = $4 per $1)',
      zh: '每 1 元花费带来的销售额（4 = 1 元带来 4 元）',
      zhTW: '每花費 1 元帶來的銷售額（4 = 1 元帶來 4 元）',
    },
    example: { formula: '=ROAS(400, 100)', result: '4' },
  },
  {
    ...ctr,
    category: 'ads',
    summary: say({ en: 'CTR: clicks ÷ impressions.', zh: 'CTR（点击率）：点击 ÷ 曝光。', zhTW: 'CTR（點閱率）：點擊次數 ÷ 曝光次數。' }, PERCENT, BLANKS, ZERO),
    params: [param('clicks', 'Clicks', '点击量', '點擊次數', 'D2:D'), param('impressions', 'Impressions', '曝光量', '曝光次數', 'C2:C')],
    returns: { en: 'Click-through rate as a fraction', zh: '点击率小数', zhTW: '點閱率小數' },
    example: { formula: '=CTR(50, 2000)', result: '0.025' },
  },
  {
    ...cpc,
    category: 'ads',
    summary: say({ en: 'CPC: ad spend ÷ clicks.', zh: 'CPC（单次点击成本）：广告花费 ÷ 点击。', zhTW: 'CPC（單次點擊成本）：廣告花費 ÷ 點擊次數。' }, BLANKS, ZERO),
    params: [param('spend', 'Ad spend', '广告花费', '廣告花費', 'F2:F'), param('clicks', 'Clicks', '点击量', '點擊次數', 'D2:D')],
    returns: { en: 'Cost per click', zh: '每次点击成本', zhTW: '每次點擊成本' },
    example: { formula: '=CPC(25, 50)', result: '0.5' },
  },
  {
    ...cvr,
    category: 'ads',
    summary: say({ en: 'CVR: ad orders ÷ clicks.', zh: 'CVR（广告转化率）：广告订单 ÷ 点击。', zhTW: 'CVR（廣告轉換率）：廣告訂單 ÷ 點擊次數。' }, PERCENT, BLANKS, ZERO),
    params: [param('orders', 'Ad-attributed orders', '广告订单数', '廣告訂單數', 'E2:E'), param('clicks', 'Clicks', '点击量', '點擊次數', 'D2:D')],
    returns: { en: 'Conversion rate as a fraction', zh: '转化率小数', zhTW: '轉換率小數' },
    example: { formula: '=CVR(10, 50)', result: '0.2' },
  },
  {
    ...cpa,
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
    params: [param('spend', 'Ad spend', '广告花费', '廣告花費', 'F2:F'), param('orders', 'Ad-attributed orders', '广告订单数', '廣告訂單數', 'E2:E')],
    returns: { en: 'Ad cost per order', zh: '每单广告成本', zhTW: '每筆訂單的廣告成本' },
    example: { formula: '=CPA(100, 10)', result: '10' },
  },
  {
    ...adSalesShare,
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
    params: [
      param('ad_sales', 'Ad-attributed sales', '广告销售额', '廣告銷售額', 'G2:G'),
      param('total_sales', 'Total sales', '总销售额', '總銷售額', 'H2:H'),
    ],
    returns: { en: 'Share of sales from ads, as a fraction', zh: '广告销售占比小数', zhTW: '廣告銷售佔比小數' },
    example: { formula: '=AD_SALES_SHARE(40, 100)', result: '0.4' },
  },
  {
    ...organic,
    category: 'ads',
    summary: say(
      {
        en: 'Organic = total − ad-attributed (orders, units or sales). An estimate: ads credit the click date and the clicked variation, so a day can show negative organic; negative results are shown as they are.',
        zh: '自然 = 总量 − 广告归因量（订单、件数或销售额）。这只是估算：广告按点击日期和被点击的变体归因，某天的自然量可能为负，负数照常显示。',
        zhTW: '自然 = 總量 − 廣告歸因量（訂單、件數或銷售額）。這只是估算：廣告按點擊日期和被點擊的變體歸因，某天的自然量可能為負，負數照常顯示。',
      },
      BLANKS,
    ),
    params: [
      param('total', 'Total orders, units or sales', '总订单、件数或销售额', '總訂單、件數或銷售額', 'H2:H'),
      param('ad', 'The ad-attributed part of the same', '其中广告归因的部分', '其中廣告歸因的部分', 'G2:G'),
    ],
    returns: { en: 'Estimated organic orders, units or sales', zh: '估算的自然订单、件数或销售额', zhTW: '估算的自然訂單、件數或銷售額' },
    example: { formula: '=ORGANIC(48, 6)', result: '42' },
  },
  {
    ...breakevenAcos,
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
    params: [
      param('price', 'Selling price', '售价', '售價', 'B2:B'),
      param(
        'unit_costs',
        'Per-unit costs before ads: one column or several summed per row',
        '广告前单件成本：一列或多列（按行相加）',
        '廣告前單件成本：一欄或多欄（逐列相加）',
        'C2:F',
      ),
    ],
    returns: { en: 'Break-even ACOS as a fraction', zh: '盈亏平衡 ACOS 小数', zhTW: '損益兩平 ACOS 小數' },
    example: { formula: '=BREAKEVEN_ACOS(30, {8,4.5,4.5,1})', result: '0.4' },
  },
  {
    ...profitPerUnit,
    category: 'ads',
    summary: say(
      {
        en: 'Profit per unit: price − per-unit costs (several cost columns are summed per row). Negative when the unit loses money.',
        zh: '单件利润：售价 − 单件成本（多列成本按行相加）。亏损时为负数。',
        zhTW: '單件利潤：售價 − 單件成本（多欄成本逐列相加）。虧損時為負數。',
      },
      BLANKS,
    ),
    params: [
      param('price', 'Selling price', '售价', '售價', 'B2:B'),
      param('unit_costs', 'Per-unit costs: one column or several summed per row', '单件成本：一列或多列（按行相加）', '單件成本：一欄或多欄（逐列相加）', 'C2:F'),
    ],
    returns: { en: 'Profit per unit', zh: '单件利润', zhTW: '單件利潤' },
    example: { formula: '=PROFIT_PER_UNIT(29.99, {8,4.5,4.5,1})', result: '11.99' },
  },
  {
    ...targetAcos,
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
    params: [
      param(
        'breakeven_acos',
        'Break-even ACOS (e.g. from BREAKEVEN_ACOS), as 20% or 0.2',
        '盈亏平衡 ACOS（如 BREAKEVEN_ACOS 的结果），20% 或 0.2',
        '損益兩平 ACOS（如 BREAKEVEN_ACOS 的結果），20% 或 0.2',
        'I2:I',
      ),
      param('target_margin', 'Margin to keep after ads, as 5% or 0.05', '广告后保留的利润率，5% 或 0.05', '廣告後保留的利潤率，5% 或 0.05', '0.05'),
    ],
    returns: { en: 'Target ACOS as a fraction', zh: '目标 ACOS 小数', zhTW: '目標 ACOS 小數' },
    example: { formula: '=TARGET_ACOS(0.2, 0.05)', result: '0.15' },
  },
  {
    ...suggestedBid,
    category: 'ads',
    summary: say(
      {
        en: 'Value-based bid: price × conversion rate × target ACOS (revenue per click × target ACOS). Not Amazon’s market-based suggested bid. A plain target ACOS above 1 such as 30 is marked "write 30% or 0.3" rather than guessed.',
        zh: '基于价值的出价：售价 × 转化率 × 目标 ACOS（每次点击收入 × 目标 ACOS）。不是亚马逊按市场给出的建议竞价。目标 ACOS 写成大于 1 的纯数字（如 30）时不做猜测，会标出“请写成 30% 或 0.3”。',
        zhTW: '以價值為基礎的出價：售價 × 轉換率 × 目標 ACOS（每次點擊收入 × 目標 ACOS）。不是亞馬遜依市場給出的建議出價。目標 ACOS 寫成大於 1 的純數字（如 30）時不做猜測，會標出「請寫成 30% 或 0.3」。',
      },
      BLANKS,
    ),
    params: [
      param('price', 'Average selling price', '平均售价', '平均售價', 'B2:B'),
      param(
        'cvr',
        'Conversion rate (orders ÷ clicks), as 20%, 0.2 or 20 (a number above 1 is a percentage)',
        '转化率（订单 ÷ 点击），20%、0.2 或 20（大于 1 的数字按百分数理解）',
        '轉換率（訂單 ÷ 點擊次數），20%、0.2 或 20（大於 1 的數字視為百分數）',
        'J2:J',
      ),
      param('target_acos', 'Target ACOS, as 30% or 0.3', '目标 ACOS，30% 或 0.3', '目標 ACOS，30% 或 0.3', 'K2:K'),
    ],
    returns: { en: 'Bid per click', zh: '每次点击出价', zhTW: '每次點擊出價' },
    example: { formula: '=SUGGESTED_BID(20, 0.2, 0.3)', result: '1.2' },
  },
  // ---- Inventory ----
  {
    ...daysOfStock,
    category: 'inventory',
    summary: say(
      {
        en: 'Days of stock left: units available ÷ average daily units sold. Zero sales shows "—" (it never runs out at that rate).',
        zh: '可售天数：可售库存 ÷ 日均销量。销量为零时显示“—”（按此速度不会断货）。',
        zhTW: '可售天數：可售庫存 ÷ 日均銷量。銷量為零時顯示「—」（照此速度不會缺貨）。',
      },
      BLANKS,
    ),
    params: [
      param('available', 'Units available to sell', '可售库存数量', '可售庫存數量', 'C2:C'),
      param(
        'daily_sales',
        'Average units sold per day, or several columns of recent days’ sales that are averaged per row',
        '日均销量；也可以是最近几天的销量（多列，按行求平均）',
        '日均銷量；也可以是最近幾天的銷量（多欄，逐列求平均）',
        'D2:D',
      ),
    ],
    returns: { en: 'Days until the stock runs out', zh: '库存还能卖的天数', zhTW: '庫存還能賣的天數' },
    example: { formula: '=DAYS_OF_STOCK(300, 20)', result: '15' },
  },
  {
    ...reorderPoint,
    category: 'inventory',
    summary: say(
      {
        en: 'Reorder point: daily sales × lead time (days) + safety stock. Reorder when stock falls to it. A blank lead time is marked "missing lead_time_days", never read as 0 days; a blank safety stock counts as none.',
        zh: '补货点：日均销量 × 备货周期（天）+ 安全库存。库存降到此值时补货。备货周期为空时标出“缺少 lead_time_days”，不会当作 0 天；安全库存为空按 0 计。',
        zhTW: '再訂購點（補貨點）：日均銷量 × 前置時間（天）+ 安全庫存。庫存降到此值時補貨。前置時間空白時標出「缺少 lead_time_days」，不會當作 0 天；安全庫存空白以 0 計。',
      },
      BLANKS,
    ),
    params: [
      param(
        'daily_sales',
        'Average units sold per day (several columns are averaged per row)',
        '日均销量（多列按行求平均）',
        '日均銷量（多欄逐列求平均）',
        'D2:D',
      ),
      param(
        'lead_time_days',
        'Days from ordering to sellable at Amazon (production + freight + check-in); required',
        '从下单到亚马逊可售的天数（生产 + 头程 + 上架）；必填',
        '從下單到亞馬遜可售的天數（生產 + 頭程運輸 + 入庫上架）；必填',
        '45',
      ),
      param('safety_stock', 'Safety stock in units (blank = none)', '安全库存件数（空白 = 无）', '安全庫存件數（空白 = 無）', 'E2:E'),
    ],
    returns: { en: 'Stock level that triggers a reorder, in units', zh: '触发补货的库存件数', zhTW: '觸發補貨的庫存件數' },
    example: { formula: '=REORDER_POINT(30, 45, 200)', result: '1550' },
  },
  {
    ...reorderQty,
    category: 'inventory',
    summary: say(
      {
        en: 'Reorder quantity: max(0, daily sales × cover days − on hand − inbound), the Chinese 补货量 = (purchase + transit + safety days) × daily sales − stock. Never negative; not rounded (wrap in ROUNDUP for whole units). A blank cover_days is marked "missing", never read as 0 days; a blank on hand or inbound counts as none.',
        zh: '补货量 = max(0, 日均销量 × 覆盖天数 − 现有库存 − 在途)，即（采购周期 + 运输时效 + 安全天数）× 日均 − 库存。不会为负；不取整（需要整数时套用 ROUNDUP）。覆盖天数为空时标出“缺少 cover_days”，不会当作 0 天；现有库存或在途为空按 0 计。',
        zhTW: '補貨量 = max(0, 日均銷量 × 涵蓋天數 − 現有庫存 − 在途)，即（採購週期 + 運輸時間 + 安全天數）× 日均銷量 − 庫存。不會為負；不取整數（需要整數時套用 ROUNDUP）。涵蓋天數空白時標出「缺少 cover_days」，不會當作 0 天；現有庫存或在途空白以 0 計。',
      },
      BLANKS,
    ),
    params: [
      param(
        'daily_sales',
        'Average units sold per day (several columns are averaged per row)',
        '日均销量（多列按行求平均）',
        '日均銷量（多欄逐列求平均）',
        'D2:D',
      ),
      param(
        'cover_days',
        'Days to cover: purchase + transit + safety days; required',
        '覆盖天数：采购周期 + 运输时效 + 安全天数；必填',
        '涵蓋天數：採購週期 + 運輸時間 + 安全天數；必填',
        '20',
      ),
      param(
        'on_hand',
        'Units on hand, FBA available + reserved (blank = none)',
        '现有库存，FBA 可售 + 预留（空白 = 无）',
        '現有庫存，FBA 可售 + 保留（空白 = 無）',
        'C2:C',
      ),
      param('inbound', 'Units inbound or on order (blank = none)', '在途或已下单件数（空白 = 无）', '在途或已下單件數（空白 = 無）', 'F2:F'),
    ],
    returns: { en: 'Units to order now', zh: '现在应补货的件数', zhTW: '現在應補貨的件數' },
    example: { formula: '=REORDER_QTY(10, 20, 80, 0)', result: '120' },
  },
  {
    ...stockoutDate,
    category: 'inventory',
    summary: say(
      {
        en: 'Stock-out date: as_of + available ÷ daily sales days, date only (the stock runs out during that day). Zero sales shows "—".',
        zh: '断货日期：基准日 + 可售库存 ÷ 日均销量（天），只取日期（当天内售罄）。销量为零时显示“—”。',
        zhTW: '缺貨日期：基準日 + 可售庫存 ÷ 日均銷量（天），只取日期（當天內售完）。銷量為零時顯示「—」。',
      },
      BLANKS,
    ),
    params: [
      param('available', 'Units available to sell', '可售库存数量', '可售庫存數量', 'C2:C'),
      param(
        'daily_sales',
        'Average units sold per day (several columns are averaged per row)',
        '日均销量（多列按行求平均）',
        '日均銷量（多欄逐列求平均）',
        'D2:D',
      ),
      param(
        'as_of',
        'The date the stock count is from: a date cell, TODAY() or text like 2026-11-27 (a bare number below 366 is not a date)',
        '库存数据的日期：日期单元格、TODAY() 或 2026-11-27 这样的文字（小于 366 的纯数字不算日期）',
        '庫存資料的日期：日期儲存格、TODAY() 或 2026-11-27 這樣的文字（小於 366 的純數字不算日期）',
        'TODAY()',
      ),
    ],
    returns: { en: 'The date the stock runs out', zh: '断货日期', zhTW: '缺貨日期' },
    example: { formula: '=STOCKOUT_DATE(300, 20, "2026-11-27")', result: '2026-12-12' },
  },
  {
    ...safetyStock,
    category: 'inventory',
    summary: say(
      {
        en: 'Safety stock = Z × σ × √(lead time), Z the exact normal quantile of the service level (95 % → 1.6449, not the rounded 1.65 of printed tables: 95 %, σ 40, 9 days gives 197.4, not 198). Not rounded.',
        zh: '安全库存 = Z × σ × √(备货周期)，Z 为服务水平对应的精确正态分位数（95% → 1.6449，而非表格里四舍五入的 1.65：95%、σ 40、9 天得 197.4 而不是 198）。不取整。',
        zhTW: '安全庫存 = Z × σ × √(前置時間)，Z 為服務水準對應的精確常態分位數（95% → 1.6449，而非表格裡四捨五入的 1.65：95%、σ 40、9 天得 197.4 而不是 198）。不取整數。',
      },
      BLANKS,
    ),
    params: [
      param(
        'service_level',
        'Chance of not running out during a lead time: 95% or 0.95 (50% to under 100%)',
        '备货期内不断货的概率：95% 或 0.95（50% 至 100% 以下）',
        '前置時間內不缺貨的機率：95% 或 0.95（50% 至 100% 以下）',
        '95%',
      ),
      param('daily_demand_sd', 'Standard deviation of daily units sold', '日销量的标准差', '日銷量的標準差', 'E2:E'),
      param('lead_time_days', 'Lead time in days', '备货周期（天）', '前置時間（天）', 'F2:F'),
    ],
    returns: { en: 'Safety stock in units', zh: '安全库存件数', zhTW: '安全庫存件數' },
    example: { formula: '=SAFETY_STOCK(95%, 40, 9)', result: '197.382435234177' },
  },
  {
    ...sellThrough,
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
    params: [
      param('units_shipped', 'Units shipped in the period (e.g. 90 days)', '期间发货件数（如 90 天）', '期間出貨件數（如 90 天）', 'C2:C'),
      param('average_on_hand', 'Average units on hand over the same period', '同期平均在库件数', '同期平均在庫件數', 'D2:D'),
    ],
    returns: { en: 'Sell-through ratio', zh: '售罄率（比值）', zhTW: '售罄率（比值）' },
    example: { formula: '=SELL_THROUGH(40, 80)', result: '0.5' },
  },
  {
    ...weeksOfCover,
    category: 'inventory',
    summary: say(
      {
        en: 'Weeks of cover: units available ÷ weekly units sold. Zero sales shows "—".',
        zh: '可售周数：可售库存 ÷ 周销量。销量为零时显示“—”。',
        zhTW: '可售週數：可售庫存 ÷ 週銷量。銷量為零時顯示「—」。',
      },
      BLANKS,
    ),
    params: [
      param('available', 'Units available', '可售库存数量', '可售庫存數量', 'C2:C'),
      param(
        'weekly_sales',
        'Units sold per week (several weeks’ columns are averaged per row)',
        '周销量（多列按行求平均）',
        '週銷量（多欄逐列求平均）',
        'D2:D',
      ),
    ],
    returns: { en: 'Weeks until the stock runs out', zh: '库存还能卖的周数', zhTW: '庫存還能賣的週數' },
    example: { formula: '=WEEKS_OF_COVER(120, 30)', result: '4' },
  },
  // ---- FBA fees ----
  {
    ...cubicFeet,
    category: 'fees',
    summary: say(
      {
        en: 'Volume in cubic feet, what FBA storage fees are charged on: in³ ÷ 1,728 or cm³ ÷ 28,316.85.',
        zh: '体积（立方英尺），FBA 仓储费按此计费：立方英寸 ÷ 1,728，或立方厘米 ÷ 28,316.85。',
        zhTW: '體積（立方英尺），FBA 倉儲費按此計費：立方英寸 ÷ 1,728，或立方公分 ÷ 28,316.85。',
      },
      BLANKS,
    ),
    params: [
      param('length', 'Length', '长', '長', 'C2:C'),
      param('width', 'Width', '宽', '寬', 'D2:D'),
      param('height', 'Height', '高', '高', 'E2:E'),
      param('unit', '"in" (inches) or "cm" (centimetres)', '"in"（英寸）或 "cm"（厘米）', '"in"（英寸）或 "cm"（公分）', '"cm"'),
    ],
    returns: { en: 'Cubic feet', zh: '立方英尺', zhTW: '立方英尺' },
    example: { formula: '=CUBIC_FEET(18, 12, 8, "in")', result: '1' },
  },
  {
    ...storageFee,
    category: 'fees',
    summary: say(
      {
        en: 'Monthly FBA storage fee (US): cubic feet × the rate for the month (Jan–Sep or Oct–Dec) and size tier.',
        zh: '月度 FBA 仓储费（美国站）：立方英尺 × 该月份（1–9 月或 10–12 月）与尺寸分段的费率。',
        zhTW: '每月 FBA 倉儲費（美國站）：立方英尺 × 該月份（1–9 月或 10–12 月）與尺寸分級的費率。',
      },
      storageText,
      BLANKS,
    ),
    params: [
      param(
        'cubic_feet',
        'Cubic feet stored (per unit from CUBIC_FEET, or the total)',
        '存储的立方英尺（单件可用 CUBIC_FEET 算出，或总量）',
        '存放的立方英尺（單件可用 CUBIC_FEET 算出，或總量）',
        'F2:F',
      ),
      param('month', 'Month 1–12, a date, or a name like Oct / 10月', '月份 1–12、日期或 Oct / 10月 这样的名称', '月份 1–12、日期或 Oct / 10月 這樣的名稱', '10'),
      param(
        'size_tier',
        '"standard" or "oversize" (标准 / 大件)',
        '"standard" 或 "oversize"（标准 / 大件）',
        '"standard" 或 "oversize"（標準 / 大件）',
        '"standard"',
      ),
    ],
    returns: { en: 'Storage fee in USD for the month', zh: '当月仓储费（美元）', zhTW: '當月倉儲費（美元）' },
    example: { formula: '=STORAGE_FEE(1, 10, "standard")', result: '2.4' },
  },
  {
    ...agedSurcharge,
    category: 'fees',
    summary: say(
      {
        en: 'Monthly aged inventory surcharge (US) for units that have been in a fulfilment centre this many days: units × the age band’s rate per cubic foot. A blank days_in_stock is marked "missing", never read as 0 days.',
        zh: '月度超龄库存附加费（美国站）：件数 × 该库龄段每立方英尺费率。库龄为空时标出“缺少 days_in_stock”，不会当作 0 天。',
        zhTW: '每月超齡庫存附加費（美國站）：件數 × 該庫齡級距每立方英尺費率。庫齡空白時標出「缺少 days_in_stock」，不會當作 0 天。',
      },
      agedText,
      BLANKS,
    ),
    params: [
      param(
        'days_in_stock',
        'Days the units have been in a fulfilment centre; required',
        '在库天数（库龄）；必填',
        '在庫天數（庫齡）；必填',
        'C2:C',
      ),
      param('cubic_feet', 'Cubic feet per unit', '单件立方英尺', '單件立方英尺', 'D2:D'),
      param('units', 'Units in that age band', '该库龄段的件数', '該庫齡級距的件數', 'E2:E'),
    ],
    returns: { en: 'Surcharge in USD for the month', zh: '当月附加费（美元）', zhTW: '當月附加費（美元）' },
    example: { formula: '=AGED_SURCHARGE(280, 1, 10)', result: '54.5' },
  },
  {
    ...lowInventoryFeeRisk,
    category: 'fees',
    summary: say(
      {
        en: `Low-inventory-level fee risk (US, from ${LOW_INVENTORY_FEE.effective}): TRUE when both the 30-day and the 90-day historical days of supply are under ${LOW_INVENTORY_FEE.minDaysOfSupply} days. Amazon’s exemptions are not modelled.`,
        zh: `低库存水平费风险（美国站，自 ${LOW_INVENTORY_FEE.effective} 起）：30 天和 90 天历史供货天数都低于 ${LOW_INVENTORY_FEE.minDaysOfSupply} 天时为 TRUE。未考虑亚马逊的豁免情形。`,
        zhTW: `低庫存水準費風險（美國站，自 ${LOW_INVENTORY_FEE.effective} 起）：30 天和 90 天歷史供貨天數都低於 ${LOW_INVENTORY_FEE.minDaysOfSupply} 天時為 TRUE。未考慮亞馬遜的豁免情形。`,
      },
      BLANKS,
    ),
    params: [
      param('hdos_30', 'Short-term (30-day) historical days of supply', '短期（30 天）历史供货天数', '短期（30 天）歷史供貨天數', 'G2:G'),
      param('hdos_90', 'Long-term (90-day) historical days of supply', '长期（90 天）历史供货天数', '長期（90 天）歷史供貨天數', 'H2:H'),
    ],
    returns: { en: 'TRUE if the fee applies', zh: '会被收取时为 TRUE', zhTW: '會被收取時為 TRUE' },
    example: { formula: '=LOW_INVENTORY_FEE_RISK(20, 42)', result: 'FALSE' },
  },
  // ---- Promotions ----
  {
    ...promoStack,
    category: 'promotions',
    summary: say(
      {
        en:
          'For each promotion row, the deepest total discount a buyer can get while it runs: the discounts of all promotions on the same ASIN active at the same moment. ' +
          'Discounts apply to the list price and add up (a 20 % coupon with a 15 % deal is 35 % off), capped at 100 %. ' +
          'Promotions that overlap the row but not each other are not stacked. Dates are inclusive days; a blank end date means still running. Rows with a bad cell are marked and left out.',
        zh:
          '对每一行促销，给出其有效期内买家可能拿到的最深总折扣：同一 ASIN 在同一时刻生效的所有促销的折扣。' +
          '折扣都按原价（标价）计算并直接相加（20% 优惠券叠加 15% 秒杀 = 35%），最多 100%。' +
          '与本行重叠但彼此不重叠的促销不会叠加。日期按整天计（含首尾）；结束日期为空表示仍在进行。有问题的行会被标出并排除。',
        zhTW:
          '對每一列促銷，給出其有效期間內買家可能拿到的最深總折扣：同一 ASIN 在同一時刻生效的所有促銷的折扣。' +
          '折扣都以原價（定價）計算並直接相加（20% 優惠券加上 15% 限時搶購 = 35%），最多 100%。' +
          '與本列重疊但彼此不重疊的促銷不會疊加。日期以整天計（含首尾）；結束日期空白表示仍在進行。有問題的列會被標出並排除。',
      },
      BLANKS,
    ),
    params: [
      param('asins', 'ASIN (or SKU) of each promotion', '每个促销的 ASIN（或 SKU）', '每個促銷的 ASIN（或 SKU）', 'B2:B'),
      param('starts', 'Start date (or date and time)', '开始日期（或日期时间）', '開始日期（或日期時間）', 'D2:D'),
      param(
        'ends',
        'End date (inclusive; blank = still running)',
        '结束日期（含当天；空白 = 仍在进行）',
        '結束日期（含當天；空白 = 仍在進行）',
        'E2:E',
      ),
      param('discounts', 'Discount as 20% or 0.2', '折扣，20% 或 0.2', '折扣，20% 或 0.2', 'F2:F'),
    ],
    returns: {
      en: 'Deepest stacked discount as a fraction, per row',
      zh: '每行的最深叠加折扣（小数）',
      zhTW: '每列的最深疊加折扣（小數）',
    },
    example: {
      formula: '=PROMO_STACK({"B0A";"B0A";"B0B"}, {"2026-11-20";"2026-11-25";"2026-11-20"}, {"2026-11-30";"2026-11-28";"2026-11-30"}, {0.15;0.2;0.1})',
      result: '{0.35;0.35;0.1}',
    },
  },
  // ---- Keywords ----
  {
    ...rankChange,
    category: 'keywords',
    summary: say(
      {
        en:
          'Places a keyword rank moved, positive = moved up (10 → 4 is +6). Not ranked is written 0, NR, >100, 100+ or 未排名: ' +
          'not ranked before and ranked now shows "new", ranked before and not now shows "dropped out", not ranked at either time shows "—". ' +
          'A blank rank is not filled in yet, not "not ranked": its row stays blank.',
        zh:
          '关键词排名变化的名次，正数 = 上升（10 → 4 为 +6）。未排名写 0、NR、>100、100+ 或 未排名：' +
          '之前未排名、现在有排名显示“新进榜”，之前有排名、现在没有显示“掉出排名”，两次都未排名显示“—”。' +
          '排名为空表示尚未填写，不等于未排名：该行保持空白。',
        zhTW:
          '關鍵字排名變化的名次，正數 = 上升（10 → 4 為 +6）。未排名寫 0、NR、>100、100+ 或 未排名：' +
          '之前未排名、現在有排名顯示「新進榜」，之前有排名、現在沒有顯示「掉出排名」，兩次都未排名顯示「—」。' +
          '排名空白表示尚未填寫，不等於未排名：該列保持空白。',
      },
      BLANKS,
    ),
    params: [
      param('previous', 'Earlier rank', '之前的排名', '之前的排名', 'C2:C'),
      param('current', 'Latest rank', '最新的排名', '最新的排名', 'D2:D'),
    ],
    returns: {
      en: 'Places moved up (negative = down), or new / dropped out',
      zh: '上升的名次（负数 = 下降），或 新进榜 / 掉出排名',
      zhTW: '上升的名次（負數 = 下降），或 新進榜 / 掉出排名',
    },
    example: { formula: '=RANK_CHANGE(10, 4)', result: '6' },
  },
  // ---- Account health ----
  {
    ...healthStatusFormula,
    category: 'health',
    summary: say(
      {
        en:
          'OK / AT RISK / BREACH for an account-health metric against Amazon’s target: ODR under 1 %, pre-fulfilment cancel rate under 2.5 %, late shipment rate under 4 %, valid tracking rate over 95 %, on-time delivery rate over 90 %; Account Health Rating 200+ OK, 100–199 AT RISK, under 100 BREACH. ' +
          'A rate is AT RISK once it has used 80 % of its allowance (ODR from 0.8 %; valid tracking at 96 % or less). Rates as 0.8% or 0.008; a number above 1 is read as percent (3.2 = 3.2 %). ' +
          'For ODR, cancel rate and late shipment rate, a plain number above 10 × the limit and up to 1 is ambiguous (0.5: 50 % or 0.5 %?) and shows "write 0.5% or 0.005" instead of a status.',
        zh:
          '按亚马逊目标判断账户健康指标：正常 / 有风险 / 超标。订单缺陷率 < 1%，配送前取消率 < 2.5%，迟发率 < 4%，有效追踪率 > 95%，准时交货率 > 90%；账户状况评级 ≥ 200 正常，100–199 有风险，< 100 超标。' +
          '比率用掉允许范围的 80% 即为有风险（订单缺陷率从 0.8% 起；有效追踪率 ≤ 96%）。比率可写 0.8% 或 0.008；大于 1 的数字按百分数理解（3.2 = 3.2%）。' +
          '订单缺陷率、取消率和迟发率若写成大于上限 10 倍且不超过 1 的纯数字，含义不明（0.5：是 50% 还是 0.5%？），会显示“请写成 0.5% 或 0.005”而不是状态。',
        zhTW:
          '依亞馬遜目標判斷帳戶健康指標：正常 / 有風險 / 超標。訂單瑕疵率 < 1%，出貨前取消率 < 2.5%，延遲出貨率 < 4%，有效追蹤率 > 95%，準時送達率 > 90%；帳戶狀況評級 ≥ 200 正常，100–199 有風險，< 100 超標。' +
          '比率用掉容許範圍的 80% 即為有風險（訂單瑕疵率從 0.8% 起；有效追蹤率 ≤ 96%）。比率可寫 0.8% 或 0.008；大於 1 的數字視為百分數（3.2 = 3.2%）。' +
          '訂單瑕疵率、取消率和延遲出貨率若寫成大於上限 10 倍且不超過 1 的純數字，意思不明確（0.5：是 50% 還是 0.5%？），會顯示「請寫成 0.5% 或 0.005」而不是狀態。',
      },
      BLANKS,
    ),
    params: [
      param(
        'metric',
        'Metric name in English or Chinese: ODR, 订单缺陷率, late shipment rate, 迟发率, …',
        '指标名称（中英文均可）：订单缺陷率、ODR、迟发率、有效追踪率……',
        '指標名稱（中英文皆可）：訂單瑕疵率、ODR、延遲出貨率、有效追蹤率……',
        'A2:A',
      ),
      param(
        'value',
        'The metric’s value: a rate like 0.8% or the Account Health Rating score',
        '指标数值：比率如 0.8%，或账户状况评级分数',
        '指標數值：比率如 0.8%，或帳戶狀況評級分數',
        'B2:B',
      ),
    ],
    returns: {
      en: 'OK, AT RISK or BREACH in the user’s language',
      zh: '正常、有风险或超标（按用户语言）',
      zhTW: '正常、有風險或超標（依使用者語言）',
    },
    example: { formula: '=HEALTH_STATUS("ODR", "0.85%")', result: 'AT RISK' },
  },
];

/** The documented entry called `name` (exact, as registered), or undefined. */
export function findFormulaDoc(name: string): FormulaEntry | undefined {
  return FORMULAS.find((f) => f.name === name);
}
