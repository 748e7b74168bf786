import { AGED_SURCHARGE_TABLES, LOW_INVENTORY_FEE, STORAGE_TABLES, type AgedTier, type Confidence, type Dated } from '../fees/fba-us';
import { BLANKS, type DocsOf, type DocText, inEach, type Lang, money, say, TEXT_DATES } from './doc-text';

// The fee prose is rendered from the tables that compute the fees, so the help cannot drift from them.
const WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: { cuFt: '/cu ft', unit: '/unit', greater: ', whichever is greater', or: ' or ', days: ' days', from: 'From ', colon: ': ', sep: '; ', end: '. ', sources: 'Sources: ', partial: ' (partly confirmed)', unconfirmed: ' (unconfirmed)', confirmed: '', std: 'standard ', over: 'oversize ', offPeak: ' Jan–Sep, ', peak: ' Oct–Dec' },
  zh: { cuFt: '/立方英尺', unit: '/件', greater: '，取较高者', or: '或 ', days: ' 天', from: '自 ', colon: ' 起：', sep: '；', end: '。', sources: '来源：', partial: '（部分确认）', unconfirmed: '（未确认）', confirmed: '', std: '标准尺寸 ', over: '大件 ', offPeak: '（1–9 月）、', peak: '（10–12 月）' },
  zhTW: { cuFt: '/立方英尺', unit: '/件', greater: '，取較高者', or: '或 ', days: ' 天', from: '自 ', colon: ' 起：', sep: '；', end: '。', sources: '來源：', partial: '（部分確認）', unconfirmed: '（未確認）', confirmed: '', std: '標準尺寸 ', over: '大件 ', offPeak: '（1–9 月）、', peak: '（10–12 月）' },
};

const flag = (c: Confidence, lang: Lang): string => WORDS[lang][c];

function rate(perCubicFoot: number, perUnitMin: number, lang: Lang): string {
  const w = WORDS[lang];
  const cuFt = `${money(perCubicFoot)}${w.cuFt}`;
  return perUnitMin > 0 ? `${cuFt}${w.or}${money(perUnitMin)}${w.unit}${w.greater}` : cuFt;
}

function band(tier: AgedTier, lang: Lang): string {
  const days = Number.isFinite(tier.toDay) ? `${tier.fromDay}–${tier.toDay}` : `${tier.fromDay}+`;
  return `${days}${WORDS[lang].days} ${rate(tier.perCubicFoot, tier.perUnitMin, lang)}${flag(tier.confidence, lang)}`;
}

function sources(table: Dated, lang: Lang): string {
  return `${WORDS[lang].sources}${table.sources.join(lang === 'en' ? '; ' : '；')}`;
}

/** One caveat per storage table: its date, rates, confidence and sources. */
const STORAGE_TEXT: readonly DocText[] = STORAGE_TABLES.map((table) =>
  inEach((lang) => {
    const w = WORDS[lang];
    const { standard, oversize } = table.rates;
    return (
      `${w.from}${table.effective}${w.colon}${w.std}${money(standard.offPeak)}${w.offPeak}${money(standard.peak)}${w.peak}${w.sep}` +
      `${w.over}${money(oversize.offPeak)}${w.offPeak}${money(oversize.peak)}${w.peak}${flag(table.confidence, lang)}${w.end}${sources(table, lang)}${w.end.trim()}`
    );
  }),
);

/** One caveat per aged-surcharge table. */
const AGED_TEXT: readonly DocText[] = AGED_SURCHARGE_TABLES.map((table) =>
  inEach((lang) => {
    const w = WORDS[lang];
    return `${w.from}${table.effective}${flag(table.confidence, lang)}${w.colon}${table.tiers.map((t) => band(t, lang)).join(w.sep)}${w.end}${sources(table, lang)}${w.end.trim()}`;
  }),
);

const STORAGE_DATES: DocText = {
  en: 'A month with its year (2026-10, a date) is charged at the table in force on the 1st of that month; a bare month (10, Oct) at the latest table; a month before the first table shows "—". Dangerous goods and the storage utilization surcharge are not included.',
  zh: '带年份的月份（2026-10 或日期）按该月 1 日生效的费率表计算；只有月份（10、Oct）按最新费率表；早于第一张费率表的月份显示“—”。不含危险品及仓储使用率附加费。',
  zhTW: '帶年份的月份（2026-10 或日期）依該月 1 日生效的費率表計算；只有月份（10、Oct）依最新費率表；早於第一張費率表的月份顯示「—」。不含危險品及倉儲使用率附加費。',
};

const AGED_DATES: DocText = {
  en: `The table is the one in force on as_of (the latest when as_of is left out; before ${AGED_SURCHARGE_TABLES[0].effective}: "—"). Apparel, shoes, bags, jewelry and watches pay nothing from day ${AGED_SURCHARGE_TABLES[0].categoryWaiver.fromDay} to ${AGED_SURCHARGE_TABLES[0].categoryWaiver.toDay}. Under 181 days: 0. The 2026 rates come from secondary sources quoting Amazon’s notice; the day on which "12–15 months" and "over 15 months" start (366 and 456) is our reading. Verify unconfirmed rates in Seller Central before relying on them.`,
  zh: `按 as_of 当日生效的费率表计算（省略 as_of 时用最新费率表；早于 ${AGED_SURCHARGE_TABLES[0].effective} 显示“—”）。服装、鞋、箱包、珠宝、手表在第 ${AGED_SURCHARGE_TABLES[0].categoryWaiver.fromDay}–${AGED_SURCHARGE_TABLES[0].categoryWaiver.toDay} 天免收。不足 181 天为 0。2026 年费率来自转述亚马逊通知的第三方资料；“12–15 个月”和“超过 15 个月”从第 366 天和第 456 天起算是我们的理解。未确认的费率请在卖家中心核实。`,
  zhTW: `依 as_of 當日生效的費率表計算（省略 as_of 時用最新費率表；早於 ${AGED_SURCHARGE_TABLES[0].effective} 顯示「—」）。服飾、鞋、箱包、珠寶、手錶在第 ${AGED_SURCHARGE_TABLES[0].categoryWaiver.fromDay}–${AGED_SURCHARGE_TABLES[0].categoryWaiver.toDay} 天免收。不足 181 天為 0。2026 年費率來自轉述亞馬遜通知的第三方資料；「12–15 個月」和「超過 15 個月」從第 366 天和第 456 天起算是我們的理解。未確認的費率請在賣家平台（Seller Central）核實。`,
};

const LOW_INVENTORY_TEXT: DocText = {
  en: `Exempt from ${LOW_INVENTORY_FEE.exemptionEffective}: fewer than ${LOW_INVENTORY_FEE.exemptBelowUnits7d} units shipped in the past 7 days (secondary sources; unconfirmed on an Amazon page). Not modelled: new sellers, new-to-FBA products, AWD auto-replenishment. Sources: ${LOW_INVENTORY_FEE.sources.join('; ')}.`,
  zh: `自 ${LOW_INVENTORY_FEE.exemptionEffective} 起豁免：过去 7 天发货少于 ${LOW_INVENTORY_FEE.exemptBelowUnits7d} 件（第三方资料，未在亚马逊页面确认）。未考虑：新卖家、新入仓商品、AWD 自动补货。来源：${LOW_INVENTORY_FEE.sources.join('；')}。`,
  zhTW: `自 ${LOW_INVENTORY_FEE.exemptionEffective} 起豁免：過去 7 天出貨少於 ${LOW_INVENTORY_FEE.exemptBelowUnits7d} 件（第三方資料，未在亞馬遜頁面確認）。未考慮：新賣家、新入倉商品、AWD 自動補貨。來源：${LOW_INVENTORY_FEE.sources.join('；')}。`,
};

/** The docs of the formulas in fba-fees.ts (docs only: never in the bundle). */
export const FBA_FEE_DOCS = {
  CUBIC_FEET: {
    category: 'fees',
    summary: say(
      {
        en: 'Volume in cubic feet, what FBA storage fees are charged on: in³ ÷ 1,728 or cm³ ÷ 28,316.85.',
        zh: '体积（立方英尺），FBA 仓储费按此计费：立方英寸 ÷ 1,728，或立方厘米 ÷ 28,316.85。',
        zhTW: '體積（立方英尺），FBA 倉儲費按此計費：立方英寸 ÷ 1,728，或立方公分 ÷ 28,316.85。',
      },
      BLANKS,
    ),
    returns: { en: 'Cubic feet', zh: '立方英尺', zhTW: '立方英尺' },
    example: { formula: '=CUBIC_FEET(18, 12, 8, "in")', result: '1' },
  },
  STORAGE_FEE: {
    category: 'fees',
    summary: say(
      {
        en: 'Monthly FBA storage fee (US): cubic feet × the rate for the month (Jan–Sep or Oct–Dec) and size tier.',
        zh: '月度 FBA 仓储费（美国站）：立方英尺 × 该月份（1–9 月或 10–12 月）与尺寸分段的费率。',
        zhTW: '每月 FBA 倉儲費（美國站）：立方英尺 × 該月份（1–9 月或 10–12 月）與尺寸分級的費率。',
      },
      BLANKS,
    ),
    returns: { en: 'Storage fee in USD for the month', zh: '当月仓储费（美元）', zhTW: '當月倉儲費（美元）' },
    example: { formula: '=STORAGE_FEE(1, 10, "standard")', result: '2.4' },
    caveats: [STORAGE_DATES, ...STORAGE_TEXT, TEXT_DATES],
  },
  AGED_SURCHARGE: {
    category: 'fees',
    summary: say(
      {
        en: 'Monthly aged inventory surcharge (US) for units that have been in a fulfilment centre this many days: units × the greater of the age band’s rate per cubic foot × cubic feet and its per-unit minimum, from the table in force on as_of. A blank days_in_stock is marked "missing", never read as 0 days.',
        zh: '月度超龄库存附加费（美国站）：件数 × 该库龄段“每立方英尺费率 × 立方英尺”与“每件最低费用”中的较高者，按 as_of 当日生效的费率表计算。库龄为空时标出“缺少 days_in_stock”，不会当作 0 天。',
        zhTW: '每月超齡庫存附加費（美國站）：件數 × 該庫齡級距「每立方英尺費率 × 立方英尺」與「每件最低費用」中的較高者，依 as_of 當日生效的費率表計算。庫齡空白時標出「缺少 days_in_stock」，不會當作 0 天。',
      },
      BLANKS,
    ),
    returns: { en: 'Surcharge in USD for the month', zh: '当月附加费（美元）', zhTW: '當月附加費（美元）' },
    example: { formula: '=AGED_SURCHARGE(280, 1, 10, "2026-11-27")', result: '54.5' },
    caveats: [AGED_DATES, ...AGED_TEXT, TEXT_DATES],
  },
  LOW_INVENTORY_FEE_RISK: {
    category: 'fees',
    summary: say(
      {
        en: `Low-inventory-level fee risk (US, from ${LOW_INVENTORY_FEE.effective}): TRUE when both the 30-day and the 90-day historical days of supply are under ${LOW_INVENTORY_FEE.minDaysOfSupply} days, unless fewer than ${LOW_INVENTORY_FEE.exemptBelowUnits7d} units shipped in the past 7 days.`,
        zh: `低库存水平费风险（美国站，自 ${LOW_INVENTORY_FEE.effective} 起）：30 天和 90 天历史供货天数都低于 ${LOW_INVENTORY_FEE.minDaysOfSupply} 天时为 TRUE，过去 7 天发货少于 ${LOW_INVENTORY_FEE.exemptBelowUnits7d} 件时除外。`,
        zhTW: `低庫存水準費風險（美國站，自 ${LOW_INVENTORY_FEE.effective} 起）：30 天和 90 天歷史供貨天數都低於 ${LOW_INVENTORY_FEE.minDaysOfSupply} 天時為 TRUE，過去 7 天出貨少於 ${LOW_INVENTORY_FEE.exemptBelowUnits7d} 件時除外。`,
      },
      BLANKS,
    ),
    returns: { en: 'TRUE if the fee applies', zh: '会被收取时为 TRUE', zhTW: '會被收取時為 TRUE' },
    example: { formula: '=LOW_INVENTORY_FEE_RISK(20, 42)', result: 'FALSE' },
    caveats: [LOW_INVENTORY_TEXT],
  },
} satisfies DocsOf;
