import type { Locale } from '../i18n/locale';
import { t, type MessageKey } from '../i18n/messages';

/**
 * A wrong call of a custom function (wrong shapes, a bad single argument). Sheets shows the message
 * in the cell's error tooltip, so it names the function and the fix, in the user's language.
 */
export class FormulaError extends Error {
  constructor(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>>) {
    super(t(locale, key, params));
    this.name = 'FormulaError';
  }
}

/**
 * An error cell (`#DIV/0!`, `#N/A` …) inside a range argument. Its message names the error, the
 * parameter and the cell's place in the range; the server, which can read the calling cell's
 * formula, may say the sheet row instead ({@link CellErrorInRange.where}).
 */
export class CellErrorInRange extends FormulaError {
  /** Where the error cell is: the argument (0-based), and its row and column inside that argument. */
  readonly where: { readonly fn: string; readonly param: string; readonly argIndex: number; readonly row: number; readonly col: number; readonly error: string };

  constructor(locale: Locale, fn: string, param: string, argIndex: number, row: number, col: number, error: string) {
    super(locale, 'error.cellErrorItem', { fn, param, error, item: row + 1 });
    this.name = 'CellErrorInRange';
    this.where = { fn, param, argIndex, row, col, error };
  }
}
