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
