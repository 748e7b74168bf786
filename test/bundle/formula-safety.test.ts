/**
 * Issue 7, through the built bundle in the local runtime: every row of its table typed into a cell,
 * the spreadsheet's language and locale, the four new formulas, and the service calls a custom
 * function pays for what it needs.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../runtime/workbook-file';
import { loadAddon } from './load';

const book = (extra: Partial<WorkbookFile> = {}): WorkbookFile => ({ timeZone: 'UTC', user: { locale: 'en' }, sheets: [{ name: 'S' }], ...extra });

/** What a cell shows for `formula` in a fresh workbook. */
const cell = (formula: string, extra: Partial<WorkbookFile> = {}) => loadAddon({ book: book(extra) }).formula(formula);

describe('issue 7, typed into a cell', () => {
  it('=BREAKEVEN_ACOS(30) names the missing argument instead of showing 1', () => {
    expect(cell('=BREAKEVEN_ACOS(30)')).toBe('#ERROR! BREAKEVEN_ACOS is missing unit_costs: write BREAKEVEN_ACOS(price, unit_costs).');
  });

  it('=ACOS_ADS(10, 40, 99) says it takes two arguments instead of showing 0.25', () => {
    expect(cell('=ACOS_ADS(10, 40, 99)')).toBe('#ERROR! ACOS_ADS takes 2 arguments, not 3: ACOS_ADS(spend, ad_sales).');
  });

  it('=TARGET_ACOS(BREAKEVEN_ACOS(0, 5), 0.05) stays "no value" instead of -0.05', () => {
    expect(cell('=TARGET_ACOS(BREAKEVEN_ACOS(0, 5), 0.05)')).toBe('—');
  });

  it('=SUGGESTED_BID(20, CVR(0, 0), 0.3) stays "no value" instead of 0', () => {
    expect(cell('=SUGGESTED_BID(20, CVR(0, 0), 0.3)')).toBe('—');
  });

  it('=BREAKEVEN_ACOS(30, {8, "15%", 4.5}) reads 15% as a share of the price, not $0.15', () => {
    expect(cell('=BREAKEVEN_ACOS(30, {8, "15%", 4.5})')).toBeCloseTo(13 / 30, 12);
  });

  it('PROMO_STACK with a discount of "$5" never reads it as 5 %', () => {
    expect(cell('=PROMO_STACK("B0A", "Coupon", "2026-11-20", "2026-11-30", "$5")')).toBe('money, not a percent: $5');
    expect(cell('=PROMO_STACK("B0A", "Coupon", "2026-11-20", "2026-11-30", "$5", 50)')).toEqual([[0.1, 45]]);
  });

  it('=STOCKOUT_DATE(300, 20, "11.12.2026") reads the text in the spreadsheet’s locale: 11 December in de_DE', () => {
    expect(cell('=STOCKOUT_DATE(300, 20, "11.12.2026")', { locale: 'de_DE' })).toEqual(new Date(Date.UTC(2026, 11, 26)));
    expect(cell('=STOCKOUT_DATE(300, 20, "11.12.2026")', { locale: 'en_US' })).toEqual(new Date(Date.UTC(2026, 10, 27)));
    expect(cell('=STOCKOUT_DATE(300, 20, "2026-12-11")', { locale: 'de_DE' })).toEqual(new Date(Date.UTC(2026, 11, 26)));
  });

  it('=ACOS_ADS({""; 10}, {21; 40}) shows no data for the blank-spend row instead of 0', () => {
    expect(cell('=ACOS_ADS({""; 10}, {21; 40})')).toEqual([['—'], [0.25]]);
  });

  it('=ACOS_ADS({1;2;3}, {4,5,6}) says the shapes differ instead of spilling a 3×3 grid', () => {
    expect(cell('=ACOS_ADS({1;2;3}, {4,5,6})')).toBe('#ERROR! ACOS_ADS: ad_sales is a row (1×3) but spend is a column (3×1). Give columns of the same height, e.g. D2:D and E2:E.');
  });

  it('keeps DAYS_OF_STOCK’s block of recent days per SKU', () => {
    const addon = loadAddon({ book: { ...book(), sheets: [{ name: 'S', cells: { A2: 70, B2: 5, C2: 9, A3: 30, B3: 3, C3: 3, E2: '=DAYS_OF_STOCK(A2:A3, B2:C3)' } }] } });
    expect(addon.formula('=E2')).toBe(10);
    expect(addon.formula('=E3')).toBe(10);
  });

  it('gives spend without sales a number above any target, so "ACOS over 30 %" finds it', () => {
    const addon = loadAddon({
      book: { ...book(), sheets: [{ name: 'S', cells: { A2: 10, B2: 0, A3: 5, B3: 40, A4: 0, B4: 0, D2: '=ACOS_ADS(A2:A4, B2:B4)' } }] },
    });
    expect(addon.formula('=COUNTIF(D2:D4, ">0.3")')).toBe(1);
    expect(addon.formula('=D2>0.3')).toBe(true);
    expect(addon.formula('=D4')).toBe('—');
  });
});

describe('issue 7’s other points, typed into a cell', () => {
  it('applies the fee table in force on the date asked', () => {
    expect(cell('=AGED_SURCHARGE(280, 1, 10, "2023-06-01")')).toBeCloseTo(38, 10);
    expect(cell('=AGED_SURCHARGE(280, 1, 10, "2026-06-01")')).toBeCloseTo(54.5, 10);
    expect(cell('=AGED_SURCHARGE(500, 0.01, 10, "2026-06-01")')).toBeCloseTo(3.5, 10);
    expect(cell('=LOW_INVENTORY_FEE_RISK(18, 18, 12)')).toBe(false);
  });

  it('stacks promotions by Amazon’s rules, reading each row’s type', () => {
    const addon = loadAddon({
      book: {
        ...book(),
        sheets: [
          {
            name: 'Promotions',
            cells: {
              A2: 'B0A', B2: '7-Day Deal', C2: "'2026-11-20", D2: "'2026-11-30", E2: 0.2,
              A3: 'B0A', B3: 'Coupon', C3: "'2026-11-25", D3: "'2026-11-28", E3: 0.05,
              A4: 'B0B', B4: 'Lightning Deal', C4: "'2026-11-20", D4: "'2026-11-21", E4: 0.3,
              A5: 'B0B', B5: 'Sale price', C5: "'2026-11-01", D5: "'2026-11-30", E5: 0.1,
              G2: '=PROMO_STACK(A2:A, B2:B, C2:C, D2:D, E2:E, 40, 31)',
            },
          },
        ],
      },
    });
    expect(addon.formula('={G2, H2, I2}', 'Promotions')).toEqual([[0.25, 30, true]]);
    expect(addon.formula('=G3', 'Promotions')).toBe(0.25);
    expect(addon.formula('=G4', 'Promotions')).toBe('conflict: a Lightning Deal cannot run with a price discount');
  });
});

describe('issue 7, through the built bundle', () => {
  it('names an error cell inside a range with its own name and its place (Sheets passes the error’s text)', () => {
    const addon = loadAddon({ book: book() });
    expect(() => addon.runCustomFunction('ACOS_ADS', [[[5], [6]], [['#DIV/0!'], ['#N/A']]])).toThrow(
      'ACOS_ADS: #DIV/0! in ad_sales, item 1 of the range. Fix that cell, or wrap its formula in IFERROR.',
    );
  });

  it('forwards exactly the arguments Sheets passed (the generated stub does not pad or drop any)', () => {
    const addon = loadAddon({ book: book() });
    expect(() => addon.runCustomFunction('BREAKEVEN_ACOS', [30])).toThrow(/^BREAKEVEN_ACOS is missing unit_costs/);
    expect(addon.runCustomFunction('AGED_SURCHARGE', [280, 1, 10])).toBeCloseTo(54.5, 10);
    expect(addon.runCustomFunction('AGED_SURCHARGE', [280, 1, 10, '2023-06-01'])).toBeCloseTo(38, 10);
  });

  it('computes the four new formulas', () => {
    const addon = loadAddon({ book: book() });
    expect(addon.runCustomFunction('NET_PROFIT_PER_UNIT', [30, [[8, 4.5, 4.5]], 200, 100])).toBe(11);
    expect(addon.runCustomFunction('ROI', [11, 22])).toBe(0.5);
    expect(addon.runCustomFunction('UNIT_SESSION_PCT', [12, 400])).toBe(0.03);
    expect(addon.formula('=REORDER_BY_DATE(300, 5, "2026-11-27", 45)')).toEqual(new Date(Date.UTC(2026, 11, 12)));
  });
});

describe('one language per spreadsheet', () => {
  it('writes status words in the language chosen for the spreadsheet, whoever recalculates', () => {
    const properties = { document: { 'opsdesk.sheetLanguage': 'zh-CN' } };
    expect(cell('=HEALTH_STATUS("ODR", "1.5%")', { properties, user: { locale: 'en' } })).toBe('超标');
    expect(cell('=HEALTH_STATUS("ODR", "1.5%")', { properties, user: { locale: 'zh-TW' } })).toBe('超标');
    expect(cell('=RANK_CHANGE("NR", 5)', { properties, user: { locale: 'en' } })).toBe('新进榜');
  });

  it('falls back to the spreadsheet’s locale, not the user’s', () => {
    expect(cell('=HEALTH_STATUS("ODR", "1.5%")', { locale: 'zh_TW', user: { locale: 'en' } })).toBe('超標');
    expect(cell('=HEALTH_STATUS("ODR", "1.5%")', { locale: 'en_US', user: { locale: 'zh-CN' } })).toBe('BREACH');
  });

  it('keeps error messages in the user’s language', () => {
    const properties = { document: { 'opsdesk.sheetLanguage': 'en' } };
    expect(cell('=HEALTH_STATUS("ODR")', { properties, user: { locale: 'zh-CN' } })).toBe('#ERROR! HEALTH_STATUS 缺少参数 value：请写成 HEALTH_STATUS(metric, value)。');
  });
});

describe('service calls per custom-function call', () => {
  const calls = (name: string, args: unknown[], extra: Partial<WorkbookFile> = {}) => {
    const addon = loadAddon({ book: book(extra) });
    addon.runCustomFunction(name, args);
    return addon.log.at(-1)?.calls ?? {};
  };

  it('a plain formula reads only the user’s locale (1 call)', () => {
    expect(calls('ACOS_ADS', [10, 40])).toEqual({ 'Session.getActiveUserLocale': 1 });
  });

  it('a date formula also reads the spreadsheet’s time zone and locale (4 calls)', () => {
    expect(calls('STOCKOUT_DATE', [300, 20, '2026-11-27'])).toEqual({
      'Session.getActiveUserLocale': 1,
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getSpreadsheetTimeZone': 1,
      'Spreadsheet.getSpreadsheetLocale': 1,
    });
  });

  it('a formula with status words also reads the spreadsheet’s language: 3 calls when chosen, 5 when not', () => {
    const chosen = calls('HEALTH_STATUS', ['ODR', '0.5%'], { properties: { document: { 'opsdesk.sheetLanguage': 'en' } } });
    expect(Object.values(chosen).reduce((a, b) => a + b, 0)).toBe(3);
    const fallback = calls('HEALTH_STATUS', ['ODR', '0.5%']);
    expect(Object.values(fallback).reduce((a, b) => a + b, 0)).toBe(5);
  });
});

describe('an error cell named with its sheet row', () => {
  // Sheets hands a custom function an error cell inside a range as the error's text; a literal
  // "#DIV/0!" text cell reaches it the same way in the local runtime.
  const sheet = (name: string) => ({
    ...book(),
    sheets: [{ name, cells: { B12: 5, B13: 6, D12: 40, D13: "'#DIV/0!", F12: '=ACOS_ADS(B12:B13, D12:D13)' } }],
  });

  it('says "#DIV/0! in ad_sales, row 13", reading the calling cell’s formula only on the error path', () => {
    const addon = loadAddon({ book: sheet('Ads') });
    expect(addon.formula('=F12', 'Ads')).toBe('#ERROR! ACOS_ADS: #DIV/0! in ad_sales, row 13. Fix that cell, or wrap its formula in IFERROR.');
    const run = addon.log.filter((r) => r.name === 'ACOS_ADS').at(-1);
    expect(run?.calls).toEqual({ 'Session.getActiveUserLocale': 1, 'SpreadsheetApp.getActiveRange': 1, 'Range.getFormula': 1 });
  });

  it('finds the calling cell on a tab whose name needs quotes', () => {
    const addon = loadAddon({ book: sheet("Ads 'Nov'") });
    expect(addon.formula('=F12', "Ads 'Nov'")).toMatch(/#DIV\/0! in ad_sales, row 13\./);
  });

  it('falls back to the item’s place when the range is an expression', () => {
    const addon = loadAddon({ book: { ...book(), sheets: [{ name: 'S', cells: { B2: 5, D2: "'#N/A", F2: '=ACOS_ADS(B2:B2, IF(1, D2:D2))' } }] } });
    expect(addon.formula('=F2')).toBe('#ERROR! ACOS_ADS: #N/A in ad_sales, item 1 of the range. Fix that cell, or wrap its formula in IFERROR.');
  });

  it('costs no extra call when no cell is in error', () => {
    const addon = loadAddon({ book: { ...book(), sheets: [{ name: 'S', cells: { B2: 5, D2: 40, F2: '=ACOS_ADS(B2:B2, D2:D2)' } }] } });
    expect(addon.formula('=F2')).toBe(0.125);
    expect(addon.log.filter((r) => r.name === 'ACOS_ADS').at(-1)?.calls).toEqual({ 'Session.getActiveUserLocale': 1 });
  });
});

describe('the bundle', () => {
  it('carries no formula docs beyond the one-line JSDoc of each stub (Code.js size is custom-function latency)', async () => {
    const { distFile } = await import('./load');
    const code = distFile('Code.js');
    for (const docOnly of ['The average of an ACOS column', 'Sources: ', 'Text dates are read in the spreadsheet', 'PARAM_DOCS', 'whichever is greater']) {
      expect(code, docOnly).not.toContain(docOnly);
    }
  });
});
