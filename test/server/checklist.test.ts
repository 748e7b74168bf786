/** The checklist's server side (src/server/checklist.ts) in the built bundle, on the generated demo store. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddon } from '../bundle/load';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import type { ChecklistView } from '../../src/core/checklist/view';
import type { WorkbookFile } from '../runtime/workbook-file';
import { ALERT_TABS } from '../../src/server/alerts';

let demo: WorkbookFile;
beforeAll(() => {
  demo = generateDemoStore();
});

/** The demo store at a given instant (its zone is the spreadsheet's). */
function addonAt(now: string, book: WorkbookFile = structuredClone(demo)) {
  return loadAddon({ book, locale: 'en', now: new Date(now) });
}

const state = (addon: ReturnType<typeof addonAt>) => addon.callValue<{ checklist: ChecklistView }>('getSidebarState', [], 'sidebar').checklist;
const tick = (addon: ReturnType<typeof addonAt>, id: string, done = true) => addon.callValue<ChecklistView>('tickItem', [id, done], 'sidebar');
const doneIds = (view: ChecklistView) => view.entries.filter((e) => e.done).map((e) => e.id);

describe('the checklist on the server', () => {
  it('reads the seed routine from the Checklist tab, daily items first', () => {
    const view = state(addonAt('2026-11-27T17:00:00Z'));
    expect(view.entries).toHaveLength(16);
    expect(view.entries[0]).toMatchObject({ id: 'daily-health', kind: 'daily', done: false, tab: 'accountHealth' });
    expect(view.entries.at(-1)).toMatchObject({ kind: 'monthly' });
  });

  it('records a tick in the log tab, adding the tab to a spreadsheet set up without it, and answers with it done', () => {
    const withoutLog = { ...structuredClone(demo), sheets: demo.sheets.filter((s) => s.name !== 'Checklist log') };
    const addon = addonAt('2026-11-27T17:00:00Z', withoutLog);
    expect(addon.book.sheetByName('Checklist log')).toBeFalsy();
    expect(doneIds(tick(addon, 'daily-ads'))).toEqual(['daily-ads']);
    const log = addon.show('Checklist log');
    expect(log[0]).toEqual(['Date', 'Item', 'Done', 'Time', 'User']);
    expect(log[1].slice(0, 3)).toEqual(['2026-11-27', 'daily-ads', 'TRUE']);
  });

  it('keeps a tick after reloading, and an untick clears it', () => {
    const addon = addonAt('2026-11-27T17:00:00Z');
    tick(addon, 'daily-ads');
    const reloaded = loadAddon({ book: addon.toFile(), locale: 'en' });
    expect(doneIds(state(reloaded))).toEqual(['daily-ads']);
    expect(doneIds(tick(reloaded, 'daily-ads', false))).toEqual([]);
    expect(doneIds(state(reloaded))).toEqual([]);
  });

  it('keeps two people’s ticks of different items', () => {
    const addon = addonAt('2026-11-27T17:00:00Z');
    tick(addon, 'daily-ads');
    expect(doneIds(tick(addon, 'daily-reviews')).sort()).toEqual(['daily-ads', 'daily-reviews']);
  });

  it('rolls the day over at midnight in the spreadsheet’s time zone', () => {
    const addon = addonAt('2026-11-28T07:30:00Z'); // 23:30 on the 27th in Los Angeles
    tick(addon, 'daily-ads');
    tick(addon, 'weekly-shipments');
    addon.tick(new Date('2026-11-28T07:59:00Z'));
    expect(doneIds(state(addon))).toEqual(['daily-ads', 'weekly-shipments']);
    addon.tick(new Date('2026-11-28T08:01:00Z'));
    expect(doneIds(state(addon))).toEqual(['weekly-shipments']);
  });

  it('resets a weekly item on Monday', () => {
    const addon = addonAt('2026-11-27T17:00:00Z'); // Friday
    tick(addon, 'weekly-shipments');
    addon.tick(new Date('2026-11-30T07:59:00Z')); // Sunday 23:59 in Los Angeles
    expect(doneIds(state(addon))).toEqual(['weekly-shipments']);
    addon.tick(new Date('2026-11-30T08:00:00Z')); // Monday 00:00
    expect(doneIds(state(addon))).toEqual([]);
  });

  it('refuses an item that is not on the list with a message, writing nothing', () => {
    const addon = addonAt('2026-11-27T17:00:00Z');
    expect(addon.call('tickItem', ['no-such-item', true], 'sidebar').error).toMatch(/no longer on the Checklist tab \(no-such-item\)/);
    expect(addon.show('Checklist log')).toHaveLength(1);
  });

  it('Open activates the tab that answers the item and selects its data rows when no alert names rows', () => {
    const addon = addonAt('2026-11-27T17:00:00Z');
    expect(addon.call('openChecklistItem', ['daily-market'], 'sidebar').error).toBeUndefined();
    expect(addon.spreadsheet.activeSheet().getName()).toBe('Market Watch');
    expect(addon.spreadsheet.selection?.ranges[0]).toMatch(/^A2:/);
  });

  it('reads the Checklist, the log and each tab the alert rules need once when the sidebar opens', () => {
    const addon = addonAt('2026-11-27T17:00:00Z');
    tick(addon, 'daily-ads');
    const report = addon.call('openSidebar');
    expect(report.error).toBeUndefined();
    expect(report.calls['Range.getValues']).toBe(2 + ALERT_TABS.length);
  });
});

describe('the checklist badges on the demo store', () => {
  it('show the costliest inventory alert on the inventory item, with the count', () => {
    const view = state(addonAt('2026-11-27T17:00:00Z'));
    const inventory = view.entries.find((e) => e.id === 'daily-inventory');
    expect(inventory?.badge?.text).toMatch(/runs out on|days of stock/);
    expect(inventory?.badge?.count).toBeGreaterThanOrEqual(1);
  });

  it('are in the user’s language', () => {
    const addon = loadAddon({ book: structuredClone(demo), locale: 'zh-CN', now: new Date('2026-11-27T17:00:00Z') });
    const view = addon.callValue<{ checklist: ChecklistView }>('getSidebarState', [], 'sidebar').checklist;
    expect(view.entries.find((e) => e.id === 'daily-promotions')?.badge?.text).toMatch(/促销|折扣|秒杀/);
  });

  it('Open selects the rows of the item’s alerts', () => {
    const addon = addonAt('2026-11-27T17:00:00Z');
    addon.call('openChecklistItem', ['daily-promotions'], 'sidebar');
    expect(addon.spreadsheet.activeSheet().getName()).toBe('Promotions');
    const ranges = addon.spreadsheet.selection?.ranges ?? [];
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((r) => /^A(\d+):[A-Z]+\1$/.test(r))).toBe(true);
  });
});
