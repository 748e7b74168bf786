/**
 * The computing half of every custom function, by name: what the server dispatches to. The docs
 * (summaries, parameter help, examples) live in catalog.ts, which only the build, the docs
 * generator and the tests import — they are a third of the bundle's weight otherwise, and every
 * custom-function call in Sheets loads the whole bundle. A unit test keeps the two lists equal.
 */
import { acosAds, adSalesShare, cpa, cpc, ctr, cvr, roas, tacos, unitSessionPct } from './ad-ratios';
import { daysOfStock } from './days-of-stock';
import type { FormulaCore } from './elementwise';
import { agedSurcharge, cubicFeet, lowInventoryFeeRisk, storageFee } from './fba-fees';
import { healthStatusFormula } from './health-status';
import { promoStack } from './promo-stack';
import { rankChange } from './rank-change';
import { reorderPoint, reorderQty } from './reorder';
import { safetyStock } from './safety-stock';
import { sellThrough, weeksOfCover } from './stock-cover';
import { reorderByDate, stockoutDate } from './stockout-date';
import { breakevenAcos, netProfitPerUnit, organic, profitPerUnit, roi, suggestedBid, targetAcos } from './unit-economics';

/** Every custom function, in the order the docs list them. */
export const FORMULA_CORES = [
  acosAds,
  tacos,
  roas,
  ctr,
  cpc,
  cvr,
  cpa,
  adSalesShare,
  unitSessionPct,
  organic,
  breakevenAcos,
  profitPerUnit,
  netProfitPerUnit,
  roi,
  targetAcos,
  suggestedBid,
  daysOfStock,
  reorderPoint,
  reorderQty,
  stockoutDate,
  reorderByDate,
  safetyStock,
  sellThrough,
  weeksOfCover,
  cubicFeet,
  storageFee,
  agedSurcharge,
  lowInventoryFeeRisk,
  promoStack,
  rankChange,
  healthStatusFormula,
] as const satisfies readonly FormulaCore[];

/** The name of one of our custom functions: the docs are typed by it, so a missing doc fails to compile. */
export type FormulaName = (typeof FORMULA_CORES)[number]['name'];

const BY_NAME = new Map<string, FormulaCore>(FORMULA_CORES.map((f) => [f.name, f]));

/** The formula called `name` (exact, as registered), or undefined. */
export function findFormula(name: string): FormulaCore | undefined {
  return BY_NAME.get(name);
}
