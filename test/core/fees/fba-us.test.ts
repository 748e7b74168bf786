import { describe, expect, it } from 'vitest';
import { AGED_SURCHARGE, AGED_SURCHARGE_2023, agedTier, STORAGE_RATES } from '../../../src/core/fees/fba-us';
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
    [1000, 6.9],
  ])('%d days in stock: $%d per cu ft', (days, rate) => {
    expect(call('AGED_SURCHARGE', [days, 2, 10])).toBeCloseTo(10 * 2 * rate, 10);
  });

  it('charges the per-unit minimum for small units past 365 days', () => {
    // 0.01 cu ft × $6.90 = $0.069 < $0.15 per unit.
    expect(call('AGED_SURCHARGE', [400, 0.01, 100])).toBeCloseTo(15, 10);
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

  it('keeps the confirmed 2023 table, which differs from 271 days on', () => {
    expect(agedTier(AGED_SURCHARGE_2023, 280)?.perCubicFoot).toBe(3.8);
    expect(agedTier(AGED_SURCHARGE, 280)?.perCubicFoot).toBe(5.45);
    expect(AGED_SURCHARGE.tiers.filter((t) => t.confidence === 'unconfirmed').map((t) => t.fromDay)).toEqual([181, 211, 241, 301, 331]);
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

  it('marks a missing horizon instead of guessing', () => {
    expect(firstColumn(call('LOW_INVENTORY_FEE_RISK', [column(10, ''), column('', '')]))).toEqual(['missing hdos_90', '']);
  });
});
