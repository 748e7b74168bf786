import { resolveLocale, type Locale, LOCALES } from '../core/i18n/locale';

const LOCALE_PROPERTY = 'opsdesk.locale';

/**
 * The language to speak to the current user: their own choice from the sidebar if they made one,
 * else their Google account's locale. With `canReadProperties` false only the account locale is
 * used: onOpen in AuthMode.NONE may not touch PropertiesService, and custom functions would read
 * the spreadsheet owner's properties instead of the user's.
 */
export function userLocale(canReadProperties = true): Locale {
  if (canReadProperties) {
    const chosen = PropertiesService.getUserProperties().getProperty(LOCALE_PROPERTY);
    if (chosen && (LOCALES as readonly string[]).includes(chosen)) return chosen as Locale;
  }
  return resolveLocale(Session.getActiveUserLocale());
}

/** Remembers the user's language choice (per user, across documents). */
export function saveUserLocale(locale: Locale): void {
  PropertiesService.getUserProperties().setProperty(LOCALE_PROPERTY, locale);
}
