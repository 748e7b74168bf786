/**
 * Settings: every threshold the other tabs read, one row per key. Formulas and rules find a value
 * by its key (MATCH on the Key column), never by its cell, so users may reorder rows and columns.
 */
import { LOCALES, type Locale } from '../i18n/locale';
import { column, l, type TabSchema } from './schema';

/** The settings keys, with the value a new spreadsheet starts with. */
export const SETTING_DEFAULTS = {
  language: 'en',
  marketplace: 'US',
  timeZone: 'America/Los_Angeles',
  currency: 'USD',
  targetAcos: '30%',
  daysOfStockFloor: 30,
  productionDays: 20,
  firstLegDays: 30,
  receivingDays: 7,
  safetyDays: 14,
  restockCycleDays: 30,
  rankDropAlert: 10,
  promoMaxStack: '50%',
  storageSeason: 'Jan–Sep',
  refreshHour: 6,
} as const;

/** A Settings key. */
export type SettingKey = keyof typeof SETTING_DEFAULTS;

/** What each setting means, as the Setting and Note cells show it. */
const LABELS: Readonly<Record<SettingKey, readonly [[string, string, string], [string, string, string]]>> = {
  language: [['Spreadsheet language', '表格语言', '試算表語言'], ['en, zh-CN or zh-TW: the language of tab names, headers and status words. Tabs set up after a change use it; existing tabs keep their names.', 'en、zh-CN 或 zh-TW：表名、表头和状态文字的语言。修改后新设置的表格使用新语言，已有表格保留原名。', 'en、zh-CN 或 zh-TW：分頁名稱、表頭和狀態文字的語言。修改後新設定的分頁使用新語言，既有分頁保留原名。']],
  marketplace: [['Marketplace', '站点', '站點'], ['Your main marketplace: US, UK, DE, JP …', '主要站点：US、UK、DE、JP……', '主要站點：US、UK、DE、JP……']],
  timeZone: [['Time zone', '时区', '時區'], ["The marketplace's time zone; days are counted in it.", '站点时区；日期按此时区计算。', '站點時區；日期依此時區計算。']],
  currency: [['Currency', '币种', '幣別'], ['Currency of prices and spend.', '价格与花费的币种。', '價格與花費的幣別。']],
  targetAcos: [['Target ACOS', '目标ACOS', '目標ACOS'], ['Ads rows above it turn red (spend without sales too).', '高于它的广告行标红（有花费无销售也算）。', '高於它的廣告列標紅（有花費無銷售也算）。']],
  daysOfStockFloor: [['Days-of-stock floor', '最低可售天数', '最低可售天數'], ['Days of stock under it turn amber.', '可售天数低于它时标黄。', '可售天數低於它時標黃。']],
  productionDays: [['Production days', '生产天数', '生產天數'], ['Days to make an order (lead-time part).', '生产一批货所需天数（备货周期的一部分）。', '生產一批貨所需天數（備貨週期的一部分）。']],
  firstLegDays: [['First-leg shipping days', '头程天数', '頭程天數'], ['Days from factory to Amazon (lead-time part).', '从工厂到亚马逊仓的运输天数（备货周期的一部分）。', '從工廠到亞馬遜倉的運輸天數（備貨週期的一部分）。']],
  receivingDays: [['Receiving days', '入库上架天数', '入庫上架天數'], ['Days Amazon takes to check stock in (lead-time part).', '亚马逊入库上架所需天数（备货周期的一部分）。', '亞馬遜入庫上架所需天數（備貨週期的一部分）。']],
  safetyDays: [['Safety days', '安全天数', '安全天數'], ['Buffer days on top of the lead time.', '备货周期之外的缓冲天数。', '備貨週期之外的緩衝天數。']],
  restockCycleDays: [['Restock cycle days', '补货周期天数', '補貨週期天數'], ['Days one reorder should last (reorder quantity).', '每次补货应覆盖的天数（用于补货量）。', '每次補貨應涵蓋的天數（用於補貨量）。']],
  rankDropAlert: [['Rank-drop alert (places)', '排名下降提醒（名次）', '排名下降提醒（名次）'], ['A keyword falling this many places or more turns red.', '关键词下降达到该名次数时标红。', '關鍵字下降達到該名次數時標紅。']],
  promoMaxStack: [['Max stacked discount', '最大叠加折扣', '最大疊加折扣'], ['Stacked discounts at or above it turn red.', '叠加折扣达到或超过它时标红。', '疊加折扣達到或超過它時標紅。']],
  storageSeason: [['Storage-rate season', '仓储费季节', '倉儲費季節'], ['Jan–Sep or Oct–Dec: which monthly storage rate applies.', 'Jan–Sep 或 Oct–Dec：适用哪档月度仓储费。', 'Jan–Sep 或 Oct–Dec：適用哪檔月度倉儲費。']],
  refreshHour: [['Refresh hour', '刷新时间（小时）', '重新整理時間（小時）'], ['Hour of the day (0–23, marketplace time) the tabs roll forward.', '每天刷新表格的整点（0–23，站点时间）。', '每天重新整理分頁的整點（0–23，站點時間）。']],
};

const pick = (triple: readonly [string, string, string], locale: Locale) => triple[LOCALES.indexOf(locale)];

/** The Settings tab, seeded with every key and its default. */
export const SETTINGS: TabSchema = {
  id: 'settings',
  version: 1,
  name: l('Settings', '设置', '設定'),
  purpose: l('Thresholds every tab reads, by key.', '各表按键名读取的阈值。', '各分頁依鍵名讀取的門檻。'),
  columns: [
    column('key', 'id', ['Key', '键', '鍵'], ['What formulas look the value up by. Do not change.', '公式按它查找数值，请勿修改。', '公式依它查找數值，請勿修改。'], { aliases: ['Key name', '键名', '鍵名'], width: 140 }),
    column('setting', 'text', ['Setting', '设置项', '設定項'], ['What the value is.', '该数值的含义。', '該數值的含義。'], { aliases: ['Name', '名称', '名稱'], width: 200 }),
    column('value', 'text', ['Value', '数值', '數值'], ['Change it here; every tab follows.', '在此修改，各表随之更新。', '在此修改，各分頁隨之更新。'], { format: null, aliases: ['值'], width: 140 }),
    column('explanation', 'text', ['Note', '说明', '說明'], ['What the setting does and its unit.', '设置的作用与单位。', '設定的作用與單位。'], { aliases: ['Notes', '备注', '備註'], width: 360 }),
  ],
  seed: {
    keyColumn: 'key',
    rows: (locale) =>
      (Object.keys(SETTING_DEFAULTS) as SettingKey[]).map((key) => ({
        key,
        setting: pick(LABELS[key][0], locale),
        value: key === 'language' ? locale : SETTING_DEFAULTS[key],
        explanation: pick(LABELS[key][1], locale),
      })),
  },
};
