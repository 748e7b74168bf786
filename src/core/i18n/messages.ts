import type { Locale } from './locale';

/** A string in each of our languages. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Every user-facing string of the server and the formulas. `{name}` placeholders are filled by
 * {@link t}. A unit test checks that every entry has all three languages and the same placeholders.
 */
export const MESSAGES = {
  'menu.openSidebar': { en: 'Open Ops Desk', 'zh-CN': '打开运营操盘台', 'zh-TW': '開啟運營操盤台' },
  'menu.about': { en: 'About Ops Desk', 'zh-CN': '关于运营操盘台', 'zh-TW': '關於運營操盤台' },
  'sidebar.title': { en: 'Ops Desk', 'zh-CN': '运营操盘台', 'zh-TW': '運營操盤台' },
  'about.text': {
    en: 'Ops Desk {version}: formulas, checklist and tracking tabs for Amazon store operators.',
    'zh-CN': '运营操盘台 {version}：为亚马逊运营准备的公式、每日清单和跟踪表。',
    'zh-TW': '運營操盤台 {version}：為亞馬遜運營準備的公式、每日清單和追蹤表。',
  },
  'sidebar.language': { en: 'Language', 'zh-CN': '语言', 'zh-TW': '語言' },
  'sidebar.calculator': { en: 'Quick check: days of stock', 'zh-CN': '快速计算：可售天数', 'zh-TW': '快速計算：可售天數' },
  'sidebar.available': { en: 'Units available', 'zh-CN': '可售库存', 'zh-TW': '可售庫存' },
  'sidebar.dailySales': { en: 'Units sold per day', 'zh-CN': '日均销量', 'zh-TW': '日均銷量' },
  'sidebar.compute': { en: 'Calculate', 'zh-CN': '计算', 'zh-TW': '計算' },
  'sidebar.days': { en: '{value} days', 'zh-CN': '{value} 天', 'zh-TW': '{value} 天' },
  'sidebar.failed': { en: 'Could not reach the sheet: {error}', 'zh-CN': '无法连接表格：{error}', 'zh-TW': '無法連接試算表：{error}' },
  'cell.notNumber': { en: 'not a number: {text}', 'zh-CN': '不是数字：{text}', 'zh-TW': '不是數字：{text}' },
  'cell.negative': { en: 'negative: {text}', 'zh-CN': '不能为负：{text}', 'zh-TW': '不能為負：{text}' },
  'cell.date': { en: 'a date, not a number', 'zh-CN': '这是日期，不是数字', 'zh-TW': '這是日期，不是數字' },
  'cell.boolean': { en: 'TRUE/FALSE, not a number', 'zh-CN': 'TRUE/FALSE 不是数字', 'zh-TW': 'TRUE/FALSE 不是數字' },
  'error.arity': {
    en: '{fn} needs {count} arguments: {fn}({params}).',
    'zh-CN': '{fn} 需要 {count} 个参数：{fn}({params})。',
    'zh-TW': '{fn} 需要 {count} 個參數：{fn}({params})。',
  },
  'error.shape': {
    en: '{fn}: {param} is {got} cells but the other ranges are {want}. Give ranges of the same size, e.g. D2:D and E2:E.',
    'zh-CN': '{fn}：{param} 是 {got} 个单元格，其他区域是 {want}。请给出相同大小的区域，例如 D2:D 和 E2:E。',
    'zh-TW': '{fn}：{param} 是 {got} 個儲存格，其他範圍是 {want}。請給出相同大小的範圍，例如 D2:D 和 E2:E。',
  },
  'error.scalar': {
    en: '{fn}: {param} must be a number, not "{text}".',
    'zh-CN': '{fn}：{param} 必须是数字，而不是“{text}”。',
    'zh-TW': '{fn}：{param} 必須是數字，而不是「{text}」。',
  },
  'error.scalarNegative': {
    en: '{fn}: {param} cannot be negative ({text}).',
    'zh-CN': '{fn}：{param} 不能为负数（{text}）。',
    'zh-TW': '{fn}：{param} 不能為負數（{text}）。',
  },
} as const satisfies Record<string, Localized>;

/** A key of {@link MESSAGES}. */
export type MessageKey = keyof typeof MESSAGES;

/** The message `key` in `locale`, with `{name}` placeholders replaced from `params`. */
export function t(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template: string = MESSAGES[key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
