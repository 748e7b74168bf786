import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionIndex, targetRows } from '../../../src/core/import/targets';
import { parseReportText, type ParsedReport } from '../../../src/core/reports/parse-report';
import { repoRoot } from '../../runtime/repo-root';

function parsed(name: string, date?: string): ParsedReport {
  const text = readFileSync(join(repoRoot(), 'test/fixtures/reports', name), 'utf8');
  const outcome = parseReportText(text, { fileName: name, ...(date ? { date } : {}) });
  if (!outcome.ok) throw new Error(outcome.problem.key);
  return outcome;
}

describe('targetRows', () => {
  it.each([
    ['sp-targeting-en.csv', 'ads'],
    ['sp-advertised-product-en.csv', 'ads'],
    ['sp-search-term-new-console.csv', 'ads'],
    ['restock-inventory.txt', 'inventory'],
    ['fba-inventory-planning.txt', 'inventory'],
    ['all-orders.txt', 'inventory'],
    ['BusinessReport-11-25-26.csv', 'inventory'],
  ])('sends %s to the %s tab', (name, tab) => {
    expect(targetRows(parsed(name), { day: '2026-11-26' }).tab).toBe(tab);
  });

  it('gives keyword targets their match type, auto targets Auto and product targets Product', () => {
    const rows = targetRows(parsed('sp-targeting-en.csv'), { day: '2026-11-26' }).rows;
    expect(rows.map((r) => optionIndex(r.matchType))).toEqual([0, 3, 4]);
  });

  it('leaves targeting and match type blank for the advertised product report (an ad group row)', () => {
    const rows = targetRows(parsed('sp-advertised-product-en.csv'), { day: '2026-11-26' }).rows;
    expect(rows.every((r) => r.targeting === '' && r.matchType === '')).toBe(true);
  });

  it('dates an undated inventory report with the day given', () => {
    const rows = targetRows(parsed('restock-inventory.txt'), { day: '2026-11-26' }).rows;
    expect(rows.map((r) => r.date)).toEqual(['2026-11-26', '2026-11-26']);
  });

  it('adds up reserved units of the restock report and units per day from the last 30 days', () => {
    const [red] = targetRows(parsed('restock-inventory.txt'), { day: '2026-11-26' }).rows;
    expect([red.reserved, red.dailySales]).toEqual([10, 2.03]);
  });

  it('counts as aged only the buckets that start after 180 days', () => {
    const old = targetRows(parsed('fba-inventory-planning.txt'), { day: '2026-11-26' }).rows.find((r) => r.sku === 'SP-OLD-1');
    expect(old?.aged181).toBe(280);
  });

  it('keys All Orders rows by day and ASIN, summing channels', () => {
    const t = targetRows(parsed('all-orders.txt'), { day: '2026-11-26' });
    expect(t.keyColumns).toEqual(['date', 'asin']);
    expect(t.sum).toEqual(['unitsOrdered', 'sales']);
  });
});
