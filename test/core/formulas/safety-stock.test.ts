import { describe, expect, it } from 'vitest';
import { call, column, firstColumn } from './helpers';

describe('SAFETY_STOCK reproduces the worked example', () => {
  it('I5: 95 %, σ 40, 9 days → 197.4 with the exact Z 1.6449 (198 with the rounded Z 1.65)', () => {
    const exact = call('SAFETY_STOCK', [0.95, 40, 9]) as number;
    expect(exact).toBeCloseTo(1.6448536269514722 * 40 * 3, 9);
    expect(exact).toBeCloseTo(197.38, 2);
    expect(Math.abs(exact - 198) / 198).toBeLessThan(0.005);
  });
});

describe('SAFETY_STOCK', () => {
  it('accepts the service level as 95%, 0.95 or 95', () => {
    const expected = call('SAFETY_STOCK', [0.95, 40, 9]);
    expect(call('SAFETY_STOCK', ['95%', 40, 9])).toBe(expected);
    expect(call('SAFETY_STOCK', [95, 40, 9])).toBe(expected);
  });

  it('is 0 at a 50 % service level', () => {
    expect(call('SAFETY_STOCK', [0.5, 40, 9])).toBe(0);
  });

  it('rejects service levels under 50 % or at 100 %', () => {
    expect(() => call('SAFETY_STOCK', [1, 40, 9])).toThrow(/SAFETY_STOCK: service_level cannot be "1"\. Give a service level such as 95%/);
    expect(firstColumn(call('SAFETY_STOCK', [column(0.4, 0.99), column(40, 40), 9]))[0]).toBe('service level must be 50–99.99%: 0.4');
  });
});
