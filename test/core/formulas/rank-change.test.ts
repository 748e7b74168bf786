import { describe, expect, it } from 'vitest';
import { NOT_DEFINED } from '../../../src/core/formulas/elementwise';
import { call, callWith, column, firstColumn } from './helpers';

describe('RANK_CHANGE', () => {
  it('counts places moved, positive = moved up', () => {
    expect(call('RANK_CHANGE', [10, 4])).toBe(6);
    expect(call('RANK_CHANGE', [4, 10])).toBe(-6);
    expect(call('RANK_CHANGE', [7, 7])).toBe(0);
  });

  it.each(['NR', 'nr', 'N/R', 'unranked', 'Not ranked', '未排名', '>100', '＞100', '100+', '> 50', 0, '0'])(
    'reads %j as not ranked: ranking now shows "new"',
    (unranked) => {
      expect(call('RANK_CHANGE', [unranked, 12])).toBe('new');
    },
  );

  it('ranked before and not now shows "dropped out"', () => {
    expect(call('RANK_CHANGE', [12, '>100'])).toBe('dropped out');
  });

  it('not ranked at either time shows the em dash', () => {
    expect(call('RANK_CHANGE', ['NR', '>100'])).toBe(NOT_DEFINED);
  });

  it('a blank rank is not filled in yet: its row stays blank, it is not "new" or "dropped out"', () => {
    expect(firstColumn(call('RANK_CHANGE', [column('', 5, '', '--', 'NR', 7), column(3, '', '', 4, '', 'N/A')]))).toEqual(['', '', '', '', '', '']);
    expect(call('RANK_CHANGE', ['', 3])).toBe('');
    expect(call('RANK_CHANGE', [5, ''])).toBe('');
  });

  it('only explicit markers mean not ranked, beside blank rows', () => {
    expect(firstColumn(call('RANK_CHANGE', [column(0, 5, '', '未排名'), column(3, '>100', 4, '100+')]))).toEqual(['new', 'dropped out', '', NOT_DEFINED]);
  });

  it('throws "is empty" for a single empty rank used for every row', () => {
    expect(() => call('RANK_CHANGE', [column(10, 12), ''])).toThrow(/^RANK_CHANGE: current is empty\. Give a rank such as 12/);
    expect(() => call('RANK_CHANGE', [[['']], column(10, 12)], 'zh-TW')).toThrow(/RANK_CHANGE：previous 為空。/);
  });

  it('reads "#12" and full-width digits', () => {
    expect(call('RANK_CHANGE', ['#12', '３'])).toBe(9);
  });

  it('marks negative ranks and junk', () => {
    expect(firstColumn(call('RANK_CHANGE', [column(-3, 'top'), column(1, 1)]))).toEqual(['not a rank: -3', 'not a rank: top']);
  });

  it('speaks the user’s language', () => {
    expect(call('RANK_CHANGE', ['未排名', 8], 'zh-CN')).toBe('新进榜');
    expect(call('RANK_CHANGE', [8, '未排名'], 'zh-TW')).toBe('掉出排名');
  });
});

describe('RANK_CHANGE writes its words in the spreadsheet’s language', () => {
  it('says "new" and "dropped out" in the sheet language, whoever recalculates', () => {
    expect(callWith('RANK_CHANGE', ['NR', 5], 'en', { sheetLanguage: 'zh-CN' })).toBe('新进榜');
    expect(callWith('RANK_CHANGE', [5, 'NR'], 'zh-CN', { sheetLanguage: 'en' })).toBe('dropped out');
  });
});
