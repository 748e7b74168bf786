import { describe, expect, it } from 'vitest';
import type { FakeRange } from './range';
import { open } from './test-kit';

/** Writes `typed` into A1 of a spreadsheet in `locale` (time zone UTC) and reads what Apps Script would. */
function typeInto(locale: string, typed: string, before?: (range: FakeRange) => void) {
  const { sheet, run } = open({ locale, timeZone: 'UTC' });
  run(() => {
    before?.(sheet().getRange('A1'));
    sheet().getRange('A1').setValue(typed);
  });
  return run(() => {
    const a1 = sheet().getRange('A1');
    const value = a1.getValue();
    return { value: value instanceof Date || Object.prototype.toString.call(value) === '[object Date]' ? (value as Date).toISOString().replace('T00:00:00.000Z', '') : value, format: a1.getNumberFormat(), formula: a1.getFormula() };
  });
}

describe('typed numbers in the spreadsheet locale', () => {
  it.each([
    ['en_US', '1,234.5', 1234.5, '#,##0.00'],
    ['en_US', ' 42 ', 42, '0.###############'],
    ['en_US', '(123)', -123, '0.###############'],
    ['en_US', '1e3', 1000, '0.00E+00'],
    ['en_GB', '1,234.5', 1234.5, '#,##0.00'],
    ['de_DE', '1.234,5', 1234.5, '#,##0.00'],
    ['de_DE', '1.234', 1234, '#,##0'],
    ['de_DE', '0,5', 0.5, '0.###############'],
    ['fr_FR', '1 234,5', 1234.5, '#,##0.00'],
    ['fr_FR', '1\u202f234,5', 1234.5, '#,##0.00'],
    ['zh_CN', '1,234.5', 1234.5, '#,##0.00'],
    ['ja_JP', '1,234', 1234, '#,##0'],
  ])('%s: %j is the number %j formatted %j', (locale, typed, value, format) => {
    expect(typeInto(locale, typed)).toMatchObject({ value, format });
  });

  it.each([
    ['en_US', '1.234,5'],
    ['de_DE', '1,234.5'],
    ['en_US', '1,2'],
    ['en_US', '12 34'],
    ['de_DE', '1.23'],
    ['en_US', '--5'],
  ])('%s: %j stays text', (locale, typed) => {
    expect(typeInto(locale, typed)).toMatchObject({ value: typed, format: '0.###############' });
  });
});

describe('typed percentages and currency', () => {
  it.each([
    ['en_US', '12%', 0.12, '0%'],
    ['en_US', '-12.5%', -0.125, '0.00%'],
    ['de_DE', '12,5 %', 0.125, '0.00%'],
    ['en_US', '$1,234.50', 1234.5, '"$"#,##0.00'],
    ['en_US', '($5)', -5, '"$"#,##0.00'],
    ['en_US', '€5', 5, '[$€]#,##0.00'],
    ['de_DE', '5 €', 5, '#,##0.00 [$€]'],
    ['de_DE', '1.234,50 €', 1234.5, '#,##0.00 [$€]'],
    ['en_GB', '£3.20', 3.2, '[$£]#,##0.00'],
    ['zh_CN', '¥100', 100, '[$¥]#,##0.00'],
    ['ja_JP', '¥100', 100, '[$¥]#,##0'],
    ['zh_TW', 'NT$250', 250, '[$NT$]#,##0.00'],
  ])('%s: %j is %j formatted %j', (locale, typed, value, format) => {
    expect(typeInto(locale, typed)).toMatchObject({ value, format });
  });

  it.each([
    ['de_DE', '1.234,50 €', '1.234,50 €'],
    ['fr_FR', '1 234,5', '1\u202f234,50'],
    ['de_DE', '0,5', '0,5'],
    ['en_GB', '1,234.5', '1,234.50'],
  ])('%s: %j shows as %j (the locale\'s marks)', (locale, typed, shown) => {
    const { sheet, run } = open({ locale });
    run(() => sheet().getRange('A1').setValue(typed));
    expect(run(() => sheet().getRange('A1').getDisplayValue())).toBe(shown);
  });

  it('a typed amount of money shows with its symbol', () => {
    const { sheet, run } = open({ locale: 'en_US' });
    run(() => sheet().getRange('A1').setValue('€5'));
    expect(run(() => sheet().getRange('A1').getDisplayValue())).toBe('€5.00');
  });
});

describe('typed dates and times in the spreadsheet locale', () => {
  // The kit's clock is 27 November 2026: a date typed without a year falls in 2026.
  it.each([
    ['en_US', '12/31', '2026-12-31', 'M/d/yyyy'],
    ['en_US', '3/1/2026', '2026-03-01', 'M/d/yyyy'],
    ['en_US', 'Mar 1 2026', '2026-03-01', 'M/d/yyyy'],
    ['en_US', 'March 1, 2026', '2026-03-01', 'M/d/yyyy'],
    ['en_US', '1 Mar 2026', '2026-03-01', 'M/d/yyyy'],
    ['en_US', '2026-03-01', '2026-03-01', 'yyyy-mm-dd'],
    ['en_US', '3/1/26', '2026-03-01', 'M/d/yyyy'],
    ['en_GB', '31/12/2026', '2026-12-31', 'dd/mm/yyyy'],
    ['en_GB', '1/5/2026', '2026-05-01', 'dd/mm/yyyy'],
    ['de_DE', '1.5.2026', '2026-05-01', 'dd.mm.yyyy'],
    ['de_DE', '31.12.', '2026-12-31', 'dd.mm.yyyy'],
    ['fr_FR', '1/5/2026', '2026-05-01', 'dd/mm/yyyy'],
    ['zh_CN', '2026/3/1', '2026-03-01', 'yyyy/mm/dd'],
    ['zh_CN', '2026年3月1日', '2026-03-01', 'yyyy/m/d'],
    ['ja_JP', '2026-03-01', '2026-03-01', 'yyyy-mm-dd'],
  ])('%s: %j is the date %s formatted %j', (locale, typed, date, format) => {
    expect(typeInto(locale, typed)).toMatchObject({ value: date, format });
  });

  it.each([
    ['en_US', '13:45', '1899-12-30T13:45:00.000Z', 'h:mm:ss am/pm'],
    ['en_US', '1:45 PM', '1899-12-30T13:45:00.000Z', 'h:mm:ss am/pm'],
    ['de_DE', '13:45:30', '1899-12-30T13:45:30.000Z', 'hh:mm:ss'],
    ['en_US', '3/1/2026 13:45', '2026-03-01T13:45:00.000Z', 'M/d/yyyy H:mm:ss'],
    ['en_US', '2026-03-01 08:05:00', '2026-03-01T08:05:00.000Z', 'yyyy-mm-dd hh:mm:ss'],
  ])('%s: %j is %s formatted %j', (locale, typed, instant, format) => {
    expect(typeInto(locale, typed)).toMatchObject({ value: instant, format });
  });

  it.each([
    ['en_US', '31/12/2026'],
    ['en_US', '2/30/2026'],
    ['en_GB', '12/31/2026'],
    ['de_DE', '12/31'],
    ['en_US', '25:00'],
    ['en_US', 'Mar 1 2026 ago'],
  ])('%s: %j is no date there and stays text', (locale, typed) => {
    expect(typeInto(locale, typed)).toMatchObject({ value: typed });
  });

  it('a date typed into a cell already formatted as a date keeps that format', () => {
    expect(typeInto('en_US', '3/1/2026', (r) => r.setNumberFormat('yyyy-mm-dd'))).toMatchObject({ value: '2026-03-01', format: 'yyyy-mm-dd' });
  });
});

describe('text that stays text', () => {
  it.each(['SKU-001', 'B0ABC12345', '12 units', 'N/A', ''])('%j is kept as typed', (typed) => {
    expect(typeInto('en_US', typed).value).toBe(typed);
  });

  it('a leading apostrophe keeps a number as text', () => {
    expect(typeInto('de_DE', "'1.234,5")).toMatchObject({ value: '1.234,5' });
  });

  it.each([['12%'], ['3/1/2026'], ['=SUM(1,2)'], ["'quoted"]])('%j in a plain-text (@) cell is kept as typed, formula sign included', (typed) => {
    expect(typeInto('en_US', typed, (r) => r.setNumberFormat('@'))).toEqual({ value: typed, format: '@', formula: '' });
  });

  it('TRUE and false (any case) are booleans', () => {
    expect([typeInto('en_US', 'TRUE').value, typeInto('de_DE', 'false').value]).toEqual([true, false]);
  });
});

describe('typed input in the workbook file', () => {
  it("a cell in a de_DE file is read in de_DE's way", () => {
    const { sheet, run } = open({ locale: 'de_DE', timeZone: 'UTC', sheets: [{ name: 'Data', cells: { A1: '1.234,5', B1: '1.5.2026' } }] });
    const [a, b] = run(() => sheet().getRange('A1:B1').getValues()[0]);
    expect([a, (b as Date).toISOString()]).toEqual([1234.5, '2026-05-01T00:00:00.000Z']);
  });
});
