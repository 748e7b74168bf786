/**
 * An alert in the reader's words: a title, and how its money estimate was made (or why there is
 * none). English, 简体中文 and 繁體中文; numbers and money are the alert's facts, written the same
 * way in every language.
 */
import type { Locale } from '../i18n/locale';
import type { Localized } from '../i18n/messages';
import { TAB_SCHEMAS } from '../tabs/registry';
import { isTabId } from '../tabs/tab-ids';
import type { Alert, AlertKind } from './alert';
import { fillTemplate } from '../i18n/fill';

/** What a reader is shown of one alert. */
export interface AlertText {
  readonly title: string;
  /** How the money was computed, or why no money is put on it. */
  readonly estimate: string;
}

const L = (en: string, zhCN: string, zhTW: string): Localized => ({ en, 'zh-CN': zhCN, 'zh-TW': zhTW });

/** The estimate line of an alert no money is put on, by reason. */
const UNPRICED = {
  critical: L('Ranks above any money: no honest estimate exists, act first.', '优先于任何金额：无法如实估算，请先处理。', '優先於任何金額：無法如實估算，請先處理。'),
  rank: L('Not priced: a rank does not say how many sales were lost.', '未估价：排名无法说明损失了多少销售。', '未估價：排名無法說明損失了多少銷售。'),
  buffer: L('Not priced: the next shipment lands before the stock runs out, but the safety days are used up.', '未估价：下一批货会在断货前到达，但安全天数已用完。', '未估價：下一批貨會在斷貨前到達，但安全天數已用完。'),
  noPrice: L('Not priced: no unit price for {asin} (add it in Listing Check or Promotions).', '未估价：没有 {asin} 的单价（请在 Listing检查 或 促销 中填写）。', '未估價：沒有 {asin} 的單價（請在 Listing檢查 或 促銷 中填寫）。'),
  noUnits: L('Not priced: no units per day or list price known for this ASIN.', '未估价：不知道该 ASIN 的日均销量或原价。', '未估價：不知道該 ASIN 的日均銷量或原價。'),
  health: L('Not priced: no honest money estimate exists for account health; act before it is in breach.', '未估价：账户健康无法如实估算金额；请在超标前处理。', '未估價：帳戶健康無法如實估算金額；請在超標前處理。'),
  timing: L('Not priced: a reminder to plan what follows.', '未估价：提醒你安排后续。', '未估價：提醒你安排後續。'),
  review: L('Not priced: follow it up before it costs conversions.', '未估价：在影响转化前跟进。', '未估價：在影響轉換前追蹤。'),
  agedNoVolume: L(
    'Not priced: the unit volume is missing. The surcharge is charged per cubic foot: fill "{volumeColumn}" for {subject} in Inventory, or import Manage FBA Inventory or the FBA Inventory report.',
    '未估价：缺少单件体积。超龄费按立方英尺计收：请在库存表中填写 {subject} 的“{volumeColumn}”，或导入“管理亚马逊库存”或 FBA 库存报告。',
    '未估價：缺少單件體積。超齡費按立方英尺計收：請在庫存分頁填寫 {subject} 的「{volumeColumn}」，或匯入「管理亞馬遜庫存」或 FBA 庫存報告。',
  ),
  agedNoTiers: L(
    'Not priced: which age tier each unit will be in on {assessment} is not known (the rate depends on it). Import the FBA Inventory report: it fills the "AIS units" columns.',
    '未估价：不知道每件商品在 {assessment} 时处于哪个库龄档（费率取决于它）。请导入 FBA 库存报告：它会填写“超龄费件数”各列。',
    '未估價：不知道每件商品在 {assessment} 時處於哪個庫齡檔（費率取決於它）。請匯入 FBA 庫存報告：它會填寫「超齡費件數」各欄。',
  ),
  agedStaleTiers: L(
    'Not priced: the units per age tier on this row are for the {counted} assessment, which has passed. Import a newer FBA Inventory report.',
    '未估价：本行各库龄档的件数是 {counted} 那次评估的，已经过去。请导入更新的 FBA 库存报告。',
    '未估價：本列各庫齡檔的件數是 {counted} 那次評估的，已經過去。請匯入較新的 FBA 庫存報告。',
  ),
  agedNotUs: L(
    'Not priced: the surcharge rates known here are amazon.com\'s (US), and the Settings marketplace is {marketplace}.',
    '未估价：这里已知的超龄费费率是美国站（amazon.com）的，而设置中的站点是 {marketplace}。',
    '未估價：這裡已知的超齡費費率是美國站（amazon.com）的，而設定中的站點是 {marketplace}。',
  ),
  agedNoTable: L('Not priced: no surcharge rates are known for {assessment}.', '未估价：没有 {assessment} 适用的超龄费费率。', '未估價：沒有 {assessment} 適用的超齡費費率。'),
  stale: L('Not priced: the other alerts on this tab are only as current as its data.', '未估价：本表的其他提醒只与其数据一样新。', '未估價：本分頁的其他提醒只與其資料一樣新。'),
} as const;

/** The estimate line of an unpriced aged-stock alert, by its `unpriced` fact (src/core/alerts/rules/inventory.ts). */
const AGED_UNPRICED: Readonly<Record<string, Localized>> = {
  noVolume: UNPRICED.agedNoVolume,
  noTiers: UNPRICED.agedNoTiers,
  staleTiers: UNPRICED.agedStaleTiers,
  noTable: UNPRICED.agedNoTable,
  notUs: UNPRICED.agedNotUs,
};

/** The title of each kind; `{subject}` and the facts fill it. */
const TITLES: Readonly<Record<AlertKind, Localized>> = {
  rankDrop: L('Keyword "{subject}" fell from {previous} to {current}', '关键词“{subject}”从第 {previous} 名跌到第 {current} 名', '關鍵字「{subject}」從第 {previous} 名跌到第 {current} 名'),
  lowStock: L('{subject}: {daysOfStock} days of stock, under the {needed} days of lead time + safety', '{subject}：可售 {daysOfStock} 天，低于备货周期 + 安全天数 {needed} 天', '{subject}：可售 {daysOfStock} 天，低於備貨週期 + 安全天數 {needed} 天'),
  stockoutBeforeShipment: L('{subject} runs out on {stockout}, before the next shipment can land ({landingDays} days)', '{subject} 将于 {stockout} 断货，早于下一批货可到达的时间（{landingDays} 天）', '{subject} 將於 {stockout} 斷貨，早於下一批貨可到達的時間（{landingDays} 天）'),
  promoStacked: L('{subject}: {promotions} promotions stack to {stacked}% off', '{subject}：{promotions} 个促销叠加到 {stacked}% 折扣', '{subject}：{promotions} 個促銷疊加到 {stacked}% 折扣'),
  promoUnderFloor: L('{subject}: stacked price {lowest} is under the floor price {floor}', '{subject}：叠加后价格 {lowest} 低于最低可接受价 {floor}', '{subject}：疊加後價格 {lowest} 低於最低可接受價 {floor}'),
  promoEndingSoon: L('Promotion {subject} ({type}) ends in {hours} h', '促销 {subject}（{type}）将在 {hours} 小时后结束', '促銷 {subject}（{type}）將在 {hours} 小時後結束'),
  acosOverTarget: L('Campaign {subject}: ACOS {acos}% over the {target}% target (last {days} days)', '广告活动 {subject}：ACOS {acos}% 高于目标 {target}%（最近 {days} 天）', '廣告活動 {subject}：ACOS {acos}% 高於目標 {target}%（最近 {days} 天）'),
  negativeReview: L('{stars}-star review on {subject} not handled yet', '{subject} 的 {stars} 星差评尚未处理', '{subject} 的 {stars} 星負評尚未處理'),
  caseDueSoon: L('{type} {subject} is due in {hours} h', '{type} {subject} 将在 {hours} 小时后到期', '{type} {subject} 將在 {hours} 小時後到期'),
  caseOverdue: L('{type} {subject} is overdue by {hours} h', '{type} {subject} 已逾期 {hours} 小时', '{type} {subject} 已逾期 {hours} 小時'),
  healthAtRisk: L('{subject} at {value} is at risk (limit {limit})', '{subject} 为 {value}，有风险（限值 {limit}）', '{subject} 為 {value}，有風險（限值 {limit}）'),
  healthBreach: L('{subject} at {value} is in breach (limit {limit})', '{subject} 为 {value}，已超标（限值 {limit}）', '{subject} 為 {value}，已超標（限值 {limit}）'),
  agedSurchargeSoon: L('{subject}: {units} units over 180 days old; the aged surcharge is assessed on {assessment}', '{subject}：{units} 件库龄超过 180 天；超龄费将于 {assessment} 评估', '{subject}：{units} 件庫齡超過 180 天；超齡費將於 {assessment} 評估'),
  staleTab: L('{subject}: no new data for {days} days (last {last})', '{subject}：已 {days} 天没有新数据（最近 {last}）', '{subject}：已 {days} 天沒有新資料（最近 {last}）'),
};

/** Variants of a title for facts that change its sense. */
const DROPPED_OUT = L('Keyword "{subject}" fell out of the ranks (was {previous})', '关键词“{subject}”掉出排名（原第 {previous} 名）', '關鍵字「{subject}」掉出排名（原第 {previous} 名）');
const CONFLICT = L('{subject}: a Lightning Deal overlaps a price discount', '{subject}：秒杀与价格折扣时间重叠', '{subject}：秒殺與價格折扣時間重疊');

/** How each priced estimate was made. */
const PRICED = {
  stockout: L('{daysWithout} days without stock × {dailyUnits} units a day × {price} = {cost}', '断货 {daysWithout} 天 × 日均 {dailyUnits} 件 × {price} = {cost}', '斷貨 {daysWithout} 天 × 日均 {dailyUnits} 件 × {price} = {cost}'),
  stacked: L('{extra}% extra discount × {price} list price × {units} expected units = {cost}', '额外折扣 {extra}% × 原价 {price} × 预计 {units} 件 = {cost}', '額外折扣 {extra}% × 原價 {price} × 預計 {units} 件 = {cost}'),
  floor: L('({floor} − {lowest}) below the floor × {units} expected units = {cost}', '（{floor} − {lowest}）低于底价部分 × 预计 {units} 件 = {cost}', '（{floor} − {lowest}）低於底價部分 × 預計 {units} 件 = {cost}'),
  acos: L('Spend {spend} − target {target}% × ad sales {sales} = {cost} above target', '花费 {spend} − 目标 {target}% × 广告销售额 {sales} = 超出目标 {cost}', '花費 {spend} − 目標 {target}% × 廣告銷售額 {sales} = 超出目標 {cost}'),
  aged: L(
    'Units charged × {volume} cu ft × the rate per cu ft of their age tier on {assessment} (rates from {rates}; the per-unit minimum where it is higher): {breakdown} = {cost}',
    '计费件数 × {volume} 立方英尺 × 其在 {assessment} 所处库龄档的每立方英尺费率（{rates} 起的费率；按件最低收费更高时取最低收费）：{breakdown} = {cost}',
    '計費件數 × {volume} 立方英尺 × 其在 {assessment} 所處庫齡檔的每立方英尺費率（{rates} 起的費率；按件最低收費較高時取最低收費）：{breakdown} = {cost}',
  ),
  agedRange: L(
    'At least {cost}, at most {upTo}: units charged × {volume} cu ft × the rate per cu ft on {assessment} of the youngest (at most: the oldest) tier their column spans (rates from {rates}; the per-unit minimum where it is higher): {breakdown} = {cost}',
    '至少 {cost}，至多 {upTo}：计费件数 × {volume} 立方英尺 × 其所在列涵盖的最年轻（至多：最老）库龄档在 {assessment} 的每立方英尺费率（{rates} 起的费率；按件最低收费更高时取最低收费）：{breakdown} = {cost}',
    '至少 {cost}，至多 {upTo}：計費件數 × {volume} 立方英尺 × 其所在欄涵蓋的最年輕（至多：最老）庫齡檔在 {assessment} 的每立方英尺費率（{rates} 起的費率；按件最低收費較高時取最低收費）：{breakdown} = {cost}',
  ),
} as const;

/** Money as shown in an estimate: two decimals, thousands grouped, the currency code after. */
export function formatMoney(x: number, currency: string): string {
  const [whole, fraction] = Math.abs(x).toFixed(2).split('.');
  return `${x < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction} ${currency}`;
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return fillTemplate(template, values);
}

function titleOf(alert: Alert): Localized {
  if (alert.kind === 'rankDrop' && alert.facts.current === 'NR') return DROPPED_OUT;
  if (alert.kind === 'promoStacked' && alert.facts.conflict !== undefined) return CONFLICT;
  return TITLES[alert.kind];
}

function estimateOf(alert: Alert): Localized {
  if (alert.severity === 'critical') return UNPRICED.critical;
  switch (alert.kind) {
    case 'stockoutBeforeShipment':
      return alert.cost === null ? UNPRICED.noPrice : PRICED.stockout;
    case 'promoStacked':
      return alert.cost === null ? UNPRICED.noUnits : PRICED.stacked;
    case 'promoUnderFloor':
      return alert.cost === null ? UNPRICED.noUnits : PRICED.floor;
    case 'acosOverTarget':
      return PRICED.acos;
    case 'rankDrop':
      return UNPRICED.rank;
    case 'lowStock':
      return UNPRICED.buffer;
    case 'negativeReview':
      return UNPRICED.review;
    case 'agedSurchargeSoon':
      if (alert.cost !== null) return alert.facts.upTo === alert.cost ? PRICED.aged : PRICED.agedRange;
      return AGED_UNPRICED[String(alert.facts.unpriced)] ?? UNPRICED.agedNoVolume;
    case 'staleTab':
      return UNPRICED.stale;
    case 'healthAtRisk':
      return UNPRICED.health;
    default:
      return UNPRICED.timing;
  }
}

/** Money facts of each kind, shown with the currency. */
const MONEY_FACTS = new Set(['price', 'lowest', 'floor', 'spend', 'sales', 'amount', 'upTo']);

/**
 * The title and estimate of `alert` in `locale`. `currency` is the marketplace's (Settings); a stale
 * tab's subject is shown as the tab's name in the reader's language.
 */
export function describeAlert(alert: Alert, locale: Locale, currency = 'USD'): AlertText {
  const values: Record<string, string | number> = { ...alert.facts, subject: alert.subject };
  for (const key of Object.keys(values)) if (MONEY_FACTS.has(key) && typeof values[key] === 'number') values[key] = formatMoney(values[key], currency);
  if (alert.cost !== null) values.cost = formatMoney(alert.cost, currency);
  if (alert.kind === 'staleTab' && isTabId(alert.subject)) values.subject = TAB_SCHEMAS[alert.subject].name[locale];
  // The column to fill, as the spreadsheet's Inventory tab is headed in this language.
  if (alert.kind === 'agedSurchargeSoon') values.volumeColumn = TAB_SCHEMAS.inventory.columns.find((c) => c.id === 'unitVolume')?.header[locale] ?? '';
  return { title: fill(titleOf(alert)[locale], values), estimate: fill(estimateOf(alert)[locale], values) };
}
