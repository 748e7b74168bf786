import type { FormulaCore, FormulaOptions } from '../core/formulas/elementwise';
import { argumentStartRow } from '../core/formulas/argument-row';
import { CellErrorInRange, FormulaError } from '../core/formulas/formula-error';
import { findFormula } from '../core/formulas/registry';
import type { Locale } from '../core/i18n/locale';
import { t } from '../core/i18n/messages';
import { isDayFirstLocale } from '../core/values/dates';
import type { FormulaResult } from '../core/values/grid';
import { sheetLanguage } from './sheet-language';
import { userLocale } from './user-locale';

/**
 * What formula `name` needs besides its arguments, read only for the formulas that need it (each
 * read is a service call on every custom-function execution):
 * - date formulas get the spreadsheet's time zone (a date cell's calendar day depends on it) and
 *   whether its locale reads 11.12.2026 day first: 3 calls;
 * - formulas that write status words get the spreadsheet's language: 2 calls, 4 when no language
 *   was chosen in Settings.
 */
function optionsFor(entry: FormulaCore): FormulaOptions {
  let options: { timeZone?: string; dayFirst?: boolean; sheetLanguage?: Locale } = {};
  if (entry.readsDates) {
    const spreadsheet = SpreadsheetApp.getActive();
    options = { timeZone: spreadsheet.getSpreadsheetTimeZone(), dayFirst: isDayFirstLocale(spreadsheet.getSpreadsheetLocale()) };
  }
  if (entry.writesWords) options = { ...options, sheetLanguage: sheetLanguage() };
  return options;
}

/**
 * Evaluates one of our formulas on the values Sheets (or the sidebar's calculator) passes: the
 * argument count is checked, the options it needs are read, and errors come back as messages in
 * `locale`. A {@link FormulaError} says what to fix; an error cell inside a range is named with its
 * sheet row when the calling cell's formula shows where the range starts. Any other error is a bug
 * of ours, rethrown with the function's name so the cell's tooltip says where it came from.
 */
export function evaluateFormula(name: string, args: readonly unknown[], locale: Locale): FormulaResult {
  const entry = findFormula(name);
  if (!entry) throw new Error(`Ops Desk has no function ${name}.`);
  try {
    return entry.impl(locale, args, optionsFor(entry));
  } catch (err) {
    if (err instanceof CellErrorInRange) throw new Error(withSheetRow(locale, err), { cause: err });
    if (err instanceof FormulaError) throw err;
    throw new Error(`${name}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/**
 * The error-cell message with the sheet row, read from the calling cell's formula — only on this
 * error path (two service calls); the item's place in the range when that cannot be had.
 */
function withSheetRow(locale: Locale, err: CellErrorInRange): string {
  const { fn, param, argIndex, row, error } = err.where;
  let formula: string;
  try {
    const range = SpreadsheetApp.getActiveRange();
    formula = range ? range.getFormula() : '';
  } catch {
    return err.message;
  }
  const start = argumentStartRow(formula, fn, argIndex);
  return start === null ? err.message : t(locale, 'error.cellErrorAt', { fn, param, error, row: start + row });
}

/**
 * What every custom-function stub calls, with exactly the arguments Sheets passed. The messages are
 * in the user's account locale: in a custom function, user properties are the *owner's* (Apps
 * Script docs), so an editor would get the owner's language choice. One service call.
 */
export function runCustomFunction(name: string, args: unknown[]): FormulaResult {
  return evaluateFormula(name, args, userLocale(false));
}
