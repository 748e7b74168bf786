/**
 * The documented formulas: each formula's code (registry.ts, the one list of names) joined with its
 * docs, which sit beside the code in `<module>.doc.ts`, and its parameters' help from the shared
 * vocabulary (params.doc.ts). The build (JSDoc stubs, name checks), the docs generator (FUNCTIONS.md)
 * and the tests read it; the server never imports it, so no doc reaches the bundle.
 */
import { AD_RATIO_DOCS } from './ad-ratios.doc';
import { DAYS_OF_STOCK_DOCS } from './days-of-stock.doc';
import type { DocText, FormulaDoc, ParamDoc } from './doc-text';
import type { FormulaCore } from './elementwise';
import { FBA_FEE_DOCS } from './fba-fees.doc';
import { HEALTH_STATUS_DOCS } from './health-status.doc';
import { PARAM_DOCS } from './params.doc';
import { PROMO_STACK_DOCS } from './promo-stack.doc';
import { RANK_CHANGE_DOCS } from './rank-change.doc';
import { FORMULA_CORES, type FormulaName } from './registry';
import { REORDER_DOCS } from './reorder.doc';
import { SAFETY_STOCK_DOCS } from './safety-stock.doc';
import { STOCK_COVER_DOCS } from './stock-cover.doc';
import { STOCKOUT_DATE_DOCS } from './stockout-date.doc';
import { UNIT_ECONOMICS_DOCS } from './unit-economics.doc';

export { CATEGORIES, type DocText, type FormulaCategory } from './doc-text';

/** Every formula's docs by name: a formula without docs fails to compile here. */
const DOCS: { readonly [K in FormulaName]: FormulaDoc } = {
  ...AD_RATIO_DOCS,
  ...UNIT_ECONOMICS_DOCS,
  ...DAYS_OF_STOCK_DOCS,
  ...REORDER_DOCS,
  ...STOCKOUT_DATE_DOCS,
  ...SAFETY_STOCK_DOCS,
  ...STOCK_COVER_DOCS,
  ...FBA_FEE_DOCS,
  ...PROMO_STACK_DOCS,
  ...RANK_CHANGE_DOCS,
  ...HEALTH_STATUS_DOCS,
};

/** One parameter as the formula help shows it. */
export interface NamedParamDoc extends ParamDoc {
  /** A JavaScript identifier: the name in the formula help. */
  readonly name: string;
  /** May be left out of the call. */
  readonly optional: boolean;
}

/** One custom function: its code and its docs. */
export interface FormulaEntry extends FormulaCore, FormulaDoc {
  readonly params: readonly NamedParamDoc[];
}

const MISSING_PARAM: DocText = { en: '', zh: '', zhTW: '' };

/** Every custom function of the add-on, in the order the docs list them. */
export const FORMULAS: readonly FormulaEntry[] = FORMULA_CORES.map((core: FormulaCore) => {
  const doc = DOCS[core.name as FormulaName];
  const minArgs = core.minArgs ?? core.paramNames.length;
  return {
    ...core,
    ...doc,
    // A parameter missing from the vocabulary shows empty help, and the catalog test fails on it.
    params: core.paramNames.map((name, i) => ({ name, optional: i >= minArgs, ...(PARAM_DOCS[name] ?? { description: MISSING_PARAM, example: '' }) })),
  };
});

/** The documented entry called `name` (exact, as registered), or undefined. */
export function findFormulaDoc(name: string): FormulaEntry | undefined {
  return FORMULAS.find((f) => f.name === name);
}
