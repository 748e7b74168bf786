/** The sidebar's server side (src/server/sidebar.ts) in the built bundle: opening it, and its google.script.run calls. */
import { describe, expect, it } from 'vitest';
import { demoBook, loadAddon } from '../bundle/load';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { SHEETS_FAILURE, withFirstWriteFailing } from '../bundle/faults';

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

  it('says the last refresh failed, with its error, until a refresh succeeds', () => {
    // The generated demo store has the tabs a refresh writes (the fixture file is a smaller book).
    const addon = loadAddon({ book: generateDemoStore(), locale: 'en' });
    withFirstWriteFailing('Today', () => addon.call('refreshNow'));
    const failed = addon.callValue<{ refresh: unknown }>('getSidebarState', [], 'sidebar').refresh;
    addon.call('refreshNow');
    const fixed = addon.callValue<{ refresh: unknown }>('getSidebarState', [], 'sidebar').refresh;
    expect([failed, fixed]).toEqual([
      { lastDay: null, failure: { time: '2026-11-27 09:00', error: SHEETS_FAILURE, stuck: 0 }, stopped: null },
      { lastDay: '2026-11-27', failure: null, stopped: null },
    ]);
  });
});

