/**
 * Checklist: the operator's routine, seeded with the daily, weekly and monthly items of the design
 * (shared/DESIGN.md, "The operator's day"). Users add rows, reorder them and untick "On".
 */
import { LOCALES, type Locale } from '../i18n/locale';
import { column, l, options, rowwise, WARNING, type TabSchema } from './schema';
import type { TabId } from './tab-ids';
import { ACCOUNT_HEALTH } from './account-health';
import { CASES } from './cases';
import { REVIEWS } from './reviews';
import { LISTING_CHECK } from './listing-check';
import { KEYWORDS } from './keywords';
import { ADS } from './ads';
import { INVENTORY } from './inventory';
import { COMPETITORS } from './competitors';
import { MARKET_WATCH } from './market-watch';
import { PROMOTIONS } from './promotions';

const FREQUENCY = options(['Daily', '每日', '每日'], ['Weekly', '每周', '每週'], ['Monthly', '每月', '每月']);

const TAB_NAMES = { accountHealth: ACCOUNT_HEALTH, cases: CASES, reviews: REVIEWS, listingCheck: LISTING_CHECK, keywords: KEYWORDS, ads: ADS, inventory: INVENTORY, competitors: COMPETITORS, marketWatch: MARKET_WATCH, promotions: PROMOTIONS } as const;

/** One routine item: its id, frequency (0 daily, 1 weekly, 2 monthly), wording and the tab that answers it. */
const ITEMS: readonly (readonly [string, 0 | 1 | 2, readonly [string, string, string], keyof typeof TAB_NAMES])[] = [
  ['daily-health', 0, ['Account health: every metric inside its limit; watch for policy warnings', '查看账户健康：各项指标不超标，留意政策警告', '查看帳戶健康：各項指標不超標，留意政策警告'], 'accountHealth'],
  ['daily-messages', 0, ['Buyer messages answered within 24 h, weekends and holidays too', '24 小时内回复买家消息（含周末、节假日）', '24 小時內回覆買家訊息（含週末、假日）'], 'cases'],
  ['daily-reviews', 0, ["Own and competitors' reviews and feedback: read for buyer needs; log negatives and follow up", '查看自己和竞品的评论与反馈，记录差评并跟进', '查看自己和競品的評論與回饋，記錄負評並追蹤'], 'reviews'],
  ['daily-listings', 0, ['Search own listings: buyable, Buy Box held, no hijackers, detail page intact', '前台检查listing：在售、购物车、跟卖、详情页', '前台檢查listing：在售、購物車、跟賣、詳情頁'], 'listingCheck'],
  ['daily-promotions', 0, ['Log deals and coupons so discounts never stack', '记录秒杀和优惠券，防止折扣叠加', '記錄秒殺和優惠券，防止折扣疊加'], 'promotions'],
  ['daily-keywords', 0, ["Main keywords' ranks; act on big moves", '查看核心关键词排名，变化明显及时优化', '查看核心關鍵字排名，變化明顯及時優化'], 'keywords'],
  ['daily-ads', 0, ['Ads and orders: impressions, clicks, CTR, spend, CPC, ad vs organic orders, ACOS — and the trend', '广告与订单数据：曝光、点击、点击率、花费、CPC、广告/自然订单、ACOS，观察趋势', '廣告與訂單資料：曝光、點擊、點擊率、花費、CPC、廣告/自然訂單、ACOS，觀察趨勢'], 'ads'],
  ['daily-inventory', 0, ['Inventory: restock needs, days of stock, shipment plan, inbound status, aged stock', '库存：补货、可售天数、发货计划、入库状态，及时清理冗余库存', '庫存：補貨、可售天數、出貨計畫、入庫狀態，及時清理冗餘庫存'], 'inventory'],
  ['daily-competitors', 0, ['5–10 benchmark competitor ASINs: sales, traffic, keyword ranks, what they changed', '跟踪 5–10 个对标竞品：销量、流量、关键词排名、运营动作', '追蹤 5–10 個對標競品：銷量、流量、關鍵字排名、營運動作'], 'competitors'],
  ['daily-market', 0, ['New Releases, Best Sellers, trending products: market trend and product ideas', '看新品榜、BSR 榜和热门产品，分析趋势、寻找选品灵感', '看新品榜、BSR 榜和熱門產品，分析趨勢、尋找選品靈感'], 'marketWatch'],
  ['daily-mfn', 0, ['Merchant-fulfilled issues: A-to-z claims, chargebacks, cancellations, address changes, returns', '自发货问题：A-to-Z、信用卡拒付、取消订单、改地址、退货', '自發貨問題：A-to-Z、信用卡拒付、取消訂單、改地址、退貨'], 'cases'],
  ['weekly-sop', 1, ['Review the SOP that made a product a hit and copy it to the next one', '复盘爆款的运营方法（SOP），复制到下一个产品', '復盤爆款的營運方法（SOP），複製到下一個產品'], 'competitors'],
  ['weekly-seasonal-keywords', 1, ['Rebuild the seasonal keyword library', '更新季节性关键词词库', '更新季節性關鍵字詞庫'], 'keywords'],
  ['weekly-shipments', 1, ['Plan shipments from days of stock and lead times', '根据可售天数和备货周期制定发货计划', '根據可售天數和備貨週期制定出貨計畫'], 'inventory'],
  ['monthly-aged-stock', 2, ['Clear aged stock before the surcharge bites', '在超龄费产生前清理冗余库存', '在超齡費產生前清理冗餘庫存'], 'inventory'],
  ['monthly-fees', 2, ['Review storage and low-inventory fees', '检查仓储费和低库存费', '檢查倉儲費和低庫存費'], 'inventory'],
];

const at = (triple: readonly [string, string, string], locale: Locale) => triple[LOCALES.indexOf(locale)];

/** The tab an item opens, by id (for the sidebar, whatever the tab is called). */
export const CHECKLIST_TABS: Readonly<Record<string, TabId>> = Object.fromEntries(ITEMS.map(([id, , , tab]) => [id, tab]));

/** The Checklist tab, seeded with the routine. */
export const CHECKLIST: TabSchema = {
  id: 'checklist',
  version: 1,
  name: l('Checklist', '每日清单', '每日清單'),
  purpose: l("The operator's daily, weekly and monthly routine.", '运营的每日、每周、每月例行事项。', '營運的每日、每週、每月例行事項。'),
  columns: [
    column('item', 'id', ['Item', '编号', '編號'], ['Stable id of the item (the sidebar finds it by this).', '事项编号（侧边栏按它查找）。', '事項編號（側邊欄依它查找）。'], { aliases: ['ID'], width: 150 }),
    column('frequency', 'enum', ['Frequency', '频率', '頻率'], ['Daily, weekly or monthly.', '每日、每周或每月。', '每日、每週或每月。'], { options: FREQUENCY }),
    column('task', 'text', ['Task', '事项', '事項'], ['What to do.', '要做的事。', '要做的事。'], { aliases: ['Item name', '任务', '任務'], width: 420 }),
    column('tab', 'text', ['Tab', '对应表', '對應分頁'], ['The tab that holds its record.', '记录该事项的表。', '記錄該事項的分頁。'], { width: 120 }),
    column('on', 'bool', ['On', '启用', '啟用'], ['Untick to switch the item off.', '取消勾选即停用该事项。', '取消勾選即停用該事項。'], { aliases: ['Enabled'] }),
    column('lastDone', 'date', ['Last done', '上次完成', '上次完成'], ['The day you last did it.', '上次完成的日期。', '上次完成的日期。']),
    column('doneToday', 'bool', ['Done today', '今日已完成', '今日已完成'], ['TRUE when Last done is today. Computed.', '上次完成为今天时显示 TRUE。自动计算。', '上次完成為今天時顯示 TRUE。自動計算。'], {
      formula: (c) => rowwise(c.range('item'), `${c.range('lastDone')}=TODAY()`),
    }),
    column('note', 'text', ['Note', '备注', '備註'], ['Your own how-to or reminder.', '自己的做法或提醒。', '自己的做法或提醒。'], { width: 200 }),
  ],
  rules: [
    {
      id: 'daily-not-done',
      columns: ['task'],
      formula: (c) => `=AND($${c.letter('on')}2=TRUE, $${c.letter('frequency')}2="${c.option('frequency', 0)}", $${c.letter('lastDone')}2<TODAY())`,
      ...WARNING,
    },
  ],
  seed: {
    keyColumn: 'item',
    rows: (locale) =>
      ITEMS.map(([item, freq, task, tab]) => ({ item, frequency: FREQUENCY[freq][locale], task: at(task, locale), tab: TAB_NAMES[tab].name[locale], on: true })),
  },
};
