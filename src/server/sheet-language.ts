import { LOCALES, resolveLocale, type Locale } from '../core/i18n/locale';

/** Document property holding the spreadsheet's language (set when the tabs are set up, kept in Settings). */
export const SHEET_LANGUAGE_PROPERTY = 'opsdesk.sheetLanguage';

/**
 * The language of what the add-on writes into cells — tab names, headers, the status words of
 * formulas. It belongs to the spreadsheet, not to whoever edited last, so a shared sheet never
 * flips between "BREACH" and 超标: the choice saved in the document, else the spreadsheet's
 * locale. Custom functions may read document properties (they are the document's, not the owner's).
 */
export function sheetLanguage(): Locale {
  const chosen = PropertiesService.getDocumentProperties().getProperty(SHEET_LANGUAGE_PROPERTY);
  if (chosen && (LOCALES as readonly string[]).includes(chosen)) return chosen as Locale;
  return resolveLocale(SpreadsheetApp.getActive().getSpreadsheetLocale());
}

/** Keeps `language` as the spreadsheet's language. */
export function saveSheetLanguage(language: Locale): void {
  PropertiesService.getDocumentProperties().setProperty(SHEET_LANGUAGE_PROPERTY, language);
}
