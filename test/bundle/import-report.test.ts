import { describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import { emptyBook, putRows, setUp, tabOf } from './tabs-helpers';
import { fileWithoutClock, freshAddon, importFixture, importText, summaryOf, tabRows } from './import-helpers';

const TARGETING_HEADER = 'Start Date,End Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Retailer,Country,Targeting,Match Type,Impressions,Clicks,Spend,7 Day Total Sales ,7 Day Total Orders (#)';
/** A small older-console targeting report, one line per [campaign, targeting, match type, impressions]. */
function targetingCsv(rows: readonly (readonly [string, string, string, number])[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = rows.map(([campaign, target, match, impressions]) => ['Nov 20, 2026', 'Nov 20, 2026', 'Kitchen', 'USD', campaign, 'Group 1', 'Amazon', 'US', target, match, String(impressions), '10', '$5.00', '$20.00', '1'].map(q).join(','));
  return [TARGETING_HEADER, ...lines].join('\r\n') + '\r\n';
}

describe('importReport: Sponsored Products reports land in Ads', () => {
  it('adds one Ads row per day × campaign × ad group, with the numbers read', () => {
    const addon = freshAddon();
    const summary = summaryOf(importFixture(addon, 'sp-search-term-new-console.csv'));
    expect(summary).toMatchObject({ status: 'done', report: 'sp-search-term', tab: 'Ads', added: 2, updated: 0, skipped: 0 });
    const rows = tabRows(addon, 'Ads');
    expect(rows.map((r) => [r.Date, r['Ad type'], r.Campaign, r['Ad group'], r.Impressions, r.Clicks, r.Spend, r['Ad sales'], r['Ad orders']])).toEqual([
      ['2026-08-18', 'SP', 'SP Exact', 'Exact 1', '2,104', '31', '19.84', '79.96', '4'],
      ['2026-08-18', 'SP', 'SP Phrase DE', 'Phrase 1', '880', '9', '12.50', '19.99', '1'],
    ]);
  });

  it('says when rows cover several days and are dated their first day', () => {
    const summary = summaryOf(importFixture(freshAddon(), 'sp-search-term-new-console.csv'));
    expect(summary.warnings.some((w) => /cover several days/.test(w))).toBe(true);
  });

  it('writes the targeting report with match types as the dropdown has them (keyword, auto, product)', () => {
    const addon = freshAddon();
    summaryOf(importFixture(addon, 'sp-targeting-en.csv'));
    const rows = tabRows(addon, 'Ads');
    expect(rows.map((r) => [r.Targeting, r['Match type']])).toEqual([
      ['silicone spatula', 'Exact'],
      ['close-match', 'Auto'],
      ['asin="B0COMPET01"', 'Product'],
    ]);
  });

  it('sums an advertised product report into its ad group', () => {
    const addon = freshAddon();
    const summary = summaryOf(importFixture(addon, 'sp-advertised-product-en.csv'));
    expect(summary.added).toBe(1);
    const [row] = tabRows(addon, 'Ads');
    expect([row.Impressions, row.Clicks, row.Spend]).toEqual(['4,122', '49', '19.82']);
  });

  it('reads the legacy console XLSX', () => {
    const addon = freshAddon();
    const summary = summaryOf(importFixture(addon, 'sp-search-term-legacy.xlsx'));
    expect(summary).toMatchObject({ status: 'done', report: 'sp-search-term', tab: 'Ads' });
    expect(summary.added).toBeGreaterThan(0);
    expect(tabRows(addon, 'Ads').length).toBe(summary.added);
  });

  it('imports a Chinese report into a Chinese workbook (广告)', () => {
    const addon = freshAddon('zh-CN');
    const summary = summaryOf(importFixture(addon, 'sp-search-term-zh.csv'));
    expect(summary).toMatchObject({ status: 'done', tab: '广告', reportName: '商品推广搜索词报告' });
    expect(tabRows(addon, '广告').length).toBe(summary.added);
  });
});

describe('importReport is idempotent', () => {
  it('adds nothing when the same report is imported again, and changes no cell', () => {
    const addon = freshAddon();
    summaryOf(importFixture(addon, 'sp-targeting-en.csv'));
    const sheets = JSON.stringify(addon.toFile().sheets);
    const again = summaryOf(importFixture(addon, 'sp-targeting-en.csv'));
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 3 });
    expect(JSON.stringify(addon.toFile().sheets)).toBe(sheets);
  });

  it('writes nothing to the tab on a re-import', () => {
    const addon = freshAddon();
    summaryOf(importFixture(addon, 'sp-targeting-en.csv'));
    const report = importFixture(addon, 'sp-targeting-en.csv');
    expect(Object.keys(report.calls).filter((m) => /\.set|insert/.test(m))).toEqual([]);
  });

  it('updates only the rows a corrected report changes', () => {
    const addon = freshAddon();
    summaryOf(importText(addon, targetingCsv([['A', 'mug', 'EXACT', 100], ['B', 'cup', 'BROAD', 200]]), 'targeting.csv'));
    const summary = summaryOf(importText(addon, targetingCsv([['A', 'mug', 'EXACT', 100], ['B', 'cup', 'BROAD', 250]]), 'targeting-corrected.csv'));
    expect(summary).toMatchObject({ added: 0, updated: 1, skipped: 1 });
    expect(tabRows(addon, 'Ads').map((r) => [r.Campaign, r.Impressions])).toEqual([['A', '100'], ['B', '250']]);
  });

  it('adds the rows a later report brings and keeps the earlier ones', () => {
    const addon = freshAddon();
    summaryOf(importText(addon, targetingCsv([['A', 'mug', 'EXACT', 100]]), 'a.csv'));
    const summary = summaryOf(importText(addon, targetingCsv([['A', 'mug', 'EXACT', 100], ['C', 'jar', 'PHRASE', 5]]), 'b.csv'));
    expect(summary).toMatchObject({ added: 1, updated: 0 });
    expect(tabRows(addon, 'Ads').map((r) => r.Campaign)).toEqual(['A', 'C']);
  });
});

describe('importReport keeps text as text', () => {
  it.each(['=HYPERLINK("http://x.example","click")', '+1 for mugs', '-20% off', '@home', "'quoted", '00123'])('shows %s exactly as in the file, never as a formula', (campaign) => {
    const addon = freshAddon();
    summaryOf(importText(addon, targetingCsv([[campaign, 'mug', 'EXACT', 100]]), 'targeting.csv'));
    expect(tabRows(addon, 'Ads')[0].Campaign).toBe(campaign);
    // Campaign is column C: its row-2 cell holds no formula (the tab's own formulas are in other columns).
    expect(addon.book.sheetByName('Ads')?.formulas.has('2,3')).toBe(false);
  });
});

describe("importReport leaves the user's own things alone", () => {
  it("keeps the user's extra column, their rows and their order of columns", () => {
    const file = setUp(emptyBook(), 'en', [['ads']]).toFile();
    putRows(file, 'ads', [{ date: '2026-11-01', campaign: 'Mine', impressions: 7, note: 'keep me' }]);
    const { sheet } = tabOf(file, 'ads');
    sheet.cells ??= {};
    sheet.cells['Z1'] = 'My flag';
    sheet.cells['Z2'] = 'x';
    const addon = LocalAddon.load({ book: file, locale: 'en' });
    summaryOf(importText(addon, targetingCsv([['A', 'mug', 'EXACT', 100]]), 'targeting.csv'));
    const rows = tabRows(addon, 'Ads');
    expect(rows.map((r) => [r.Campaign, r.Note, r['My flag']])).toEqual([['Mine', 'keep me', 'x'], ['A', '', '']]);
  });

  it('sets up a missing tab before writing to it', () => {
    const addon = freshAddon();
    expect(addon.book.sheetByName('Inventory')).toBeUndefined();
    summaryOf(importFixture(addon, 'restock-inventory.txt', { date: '2026-11-26' }));
    expect(tabRows(addon, 'Inventory').length).toBe(2);
  });
});

describe('importReport: inventory reports land in Inventory', () => {
  it('dates a Manage FBA Inventory report with the chosen day and reads Windows-1252 names', () => {
    const addon = freshAddon();
    summaryOf(importFixture(addon, 'fba-manage-inventory-cp1252.txt', { date: '2026-11-26' }));
    const [first] = tabRows(addon, 'Inventory');
    expect([first.Date, first.SKU, first.ASIN, first.Product, first.Available, first.Inbound, first.Reserved]).toEqual(['2026-11-26', 'SP-RED-3', 'B0CHILD001', 'Crème brûlée torch – Größe L', '120', '50', '8']);
  });

  it('takes units per day and aged stock from the planning report', () => {
    const addon = freshAddon();
    summaryOf(importFixture(addon, 'fba-inventory-planning.txt'));
    const rows = tabRows(addon, 'Inventory');
    const old = rows.find((r) => r.SKU === 'SP-OLD-1');
    expect([old?.Date, old?.['Aged 181+ days'], old?.['Units per day']]).toEqual(['2026-11-25', '280', '0.07']);
  });

  it('fills the same row from the inventory report and the Business Report of that day', () => {
    const addon = freshAddon();
    summaryOf(importFixture(addon, 'fba-manage-inventory-cp1252.txt', { date: '2026-11-25' }));
    const summary = summaryOf(importFixture(addon, 'BusinessReport-11-25-26.csv'));
    expect(summary).toMatchObject({ report: 'business-report', tab: 'Inventory', added: 0, updated: 2, skipped: 1 });
    const red = tabRows(addon, 'Inventory').find((r) => r.SKU === 'SP-RED-3');
    expect([red?.Available, red?.Sessions, red?.['Units ordered'], red?.Sales]).toEqual(['120', '120', '6', '1,234.56']);
  });

  it('asks for the day of a Business Report whose name has none, then imports it with the day given', () => {
    const addon = freshAddon();
    const asked = summaryOf(importFixture(addon, 'business-no-date.csv'));
    expect(asked.status).toBe('needs-date');
    expect(asked.message).toMatch(/date/i);
    expect(addon.book.sheetByName('Inventory')).toBeUndefined();
    const done = summaryOf(importFixture(addon, 'business-no-date.csv', { date: '2026-11-20' }));
    expect(done.status).toBe('done');
    expect(tabRows(addon, 'Inventory').every((r) => r.Date === '2026-11-20')).toBe(true);
  });

  it('sums All Orders per ASIN and day into Units ordered and Sales', () => {
    const addon = freshAddon();
    const summary = summaryOf(importFixture(addon, 'all-orders.txt'));
    expect(summary).toMatchObject({ report: 'all-orders', tab: 'Inventory' });
    expect(summary.added).toBeGreaterThan(0);
    expect(tabRows(addon, 'Inventory').every((r) => r.ASIN !== '' && r['Units ordered'] !== '')).toBe(true);
  });

  it('refuses a date that is not a day, changing nothing', () => {
    const addon = freshAddon();
    const before = fileWithoutClock(addon);
    const report = importFixture(addon, 'business-no-date.csv', { date: '2026-02-30' });
    expect(report.error).toMatch(/not a date/);
    expect(fileWithoutClock(addon)).toBe(before);
  });
});

describe('importReport in several calls', () => {
  it('stops after the rows asked for, then goes on without losing or doubling a row', () => {
    const addon = freshAddon();
    const text = targetingCsv([['A', 'mug', 'EXACT', 1], ['B', 'cup', 'EXACT', 2], ['C', 'jar', 'EXACT', 3]]);
    const runs = [1, 2, 3].map(() => summaryOf(importText(addon, text, 't.csv', { rowsPerCall: 1 })));
    expect(runs.map((r) => [r.status, r.progress.written, r.progress.total])).toEqual([
      ['partial', 1, 3],
      ['partial', 2, 3],
      ['done', 3, 3],
    ]);
    expect(runs[2]).toMatchObject({ added: 3, updated: 0, skipped: 0 });
    expect(tabRows(addon, 'Ads').map((r) => r.Campaign)).toEqual(['A', 'B', 'C']);
  });

  it('keeps no checkpoint once the import is done', () => {
    const addon = freshAddon();
    const text = targetingCsv([['A', 'mug', 'EXACT', 1], ['B', 'cup', 'EXACT', 2]]);
    summaryOf(importText(addon, text, 't.csv', { rowsPerCall: 1 }));
    expect(addon.toFile().properties?.document?.['opsdesk.importCheckpoint']).toBeDefined();
    summaryOf(importText(addon, text, 't.csv', { rowsPerCall: 1 }));
    expect(addon.toFile().properties?.document?.['opsdesk.importCheckpoint']).toBeUndefined();
  });

  it('starts afresh when another file follows an unfinished import', () => {
    const addon = freshAddon();
    summaryOf(importText(addon, targetingCsv([['A', 'mug', 'EXACT', 1], ['B', 'cup', 'EXACT', 2]]), 'first.csv', { rowsPerCall: 1 }));
    const other = summaryOf(importText(addon, targetingCsv([['C', 'jar', 'EXACT', 3]]), 'other.csv'));
    expect(other).toMatchObject({ status: 'done', added: 1, progress: { written: 1, total: 1 } });
  });
});
