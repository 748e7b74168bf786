import { describe, expect, it } from 'vitest';
import { AGED_SURCHARGE, AGED_SURCHARGE_TABLES, agedTier, STORAGE_RATES, STORAGE_TABLES, tableOn } from '../../../src/core/fees/fba-us';
import { NOT_DEFINED } from '../../../src/core/formulas/elementwise';
import { call, column, firstColumn } from '../formulas/helpers';

describe('CUBIC_FEET', () => {
  it('F1: 18 × 12 × 8 in = 1,728 in³ = 1.0 cu ft', () => {
    expect(call('CUBIC_FEET', [18, 12, 8, 'in'])).toBe(1);
  });

  it('47 × 12 × 10 cm = 0.199 cu ft', () => {
    expect(call('CUBIC_FEET', [47, 12, 10, 'cm'])).toBeCloseTo(5640 / 28316.84, 6);
    expect(Math.round((call('CUBIC_FEET', [47, 12, 10, 'cm']) as number) * 1000) / 1000).toBe(0.199);
  });

  it.each(['in', 'IN', 'inch', 'inches', '英寸', ' in '])('reads %j as inches', (unit) => {
    expect(call('CUBIC_FEET', [12, 12, 12, unit])).toBe(1);
  });

  it.each(['cm', 'CM', '厘米', '公分', 'centimetres'])('reads %j as centimetres', (unit) => {
    expect(call('CUBIC_FEET', [30.48, 30.48, 30.48, unit])).toBeCloseTo(1, 12);
  });

  it('throws for an unknown unit given once, marks it in a unit column', () => {
    expect(() => call('CUBIC_FEET', [1, 1, 1, 'mm'])).toThrow('CUBIC_FEET: unit cannot be "mm". Use "in" for inches or "cm" for centimetres.');
    expect(firstColumn(call('CUBIC_FEET', [column(12, 12), column(12, 12), column(12, 12), column('in', 'ft')]))).toEqual([1, 'unit must be in or cm: ft']);
  });
});

describe('STORAGE_FEE (Apr-2024 US rates)', () => {
  it('F1: 1.0 cu ft costs $0.78 off-peak and $2.40 in Q4 (standard)', () => {
    expect(call('STORAGE_FEE', [1, 1, 'standard'])).toBe(0.78);
    expect(call('STORAGE_FEE', [1, 10, 'standard'])).toBe(2.4);
  });

  it.each([
    [9, 'standard', 0.78],
    [10, 'standard', 2.4],
    [12, 'standard', 2.4],
    [1, 'oversize', 0.56],
    [9, 'oversize', 0.56],
    [10, 'oversize', 1.4],
    [12, 'oversize', 1.4],
  ])('month %d, %s: $%d per cu ft', (month, tier, rate) => {
    expect(call('STORAGE_FEE', [2, month, tier])).toBeCloseTo(2 * rate, 12);
  });

  it.each([
    ['标准', 0.78],
    ['標準尺寸', 0.78],
    ['Large Standard-Size', 0.78],
    ['大号标准尺寸', 0.78],
    ['大件', 0.56],
    ['超大件', 0.56],
    ['Large bulky', 0.56],
    ['Extra-large', 0.56],
    ['OVERSIZE', 0.56],
  ])('reads the size tier %j', (tier, rate) => {
    expect(call('STORAGE_FEE', [1, 3, tier])).toBe(rate);
  });

  it('takes the month from a Date, date text or a month name', () => {
    expect(call('STORAGE_FEE', [1, new Date(2026, 10, 15), 'standard'])).toBe(2.4);
    expect(call('STORAGE_FEE', [1, '2026-09-30', 'standard'])).toBe(0.78);
    expect(call('STORAGE_FEE', [1, 'Oct', 'standard'])).toBe(2.4);
    expect(call('STORAGE_FEE', [1, '10月', '标准'])).toBe(2.4);
  });

  it('keeps the rates in the fee table with their effective date', () => {
    expect(STORAGE_RATES.effective).toBe('2024-04-01');
    expect(STORAGE_RATES.rates.standard).toEqual({ offPeak: 0.78, peak: 2.4 });
  });

  it('charges a month with its year at the table in force on the 1st of that month', () => {
    expect(STORAGE_TABLES.map((t) => t.effective)).toEqual(['2023-02-01', '2024-04-01']);
    expect(call('STORAGE_FEE', [1, '2023-06', 'standard'])).toBe(0.87);
    expect(call('STORAGE_FEE', [1, '2024-03-15', 'oversize'])).toBe(0.53);
    expect(call('STORAGE_FEE', [1, '2024-04', 'standard'])).toBe(0.78);
    expect(call('STORAGE_FEE', [1, '2022-12', 'standard'])).toBe(NOT_DEFINED);
  });

  it('marks a bad month in a month column', () => {
    expect(firstColumn(call('STORAGE_FEE', [column(1, 1), column(10, 13), 'standard']))).toEqual([2.4, 'not a month: 13']);
  });
});

describe('AGED_SURCHARGE', () => {
  it.each([
    [0, 0],
    [180, 0],
    [181, 0.5],
    [210, 0.5],
    [211, 1.0],
    [240, 1.0],
    [241, 1.5],
    [270, 1.5],
    [271, 5.45],
    [300, 5.45],
    [301, 5.7],
    [330, 5.7],
    [331, 5.9],
    [365, 5.9],
    [366, 6.9],
    [455, 6.9],
    [456, 7.9],
    [1000, 7.9],
  ])('%d days in stock: $%d per cu ft (the latest table)', (days, rate) => {
    expect(call('AGED_SURCHARGE', [days, 2, 10])).toBeCloseTo(10 * 2 * rate, 10);
  });

  it('charges the per-unit minimum for small units past 365 days: $0.30 from 2026-01-15, $0.15 before', () => {
    // 0.01 cu ft × $6.90 = $0.069, under the per-unit minimum.
    expect(call('AGED_SURCHARGE', [400, 0.01, 100])).toBeCloseTo(30, 10);
    expect(call('AGED_SURCHARGE', [400, 0.01, 100, '2026-01-15'])).toBeCloseTo(30, 10);
    expect(call('AGED_SURCHARGE', [400, 0.01, 100, '2026-01-14'])).toBeCloseTo(15, 10);
  });

  it('charges stock over 15 months the greater of $7.90/cu ft or $0.35/unit from 2026-01-15, and $6.90 or $0.15 before', () => {
    expect(call('AGED_SURCHARGE', [500, 1, 10, '2026-02-01'])).toBeCloseTo(79, 10);
    expect(call('AGED_SURCHARGE', [500, 0.01, 10, '2026-02-01'])).toBeCloseTo(3.5, 10);
    expect(call('AGED_SURCHARGE', [500, 1, 10, '2025-12-31'])).toBeCloseTo(69, 10);
  });

  it('applies the table in force on the date asked: 271–300 days was $3.80 in 2023 and $5.45 from 2024-04-15', () => {
    expect(call('AGED_SURCHARGE', [280, 1, 10, '2023-06-01'])).toBeCloseTo(38, 10);
    expect(call('AGED_SURCHARGE', [280, 1, 10, '2024-04-14'])).toBeCloseTo(38, 10);
    expect(call('AGED_SURCHARGE', [280, 1, 10, '2024-04-15'])).toBeCloseTo(54.5, 10);
    expect(call('AGED_SURCHARGE', [280, 1, 10, new Date(2024, 5, 1)])).toBeCloseTo(54.5, 10);
  });

  it('shows "—" for a date before the first table it knows', () => {
    expect(call('AGED_SURCHARGE', [280, 1, 10, '2022-12-31'])).toBe(NOT_DEFINED);
  });

  it('waives apparel, shoes, bags, jewelry and watches from day 181 to 270, not after', () => {
    expect(call('AGED_SURCHARGE', [200, 1, 10, '', 'Apparel'])).toBe(0);
    expect(call('AGED_SURCHARGE', [270, 1, 10, '', '鞋靴'])).toBe(0);
    expect(call('AGED_SURCHARGE', [271, 1, 10, '', 'watches'])).toBeCloseTo(54.5, 10);
    expect(call('AGED_SURCHARGE', [200, 1, 10, '', 'Kitchen'])).toBeCloseTo(5, 10);
  });

  it('counts whole days: 180.9 days is not yet aged', () => {
    expect(call('AGED_SURCHARGE', [180.9, 1, 1])).toBe(0);
  });

  it('marks a blank age beside data instead of reading it as 0 days (no surcharge)', () => {
    expect(firstColumn(call('AGED_SURCHARGE', [column(280, '', ''), column(1, 1, ''), column(10, 10, '')]))).toEqual([54.5, 'missing days_in_stock', '']);
    expect(() => call('AGED_SURCHARGE', ['', column(1, 2), column(10, 10)])).toThrow(/^AGED_SURCHARGE: days_in_stock is empty\./);
  });

  it('needs the volume and the unit count', () => {
    expect(firstColumn(call('AGED_SURCHARGE', [column(200, 200), column(1, ''), column('', 1)]))).toEqual(['missing units', 'missing cubic_feet']);
  });

  it('keeps the confirmed 2023 table, which differs from 271 days on, and marks what later tables leave unconfirmed', () => {
    expect(AGED_SURCHARGE_TABLES[0].confidence).toBe('confirmed');
    expect(agedTier(AGED_SURCHARGE_TABLES[0], 280)?.perCubicFoot).toBe(3.8);
    expect(agedTier(AGED_SURCHARGE, 280)?.perCubicFoot).toBe(5.45);
    expect(AGED_SURCHARGE.tiers.filter((t) => t.confidence === 'unconfirmed').map((t) => t.fromDay)).toEqual([181, 211, 241, 301, 331]);
    for (const table of AGED_SURCHARGE_TABLES) expect(table.sources.length).toBeGreaterThan(0);
  });

  it('lists its tables oldest first, and tableOn picks the one in force', () => {
    const dates = AGED_SURCHARGE_TABLES.map((t) => t.effective);
    expect([...dates].sort()).toEqual(dates);
    expect(tableOn(AGED_SURCHARGE_TABLES, Date.UTC(2025, 0, 1))?.effective).toBe('2024-04-15');
    expect(tableOn(AGED_SURCHARGE_TABLES, Infinity)).toBe(AGED_SURCHARGE);
    expect(tableOn(AGED_SURCHARGE_TABLES, Date.UTC(2020, 0, 1))).toBeUndefined();
  });
});

describe('LOW_INVENTORY_FEE_RISK', () => {
  it('F2: HDoS 18 days on both horizons → the fee applies', () => {
    expect(call('LOW_INVENTORY_FEE_RISK', [18, 18])).toBe(true);
  });

  it('F3: short-term under 28 but long-term 42.0 → no fee', () => {
    expect(call('LOW_INVENTORY_FEE_RISK', [20, 42])).toBe(false);
  });

  it('exactly 28 days is not under 28', () => {
    expect(call('LOW_INVENTORY_FEE_RISK', [28, 10])).toBe(false);
    expect(call('LOW_INVENTORY_FEE_RISK', [27.9, 27.9])).toBe(true);
  });

  it('exempts a product that shipped fewer than 20 units in the past 7 days (from 2024-05-15)', () => {
    expect(call('LOW_INVENTORY_FEE_RISK', [18, 18, 19])).toBe(false);
    expect(call('LOW_INVENTORY_FEE_RISK', [18, 18, 20])).toBe(true);
    expect(firstColumn(call('LOW_INVENTORY_FEE_RISK', [column(18, 18), column(18, 18), column(5, '')]))).toEqual([false, true]);
  });

  it('marks a missing horizon instead of guessing', () => {
    expect(firstColumn(call('LOW_INVENTORY_FEE_RISK', [column(10, ''), column('', '')]))).toEqual(['missing hdos_90', '']);
  });
});
