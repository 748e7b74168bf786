import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cubicFeet, optionIndex, targetRows } from '../../../src/core/import/targets';
import { parseReportText, type ParsedReport } from '../../../src/core/reports/parse-report';
import { repoRoot } from '../../runtime/repo-root';

function parsed(name: string, date?: string): ParsedReport {
  const text = readFileSync(join(repoRoot(), 'test/fixtures/reports', name), 'utf8');
  const outcome = parseReportText(text, { fileName: name, ...(date ? { date } : {}) });
  if (!outcome.ok) throw new Error(outcome.problem.key);
  return outcome;
}

function parseReportTextOf(rows: string[][]): ParsedReport {
  const outcome = parseReportText(rows.map((r) => r.join('\t')).join('\n'), { fileName: 'p.txt' });
  if (!outcome.ok) throw new Error(outcome.problem.key);
  return outcome;
}

describe('cubicFeet', () => {
  it.each([
    [0.1, 'cubic feet', 0.1],
    [0.1, 'Cubic Feet', 0.1],
    [0.1, '', 0.1],
    [1728, 'cubic inches', 1],
    [172.8, 'Cubic Inches', 0.1],
    [1, 'cubic meters', 35.3146667215],
    [28316.846592, 'cubic centimeters', 1],
    [2, '立方英尺', 2],
  ])('reads %d %s as %d cu ft', (volume, unit, expected) => {
    expect(cubicFeet(volume, unit)).toBeCloseTo(expected, 9);
  });

  it.each([
    [0.1, 'litres'],
    [null, 'cubic feet'],
    [-1, 'cubic feet'],
  ])('gives no volume for %s %s', (volume, unit) => {
    expect(cubicFeet(volume, unit)).toBeNull();
  });
});

describe('targetRows', () => {
  it.each([
    ['sp-targeting-en.csv', 'ads'],
    ['sp-advertised-product-en.csv', 'ads'],
    ['sp-search-term-new-console.csv', 'ads'],
    ['restock-inventory.txt', 'inventory'],
    ['fba-inventory-planning.txt', 'inventory'],
    ['fba-inventory-planning-ais.txt', 'inventory'],
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

  it('sums the per-tier units the next assessment charges into the AIS bands of the Inventory tab', () => {
    const old = targetRows(parsed('fba-inventory-planning-ais.txt'), { day: '2026-11-27' }).rows.find((r) => r.sku === 'SP-OLD-1');
    expect(old).toMatchObject({ date: '2026-11-26', aged181: 140, ais181: 30, ais271: 60, ais366: 40, ais456: 10, unitVolume: 0.1 });
  });

  it('leaves an AIS band the report leaves blank as it is', () => {
    const fresh = targetRows(parsed('fba-inventory-planning-ais.txt'), { day: '2026-11-27' }).rows.find((r) => r.sku === 'SP-NEW-2');
    expect([fresh?.ais181, fresh?.ais366, fresh?.unitVolume]).toEqual([0, undefined, 0.0521]);
  });

  it('converts a volume in cubic meters to cubic feet', () => {
    const de = targetRows(parsed('fba-inventory-planning-ais.txt'), { day: '2026-11-27' }).rows.find((r) => r.sku === 'DE-OLD-1');
    expect(de?.unitVolume).toBeCloseTo(0.1, 4);
  });

  it('puts the 365+ count of an older report in the 366–455 band', () => {
    const report = parseReportTextOf([['snapshot-date', 'sku', 'asin', 'available', 'quantity-to-be-charged-ais-365-plus-days'], ['2026-11-25', 'A1', 'B0CHILD001', '10', '7']]);
    expect(targetRows(report, { day: '2026-11-26' }).rows[0]).toMatchObject({ ais366: 7 });
  });

  it('fills the unit volume from Manage FBA Inventory', () => {
    const bytes = readFileSync(join(repoRoot(), 'test/fixtures/reports/fba-manage-inventory-cp1252.txt'));
    const outcome = parseReportText(new TextDecoder('windows-1252').decode(bytes), { fileName: 'fba-manage-inventory-cp1252.txt' });
    if (!outcome.ok) throw new Error(outcome.problem.key);
    const rows = targetRows(outcome, { day: '2026-11-26' }).rows;
    expect(rows.map((r) => r.unitVolume)).toEqual([0.05, 0.05]);
  });

  it('keys All Orders rows by day and ASIN, summing channels', () => {
    const t = targetRows(parsed('all-orders.txt'), { day: '2026-11-26' });
    expect(t.keyColumns).toEqual(['date', 'asin']);
    expect(t.sum).toEqual(['unitsOrdered', 'sales']);
  });
});
