/**
 * What report import tells the user about the tab side of an import (the file side is in
 * src/core/reports/messages.ts), in each of our languages.
 */
import type { Locale } from '../i18n/locale';
import type { Localized } from '../i18n/messages';
import { fillTemplate } from '../i18n/fill';

/** Every message of the import into the tabs. `{name}` placeholders are filled by {@link importMessage}. */
export const IMPORT_MESSAGES = {
  'import.noKeyColumn': {
    en: 'The {tab} tab has no "{column}" column, which tells its rows apart, so nothing was imported. Run "Set up tabs" to add it back.',
    'zh-CN': '“{tab}”标签页没有用来区分各行的“{column}”列，因此没有导入任何内容。请运行“设置标签页”把它加回来。',
    'zh-TW': '「{tab}」分頁沒有用來區分各列的「{column}」欄，因此沒有匯入任何內容。請執行「設定分頁」把它加回來。',
  },
  'import.missingColumns': {
    en: 'The {tab} tab has no column for {columns}: those values were not imported. Run "Set up tabs" to add the columns.',
    'zh-CN': '“{tab}”标签页没有 {columns} 列：这些数值没有导入。请运行“设置标签页”添加这些列。',
    'zh-TW': '「{tab}」分頁沒有 {columns} 欄：這些數值沒有匯入。請執行「設定分頁」新增這些欄。',
  },
  'import.period': {
    en: '{count} rows cover several days (e.g. {start} to {end}); each is dated its first day.',
    'zh-CN': '{count} 行覆盖多天（例如 {start} 至 {end}）；每行按第一天记日期。',
    'zh-TW': '{count} 列涵蓋多天（例如 {start} 至 {end}）；每列以第一天記日期。',
  },
  'import.badDate': {
    en: '"{date}" is not a date: give it as yyyy-mm-dd, e.g. 2026-11-25.',
    'zh-CN': '“{date}”不是日期：请写成 yyyy-mm-dd，例如 2026-11-25。',
    'zh-TW': '「{date}」不是日期：請寫成 yyyy-mm-dd，例如 2026-11-25。',
  },
  'import.tooBig': {
    en: 'The {tab} tab would need {rows} rows, more than a spreadsheet can hold (10 million cells). Import a shorter period.',
    'zh-CN': '“{tab}”标签页将需要 {rows} 行，超过表格能容纳的上限（1000 万个单元格）。请导入较短时间段的报告。',
    'zh-TW': '「{tab}」分頁將需要 {rows} 列，超過試算表能容納的上限（1000 萬個儲存格）。請匯入較短時間範圍的報告。',
  },
} as const satisfies Record<string, Localized>;

/** A key of {@link IMPORT_MESSAGES}. */
export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

/** A message of the import into the tabs, as a key and its parameters. */
export interface ImportNote {
  readonly key: ImportMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The message of `note` in `locale`. */
export function importMessage(locale: Locale, note: ImportNote): string {
  const template: string = IMPORT_MESSAGES[note.key][locale];
  return fillTemplate(template, note.params);
}
