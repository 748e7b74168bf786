import { describe, expect, it } from 'vitest';
import { NOT_DEFINED } from '../../../src/core/formulas/elementwise';
import { FormulaError } from '../../../src/core/formulas/formula-error';
import { call, column, firstColumn } from './helpers';

describe('element-wise formulas: shapes and broadcasting', () => {
  it('returns a single value for single values', () => {
    expect(call('ACOS_ADS', [10, 40])).toBe(0.25);
  });

  it('returns a range of the same shape for ranges', () => {
    expect(call('ACOS_ADS', [column(10, 5, 3), column(40, 10, 12)])).toEqual([[0.25], [0.5], [0.25]]);
  });

  it('broadcasts a single value against a range', () => {
    expect(call('DAYS_OF_STOCK', [column(350, 70), 7])).toEqual([[50], [10]]);
  });

  it('broadcasts a 1×1 range like a single value', () => {
    expect(call('CPC', [column(10, 20), [[5]]])).toEqual([[2], [4]]);
  });

  it('computes a block of several columns cell by cell', () => {
    expect(call('CTR', [[[1, 2], [3, 4]], [[10, 10], [10, 0]]])).toEqual([[0.1, 0.2], [0.3, NOT_DEFINED]]);
  });

  it('throws a localized error naming the function and the fix when range sizes differ', () => {
    const wrong = () => call('ACOS_ADS', [column(1, 2, 3), column(1, 2)], 'en');
    expect(wrong).toThrow(FormulaError);
    expect(wrong).toThrow(/ACOS_ADS: ad_sales is 2×1 cells but the other ranges are 3×1\. Give ranges of the same size/);
    expect(() => call('ACOS_ADS', [column(1, 2, 3), column(1, 2)], 'zh-CN')).toThrow(/ACOS_ADS：ad_sales 是 2×1 个单元格.*请给出相同大小的区域/);
    expect(() => call('ACOS_ADS', [column(1, 2, 3), column(1, 2)], 'zh-TW')).toThrow(/請給出相同大小的範圍/);
  });

  it('throws when called with the wrong number of arguments', () => {
    expect(() => call('ACOS_ADS', [1])).toThrow('ACOS_ADS needs 2 arguments: ACOS_ADS(spend, ad_sales).');
  });

  it('throws when a single argument is not a number', () => {
    expect(() => call('ACOS_ADS', ['abc', 40])).toThrow('ACOS_ADS: spend must be a number, not "abc".');
    expect(() => call('ACOS_ADS', [column(1, 2), 'abc'], 'zh-CN')).toThrow('ACOS_ADS：ad_sales 必须是数字，而不是“abc”。');
  });

  it('throws when a single argument that must not be negative is', () => {
    expect(() => call('DAYS_OF_STOCK', [column(1, 2), -3])).toThrow('DAYS_OF_STOCK: daily_sales cannot be negative (-3).');
  });

  it('throws with a hint when a single setting is unusable', () => {
    expect(() => call('STORAGE_FEE', [column(1, 2), 10, 'jumbo'])).toThrow(
      'STORAGE_FEE: size_tier cannot be "jumbo". Use "standard" or "oversize" (标准 / 大件).',
    );
  });

  it('throws when a required single argument is empty for a whole column', () => {
    expect(() => call('STOCKOUT_DATE', [column(10, 20), column(1, 2), ''])).toThrow(/STOCKOUT_DATE: as_of is empty\. Give a date such as 2026-11-27/);
  });
});

describe('element-wise formulas: blank rows and bad cells', () => {
  it('keeps blank rows blank', () => {
    expect(call('ACOS_ADS', [column(10, '', 5), column(40, '', 0)])).toEqual([[0.25], [''], [NOT_DEFINED]]);
  });

  it('keeps blank rows blank when another argument is a single value', () => {
    expect(firstColumn(call('DAYS_OF_STOCK', [column(70, '', '--', null), 7]))).toEqual([10, '', '', '']);
  });

  it('keeps rows blank when only a setting column is filled', () => {
    expect(firstColumn(call('HEALTH_STATUS', [column('ODR', 'ODR'), column('0.5%', '')]))).toEqual(['OK', '']);
  });

  it('reads a blank beside a filled cell as 0', () => {
    expect(firstColumn(call('ACOS_ADS', [column('', 10), column(40, '')]))).toEqual([0, NOT_DEFINED]);
  });

  it('marks a blank required cell beside a filled one as missing', () => {
    expect(firstColumn(call('CUBIC_FEET', [column(18, 18), column(12, 12), column(8, ''), 'in']))).toEqual([1, 'missing height']);
  });

  it('marks only the bad cell and computes the rest of the column', () => {
    const result = firstColumn(call('DAYS_OF_STOCK', [column(100, 'lots', -5, 50, true, new Date(2026, 0, 1)), 10]));
    expect(result).toEqual([10, 'not a number: lots', 'negative: -5', 5, 'TRUE/FALSE, not a number', 'a date, not a number']);
  });

  it('marks bad cells in the user’s language', () => {
    expect(firstColumn(call('DAYS_OF_STOCK', [column('lots', -5), 10], 'zh-CN'))).toEqual(['不是数字：lots', '不能为负：-5']);
    expect(firstColumn(call('DAYS_OF_STOCK', [column(new Date(2026, 0, 1)), 10], 'zh-TW'))).toEqual(['這是日期，不是數字']);
  });

  it('reads pasted text numbers in a range', () => {
    expect(firstColumn(call('ACOS_ADS', [column('$1,234.50', '１０', '12,5'), column('4.938,00 €', '40', '50')]))).toEqual([0.25, 0.25, 0.25]);
  });
});

describe('element-wise formulas: row blocks', () => {
  it('averages a block of recent days per row, skipping blanks', () => {
    expect(firstColumn(call('DAYS_OF_STOCK', [column(60, 60, 60), [[10, 20, ''], ['', '', ''], [30, 'x', 30]]]))).toEqual([
      4,
      NOT_DEFINED,
      'not a number: x',
    ]);
  });

  it('sums a block of cost columns per row', () => {
    expect(firstColumn(call('PROFIT_PER_UNIT', [column(30, 20), [[8, 4.5, 4.5, 1], [10, '', '', 2]]]))).toEqual([12, 8]);
  });

  it('returns a single value for a single price beside one row of costs', () => {
    expect(call('BREAKEVEN_ACOS', [30, [[8, 4.5, 4.5, 1]]])).toBe(0.4);
  });

  it('marks a negative cost inside a block', () => {
    expect(call('BREAKEVEN_ACOS', [column(30), [[8, -1]]])).toEqual([['negative: -1']]);
  });
});

describe('element-wise formulas: results are always cell-safe', () => {
  it('never returns NaN, Infinity or -0', () => {
    const result = firstColumn(call('ORGANIC', [column(0, 1e308), column(0, 0)]));
    expect(Object.is(result[0], 0)).toBe(true);
    expect(firstColumn(call('ROAS', [column(1e308), column(1e-308)]))).toEqual([NOT_DEFINED]);
  });

  it('tidies binary fractions to what a person computes', () => {
    expect(call('TARGET_ACOS', [0.2, 0.05])).toBe(0.15);
    expect(call('SUGGESTED_BID', [20, 0.2, 0.3])).toBe(1.2);
  });
});
