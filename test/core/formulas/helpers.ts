import { findFormulaDoc as findFormula, type FormulaEntry } from '../../../src/core/formulas/catalog';
import type { Locale } from '../../../src/core/i18n/locale';
import type { FormulaOptions } from '../../../src/core/formulas/elementwise';
import type { FormulaResult } from '../../../src/core/values/grid';

/** The catalog entry `name`; fails the test when it is not registered. */
export function formula(name: string): FormulaEntry {
  const entry = findFormula(name);
  if (!entry) throw new Error(`no formula ${name} in the catalog`);
  return entry;
}

/** Calls formula `name` as Sheets would, in `locale` (English by default). */
export function call(name: string, args: unknown[], locale: Locale = 'en', timeZone?: string): FormulaResult {
  return formula(name).impl(locale, args, timeZone ? { timeZone } : undefined);
}

/** A column range (n × 1) from values. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** The first column of a 2-D result. */
export function firstColumn(result: FormulaResult): unknown[] {
  if (!Array.isArray(result)) throw new Error(`expected a range, got ${String(result)}`);
  return result.map((row) => row[0]);
}

/** True for a value a custom function may put in a cell: no NaN, no ±Infinity, no undefined. */
export function isSafeCell(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

/** Calls formula `name` with the options the server would pass (time zone, date order, sheet language). */
export function callWith(name: string, args: unknown[], locale: Locale, options: FormulaOptions): FormulaResult {
  return formula(name).impl(locale, args, options);
}
