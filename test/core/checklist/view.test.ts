import { describe, expect, it } from 'vitest';
import { checklistView, tabOfItem } from '../../../src/core/checklist/view';
import { readChecklistItems } from '../../../src/core/checklist/items';
import { WHY } from '../../../src/core/checklist/why';
import { ITEM_ALERTS } from '../../../src/core/checklist/answers';
import { CHECKLIST } from '../../../src/core/tabs/checklist';
import { LOCALES } from '../../../src/core/i18n/locale';

const HEADER = ['Item', 'Frequency', 'Task', 'Tab', 'On', 'Last done', 'Done today', 'Note'];
const seeded = (locale: 'en' | 'zh-CN' | 'zh-TW') =>
  readChecklistItems([HEADER, ...(CHECKLIST.seed?.rows(locale) ?? []).map((r) => [r.item, r.frequency, r.task, r.tab, r.on])]);

describe('the sidebar view of the checklist', () => {
  it('shows the seed items in the user’s language on a sheet set up in another', () => {
    const view = checklistView(seeded('en'), [], '2026-11-27', 'zh-CN');
    expect(view.entries[0].text).toBe(CHECKLIST.seed?.rows('zh-CN')[0].task);
  });

  it('shows a seed item the user rewrote in their words', () => {
    const items = readChecklistItems([HEADER, ['daily-health', 'Daily', 'Check AHR score first', 'Account Health', true]]);
    expect(checklistView(items, [], '2026-11-27', 'zh-TW').entries[0].text).toBe('Check AHR score first');
  });

  it('carries a user’s item with its note', () => {
    const items = readChecklistItems([HEADER, ['', 'Daily', '<b>call</b>', 'Nowhere', true, '', '', 'the 3PL']]);
    expect(checklistView(items, [], '2026-11-27', 'en').entries[0]).toMatchObject({ text: '<b>call</b>', note: 'the 3PL', tab: null, tabName: 'Nowhere' });
  });

  it('puts daily items first, then weekly, then monthly, in the user’s order within each', () => {
    const items = readChecklistItems([HEADER, ['m', 'Monthly', 'M', '', true], ['d2', 'Daily', 'D2', '', true], ['w', 'Weekly Fri', 'W', '', true], ['d1', 'Daily', 'D1', '', true]]);
    const view = checklistView(items, [], '2026-11-27', 'en');
    expect(view.entries.map((e) => [e.id, e.kind, e.weekday])).toEqual([['d2', 'daily', null], ['d1', 'daily', null], ['w', 'weekly', 5], ['m', 'monthly', null]]);
  });

  it('marks what is done today and gives 30 days of history with the 7- and 30-day rates', () => {
    const items = readChecklistItems([HEADER, ['a', 'Daily', 'A', '', true], ['b', 'Daily', 'B', '', true]]);
    const view = checklistView(items, [{ day: '2026-11-27', item: 'a', done: true }], '2026-11-27', 'en');
    expect(view.entries.map((e) => e.done)).toEqual([true, false]);
    expect(view.history).toHaveLength(30);
    expect(view.history.at(-1)).toBe(0.5);
    expect(view.rate7).toBeCloseTo(0.5 / 7, 12);
    expect(view.rate30).toBeCloseTo(0.5 / 30, 12);
  });

  it.each([['Inventory'], ['库存'], ['庫存']])('finds our Inventory tab from a Tab cell that says %s', (name) => {
    expect(tabOfItem({ id: 'mine', tab: name })).toBe('inventory');
  });

  it('has a why line in every language for every seed item, and every answered item is a seed item', () => {
    const ids = (CHECKLIST.seed?.rows('en') ?? []).map((r) => String(r.item));
    expect(Object.keys(WHY).sort()).toEqual([...ids].sort());
    for (const id of ids) for (const l of LOCALES) expect(WHY[id][l]).not.toBe('');
    for (const id of Object.keys(ITEM_ALERTS)) expect(ids).toContain(id);
  });
});

describe('an item badge', () => {
  it('is what the badge function says for the item and its tab, none by default', () => {
    const items = readChecklistItems([HEADER, ['daily-inventory', 'Daily', 'Inv', 'Inventory', true], ['mine', 'Daily', 'Mine', '', true]]);
    const badge = (item: { id: string; tab: string | null }) => (item.tab === 'inventory' ? { text: `${item.id} low`, count: 2, severity: 'high' as const } : null);
    expect(checklistView(items, [], '2026-11-27', 'en', badge).entries.map((e) => e.badge)).toEqual([{ text: 'daily-inventory low', count: 2, severity: 'high' }, null]);
    expect(checklistView(items, [], '2026-11-27', 'en').entries.map((e) => e.badge)).toEqual([null, null]);
  });
});
