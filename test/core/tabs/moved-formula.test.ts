import { describe, expect, it } from 'vitest';
import { isMovedFormula } from '../../../src/core/tabs/moved-formula';

describe('isMovedFormula', () => {
  it.each([
    ['=ACOS_ADS(L81:L, M81:M)', '=ACOS_ADS(L2:L, M2:M)'],
    ['=ARRAYFORMULA(IF(E3:E="", "", E3:E*(1-G3:G)))', '=ARRAYFORMULA(IF(E2:E="", "", E2:E*(1-G2:G)))'],
    ['=RANK_CHANGE(AA559:AA, AB559:AB)', '=RANK_CHANGE(AA2:AA, AB2:AB)'],
  ])('recognises %s as %s moved by a sort or an inserted row', (found, planned) => {
    expect(isMovedFormula(found, planned)).toBe(true);
  });

  it.each([
    ['the formula itself, in row 2', '=ACOS_ADS(L2:L, M2:M)', '=ACOS_ADS(L2:L, M2:M)'],
    ['an empty cell', '', '=ACOS_ADS(L2:L, M2:M)'],
    ['another function', '=ROAS(L81:L, M81:M)', '=ACOS_ADS(L2:L, M2:M)'],
    ['other columns', '=ACOS_ADS(K81:K, M81:M)', '=ACOS_ADS(L2:L, M2:M)'],
    ["a user's own single-row formula", '=L81/M81', '=ACOS_ADS(L2:L, M2:M)'],
    ['different text in quotes', '=IF(A3:A="B3", 1, 0)', '=IF(A2:A="B2", 1, 0)'],
  ])('does not take %s for a moved formula', (_what, found, planned) => {
    expect(isMovedFormula(found, planned)).toBe(false);
  });
});
