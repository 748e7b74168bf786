import { describe, expect, it } from 'vitest';
import { NOT_DEFINED, SPEND_WITHOUT_SALES } from '../../../src/core/formulas/elementwise';
import { CellErrorInRange, FormulaError } from '../../../src/core/formulas/formula-error';
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

  it('names the missing argument when called with too few (=BREAKEVEN_ACOS(30))', () => {
    expect(() => call('BREAKEVEN_ACOS', [30])).toThrow('BREAKEVEN_ACOS is missing unit_costs: write BREAKEVEN_ACOS(price, unit_costs).');
    expect(() => call('REORDER_QTY', [10, 20])).toThrow('REORDER_QTY is missing on_hand, inbound: write REORDER_QTY(daily_sales, cover_days, on_hand, inbound).');
    expect(() => call('BREAKEVEN_ACOS', [30], 'zh-CN')).toThrow('BREAKEVEN_ACOS 缺少参数 unit_costs：请写成 BREAKEVEN_ACOS(price, unit_costs)。');
  });

  it('refuses an extra argument instead of dropping it (=ACOS_ADS(10, 40, 99))', () => {
    expect(() => call('ACOS_ADS', [10, 40, 99])).toThrow('ACOS_ADS takes 2 arguments, not 3: ACOS_ADS(spend, ad_sales).');
  });

  it('lets optional trailing arguments be left out, and says so in the arity message', () => {
    expect(call('AGED_SURCHARGE', [280, 1, 10])).toBeCloseTo(54.5, 10);
    expect(() => call('AGED_SURCHARGE', [280, 1])).toThrow('AGED_SURCHARGE is missing units: write AGED_SURCHARGE(days_in_stock, cubic_feet, units, [as_of], [category]).');
    expect(() => call('AGED_SURCHARGE', [1, 2, 3, 4, 5, 6])).toThrow('AGED_SURCHARGE takes 3–5 arguments, not 6');
  });

  it('says the shapes differ for a column and a row instead of spreading them into a grid (=ACOS_ADS({1;2;3}, {4,5,6}))', () => {
    expect(() => call('ACOS_ADS', [column(1, 2, 3), [[4, 5, 6]]])).toThrow(
      'ACOS_ADS: ad_sales is a row (1×3) but spend is a column (3×1). Give columns of the same height, e.g. D2:D and E2:E.',
    );
  });

  it('keeps a block of recent days per SKU beside a column of stock (DAYS_OF_STOCK)', () => {
    expect(call('DAYS_OF_STOCK', [column(70, 30), [[5, 9], [3, 3]]])).toEqual([[10], [10]]);
    expect(call('DAYS_OF_STOCK', [70, [[5, 9]]])).toBe(10);
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
    expect(call('ACOS_ADS', [column(10, '', 0), column(40, '', 0)])).toEqual([[0.25], [''], [NOT_DEFINED]]);
  });

  it('keeps blank rows blank when another argument is a single value, and a "--" row says no value', () => {
    expect(firstColumn(call('DAYS_OF_STOCK', [column(70, '', '--', null), 7]))).toEqual([10, '', NOT_DEFINED, '']);
  });

  it('keeps rows blank when only a setting column is filled', () => {
    expect(firstColumn(call('HEALTH_STATUS', [column('ODR', 'ODR'), column('0.5%', '')]))).toEqual(['OK', '']);
  });

  it('shows "—" for a blank beside a filled cell: no data is not zero (=ACOS_ADS({""; 10}, {21; 40}))', () => {
    expect(firstColumn(call('ACOS_ADS', [column('', 10), column(21, 40)]))).toEqual([NOT_DEFINED, 0.25]);
    expect(firstColumn(call('ACOS_ADS', [column('', 10), column(40, '')]))).toEqual([NOT_DEFINED, NOT_DEFINED]);
  });

  it('reads a blank as none only where the formula says so (safety stock, on hand, inbound)', () => {
    expect(call('REORDER_POINT', [30, 45, ''])).toBe(1350);
    expect(call('REORDER_QTY', [10, 20, '', ''])).toBe(200);
  });

  it('keeps the "no value" of one formula in the next, never 0 (=TARGET_ACOS(BREAKEVEN_ACOS(0, 5), 0.05))', () => {
    expect(call('BREAKEVEN_ACOS', [0, 5])).toBe(NOT_DEFINED);
    expect(call('TARGET_ACOS', [call('BREAKEVEN_ACOS', [0, 5]), 0.05])).toBe(NOT_DEFINED);
    expect(call('SUGGESTED_BID', [20, call('CVR', [0, 0]), 0.3])).toBe(NOT_DEFINED);
    // A column of results with "—" rows keeps them "—", not blank.
    expect(firstColumn(call('TARGET_ACOS', [column(0.3, NOT_DEFINED, ''), 0.05]))).toEqual([0.25, NOT_DEFINED, '']);
  });

  it('reads a percent among costs as that share of the price, never as money (=BREAKEVEN_ACOS(30, {8, "15%", 4.5}))', () => {
    expect(call('BREAKEVEN_ACOS', [30, [[8, '15%', 4.5]]])).toBeCloseTo(13 / 30, 12);
    expect(call('PROFIT_PER_UNIT', [30, '15%'])).toBeCloseTo(25.5, 12);
    expect(firstColumn(call('PROFIT_PER_UNIT', [column(30, 20), [[8, '10%'], ['10%', '10%']]]))).toEqual([19, 16]);
  });

  it('flags a percent where money is expected and there is nothing it is a share of', () => {
    expect(firstColumn(call('ACOS_ADS', [column('15%', 10), column(40, 40)]))).toEqual(['a percent, not money: 15%', 0.25]);
    expect(() => call('ACOS_ADS', [column(1, 2), '15%'])).toThrow('ACOS_ADS: ad_sales cannot be "15%". Give an amount such as 4.50: a percent is never read as money.');
  });

  it('never reads money as a percent', () => {
    expect(firstColumn(call('TARGET_ACOS', [column('$5', 0.3), 0.05]))).toEqual(['money, not a percent: $5', 0.25]);
    expect(() => call('SUGGESTED_BID', [column(20, 30), '5 €', 0.3])).toThrow('SUGGESTED_BID: cvr cannot be "5 €". Give a percent such as 20% or 0.2: money is never read as a percent.');
  });

  it('names an error cell inside a range with its own name and its place, instead of "not a number"', () => {
    const wrong = () => call('ACOS_ADS', [column(5, 6), column('#DIV/0!', '#N/A')]);
    expect(wrong).toThrow(CellErrorInRange);
    expect(wrong).toThrow('ACOS_ADS: #DIV/0! in ad_sales, item 1 of the range. Fix that cell, or wrap its formula in IFERROR.');
    try {
      call('ACOS_ADS', [column(5, 6, 7), column(1, 2, '#REF!')]);
    } catch (err) {
      expect((err as CellErrorInRange).where).toEqual({ fn: 'ACOS_ADS', param: 'ad_sales', argIndex: 1, row: 2, col: 0, error: '#REF!' });
    }
    expect.assertions(3);
  });

  it('recognises every error Sheets passes as text, in a block of recent days too', () => {
    for (const error of ['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']) {
      expect(() => call('DAYS_OF_STOCK', [column(10, 20), [[1, 2], [3, error]]])).toThrow(`DAYS_OF_STOCK: ${error} in daily_sales, item 2 of the range.`);
    }
    expect(firstColumn(call('DAYS_OF_STOCK', [column(10), column('#hashtag')]))).toEqual(['not a number: #hashtag']);
  });

  it('marks spend without sales as the worst value, not as no data', () => {
    expect(firstColumn(call('ACOS_ADS', [column(10, 0), column(0, 0)]))).toEqual([SPEND_WITHOUT_SALES, NOT_DEFINED]);
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
