import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/i18n/locale';
import { SIDEBAR_STRINGS, say } from '../../src/sidebar/strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the sidebar's own strings", () => {
  it.each(Object.entries(SIDEBAR_STRINGS))('%s exists in every language with the same placeholders', (_key, localized) => {
    for (const locale of LOCALES) {
      expect(localized[locale].trim()).not.toBe('');
      expect(placeholders(localized[locale])).toEqual(placeholders(localized.en));
    }
  });

  it('fills placeholders', () => {
    expect(say('en', 'sidebar.progress', { done: 3, total: 11 })).toBe('3 of 11 done');
  });

  it('answers a shared message key too', () => {
    expect(say('zh-CN', 'sidebar.title')).toBe('运营操盘台');
  });

  it('names seven weekdays in every language', () => {
    for (const locale of LOCALES) expect(say(locale, 'sidebar.weekdays').split(',')).toHaveLength(7);
  });
});
