/**
 * The aged-inventory surcharge through the built add-on: the 2026 FBA Inventory report imported into
 * a small book fills Unit volume and the AIS bands, and Refresh now puts the surcharge the 15 Dec
 * assessment charges on Today, with how it was estimated beside it. Amazon's own estimate in that
 * report (73.38 USD for SP-OLD-1) must fall inside the range the alert gives.
 */
import { describe, expect, it } from 'vitest';
import type { LocalAddon } from '../runtime/local-addon';
import { fixtureBytes, importFixture, summaryOf, tabRows } from './import-helpers';
import { emptyBook, setUp } from './tabs-helpers';

/** Today's alert rows (title, money, how) under the alerts' heading (the first row whose second cell is the money heading). */
function todayAlerts(addon: LocalAddon, tab = 'Today'): string[][] {
  const shown = addon.show(tab);
  const heading = shown.findIndex((r) => /^(Alerts|提醒|提醒事項)/.test(r[0] ?? '') && (r[1] ?? '') !== '');
  if (heading < 0) return [];
  const end = shown.findIndex((r, i) => i > heading && (r[0] ?? '') === '');
  return shown.slice(heading + 1, end < 0 ? undefined : end).map((r) => r.slice(0, 3));
}

/** A book with the tabs set up and the report imported (27 Nov 2026, 09:00 in Los Angeles). */
function bookWithReport(locale = 'en'): LocalAddon {
  const addon = setUp(emptyBook(), locale);
  summaryOf(importFixture(addon, 'fba-inventory-planning-ais.txt'));
  return addon;
}

describe('Refresh now with aged stock imported from the FBA Inventory report', () => {
  it('fills the unit volume and the AIS bands of the Inventory tab', () => {
    const old = tabRows(bookWithReport(), 'Inventory').find((r) => r.SKU === 'SP-OLD-1');
    expect([old?.['Unit volume (cu ft)'], old?.['AIS units 181–270 d'], old?.['AIS units 271–365 d'], old?.['AIS units 366–455 d'], old?.['AIS units 456+ d']]).toEqual(['0.100', '30', '60', '40', '10']);
  });

  it("shows the surcharge's money on Today, with Amazon's own estimate inside its range", () => {
    const addon = bookWithReport();
    addon.callValue('refreshNow');
    const row = todayAlerts(addon).find((r) => r[0].startsWith('SP-OLD-1'));
    // At least 30 × 0.1 × 0.50 + 60 × 0.1 × 5.45 + 40 × max(0.1 × 6.90, 0.30) + 10 × max(0.1 × 7.90, 0.35).
    expect(Number(row?.[1])).toBeCloseTo(69.7, 2);
    expect(row?.[2]).toMatch(/^At least 69\.70 USD, at most 75\.40 USD: .*2026-12-15.*30 × 0\.1 × 0\.50 \+ 60 × 0\.1 × 5\.45 \+ 40 × max\(0\.1 × 6\.90, 0\.30\) \+ 10 × max\(0\.1 × 7\.90, 0\.35\) = 69\.70 USD$/);
    const range = /^At least ([\d.]+) USD, at most ([\d.]+) USD/.exec(row?.[2] ?? '');
    expect(amazonsEstimate('SP-OLD-1')).toBeGreaterThanOrEqual(Number(range?.[1]));
    expect(amazonsEstimate('SP-OLD-1')).toBeLessThanOrEqual(Number(range?.[2]));
  });

  it('orders Today by money: the priced aged alerts above an unpriced low-stock alert', () => {
    const addon = bookWithReport();
    addon.callValue('refreshNow');
    expect(todayAlerts(addon).map((r) => [r[0].split(':')[0], r[1]])).toEqual([
      ['SP-OLD-1', '69.7'],
      ['DE-OLD-1', '20.7'],
      ['SP-NEW-2', '—'],
    ]);
  });

  it('says in Chinese how the estimate was made', () => {
    const addon = bookWithReport('zh-CN');
    addon.callValue('refreshNow');
    const row = todayAlerts(addon, '今日').find((r) => r[0].startsWith('SP-OLD-1'));
    expect(row?.[2]).toMatch(/^至少 69\.70 USD，至多 75\.40 USD：/);
  });
});

/** The sum of the report's own `estimated-ais-…` columns for a SKU: Amazon's estimate of the same charge. */
function amazonsEstimate(sku: string): number {
  const [header, ...rows] = fixtureBytes('fba-inventory-planning-ais.txt').toString('utf8').trim().split('\n').map((l) => l.split('\t'));
  const row = rows.find((r) => r[header.indexOf('sku')] === sku) ?? [];
  return header.reduce((sum, h, i) => (h.startsWith('estimated-ais-') ? sum + Number(row[i] || 0) : sum), 0);
}
