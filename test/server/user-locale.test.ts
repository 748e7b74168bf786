/** The user's language (src/server/user-locale.ts) in the built bundle, read through the sidebar's state. */
import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../runtime/workbook-file';
import { demoBook, loadAddon } from '../bundle/load';

/** The demo store with the user's saved language property set to `saved`. */
function bookWithSaved(saved: string): WorkbookFile {
  const demo = demoBook();
  return { ...demo, properties: { ...demo.properties, user: { 'opsdesk.locale': saved } } };
}

describe('the user’s language', () => {
  it('is the account locale when the user chose none', () => {
    expect(loadAddon({ book: demoBook(), locale: 'zh-HK' }).callValue<{ locale: string }>('getSidebarState', [], 'sidebar').locale).toBe('zh-TW');
  });

  it('is the language the user chose, over the account locale', () => {
    expect(loadAddon({ book: bookWithSaved('zh-CN'), locale: 'en' }).callValue<{ locale: string }>('getSidebarState', [], 'sidebar').locale).toBe('zh-CN');
  });

  it('falls back to the account locale when the saved choice is no language of the add-on', () => {
    expect(loadAddon({ book: bookWithSaved('fr'), locale: 'zh-CN' }).callValue<{ locale: string }>('getSidebarState', [], 'sidebar').locale).toBe('zh-CN');
  });

  it('is saved for the user, not for the document: another user of the same file keeps theirs', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    addon.callValue('setUserLocale', ['zh-TW'], 'sidebar');
    const file = addon.toFile();
    expect([file.properties?.user?.['opsdesk.locale'], file.properties?.document?.['opsdesk.locale']]).toEqual(['zh-TW', undefined]);
  });
});
