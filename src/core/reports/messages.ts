/**
 * What report import tells the user, in each of our languages. Problems stop an import (nothing is
 * written); warnings ride along with the records.
 */
import type { Locale } from '../i18n/locale';
import type { Localized } from '../i18n/messages';
import { fillTemplate } from '../i18n/fill';

/** Every message of report import. `{name}` placeholders are filled by {@link reportMessage}. */
export const REPORT_MESSAGES = {
  // ---- Problems: the file is not imported ----
  'problem.empty': { en: '{file} is empty.', 'zh-CN': '{file} 是空文件。', 'zh-TW': '{file} 是空檔案。' },
  'problem.pdf': {
    en: '{file} is a PDF, not a report. Download the report as CSV, TXT or XLSX.',
    'zh-CN': '{file} 是 PDF 文件，不是报告。请将报告下载为 CSV、TXT 或 XLSX。',
    'zh-TW': '{file} 是 PDF 檔案，不是報告。請將報告下載為 CSV、TXT 或 XLSX。',
  },
  'problem.xls': {
    en: '{file} is an old Excel .xls workbook. Save it as .xlsx or CSV and import that.',
    'zh-CN': '{file} 是旧版 Excel .xls 工作簿。请另存为 .xlsx 或 CSV 后再导入。',
    'zh-TW': '{file} 是舊版 Excel .xls 活頁簿。請另存為 .xlsx 或 CSV 後再匯入。',
  },
  'problem.binary': {
    en: '{file} is not a report: it is not text, CSV or XLSX.',
    'zh-CN': '{file} 不是报告：它不是文本、CSV 或 XLSX 文件。',
    'zh-TW': '{file} 不是報告：它不是文字、CSV 或 XLSX 檔案。',
  },
  'problem.brokenXlsx': {
    en: '{file} is a damaged XLSX file ({detail}). Download it again or save it as CSV.',
    'zh-CN': '{file} 是损坏的 XLSX 文件（{detail}）。请重新下载或另存为 CSV。',
    'zh-TW': '{file} 是損壞的 XLSX 檔案（{detail}）。請重新下載或另存為 CSV。',
  },
  'problem.mixedEncoding': {
    en: '{file} mixes two text encodings (some lines UTF-8, others not), so any reading would garble it. Save it again as UTF-8 CSV.',
    'zh-CN': '{file} 混用了两种文本编码（部分行是 UTF-8，部分不是），无论怎么读都会乱码。请重新另存为 UTF-8 CSV。',
    'zh-TW': '{file} 混用了兩種文字編碼（部分行是 UTF-8，部分不是），無論怎麼讀都會亂碼。請重新另存為 UTF-8 CSV。',
  },
  'problem.garbled': {
    en: '{file} has characters that cannot be read as {charset}. Save it again as UTF-8 CSV.',
    'zh-CN': '{file} 中有无法按 {charset} 读取的字符。请重新另存为 UTF-8 CSV。',
    'zh-TW': '{file} 中有無法按 {charset} 讀取的字元。請重新另存為 UTF-8 CSV。',
  },
  'problem.truncated': {
    en: '{file} ends in the middle of a row: it was cut off. Download it again.',
    'zh-CN': '{file} 在一行的中间结束：文件不完整。请重新下载。',
    'zh-TW': '{file} 在一列的中間結束：檔案不完整。請重新下載。',
  },
  'problem.oneColumn': {
    en: '{file} has no columns separated by commas, tabs or semicolons, so it is not a report. Download the report again as CSV or tab-separated text.',
    'zh-CN': '{file} 中没有用逗号、制表符或分号分隔的列，因此不是报告。请重新将报告下载为 CSV 或制表符分隔的文本。',
    'zh-TW': '{file} 中沒有用逗號、定位字元或分號分隔的欄，因此不是報告。請重新將報告下載為 CSV 或定位字元分隔的文字。',
  },
  'problem.notReport': {
    en: '{file} is not a report Ops Desk knows: no header row of a Seller Central or Ads console report was found.',
    'zh-CN': '{file} 不是运营操盘台认识的报告：找不到卖家后台或广告后台报告的表头行。',
    'zh-TW': '{file} 不是運營操盤台認識的報告：找不到賣家後台或廣告後台報告的表頭列。',
  },
  'problem.unrecognised': {
    en: '{file} looks like the {report}, but these columns are missing: {missing}.',
    'zh-CN': '{file} 看起来是{report}，但缺少这些列：{missing}。',
    'zh-TW': '{file} 看起來是{report}，但缺少這些欄：{missing}。',
  },
  'problem.dateRequired': {
    en: 'The Business Report has no date column and the name of {file} carries no date: choose the day it covers.',
    'zh-CN': '业务报告没有日期列，{file} 的文件名中也没有日期：请选择报告所对应的日期。',
    'zh-TW': '業務報告沒有日期欄，{file} 的檔名中也沒有日期：請選擇報告所對應的日期。',
  },
  // ---- Warnings: the file is imported ----
  'warning.noRows': {
    en: 'The report has a header but no rows.',
    'zh-CN': '报告只有表头，没有数据行。',
    'zh-TW': '報告只有表頭，沒有資料列。',
  },
  'warning.badNumber': {
    en: 'Row {row}: {column} is not a number ("{text}"); left empty.',
    'zh-CN': '第 {row} 行：{column} 不是数字（“{text}”），已留空。',
    'zh-TW': '第 {row} 列：{column} 不是數字（「{text}」），已留空。',
  },
  'warning.badDate': {
    en: 'Row {row}: {column} is not a date ("{text}"); row skipped.',
    'zh-CN': '第 {row} 行：{column} 不是日期（“{text}”），已跳过该行。',
    'zh-TW': '第 {row} 列：{column} 不是日期（「{text}」），已略過該列。',
  },
  'warning.notAsin': {
    en: 'Row {row}: "{text}" is not an ASIN; row skipped.',
    'zh-CN': '第 {row} 行：“{text}” 不是 ASIN，已跳过该行。',
    'zh-TW': '第 {row} 列：「{text}」不是 ASIN，已略過該列。',
  },
  'warning.missingKey': {
    en: 'Row {row}: {column} is empty; row skipped.',
    'zh-CN': '第 {row} 行：{column} 为空，已跳过该行。',
    'zh-TW': '第 {row} 列：{column} 為空，已略過該列。',
  },
  'warning.shortRow': {
    en: 'Row {row} has fewer columns than the header; the missing cells were read as empty.',
    'zh-CN': '第 {row} 行的列数少于表头，缺少的单元格按空值处理。',
    'zh-TW': '第 {row} 列的欄數少於表頭，缺少的儲存格按空值處理。',
  },
  'warning.currencies': {
    en: 'Several currencies in one file ({currencies}): each row keeps its own; do not add them up.',
    'zh-CN': '同一文件中有多种货币（{currencies}）：每行保留各自的货币，请勿直接相加。',
    'zh-TW': '同一檔案中有多種貨幣（{currencies}）：每列保留各自的貨幣，請勿直接相加。',
  },
  'warning.accounts': {
    en: 'The file holds {count} advertiser accounts; rows are kept per account.',
    'zh-CN': '文件中包含 {count} 个广告账户；各行按账户分别保存。',
    'zh-TW': '檔案中包含 {count} 個廣告帳戶；各列按帳戶分別保存。',
  },
  'warning.duplicates': {
    en: '{count} rows repeated an earlier row for the same day and item; the later one was kept.',
    'zh-CN': '{count} 行与前面同一日期、同一项目的行重复；保留后出现的行。',
    'zh-TW': '{count} 列與前面同一日期、同一項目的列重複；保留後出現的列。',
  },
  'warning.more': {
    en: '{count} more warnings like these are not shown.',
    'zh-CN': '另有 {count} 条类似警告未显示。',
    'zh-TW': '另有 {count} 條類似警告未顯示。',
  },
  'warning.cancelled': {
    en: '{count} cancelled order lines were not counted.',
    'zh-CN': '{count} 条已取消的订单行未计入。',
    'zh-TW': '{count} 條已取消的訂單列未計入。',
  },
  'warning.otherChannel': {
    en: '{count} order lines of other sales channels ({channels}) were not counted.',
    'zh-CN': '{count} 条其他销售渠道（{channels}）的订单行未计入。',
    'zh-TW': '{count} 條其他銷售通路（{channels}）的訂單列未計入。',
  },
  'warning.unknownZone': {
    en: 'The marketplace of {channel} is not known: its orders are counted by the day in {zone}.',
    'zh-CN': '无法识别 {channel} 的站点：其订单按 {zone} 的日期统计。',
    'zh-TW': '無法識別 {channel} 的站點：其訂單按 {zone} 的日期統計。',
  },
} as const satisfies Record<string, Localized>;

/** A key of {@link REPORT_MESSAGES}. */
export type ReportMessageKey = keyof typeof REPORT_MESSAGES;

/** Message parameters. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The message `key` in `locale`, its `{name}` placeholders filled from `params`. */
export function reportMessage(locale: Locale, key: ReportMessageKey, params: MessageParams = {}): string {
  const template: string = REPORT_MESSAGES[key][locale];
  return fillTemplate(template, params);
}
