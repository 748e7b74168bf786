import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/i18n/locale';
import { MESSAGES, t, type MessageKey } from '../../../src/core/i18n/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('MESSAGES', () => {
  it.each(Object.keys(MESSAGES) as MessageKey[])('%s exists in every language with the same placeholders', (key) => {
    const entry = MESSAGES[key] as Record<string, string>;
    for (const locale of LOCALES) expect(entry[locale]?.trim()).toBeTruthy();
    expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
    expect(placeholders(entry['zh-TW'])).toEqual(placeholders(entry.en));
  });

  it('fills placeholders', () => {
    expect(t('zh-TW', 'cell.missing', { param: 'units' })).toBe('缺少 units');
  });
});
