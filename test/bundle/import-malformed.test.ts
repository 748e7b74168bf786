import { describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import type { WorkbookFile } from '../runtime/workbook-file';
import { emptyBook, putRows, setUp } from './tabs-helpers';
import { fileWithoutClock, importFixture, importText } from './import-helpers';

let base: WorkbookFile | null = null;
/** A workbook with Ads and Inventory set up and a row in each, as a file. */
function bookWithData(): WorkbookFile {
  if (!base) {
    base = setUp(emptyBook(), 'en', [['ads', 'inventory']]).toFile();
    putRows(base, 'ads', [{ date: '2026-11-01', campaign: 'Mine', impressions: 7 }]);
    putRows(base, 'inventory', [{ date: '2026-11-01', sku: 'SKU-1', available: 5 }]);
  }
  return structuredClone(base);
}

describe('importReport refuses malformed files, changing nothing', () => {
  it.each([
    ['empty.csv', /empty/],
    ['bom-only.csv', /empty/],
    ['wrong-delimiter.csv', /one column|delimit|separat/i],
    ['truncated.csv', /cut off|truncat|incomplete/i],
    ['truncated-in-quotes.csv', /cut off|truncat|incomplete/i],
    ['binary.csv', /not a report/],
    ['report.pdf.csv', /PDF/],
    ['broken.xlsx', /damaged XLSX/],
    ['zip-without-workbook.xlsx', /damaged XLSX/],
    ['mixed-encoding.csv', /two text encodings/],
    ['not-a-report.csv', /not .*report|recogni/i],
    ['ads-missing-columns.csv', /missing|lacks|closest|Sponsored Products/i],
  ])('%s: a clear message, the workbook byte-identical', (name, message) => {
    const addon = LocalAddon.load({ book: bookWithData(), locale: 'en' });
    const before = fileWithoutClock(addon);
    const report = importFixture(addon, name);
    expect(report.error).toMatch(message);
    expect(report.error).toContain(name);
    expect(fileWithoutClock(addon)).toBe(before);
  });

  it('says what is wrong in the user language (简体中文)', () => {
    const addon = LocalAddon.load({ book: bookWithData(), locale: 'zh-CN' });
    const report = importFixture(addon, 'report.pdf.csv');
    expect(report.error).toMatch(/PDF 文件，不是报告/);
  });

  it('refuses pasted text that is no report, changing nothing', () => {
    const addon = LocalAddon.load({ book: bookWithData(), locale: 'en' });
    const before = fileWithoutClock(addon);
    const report = importText(addon, 'hello\nworld\n');
    expect(report.error).toBeDefined();
    expect(fileWithoutClock(addon)).toBe(before);
  });

  it('refuses content that is not base64 when base64 is said', () => {
    const addon = LocalAddon.load({ book: bookWithData(), locale: 'en' });
    const before = fileWithoutClock(addon);
    const report = addon.call('importReport', ['x.csv', '%%% not base64 %%%', { base64: true }], 'sidebar');
    expect(report.error).toMatch(/not a report|empty/);
    expect(fileWithoutClock(addon)).toBe(before);
  });

  it('refuses a report when the tab lost a column that tells its rows apart (header cleared), writing nothing', () => {
    const file = bookWithData();
    const ads = file.sheets.find((s) => s.name === 'Ads');
    if (!ads?.cells) throw new Error('no Ads');
    ads.cells['C1'] = '';
    const addon = LocalAddon.load({ book: file, locale: 'en' });
    const before = fileWithoutClock(addon);
    const report = importFixture(addon, 'sp-targeting-en.csv');
    expect(report.error).toMatch(/no "Campaign" column/);
    expect(fileWithoutClock(addon)).toBe(before);
  });
});
