/**
 * The spreadsheet's language, not the user's: a sheet set up in 简体中文 and opened by a user whose
 * account speaks English still shows its status words in Chinese (HEALTH_STATUS reads the language
 * setup saved in the document), so a shared sheet never flips between "AT RISK" and 有风险.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { MESSAGES } from '../../src/core/i18n/messages';
import { tabOf } from './tabs-helpers';
import type { WorkbookFile } from '../runtime/workbook-file';

let file: WorkbookFile;
beforeAll(() => {
  file = generateDemoStore({ locale: 'zh-CN' });
}, 180_000);

/** The Account Health status column as a user with `locale` sees it. */
function statusesFor(locale: string): string[] {
  const addon = LocalAddon.load({ book: structuredClone(file), locale });
  const { sheet, meta } = tabOf(file, 'accountHealth');
  return addon.show(sheet.name).slice(1).map((row) => row[meta.columns.status - 1] ?? '').filter((v) => v !== '');
}

const words = (locale: 'en' | 'zh-CN'): string[] => [MESSAGES['health.ok'][locale], MESSAGES['health.atRisk'][locale], MESSAGES['health.breach'][locale]];

describe('status words in a Chinese-language sheet', () => {
  it('were saved as the spreadsheet’s language when the tabs were set up', () => {
    expect(file.properties?.document?.['opsdesk.sheetLanguage']).toBe('zh-CN');
  });

  it('HEALTH_STATUS shows 正常 / 有风险 / 超标 to a user whose account is in English', () => {
    const shown = statusesFor('en');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((w) => !words('zh-CN').includes(w))).toEqual([]);
    expect(shown).toContain(MESSAGES['health.atRisk']['zh-CN']);
  });

  it('shows the same words to that user as to a Chinese one', () => {
    expect(statusesFor('en')).toEqual(statusesFor('zh-CN'));
  });
});
