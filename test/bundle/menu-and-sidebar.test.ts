import { describe, expect, it } from 'vitest';
import { menuFunctionNames, unresolvedMenuFunctions } from '../runtime/services';
import { demoBook, loadAddon } from './load';

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
    expect(menuFunctionNames(addon.services.uiState())).toEqual(['openSidebar', 'setupTabs', 'showAbout']);
  });
});

describe('the sidebar', () => {
  it('opens from the menu with a localized title and its first state inlined', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'zh-CN' });
    const report = addon.call('openSidebar');
    expect(report.error).toBeUndefined();
    const sidebar = addon.services.uiState().sidebar;
    expect(sidebar?.title).toBe('运营操盘台');
    expect(sidebar?.html).not.toContain('<?');
    const boot = /window\.__OPSDESK_BOOT__ = (\{.*?\});/.exec(sidebar?.html ?? '')?.[1];
    expect(JSON.parse(boot ?? 'null')).toMatchObject({ locale: 'zh-CN', locales: ['en', 'zh-CN', 'zh-TW'] });
  });

  it('cannot be opened from a simple trigger (AuthMode.LIMITED), as in Sheets', () => {
    const addon = loadAddon({ book: demoBook() });
    const report = addon.callAs('openSidebar', [], 'simple-trigger', 'LIMITED');
    expect(report.error).toBeDefined();
    expect(addon.services.state.logs.join('\n')).toMatch(/permission|LIMITED/i);
    expect(addon.services.uiState().sidebar).toBeNull();
  });

  it('switches language and returns the new state over google.script.run', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    const state = addon.callValue<{ locale: string }>('setUserLocale', ['zh-TW'], 'sidebar');
    expect(state.locale).toBe('zh-TW');
    expect(addon.callValue<{ locale: string }>('getSidebarState', [], 'sidebar').locale).toBe('zh-TW');
  });

  it('rejects an unknown language with an error', () => {
    const addon = loadAddon({ book: demoBook() });
    expect(addon.call('setUserLocale', ['fr'], 'sidebar').error).toMatch(/Unknown language: fr/);
  });

  it('computes the quick check with the same formula as the cells', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    expect(addon.callValue('calculate', ['DAYS_OF_STOCK', ['300', '20']], 'sidebar')).toBe(15);
    expect(addon.callValue('calculate', ['DAYS_OF_STOCK', ['１２０', '$10.00']], 'sidebar')).toBe(12);
  });

  it('returns a date from the quick check as the calendar day in the spreadsheet’s zone', () => {
    const addon = loadAddon({ book: { ...demoBook(), timeZone: 'Asia/Shanghai' }, locale: 'en' });
    expect(addon.callValue('calculate', ['STOCKOUT_DATE', [300, 20, '2026-11-27']], 'sidebar')).toBe('2026-12-12');
  });

  it('shows the version in the about box', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    expect(addon.call('showAbout').error).toBeUndefined();
    expect(JSON.stringify(addon.services.uiState())).toMatch(/Ops Desk 0\.\d+\.\d+/);
  });
});
