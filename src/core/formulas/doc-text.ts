/**
 * The types and shared sentences of the formula docs. Docs only: the build's JSDoc stubs, the docs
 * generator and the tests read them; the bundle never imports a `*.doc.ts` file (Code.js size is
 * custom-function latency).
 */
import type { FormulaName } from './registry';

/**
 * Documentation text in English, 简体中文 (`zh`) and 繁體中文 (`zhTW`, Taiwan usage: 庫存, 儲存格,
 * 欄 for a column and 列 for a row). The formula help shows English and 简体; FUNCTIONS.md all three.
 */
export interface DocText {
  readonly en: string;
  readonly zh: string;
  readonly zhTW: string;
}

/** A parameter's help, shared by every formula that takes a parameter of that name. */
export interface ParamDoc {
  readonly description: DocText;
  /** What a user typically passes, e.g. `D2:D` or `30`. */
  readonly example: string;
}

/** Where a custom function belongs in the docs. */
export type FormulaCategory = 'ads' | 'inventory' | 'fees' | 'promotions' | 'keywords' | 'health';

/** The categories in the order the docs list them, with their headings. */
export const CATEGORIES: readonly { readonly id: FormulaCategory; readonly title: DocText }[] = [
  { id: 'ads', title: { en: 'Advertising and unit economics', zh: '广告与单位利润', zhTW: '廣告與單位利潤' } },
  { id: 'inventory', title: { en: 'Inventory', zh: '库存', zhTW: '庫存' } },
  { id: 'fees', title: { en: 'FBA fees (US)', zh: 'FBA 费用（美国站）', zhTW: 'FBA 費用（美國站）' } },
  { id: 'promotions', title: { en: 'Promotions', zh: '促销', zhTW: '促銷' } },
  { id: 'keywords', title: { en: 'Keywords', zh: '关键词', zhTW: '關鍵字' } },
  { id: 'health', title: { en: 'Account health', zh: '账户健康', zhTW: '帳戶健康' } },
];

/** One formula's documentation, beside its code in `<module>.doc.ts`. */
export interface FormulaDoc {
  readonly category: FormulaCategory;
  readonly summary: DocText;
  readonly returns: DocText;
  /** A worked example; a test evaluates `formula` and compares it with `result` (English). */
  readonly example: { readonly formula: string; readonly result: string };
  /** What to watch for (stacking rules, fee dates and sources, text dates, blank versus zero). */
  readonly caveats?: readonly DocText[];
}

/** The docs of some formulas, keyed by name: a key that is not a formula fails to compile. */
export type DocsOf = Partial<Record<FormulaName, FormulaDoc>>;

/** Joins sentences in every language. */
export function say(...parts: readonly DocText[]): DocText {
  return { en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join(''), zhTW: parts.map((p) => p.zhTW).join('') };
}

/** A language key of {@link DocText}. */
export type Lang = keyof DocText;

/** Builds a {@link DocText} from one function of the language. */
export function inEach(render: (lang: Lang) => string): DocText {
  return { en: render('en'), zh: render('zh'), zhTW: render('zhTW') };
}

/** `$0.78`: fee amounts as the docs show them. */
export const money = (x: number): string => `$${x.toFixed(2)}`;

export const BLANKS: DocText = {
  en: 'Takes a value or a whole column such as D2:D; blank rows stay blank.',
  zh: '可传入单个值或整列（如 D2:D）；空行保持空白。',
  zhTW: '可傳入單一值或整欄（如 D2:D）；空白列保持空白。',
};

export const ZERO: DocText = {
  en: 'A zero denominator shows "—".',
  zh: '分母为零时显示“—”。',
  zhTW: '分母為零時顯示「—」。',
};

export const PERCENT: DocText = {
  en: 'Returns a fraction: format the column as a percentage.',
  zh: '结果为小数，请将该列设为百分比格式。',
  zhTW: '結果為小數，請將該欄設為百分比格式。',
};

/** The caveat every formula shares: a blank beside data is no data, not zero. */
export const BLANK_IS_NOT_ZERO: DocText = {
  en: 'Blank is not zero: a blank input in a row with data shows "—" (no data), and "—" read back by another formula stays "—", never 0.',
  zh: '空白不等于零：有数据的行中某个输入为空时显示“—”（无数据）；“—”被其他公式读取时仍是“—”，不会变成 0。',
  zhTW: '空白不等於零：有資料的列中某個輸入空白時顯示「—」（無資料）；「—」被其他公式讀取時仍是「—」，不會變成 0。',
};

/** The caveat of every formula that reads dates. */
export const TEXT_DATES: DocText = {
  en: 'Text dates are read in the spreadsheet’s locale: 11.12.2026 is 11 December in de_DE and 12 November in en_US; ISO 2026-12-11 is read the same everywhere.',
  zh: '文字日期按表格的区域设置读取：11.12.2026 在 de_DE 中是 12 月 11 日，在 en_US 中是 11 月 12 日；ISO 格式 2026-12-11 在任何区域都一样。',
  zhTW: '文字日期依試算表的地區設定讀取：11.12.2026 在 de_DE 中是 12 月 11 日，在 en_US 中是 11 月 12 日；ISO 格式 2026-12-11 在任何地區都一樣。',
};
