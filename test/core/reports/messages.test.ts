import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/i18n/locale';
import { REPORT_NAMES, REPORT_KINDS } from '../../../src/core/reports/kinds';
import { REPORT_MESSAGES, reportMessage, type ReportMessageKey } from '../../../src/core/reports/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('REPORT_MESSAGES', () => {
  it.each(Object.keys(REPORT_MESSAGES) as ReportMessageKey[])('%s exists in every language with the same placeholders', (key) => {
    const entry = REPORT_MESSAGES[key] as Record<string, string>;
    for (const locale of LOCALES) expect(entry[locale]?.trim()).toBeTruthy();
    expect(placeholders(entry['zh-CN'])).toEqual(placeholders(entry.en));
    expect(placeholders(entry['zh-TW'])).toEqual(placeholders(entry.en));
  });

  it('fills placeholders', () => {
    expect(reportMessage('zh-TW', 'problem.empty', { file: 'a.csv' })).toBe('a.csv 是空檔案。');
  });
});

describe('REPORT_NAMES', () => {
  it.each([...REPORT_KINDS])('%s has a name in every language', (kind) => {
    for (const locale of LOCALES) expect(REPORT_NAMES[kind][locale].trim()).toBeTruthy();
  });
});
