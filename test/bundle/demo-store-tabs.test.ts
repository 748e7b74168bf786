import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import type { WorkbookFile } from '../runtime/workbook-file';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { TAB_SCHEMAS } from '../../src/core/tabs/registry';
import type { TabId } from '../../src/core/tabs/tab-ids';
import { tabOf } from './tabs-helpers';

let file: WorkbookFile;
let addon: LocalAddon;
beforeAll(() => {
  file = generateDemoStore();
  addon = LocalAddon.load({ book: file, locale: 'en' });
}, 180_000);

/** A column of a tab as shown, below the header. */
function shown(id: TabId, column: string): string[] {
  const at = tabOf(file, id).meta.columns[column] - 1;
  return addon.show(TAB_SCHEMAS[id].name.en).slice(1).map((r) => r[at] ?? '');
}

describe('the generated demo store', () => {
  it('is the thirteen tabs, set up by the add-on', () => {
    expect(file.sheets.map((s) => s.name)).toEqual(Object.values(TAB_SCHEMAS).map((s) => s.name.en));
  });

  it('is the same store every time (seeded)', () => {
    expect(JSON.stringify(generateDemoStore())).toBe(JSON.stringify(file));
  });

  it('needs no setup: setting up the tabs again changes nothing', () => {
    const again = LocalAddon.load({ book: file, locale: 'en' });
    const tabs = again.callValue<{ tabs: { action: string }[] }>('setupTabs', []).tabs;
    expect(new Set(tabs.map((t) => t.action))).toEqual(new Set(['unchanged']));
  });

  it('holds 30 days of ads, 5–10 competitors and 20 keywords', () => {
    expect(new Set(shown('ads', 'date')).size).toBe(30);
    const competitors = new Set(shown('competitors', 'asin')).size;
    expect(competitors).toBeGreaterThanOrEqual(5);
    expect(competitors).toBeLessThanOrEqual(10);
    expect(new Set(shown('keywords', 'keyword')).size).toBe(20);
  });

  it("agrees with itself: Today's ad spend per day is the sum of the Ads tab's", () => {
    const spend = shown('ads', 'spend').map((s) => Number(s.replace(/,/g, '')));
    const dates = shown('ads', 'date');
    const byDay = new Map<string, number>();
    dates.forEach((d, i) => byDay.set(d, (byDay.get(d) ?? 0) + spend[i]));
    const todayDays = shown('today', 'day').filter(Boolean);
    const todaySpend = shown('today', 'adSpend').filter(Boolean).map((s) => Number(s.replace(/,/g, '')));
    todayDays.forEach((d, i) => expect(todaySpend[i]).toBeCloseTo(byDay.get(d) ?? NaN, 1));
  });

  it('shows a promotion stacking conflict', () => {
    const stacked = shown('promotions', 'stacked').map((s) => parseFloat(s));
    const own = shown('promotions', 'discount').map((s) => parseFloat(s));
    expect(stacked.some((s, i) => s > own[i])).toBe(true);
  });

  it('has a SKU whose days of stock are under lead time + safety days (71)', () => {
    const days = shown('inventory', 'daysOfStock').map(Number).filter((d) => !Number.isNaN(d));
    expect(Math.min(...days.slice(-30))).toBeLessThan(71);
  });

  it('has a negative review, an open A-to-z claim and a health metric at risk', () => {
    expect(shown('reviews', 'stars').some((s) => Number(s) <= 2)).toBe(true);
    expect(shown('cases', 'caseType').map((t, i) => `${t}|${shown('cases', 'status')[i]}`)).toContain('A-to-z claim|Open');
    expect(shown('accountHealth', 'status')).toContain('AT RISK');
  });

  it('shows yesterday on Today with 30-day sparklines', () => {
    const today = addon.show('Today');
    expect(today[1][1]).not.toBe('');
    expect(today[1][2]).toMatch(/sparkline: 30 points/);
  });
});
