/** What setup tells the user, in their language. */
import { l } from './schema';

/** Setup's messages in each language. */
export const SETUP_MESSAGES = {
  /** {tabs}: the tab names set up or changed. */
  done: l('Ops Desk tabs are ready: {tabs}.', '运营操盘台表格已就绪：{tabs}。', '運營操盤台分頁已就緒：{tabs}。'),
  unchanged: l('Ops Desk tabs were already up to date.', '运营操盘台表格已是最新，无需更改。', '運營操盤台分頁已是最新，無需更改。'),
  /** {id}: what was asked for; {ids}: what exists. */
  unknownTab: l('There is no tab "{id}". Tabs: {ids}.', '没有名为“{id}”的表格。可用：{ids}。', '沒有名為「{id}」的分頁。可用：{ids}。'),
  unknownLanguage: l('Language must be en, zh-CN or zh-TW, not "{language}".', '语言须为 en、zh-CN 或 zh-TW，而不是“{language}”。', '語言須為 en、zh-CN 或 zh-TW，而不是「{language}」。'),
} as const;

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
