/** The languages every user-facing string exists in. */
export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/**
 * Maps whatever locale tag Apps Script or a browser hands us (`zh_CN`, `zh-Hant-HK`, `en-GB`, `""`)
 * to one of our three languages. Traditional-script regions (TW, HK, MO) and `Hant` get 繁體中文,
 * every other Chinese tag 简体中文, everything else English.
 */
export function resolveLocale(tag: unknown): Locale {
  const t = String(tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  if (/(^|-)(hant|tw|hk|mo)(-|$)/.test(t)) return 'zh-TW';
  return 'zh-CN';
}
