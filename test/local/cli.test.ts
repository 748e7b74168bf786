import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from './cli';
import type { WorkbookFile } from '../runtime/workbook-file';
import { demoBook } from '../bundle/load';
import { repoRoot } from '../runtime/repo-root';

function bookFile(book?: WorkbookFile): string {
  const path = join(mkdtempSync(join(tmpdir(), 'opsdesk-runner-')), 'book.json');
  if (book) writeFileSync(path, JSON.stringify(book));
  return path;
}

const fixture = (name: string) => join(repoRoot(), 'test/fixtures/reports', name);

const saved = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as WorkbookFile;

describe('the runner (npm run local)', () => {
  it('open prints the menu built in the book’s locale', () => {
    const book = bookFile(demoBook());
    const { out, code } = runCommand(['open', '--book', book, '--locale', 'zh-TW']);
    expect(code).toBe(0);
    expect(JSON.parse(out).menus[0].items[0]).toEqual({ caption: '開啟運營操盤台', functionName: 'openSidebar' });
  });

  it('open runs in AuthMode.NONE for a file where the add-on is not enabled', () => {
    const book = bookFile({ ...demoBook(), addonEnabled: false });
    expect(JSON.parse(runCommand(['open', '--book', book]).out).authMode).toBe('NONE');
  });

  it('formula prints a value or an array, custom functions included', () => {
    const book = bookFile(demoBook());
    expect(runCommand(['formula', '=DAYS_OF_STOCK(300, 20)', '--book', book])).toEqual({ out: '15', code: 0 });
    expect(JSON.parse(runCommand(['formula', '=DAYS_OF_STOCK(Inventory!D2:D3, 10)', '--book', book]).out)).toEqual([[42], [9.5]]);
  });

  it('call prints the return value as JSON and saves what the call changed', () => {
    const book = bookFile(demoBook());
    const { out, code } = runCommand(['call', 'setUserLocale', '"zh-CN"', '--book', book]);
    expect(code).toBe(0);
    expect(JSON.parse(out).locale).toBe('zh-CN');
    expect(saved(book).properties?.user).toEqual({ 'opsdesk.locale': 'zh-CN' });
    expect(JSON.parse(runCommand(['open', '--book', book]).out).menus[0].items[0].caption).toBe('打开运营操盘台');
  });

  it('call exits 1 with the add-on’s error message (a sidebar global’s carries the mark the sidebar reads)', () => {
    const book = bookFile(demoBook());
    expect(runCommand(['call', 'setUserLocale', '"fr"', '--book', book])).toEqual({ out: 'Ops Desk: Unknown language: fr', code: 1 });
    expect(runCommand(['call', 'noSuchGlobal', '--book', book]).code).toBe(1);
  });

  it('call exits 1 with the alert a failed menu action showed (its boundary recorded the failure)', () => {
    const book = bookFile(demoBook());
    expect(runCommand(['call', 'setupTabs', '["nope"]', '--locale', 'en', '--book', book])).toEqual({ out: expect.stringMatching(/^There is no tab "nope"\. Tabs: today, /) as unknown as string, code: 1 });
  });

  it('call exits 0 for a menu action that shows an alert and succeeds', () => {
    const book = bookFile(demoBook());
    expect(runCommand(['call', 'showAbout', '--locale', 'en', '--book', book]).code).toBe(0);
  });

  it('show prints a tab’s displayed values as CSV or JSON', () => {
    const book = bookFile(demoBook());
    const csv = runCommand(['show', 'Inventory', '--book', book]).out.split('\n');
    expect(csv[0]).toBe('SKU,ASIN,Title,Available,Inbound,D-7,D-6,D-5,D-4,D-3,D-2,D-1,Days of stock,Stock-out risk,Reorder qty (45-day cover),Stock-out date');
    expect(csv[1]).toBe('LH-MUG-01,B0DEMO0001,"Ceramic pour-over mug, 350 ml",420,0,14,17,12,15,16,13,18,28.0,Reorder,255,2026-12-25');
    const json = JSON.parse(runCommand(['show', 'Competitors', '--book', book, '--format', 'json']).out) as string[][];
    expect(json[1].slice(0, 3)).toEqual(['B0RIVAL001', 'BrewCraft', '$22.99']);
  });

  it('tick fires a due time-driven trigger and saves the clock', () => {
    const trigger = { id: '7', handler: 'getSidebarState', type: 'CLOCK', user: 'operator@lotushome.example', documentId: 'local-lotus-home-demo-store-', timezone: 'America/Los_Angeles', createdAt: '2026-11-27T17:00:00.000Z', every: { unit: 'hours', n: 1 }, nextRunAt: '2026-11-27T17:30:00.000Z' };
    const book = bookFile({ ...demoBook(), triggers: [trigger] });
    const { out, code } = runCommand(['tick', '2026-11-27T19:00:00Z', '--book', book]);
    expect(code).toBe(0);
    expect(out.split('\n').filter((l) => l.startsWith('getSidebarState: ok'))).toHaveLength(2);
    expect(saved(book).clock).toBe('2026-11-27T19:00:00.000Z');
  });

  it('starts an empty workbook when the file is missing, and writes it', () => {
    const book = bookFile();
    expect(existsSync(book)).toBe(false);
    expect(runCommand(['formula', '=1+1', '--book', book])).toEqual({ out: '2', code: 0 });
    expect(saved(book).sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('import lands a report in its tab, prints the summary and saves the book', () => {
    const book = bookFile(demoBook());
    const { out, code } = runCommand(['import', fixture('sp-targeting-en.csv'), '--book', book]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Sponsored Products Targeting report → Ads: 3 added, 0 updated, 0 skipped \(1 execution\)/);
    expect(runCommand(['import', fixture('sp-targeting-en.csv'), '--book', book]).out).toMatch(/0 added, 0 updated, 3 skipped/);
  });

  it('import asks for --date for a Business Report without a day, and takes it', () => {
    const book = bookFile(demoBook());
    expect(runCommand(['import', fixture('business-no-date.csv'), '--book', book])).toMatchObject({ code: 2, out: expect.stringMatching(/--date yyyy-mm-dd/) });
    expect(runCommand(['import', fixture('business-no-date.csv'), '--book', book, '--date', '2026-11-25'])).toMatchObject({ code: 0, out: expect.stringMatching(/→ Inventory: 1 added, 0 updated, 0 skipped \(1 execution\)$/) });
  });

  it('import of a malformed file exits 1 with its message and leaves the book byte-identical', () => {
    const book = bookFile(demoBook());
    const before = readFileSync(book);
    expect(runCommand(['import', fixture('report.pdf.csv'), '--book', book])).toMatchObject({ code: 1, out: expect.stringMatching(/is a PDF, not a report/) });
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('formula prints a date as the calendar day in the book’s time zone', () => {
    const book = bookFile({ timeZone: 'Asia/Shanghai', sheets: [{ name: 'S' }] });
    expect(runCommand(['formula', '=STOCKOUT_DATE(300, 20, "2026-11-27")', '--book', book])).toEqual({ out: '2026-12-12', code: 0 });
    expect(runCommand(['formula', '=DATE(2026,1,1)+TIME(13,30,0)', '--book', book]).out).toBe('2026-01-01 13:30:00');
  });

  it('formula exits 1 with the error text and its message', () => {
    const book = bookFile(demoBook());
    const { out, code } = runCommand(['formula', '=DAYS_OF_STOCK("lots", 3)', '--book', book]);
    expect(code).toBe(1);
    expect(out).toMatch(/^#ERROR! DAYS_OF_STOCK: available must be a number/);
  });

  it('call --as sidebar runs a global as google.script.run would', () => {
    const book = bookFile(demoBook());
    expect(runCommand(['call', 'calculate', '"DAYS_OF_STOCK"', '[300, 20]', '--as', 'sidebar', '--book', book])).toEqual({ out: '15', code: 0 });
    expect(runCommand(['call', 'calculate', '"DAYS_OF_STOCK"', '[300, 20]', '--as', 'dialog', '--book', book]).code).toBe(2);
  });

  it('tick refuses to move the clock back', () => {
    const book = bookFile(demoBook());
    const { out, code } = runCommand(['tick', '2020-01-01T00:00:00Z', '--book', book]);
    expect(code).toBe(2);
    expect(out).toMatch(/cannot go back/);
  });

  it('rejects an unknown flag or format with a usage error', () => {
    const book = bookFile(demoBook());
    expect(runCommand(['show', 'Inventory', '--format', 'xml', '--book', book]).code).toBe(2);
    expect(runCommand(['show', 'Inventory', '--bogus', '--book', book]).code).toBe(2);
  });

  it('explains its usage', () => {
    expect(runCommand([]).code).toBe(2);
    expect(runCommand(['show', 'X']).out).toMatch(/--book <file.json> is required/);
  });
});

describe('the saved workbook file', () => {
  it('is stable: loading and saving the demo store twice shows and saves the same thing', () => {
    const book = bookFile(demoBook());
    const first = runCommand(['show', 'Inventory', '--book', book]).out;
    const savedOnce = readFileSync(book, 'utf8');
    const second = runCommand(['show', 'Inventory', '--book', book]).out;
    expect(second).toBe(first);
    expect(second).not.toContain('#REF!');
    expect(readFileSync(book, 'utf8')).toBe(savedOnce);
    expect(runCommand(['show', 'Ads', '--book', book]).out.split('\n')[1]).toMatch(/%,.*%$/);
  });

  it('keeps formulas, not the values they spilled', () => {
    const book = bookFile(demoBook());
    runCommand(['show', 'Inventory', '--book', book]);
    const cells = saved(book).sheets[0].cells ?? {};
    expect(cells.M2).toEqual({ input: '=DAYS_OF_STOCK(D2:D6, F2:L6)', format: '0.0' });
    expect(cells.M3).toEqual({ format: '0.0' });
    expect(cells.N3).toBeUndefined();
  });
});
