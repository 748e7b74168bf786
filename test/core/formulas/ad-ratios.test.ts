import { describe, expect, it } from 'vitest';
import { NOT_DEFINED, SPEND_WITHOUT_SALES } from '../../../src/core/formulas/elementwise';
import { call, column, firstColumn } from './helpers';

// shared/reference/domain.md §1.1, worked examples A1–A13.
describe('ads formulas reproduce the worked examples', () => {
  it.each([
    ['A1', 'ACOS_ADS', [10, 40], 0.25],
    ['A2', 'TACOS', [10, 40 + 60], 0.1],
    ['A3', 'ACOS_ADS', [2, 20], 0.1],
    ['A4', 'ROAS', [400, 100], 4],
    ['A4', 'ACOS_ADS', [100, 400], 0.25],
    ['A5', 'CVR', [10, 50], 0.2],
    ['A6', 'TACOS', [5000, 50000], 0.1],
    ['A8', 'BREAKEVEN_ACOS', [40, 30], 0.25],
    ['A9', 'TARGET_ACOS', [0.2, 0.05], 0.15],
    ['A10', 'TARGET_ACOS', ['25%', '10%'], 0.15],
    ['A11', 'SUGGESTED_BID', [20, 10 / 50, 0.3], 1.2],
    ['A12', 'SUGGESTED_BID', [10000 / 100, 0.01, 0.2], 0.2],
    ['A13', 'ORGANIC', [48, 6], 42],
  ])('%s: %s(%j) = %d', (_id, name, args, expected) => {
    expect(call(name as string, args as unknown[])).toBe(expected);
  });

  it('A7: break-even ACOS of 29.99 with costs 8 + 4.50 + 4.50 + 1 is 11.99 / 29.99 ≈ 39.98 %', () => {
    const result = call('BREAKEVEN_ACOS', [29.99, [[8, 4.5, 4.5, 1]]]) as number;
    expect(result).toBeCloseTo(11.99 / 29.99, 12);
    expect(Math.round(result * 10000) / 100).toBe(39.98);
  });

  it('A7: profit per unit before ads is 11.99', () => {
    expect(call('PROFIT_PER_UNIT', [29.99, [[8, 4.5, 4.5, 1]]])).toBe(11.99);
  });

  it('CTR, CPC and CPA are plain quotients', () => {
    expect(call('CTR', [50, 2000])).toBe(0.025);
    expect(call('CPC', [25, 50])).toBe(0.5);
    expect(call('CPA', [100, 10])).toBe(10);
    expect(call('AD_SALES_SHARE', [40, 100])).toBe(0.4);
  });

  it('reads Ads-console text: "$1,234.50" spend and "2.57%" rates', () => {
    expect(call('ACOS_ADS', ['$1,234.50', '$4,938.00'])).toBe(0.25);
    expect(call('SUGGESTED_BID', ['$20.00', '20%', '30%'])).toBe(1.2);
  });
});

describe('ads formulas at a zero denominator', () => {
  it.each([
    ['ACOS_ADS', [0, 0]],
    ['TACOS', [0, 0]],
    ['ROAS', [100, 0]],
    ['CTR', [0, 0]],
    ['CPC', [10, 0]],
    ['CVR', [1, 0]],
    ['CPA', [0, 0]],
    ['AD_SALES_SHARE', [10, 0]],
    ['BREAKEVEN_ACOS', [0, 5]],
  ])('%s(%j) shows the em dash', (name, args) => {
    expect(call(name, args)).toBe(NOT_DEFINED);
  });

  it.each(['ACOS_ADS', 'TACOS', 'CPA'])('%s of spend without sales is SPEND_WITHOUT_SALES, worse than any target, not the em dash', (name) => {
    expect(call(name, [10, 0])).toBe(SPEND_WITHOUT_SALES);
    expect(SPEND_WITHOUT_SALES).toBeGreaterThan(1000);
    // It sorts after every real ratio of a column and passes an "over target" filter.
    const column_ = firstColumn(call(name, [column(10, 10, 5), column(0, 40, 20)])) as number[];
    expect(column_.filter((v) => v > 0.3)).toEqual([SPEND_WITHOUT_SALES]);
    expect([...column_].sort((a, b) => a - b).at(-1)).toBe(SPEND_WITHOUT_SALES);
  });

  it('a zero numerator over a real denominator is 0, not the em dash', () => {
    expect(call('ACOS_ADS', [0, 40])).toBe(0);
  });
});

describe('ads formulas: sign rules', () => {
  it('ORGANIC may go negative and is not marked as an error', () => {
    expect(firstColumn(call('ORGANIC', [column(5, 10), column(8, 4)]))).toEqual([-3, 6]);
  });

  it('BREAKEVEN_ACOS is negative when costs exceed the price', () => {
    expect(call('BREAKEVEN_ACOS', [10, 15])).toBe(-0.5);
  });

  it('TARGET_ACOS may be negative when the margin cannot be kept', () => {
    expect(call('TARGET_ACOS', [0.1, 0.15])).toBe(-0.05);
  });

  it('SUGGESTED_BID marks a negative target ACOS instead of bidding negative', () => {
    expect(firstColumn(call('SUGGESTED_BID', [column(20), column(0.2), column(-0.05)]))).toEqual(['negative: -0.05']);
  });

  it('marks negative spend, clicks or sales', () => {
    expect(firstColumn(call('CPC', [column(-1, 10), column(5, -5)]))).toEqual(['negative: -1', 'negative: -5']);
  });
});

describe('rates typed as plain numbers', () => {
  it('SUGGESTED_BID reads a plain cvr above 1 as a percentage, like other rate inputs: 20 is 20 %', () => {
    expect(call('SUGGESTED_BID', [20, 20, 0.3])).toBe(1.2);
    expect(firstColumn(call('SUGGESTED_BID', [column(20, 20, 20), column(20, '20%', 0.2), 0.3]))).toEqual([1.2, 1.2, 1.2]);
  });

  it('SUGGESTED_BID marks a cvr that is not a 0–100 % rate', () => {
    expect(firstColumn(call('SUGGESTED_BID', [column(20, 20), column('150%', 250), 0.3]))).toEqual([
      'not a rate (0–100%): 150%',
      'not a rate (0–100%): 250',
    ]);
    expect(() => call('SUGGESTED_BID', [column(20, 30), 'high', 0.3])).toThrow('SUGGESTED_BID: cvr cannot be "high". Give a rate such as 20% or 0.2.');
  });

  it('SUGGESTED_BID(20, "20%", 30): a plain target ACOS of 30 is ambiguous and throws, saying how to write it', () => {
    expect(() => call('SUGGESTED_BID', [20, '20%', 30])).toThrow('SUGGESTED_BID: target_acos cannot be "30". Write 30% or 0.3: a plain 30 could mean either.');
    expect(() => call('SUGGESTED_BID', [20, '20%', 30], 'zh-CN')).toThrow('SUGGESTED_BID：target_acos 不能是“30”。请写成 30% 或 0.3：只写 30 无法确定是哪一种。');
  });

  it('marks an ambiguous target ACOS in its cell when it varies by row', () => {
    const args = [column(20, 20, 20), column(0.2, 0.2, 0.2), column(30, '30%', 0.3)];
    expect(firstColumn(call('SUGGESTED_BID', args))).toEqual(['write 30% or 0.3', 1.2, 1.2]);
    expect(firstColumn(call('SUGGESTED_BID', args, 'zh-CN'))[0]).toBe('请写成 30% 或 0.3');
    expect(firstColumn(call('SUGGESTED_BID', args, 'zh-TW'))[0]).toBe('請寫成 30% 或 0.3');
  });

  it('TARGET_ACOS(20%, 5): a plain margin of 5 throws when it is a single value, and is marked in a column', () => {
    expect(() => call('TARGET_ACOS', ['20%', 5])).toThrow('TARGET_ACOS: target_margin cannot be "5". Write 5% or 0.05: a plain 5 could mean either.');
    expect(() => call('TARGET_ACOS', [column(0.2, 0.3), 5])).toThrow(/TARGET_ACOS: target_margin cannot be "5"/);
    expect(firstColumn(call('TARGET_ACOS', [column(0.2, 20, -150, '-150%'), column(5, 0.05, 0.05, 0.05)]))).toEqual([
      'write 5% or 0.05',
      'write 20% or 0.2',
      'write -150% or -1.5',
      -1.55,
    ]);
  });

  it('TARGET_ACOS takes a plain number from −1 to 1 as a fraction and percent text as written', () => {
    expect(call('TARGET_ACOS', [1, 0.05])).toBe(0.95);
    expect(call('TARGET_ACOS', [-0.5, '5%'])).toBe(-0.55);
    expect(call('TARGET_ACOS', ['150%', '5%'])).toBe(1.45);
  });
});

describe('UNIT_SESSION_PCT', () => {
  it('is units ordered ÷ sessions, the Business Report’s conversion', () => {
    expect(call('UNIT_SESSION_PCT', [12, 400])).toBe(0.03);
    expect(call('UNIT_SESSION_PCT', [0, 0])).toBe(NOT_DEFINED);
  });
});
