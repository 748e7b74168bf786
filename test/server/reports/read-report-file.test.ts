import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeNote, type ParsedReport, type ReportOutcome } from '../../../src/core/reports/parse-report';
import type { ReportKind } from '../../../src/core/reports/kinds';
import { readReportFile, readXlsxTable } from '../../../src/server/reports/read-report-file';
import { fixtures } from '../../fixtures/reports/fixtures';
import { repoRoot } from '../../runtime/repo-root';
import { installReportServices, signedBytes } from './harness';

const DIR = join(repoRoot(), 'test/fixtures/reports');
const read = (name: string, context: { date?: string } = {}): ReportOutcome => readReportFile(name, signedBytes(readFileSync(join(DIR, name))), context);
const parsed = (name: string, context: { date?: string } = {}): ParsedReport => {
  const out = read(name, context);
  if (!out.ok) throw new Error(describeNote(out.problem, 'en'));
  return out;
};

beforeEach(() => {
  installReportServices();
});

describe('the committed fixtures', () => {
  it.each(fixtures().map((f) => [f.name, f] as const))('%s is exactly what fixtures.ts makes', (name, f) => {
    expect(readFileSync(join(DIR, name)).equals(f.bytes)).toBe(true);
  });
});

describe('every report kind, in English and Chinese, each quirk and encoding', () => {
  // file → kind, header language, records, and the first record's telling fields.
  const cases: [string, ReportKind, 'en' | 'zh', number, Record<string, unknown>, { date?: string }?][] = [
    ['BusinessReport-11-25-26.csv', 'business-report', 'en', 2, { date: '2026-11-25', childAsin: 'B0CHILD001', sessions: 120, buyBoxPercentage: 0.985, orderedProductSales: 1234.56 }],
    ['business-en-legacy.csv', 'business-report', 'en', 1, { date: '2026-11-20', sessions: 1204, buyBoxPercentage: 0.99, unitsOrdered: 61 }, { date: '2026-11-20' }],
    ['business-zh-gen1.csv', 'business-report', 'zh', 1, { sessions: 356, pageViews: 420, buyBoxPercentage: 0.963, orderedProductSales: 359.82, currency: 'USD' }, { date: '2026-11-20' }],
    ['business-zh-gen2.csv', 'business-report', 'zh', 1, { sessions: 356, pageViews: 420, unitsOrdered: 18, unitsOrderedB2b: 0 }, { date: '2026-11-20' }],
    ['BusinessReport-2026-11-25-zh-gen3-gbk.csv', 'business-report', 'zh', 2, { date: '2026-11-25', title: '硅胶锅铲三件套 红色', sessions: 356, sessionsB2b: 2, pageViews: 420 }],
    ['sp-search-term-title-line.csv', 'sp-search-term', 'en', 3, { startDate: '2026-09-01', endDate: '2026-09-07', impressions: 1234, spend: 6, sales: 35.98, orders: 2 }],
    ['sp-search-term-new-console.csv', 'sp-search-term', 'en', 2, { startDate: '2026-08-18', endDate: '2026-08-24', account: 'Spatula US', campaignId: '314159265358979323', spend: 19.84, orders: 4 }],
    ['sp-search-term-zh.csv', 'sp-search-term', 'zh', 2, { startDate: '2026-09-01', campaign: 'SP-锅铲-精准', impressions: 5000, sales: 5000, units: 13 }],
    ['sp-search-term-daily-unicode.txt', 'sp-search-term', 'en', 2, { startDate: '2026-11-25', endDate: '2026-11-25', spend: 3.36 }],
    ['sp-search-term-legacy.xlsx', 'sp-search-term', 'en', 2, { startDate: '2026-09-01', endDate: '2026-09-07', impressions: 1234, spend: 6, sales: 35.98 }],
    ['sp-targeting-en.csv', 'sp-targeting', 'en', 3, { targeting: 'silicone spatula', topOfSearchShare: 0.125 }],
    ['sp-targeting-zh.csv', 'sp-targeting', 'zh', 1, { targeting: '硅胶锅铲', topOfSearchShare: 0.125, spend: 13 }],
    ['sp-advertised-product-en.csv', 'sp-advertised-product', 'en', 2, { startDate: '2026-11-25', advertisedAsin: 'B0CHILD001', spend: 16.22, sales: 59.97 }],
    ['sp-advertised-product-zh.csv', 'sp-advertised-product', 'zh', 1, { advertisedSku: 'SP-RED-3', clicks: 41 }],
    ['fba-manage-inventory-cp1252.txt', 'fba-manage-inventory', 'en', 2, { sku: 'SP-RED-3', title: 'Crème brûlée torch – Größe L', fulfillable: 120, reserved: 8 }],
    ['fba-inventory-planning.txt', 'fba-inventory-planning', 'en', 2, { snapshotDate: '2026-11-25', available: 120, unitsShippedT30: 61 }],
    ['restock-inventory.txt', 'restock-inventory', 'en', 2, { sku: 'SP-RED-3', recommendedReplenishmentQty: 240, recommendedShipDate: '2026-12-01' }],
    ['restock-inventory-jp-sjis.txt', 'restock-inventory', 'en', 1, { title: 'シリコン製ヘラ 3本セット（耐熱）', price: 1980, recommendedShipDate: '2026-12-05' }],
    ['all-orders.txt', 'all-orders', 'en', 3, { date: '2026-11-25', asin: 'B0CHILD001', orders: 2, units: 3 }],
    ['all-orders-utf16be-no-bom.txt', 'all-orders', 'en', 3, { date: '2026-11-25', asin: 'B0CHILD001', orders: 2, units: 3 }],
  ];

  it.each(cases)('%s is a %s report (%s headers) with %i records', (name, kind, language, count, first, context) => {
    const report = parsed(name, context);
    expect(report.kind).toBe(kind);
    expect(report.language).toBe(language);
    expect(report.records).toHaveLength(count);
    expect(report.records[0]).toMatchObject(first);
  });

  it.each([
    ['BusinessReport-11-25-26.csv', 'en'],
    ['business-en-legacy.csv', 'en-legacy'],
    ['business-zh-gen1.csv', 'zh-1'],
    ['business-zh-gen2.csv', 'zh-2'],
    ['BusinessReport-2026-11-25-zh-gen3-gbk.csv', 'zh-3'],
  ])('%s is told apart as Business Report header generation %s', (name, generation) => {
    expect(parsed(name, { date: '2026-11-20' }).generation).toBe(generation);
  });

  it('skips the Business Report totals row (English "Total", Chinese 合计)', () => {
    expect(parsed('BusinessReport-11-25-26.csv').skipped).toBe(1);
    expect(parsed('BusinessReport-2026-11-25-zh-gen3-gbk.csv').skipped).toBe(1);
  });

  it('reads XLSX date cells as days and shared strings as text, a formula-like search term kept as text', () => {
    const report = parsed('sp-search-term-legacy.xlsx');
    expect(report.records.map((r) => (r as { searchTerm: string }).searchTerm)).toEqual(['silicone spatula set', '+1 spatula']);
  });

  it('keeps a formula-like search term of a CSV as the exact text', () => {
    const report = parsed('sp-search-term-title-line.csv');
    expect(report.records.map((r) => (r as { searchTerm: string }).searchTerm)).toContain('=cmd|calc');
  });

  it('reads the new console: IDs unwrapped from ="…", EUR amounts with decimal commas, two accounts and currencies warned', () => {
    const report = parsed('sp-search-term-new-console.csv');
    expect(report.records[1]).toMatchObject({ account: 'Spatula DE', currency: 'EUR', spend: 12.5, sales: 19.99, adGroupId: '161803398874990' });
    expect(report.warnings.map((w) => w.key)).toEqual(['warning.currencies', 'warning.accounts']);
  });

  it('counts All Orders by the Los Angeles day, not UTC, without cancelled or Non-Amazon lines', () => {
    const report = parsed('all-orders.txt');
    const rows = report.records.map((r) => {
      const o = r as { date: string; asin: string; orders: number; units: number };
      return [o.date, o.asin, o.orders, o.units];
    });
    expect(rows).toEqual([
      ['2026-11-25', 'B0CHILD001', 2, 3],
      ['2026-11-26', 'B0CHILD001', 1, 1],
      ['2026-11-25', 'B0CHILD002', 1, 3],
    ]);
    expect(report.warnings.map((w) => w.key)).toEqual(['warning.cancelled', 'warning.otherChannel']);
  });

  it('gives every record a key, and the same file twice gives the same keys', () => {
    const a = parsed('sp-search-term-title-line.csv');
    const b = parsed('sp-search-term-title-line.csv');
    expect(a.keys).toEqual(b.keys);
    expect(new Set(a.keys).size).toBe(a.records.length);
  });
});

describe('malformed files say what is wrong, in every language', () => {
  const cases: [string, string, string][] = [
    ['empty.csv', 'problem.empty', 'empty.csv is empty.'],
    ['bom-only.csv', 'problem.empty', 'bom-only.csv is empty.'],
    ['wrong-delimiter.csv', 'problem.oneColumn', 'no columns separated by commas, tabs or semicolons'],
    ['truncated.csv', 'problem.truncated', 'cut off'],
    ['truncated-in-quotes.csv', 'problem.truncated', 'cut off'],
    ['binary.csv', 'problem.binary', 'is not a report'],
    ['report.pdf.csv', 'problem.pdf', 'is a PDF'],
    ['broken.xlsx', 'problem.brokenXlsx', 'Could not unzip.'],
    ['zip-without-workbook.xlsx', 'problem.brokenXlsx', 'xl/workbook.xml'],
    ['mixed-encoding.csv', 'problem.mixedEncoding', 'mixes two text encodings'],
    ['not-a-report.csv', 'problem.notReport', 'not a report Ops Desk knows'],
    ['business-no-date.csv', 'problem.dateRequired', 'choose the day it covers'],
  ];

  it.each(cases)('%s → %s', (name, key, english) => {
    const out = read(name);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem.key).toBe(key);
    expect(describeNote(out.problem, 'en')).toContain(english);
    expect(describeNote(out.problem, 'zh-CN')).toContain(name);
    expect(describeNote(out.problem, 'zh-TW')).toContain(name);
  });

  it('names the closest report and its missing headers in the user language', () => {
    const out = read('ads-missing-columns.csv');
    if (out.ok) throw new Error('recognised');
    expect(out.problem).toMatchObject({ key: 'problem.unrecognised', closest: 'sp-targeting', missing: ['Ad Group Name', 'Spend'] });
    expect(describeNote(out.problem, 'en')).toBe('ads-missing-columns.csv looks like the Sponsored Products Targeting report, but these columns are missing: "Ad Group Name", "Spend".');
    expect(describeNote(out.problem, 'zh-CN')).toBe('ads-missing-columns.csv 看起来是商品推广投放报告，但缺少这些列：“Ad Group Name”、“Spend”。');
    expect(describeNote(out.problem, 'zh-TW')).toBe('ads-missing-columns.csv 看起來是商品推廣投放報告，但缺少這些欄：“Ad Group Name”、“Spend”。');
  });
});

describe('readXlsxTable', () => {
  it('lays the first sheet out with cells at their columns and dates as ISO days', () => {
    const table = readXlsxTable(signedBytes(readFileSync(join(DIR, 'sp-search-term-legacy.xlsx'))), 'x.xlsx');
    if ('ok' in table) throw new Error('broken');
    expect(table.rows[0][16]).toBe('7 Day Total Sales ');
    expect(table.rows[1].slice(0, 2)).toEqual(['2026-09-01', '2026-09-07']);
    expect(table.rows[2][2]).toBeNull();
    expect(table.rows[1][11]).toBe(1234);
  });
});
