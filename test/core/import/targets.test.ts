import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlanProblem, planImport, type ExistingCell, type ImportPlan, type TabView } from '../../../src/core/import/plan';
import { cubicFeet, optionIndex, targetRows } from '../../../src/core/import/targets';
import { INVENTORY } from '../../../src/core/tabs/inventory';
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

  it('keys All Orders rows by day, SKU and ASIN, the SKU left blank, summing channels', () => {
    const t = targetRows(parsed('all-orders.txt'), { day: '2026-11-26' });
    expect(t.keyColumns).toEqual(['date', 'sku', 'asin']);
    expect(t.sum).toEqual(['unitsOrdered', 'sales']);
    expect(t.rows.every((r) => r.sku === '')).toBe(true);
  });
});

describe('All Orders planned into the Inventory tab', () => {
  const HEADERS = INVENTORY.columns.map((c) => c.header.en);
  const at = (id: string) => INVENTORY.columns.findIndex((c) => c.id === id);
  /** An Inventory row (dates as the server reads them: `yyyy-mm-dd` text). */
  const invRow = (cells: Readonly<Record<string, ExistingCell>>): ExistingCell[] => INVENTORY.columns.map((c) => cells[c.id] ?? null);
  const view = (...rows: ExistingCell[][]): TabView => ({ headers: HEADERS, remembered: {}, rows });
  /** An All Orders file of one ASIN on 9 Mar 2026. */
  const allOrders = (units: number, sales: number) => targetRows({ ...parsed('all-orders.txt'), records: [{ date: '2026-03-09', asin: 'B0SPLIT001', marketplace: 'Amazon.com', orders: units, units, sales, currency: 'USD', stackedPromotionLines: 0 }] } as ParsedReport, { day: '2026-03-10' });
  const planned = (v: TabView, t: ReturnType<typeof targetRows>): ImportPlan => {
    const p = planImport(INVENTORY, v, t, 'en');
    if (isPlanProblem(p)) throw new Error(p.problem.key);
    return p;
  };
  /** The view after the plan's writes (an apostrophe only says "text"; Sheets does not keep it). */
  const applied = (v: TabView, p: ImportPlan): TabView => {
    const rows = v.rows.map((r) => [...r]);
    for (const block of p.chunks.flatMap((c) => c.blocks)) {
      block.values.forEach((line, i) => {
        const r = block.row - 2 + i;
        while (rows.length <= r) rows.push(HEADERS.map(() => null));
        line.forEach((x, j) => (rows[r][block.column - 1 + j] = x === '' ? null : typeof x === 'string' ? x.replace(/^'/, '') : x));
      });
    }
    return { ...v, rows };
  };
  // An ASIN sold under two SKUs (FBA and FBM): Business Report rows 3 and 4, All Orders 7.
  const businessReport = view(invRow({ date: '2026-03-09', sku: 'SPLIT-FBA', asin: 'B0SPLIT001', unitsOrdered: 3, sales: 30 }), invRow({ date: '2026-03-09', sku: 'SPLIT-FBM', asin: 'B0SPLIT001', unitsOrdered: 4, sales: 40 }));

  it.each<[string, TabView]>([
    ["the SKUs' Business Report rows", businessReport],
    ["a SKU's stock row of the day", view(invRow({ date: '2026-03-09', sku: 'SPLIT-FBA', asin: 'B0SPLIT001', available: 40 }))],
  ])('adds the ASIN\'s day as a row of its own, never writing into %s', (_, v) => {
    const p = planned(v, allOrders(7, 70));
    expect([p.added, p.updated]).toEqual([1, 0]);
    const after = applied(v, p);
    expect(after.rows.slice(0, v.rows.length)).toEqual(v.rows);
    expect([after.rows[v.rows.length][at('sku')], after.rows[v.rows.length][at('unitsOrdered')]]).toEqual([null, 7]);
  });

  it('adds nothing when the same All Orders file is imported again', () => {
    const once = applied(businessReport, planned(businessReport, allOrders(7, 70)));
    expect(planned(once, allOrders(7, 70))).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
  });

  it('updates its own row when a corrected All Orders file is imported', () => {
    const once = applied(businessReport, planned(businessReport, allOrders(7, 70)));
    const p = planned(once, allOrders(8, 80));
    expect([p.added, p.updated]).toEqual([0, 1]);
    expect(applied(once, p).rows[2][at('unitsOrdered')]).toBe(8);
  });
});
