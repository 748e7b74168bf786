import { daysOfStock } from './days-of-stock';
import type { FormulaCore } from './elementwise';

/** Documentation text in English and Chinese (the formula help shows both). */
export interface DocText {
  readonly en: string;
  readonly zh: string;
}

/** One parameter of a custom function, as the formula help shows it. */
export interface ParamDoc {
  /** A JavaScript identifier: the stub's parameter name and the name in the formula help. */
  readonly name: string;
  readonly description: DocText;
  /** What a user typically passes, e.g. `D2:D` or `30`. */
  readonly example: string;
}

/** Where a custom function belongs in the docs. */
export type FormulaCategory = 'ads' | 'inventory' | 'fees' | 'promotions' | 'keywords' | 'health';

/**
 * One custom function: the single source that the build (JSDoc stubs, name checks), the docs
 * generator (FUNCTIONS.md), the server (dispatch) and the tests (HyperFormula bridge) all read.
 */
export interface FormulaEntry extends FormulaCore {
  readonly category: FormulaCategory;
  readonly summary: DocText;
  readonly params: readonly ParamDoc[];
  readonly returns: DocText;
  /** A worked example; a test evaluates `formula` and compares it with `result`. */
  readonly example: { readonly formula: string; readonly result: string };
}

const ZERO_NOTE: DocText = {
  en: 'Blank rows stay blank; a zero denominator shows "—".',
  zh: '空行保持空白；分母为零时显示“—”。',
};

/** Every custom function of the add-on. */
export const FORMULAS: readonly FormulaEntry[] = [
  {
    ...daysOfStock,
    category: 'inventory',
    summary: {
      en: `Days of stock left: units available ÷ average daily units sold. ${ZERO_NOTE.en}`,
      zh: `可售天数：可售库存 ÷ 日均销量。${ZERO_NOTE.zh}`,
    },
    params: [
      { name: 'available', description: { en: 'Units available to sell', zh: '可售库存数量' }, example: 'C2:C' },
      {
        name: 'daily_sales',
        description: {
          en: 'Average units sold per day, or several columns of recent days’ sales that are averaged per row',
          zh: '日均销量；也可以是最近几天的销量（多列，按行求平均）',
        },
        example: 'D2:D',
      },
    ],
    returns: { en: 'Days until the stock runs out', zh: '库存还能卖的天数' },
    example: { formula: '=DAYS_OF_STOCK(300, 20)', result: '15' },
  },
];

/** The entry called `name` (exact, as registered), or undefined. */
export function findFormula(name: string): FormulaEntry | undefined {
  return FORMULAS.find((f) => f.name === name);
}
