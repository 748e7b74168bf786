import { describe, expect, it } from 'vitest';
import { argumentStartRow, callArguments } from '../../../src/core/formulas/argument-row';

describe('argumentStartRow finds where a range argument starts on the sheet', () => {
  it('reads the first row of each plain range', () => {
    expect(argumentStartRow('=ACOS_ADS(B12:B13, D12:D13)', 'ACOS_ADS', 1)).toBe(12);
    expect(argumentStartRow('=DAYS_OF_STOCK($C$2:$C, F2:L)', 'DAYS_OF_STOCK', 1)).toBe(2);
    expect(argumentStartRow("=ACOS_ADS('Ads, 2026'!F5:F, 'Ads, 2026'!G5:G)", 'ACOS_ADS', 1)).toBe(5);
  });

  it('splits arguments on ; too (locales with a decimal comma), and finds a call nested in others', () => {
    expect(argumentStartRow('=ACOS_ADS(B3:B; D7:D)', 'ACOS_ADS', 1)).toBe(7);
    expect(argumentStartRow('=IFERROR(TARGET_ACOS(I4:I, 0.05), "")', 'TARGET_ACOS', 0)).toBe(4);
  });

  it('gives null for an expression, a literal or a missing call, so the message falls back to the item', () => {
    expect(argumentStartRow('=ACOS_ADS(FILTER(B2:B, A2:A<>""), D2:D)', 'ACOS_ADS', 0)).toBeNull();
    expect(argumentStartRow('=ACOS_ADS({1;2}, D2:D)', 'ACOS_ADS', 0)).toBeNull();
    expect(argumentStartRow('=SUM(B2:B)', 'ACOS_ADS', 0)).toBeNull();
    expect(argumentStartRow('', 'ACOS_ADS', 0)).toBeNull();
  });

  it('does not take a longer name for the function (ACOS_ADS is not TACOS)', () => {
    expect(callArguments('=TACOS(A2:A, B2:B)', 'ACOS')).toBeNull();
    expect(callArguments('=TACOS(A2:A, "x,y")', 'TACOS')).toEqual(['A2:A', ' "x,y"']);
  });
});
