/**
 * The sidebar's own strings (the server never says them, so they stay out of Code.js, which every
 * custom-function call loads). {@link say} also answers every key of the shared MESSAGES.
 */
import type { Locale } from '../core/i18n/locale';
import { MESSAGES, t, type Localized, type MessageKey } from '../core/i18n/messages';
import { fillTemplate } from '../core/i18n/fill';

/** Strings only the sidebar shows. */
export const SIDEBAR_STRINGS = {
  'sidebar.checklist': { en: 'Checklist', 'zh-CN': '每日清单', 'zh-TW': '每日清單' },
  'sidebar.daily': { en: 'Today', 'zh-CN': '今日', 'zh-TW': '今日' },
  'sidebar.weekly': { en: 'This week', 'zh-CN': '本周', 'zh-TW': '本週' },
  'sidebar.monthly': { en: 'This month', 'zh-CN': '本月', 'zh-TW': '本月' },
  'sidebar.progress': { en: '{done} of {total} done', 'zh-CN': '已完成 {done}/{total}', 'zh-TW': '已完成 {done}/{total}' },
  'sidebar.open': { en: 'Open', 'zh-CN': '打开', 'zh-TW': '開啟' },
  'sidebar.openTab': { en: 'Open {tab}', 'zh-CN': '打开{tab}', 'zh-TW': '開啟{tab}' },
  'sidebar.weekdays': { en: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun', 'zh-CN': '周一,周二,周三,周四,周五,周六,周日', 'zh-TW': '週一,週二,週三,週四,週五,週六,週日' },
  'sidebar.due': { en: 'due {day}', 'zh-CN': '{day}到期', 'zh-TW': '{day}到期' },
  'sidebar.completion': { en: 'Done over 7 days: {week} · 30 days: {month}', 'zh-CN': '近 7 天完成率 {week} · 近 30 天 {month}', 'zh-TW': '近 7 天完成率 {week} · 近 30 天 {month}' },
  'sidebar.chart': {
    en: 'Share of the daily items done on each of the last 30 days',
    'zh-CN': '近 30 天每天完成的每日事项比例',
    'zh-TW': '近 30 天每天完成的每日事項比例',
  },
  'sidebar.noItems': { en: 'No items: add your steps on the Checklist tab.', 'zh-CN': '没有事项：请在清单表中添加。', 'zh-TW': '沒有事項：請在清單分頁中新增。' },
  'sidebar.refreshFailed': {
    en: 'The last refresh failed at {time}: {error}. It changed nothing; the Run Log has the details.',
    'zh-CN': '最近一次刷新失败（{time}）：{error}。未做任何改动；详情见运行日志。',
    'zh-TW': '最近一次重新整理失敗（{time}）：{error}。未做任何變更；詳情見執行記錄。',
  },
  'sidebar.refreshFailedPartly': {
    en: 'The last refresh failed at {time}: {error}. {stuck} of its writes could not be put back; the Run Log has the details.',
    'zh-CN': '最近一次刷新失败（{time}）：{error}。有 {stuck} 处写入未能还原；详情见运行日志。',
    'zh-TW': '最近一次重新整理失敗（{time}）：{error}。有 {stuck} 處寫入未能還原；詳情見執行記錄。',
  },
  'sidebar.refreshStopped': {
    en: 'The refresh started at {time} did not finish: Apps Script stopped it (the 6-minute limit or the daily trigger quota). The next refresh adds what is missing.',
    'zh-CN': '于 {time} 开始的刷新未完成：被 Apps Script 中止（6 分钟上限或每日触发器配额）。下一次刷新会补上缺少的部分。',
    'zh-TW': '於 {time} 開始的重新整理未完成：被 Apps Script 中止（6 分鐘上限或每日觸發器配額）。下一次重新整理會補上缺少的部分。',
  },
  'sidebar.refreshedOn': { en: 'Tabs refreshed for {day}', 'zh-CN': '表格已刷新至 {day}', 'zh-TW': '分頁已重新整理至 {day}' },
  'sidebar.import': { en: 'Import a report', 'zh-CN': '导入报表', 'zh-TW': '匯入報表' },
} as const satisfies Record<string, Localized>;

/** A key of {@link SIDEBAR_STRINGS} or of the shared MESSAGES. */
export type SayKey = keyof typeof SIDEBAR_STRINGS | MessageKey;

/** The string `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function say(locale: Locale, key: SayKey, params: Readonly<Record<string, string | number>> = {}): string {
  if (key in MESSAGES) return t(locale, key as MessageKey, params);
  const template: string = SIDEBAR_STRINGS[key as keyof typeof SIDEBAR_STRINGS][locale];
  return fillTemplate(template, params);
}
