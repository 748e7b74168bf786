import { describe, expect, it } from 'vitest';
import { readChecklistItems } from '../../../src/core/checklist/items';
import { CHECKLIST } from '../../../src/core/tabs/checklist';

const HEADER = ['Item', 'Frequency', 'Task', 'Tab', 'On', 'Last done', 'Done today', 'Note'];

describe('the checklist items read from the Checklist tab', () => {
  it('reads the seed routine as sixteen items, in sheet order', () => {
    const rows = CHECKLIST.seed?.rows('en') ?? [];
    const values = [HEADER, ...rows.map((r) => [r.item, r.frequency, r.task, r.tab, r.on, '', '', ''])];
    const items = readChecklistItems(values);
    expect(items.map((i) => i.id)).toEqual(rows.map((r) => r.item));
    expect(items[0]).toMatchObject({ id: 'daily-health', row: 2, frequency: { kind: 'daily' }, tab: 'Account Health' });
  });

  it('leaves out a switched-off item', () => {
    const items = readChecklistItems([HEADER, ['a', 'Daily', 'A', '', false], ['b', 'Daily', 'B', '', true]]);
    expect(items.map((i) => i.id)).toEqual(['b']);
  });

  it('keeps a row the user added without an id or an On tick, keyed by its task', () => {
    const items = readChecklistItems([HEADER, ['', 'Weekly Fri', 'Call the forwarder', 'Inventory', '', '', '', 'ask for the ETA']]);
    expect(items).toEqual([{ id: 'row:Call the forwarder', row: 2, frequency: { kind: 'weekly', weekday: 5 }, task: 'Call the forwarder', tab: 'Inventory', note: 'ask for the ETA' }]);
  });

  it('finds the columns by header when the user moved them and added their own', () => {
    const items = readChecklistItems([['Note', 'Owner', '事项', '编号', '启用', '频率'], ['', 'Li', 'Check ads', 'x1', true, '每月']]);
    expect(items).toMatchObject([{ id: 'x1', task: 'Check ads', frequency: { kind: 'monthly' } }]);
  });

  it('answers a duplicated id once, with its first row', () => {
    const items = readChecklistItems([HEADER, ['a', '', 'First', '', true], ['a', '', 'Copy', '', true]]);
    expect(items.map((i) => i.task)).toEqual(['First']);
  });

  it('skips blank rows', () => {
    expect(readChecklistItems([HEADER, ['', '', '', '', ''], []])).toEqual([]);
  });
});
