/** The add-on menu (src/server/addon-menu.ts) in the built bundle: onOpen in each auth mode and language, onInstall, About. */
import { describe, expect, it } from 'vitest';
import { menuFunctionNames, unresolvedMenuFunctions } from '../runtime/services';
import { demoBook, loadAddon } from '../bundle/load';

describe('onOpen', () => {
  it('builds the add-on menu in English for an English account', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    const { menus, error } = addon.open();
    expect(error).toBeUndefined();
    expect(menus).toEqual([
      {
        title: 'Ops Desk',
        addon: true,
        items: [
          { caption: 'Open Ops Desk', functionName: 'openSidebar' },
          { caption: 'Set up tabs', functionName: 'setupTabs' },
          { caption: 'Refresh now', functionName: 'refreshNow' },
          { caption: 'Turn on daily refresh', functionName: 'enableDailyRefresh' },
          { caption: 'Turn off daily refresh', functionName: 'disableDailyRefresh' },
          { caption: 'About Ops Desk', functionName: 'showAbout' },
        ],
      },
    ]);
  });

  it.each([
    ['zh-CN', '打开运营操盘台'],
    ['zh-TW', '開啟運營操盤台'],
    ['zh-HK', '開啟運營操盤台'],
  ])('speaks the account locale %s', (locale, caption) => {
    const addon = loadAddon({ book: demoBook(), locale });
    const { menus } = addon.open();
    expect(JSON.stringify(menus)).toContain(caption);
  });

  it('works in AuthMode.NONE (add-on not yet enabled in the file) without touching properties or the document', () => {
    const book = { ...demoBook(), addonEnabled: false };
    const addon = loadAddon({ book, locale: 'zh-CN' });
    const report = addon.open();
    expect(report.error).toBeUndefined();
    expect(report.authMode).toBe('NONE');
    expect(Object.keys(report.calls).filter((c) => /Properties|Spreadsheet\b|SpreadsheetApp\.getActive/.test(c))).toEqual([]);
    expect(JSON.stringify(report.menus)).toContain('打开运营操盘台');
  });

  it('runs in LIMITED once the add-on has been used in the file, as Sheets enables it on first use', () => {
    const addon = loadAddon({ book: { ...demoBook(), addonEnabled: false } });
    expect(addon.open().authMode).toBe('NONE');
    addon.call('openSidebar');
    expect(addon.open().authMode).toBe('LIMITED');
    expect(addon.toFile().addonEnabled).toBe(true);
  });

  it('prefers the language the user chose in the sidebar over the account locale', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    addon.callValue('setUserLocale', ['zh-TW'], 'sidebar');
    expect(JSON.stringify(addon.open().menus)).toContain('開啟運營操盤台');
  });

  it('names only functions that are globals of the built bundle', () => {
    const addon = loadAddon({ book: demoBook() });
    addon.open();
    const state = addon.services.uiState();
    expect(menuFunctionNames(state).length).toBeGreaterThan(0);
    expect(unresolvedMenuFunctions(state, Object.fromEntries(addon.globalNames().map((n) => [n, () => undefined])))).toEqual([]);
    for (const name of menuFunctionNames(state)) expect(addon.hasGlobal(name)).toBe(true);
  });

  it('onInstall builds the same menu at once', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    const report = addon.call('onInstall', [{ authMode: addon.services.authModeValue('FULL') }]);
    expect(report.error).toBeUndefined();
    expect(menuFunctionNames(addon.services.uiState())).toEqual(['openSidebar', 'setupTabs', 'refreshNow', 'enableDailyRefresh', 'disableDailyRefresh', 'showAbout']);
  });

  it('shows the version in the about box', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    expect(addon.call('showAbout').error).toBeUndefined();
    expect(JSON.stringify(addon.services.uiState())).toMatch(/Ops Desk 0\.\d+\.\d+/);
  });
});
