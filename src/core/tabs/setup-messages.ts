/** What setup tells the user, in their language. */
import { l } from './schema';
import { fillTemplate } from '../i18n/fill';

/** Setup's toasts in each language (its refusals are UserErrors: src/core/i18n/messages.ts `setup.*`). */
export const SETUP_MESSAGES = {
  /** {tabs}: the tab names set up or changed. */
  done: l('Ops Desk tabs are ready: {tabs}.', '运营操盘台表格已就绪：{tabs}。', '運營操盤台分頁已就緒：{tabs}。'),
  unchanged: l('Ops Desk tabs were already up to date.', '运营操盘台表格已是最新，无需更改。', '運營操盤台分頁已是最新，無需更改。'),
} as const;

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Readonly<Record<string, string>>): string {
  return fillTemplate(template, params);
}
