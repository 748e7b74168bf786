import type { FormulaOptions } from '../core/formulas/elementwise';
import { FormulaError } from '../core/formulas/formula-error';
import { findFormula, READS_DATES } from '../core/formulas/registry';
import type { FormulaResult } from '../core/values/grid';
import { userLocale } from './user-locale';

/**
 * What formula `name` needs besides its arguments. Date cells arrive as instants, and their
 * calendar day is the one in the spreadsheet's zone, so formulas that read dates get it (two
 * service calls the others skip).
 */
export function formulaOptions(name: string): FormulaOptions {
  return READS_DATES.has(name) ? { timeZone: SpreadsheetApp.getActive().getSpreadsheetTimeZone() } : {};
}

/**
 * What every custom-function stub calls. Errors other than a {@link FormulaError} are bugs of ours:
 * they are rethrown with the function's name so the cell's tooltip says where it came from.
 */
export function runCustomFunction(name: string, args: unknown[]): FormulaResult {
  const entry = findFormula(name);
  if (!entry) throw new Error(`Ops Desk has no function ${name}.`);
  // Only the account locale: in a custom function, user properties are the *owner's* (Apps Script
  // docs), so an editor would get the owner's language choice. One service call, not three.
  const locale = userLocale(false);
  try {
    return entry.impl(locale, args, formulaOptions(name));
  } catch (err) {
    if (err instanceof FormulaError) throw err;
    throw new Error(`${name}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
