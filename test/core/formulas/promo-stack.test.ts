import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackDiscounts } from '../../../src/core/formulas/promo-stack';
import { FormulaError } from '../../../src/core/formulas/formula-error';
import { call, column, firstColumn, isSafeCell } from './helpers';

const promo = (rows: [string, unknown, unknown, unknown][]) => [
  column(...rows.map((r) => r[0])),
  column(...rows.map((r) => r[1])),
  column(...rows.map((r) => r[2])),
  column(...rows.map((r) => r[3])),
];

describe('PROMO_STACK', () => {
  it('adds a 20 % coupon to a 15 % deal: 35 % off the list price, not a compounded 32 %', () => {
    expect(stackDiscounts([0.2, 0.15])).toBe(0.35);
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-30', '15%'], ['B0A', '2026-11-25', '2026-11-28', '20%']])));
    expect(result).toEqual([0.35, 0.35]);
  });

  it('caps stacked discounts at 100 %', () => {
    expect(stackDiscounts([0.6, 0.5])).toBe(1);
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-30', '60%'], ['B0A', '2026-11-25', '2026-11-28', '50%'], ['B0A', '2026-11-29', '2026-11-30', '10%']])));
    expect(result).toEqual([1, 1, 0.7]);
  });

  it('adds without binary leftovers: 10 % + 20 % is 0.3', () => {
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-30', 0.1], ['B0A', '2026-11-20', '2026-11-30', 0.2]])));
    expect(result).toEqual([0.3, 0.3]);
  });

  it('gives a promotion that overlaps nothing its own discount', () => {
    expect(call('PROMO_STACK', ['B0A', '2026-11-20', '2026-11-30', 0.1])).toBe(0.1);
  });

  it('stacks only promotions on the same ASIN', () => {
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-30', 0.2], ['B0B', '2026-11-20', '2026-11-30', 0.5]])));
    expect(result).toEqual([0.2, 0.5]);
  });

  it('matches ASINs regardless of case, spaces and full-width letters', () => {
    const result = firstColumn(call('PROMO_STACK', promo([['b0a ', '2026-11-20', '2026-11-30', 0.25], ['Ｂ０Ａ', '2026-11-20', '2026-11-30', 0.5]])));
    expect(result).toEqual([0.75, 0.75]);
  });

  it('does not stack two promotions that overlap a third but not each other', () => {
    const result = firstColumn(
      call(
        'PROMO_STACK',
        promo([
          ['B0A', '2026-11-01', '2026-11-30', 0.1],
          ['B0A', '2026-11-02', '2026-11-05', 0.5],
          ['B0A', '2026-11-10', '2026-11-12', 0.2],
        ]),
      ),
    );
    expect(result).toEqual([0.6, 0.6, 0.3]);
  });

  it('treats dates as inclusive days: ending and starting on the same day overlap', () => {
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-27', 0.25], ['B0A', '2026-11-27', '2026-11-30', 0.5]])));
    expect(result).toEqual([0.75, 0.75]);
  });

  it('compares times of day when the cells have them', () => {
    const deal: [string, unknown, unknown, unknown] = ['B0A', '2026-11-27 06:00', '2026-11-27 12:00', 0.3];
    const coupon: [string, unknown, unknown, unknown] = ['B0A', '2026-11-27 12:00', '2026-11-28', 0.1];
    expect(firstColumn(call('PROMO_STACK', promo([deal, coupon])))).toEqual([0.3, 0.1]);
    const earlier: [string, unknown, unknown, unknown] = ['B0A', new Date(2026, 10, 27, 11, 59), '2026-11-28', 0.1];
    expect(firstColumn(call('PROMO_STACK', promo([deal, earlier])))).toEqual([0.4, 0.4]);
  });

  it('reads a blank end as still running', () => {
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-01-01', '', 0.1], ['B0A', '2030-06-01', '2030-06-02', 0.1]])));
    expect(result).toEqual([0.2, 0.2]);
  });

  it('reads discounts as 20%, 0.2 or 20', () => {
    const result = firstColumn(call('PROMO_STACK', promo([['A', '2026-11-20', '2026-11-30', '20%'], ['B', '2026-11-20', '2026-11-30', 20], ['C', '2026-11-20', '2026-11-30', 0.2]])));
    expect(result).toEqual([0.2, 0.2, 0.2]);
  });

  it('keeps blank rows blank and marks bad rows, leaving them out of the stack', () => {
    const result = firstColumn(
      call(
        'PROMO_STACK',
        promo([
          ['B0A', '2026-11-20', '2026-11-30', 0.2],
          ['', '', '', ''],
          ['B0A', 'soon', '2026-11-30', 0.5],
          ['B0A', '2026-11-20', '2026-11-30', '150%'],
          ['B0A', '2026-11-30', '2026-11-20', 0.5],
          ['', '2026-11-20', '2026-11-30', 0.5],
          ['B0A', '', '2026-11-30', 0.5],
          ['B0A', '2026-11-20', '2026-11-30', ''],
        ]),
      ),
    );
    expect(result).toEqual([
      0.2,
      '',
      'not a date: soon',
      'not a discount (0–100%): 150%',
      'ends before it starts',
      'missing asins',
      'missing starts',
      'missing discounts',
    ]);
  });

  it('treats a 100 % discount as free whatever stacks with it', () => {
    expect(firstColumn(call('PROMO_STACK', promo([['A', '2026-11-20', '2026-11-30', 1], ['A', '2026-11-21', '2026-11-22', 0.5]])))).toEqual([1, 1]);
  });

  it('throws a localized error for ranges of different sizes', () => {
    const args = [column('A', 'B'), column('2026-11-20'), column('2026-11-30', '2026-11-30', '2026-11-30'), 0.1];
    expect(() => call('PROMO_STACK', args)).toThrow(FormulaError);
    expect(() => call('PROMO_STACK', args, 'zh-CN')).toThrow(/PROMO_STACK：asins 是 2×1 个单元格，其他区域是 3×1/);
  });

  it('throws when a single discount for every row is unusable', () => {
    expect(() => call('PROMO_STACK', [column('A', 'B'), column('2026-11-20', '2026-11-21'), column('', ''), 'lots'])).toThrow(
      'PROMO_STACK: discounts cannot be "lots". Give a discount such as 20% or 0.2.',
    );
  });

  it('throws "is empty" for a single empty starts or ends used for every row, instead of marking each row', () => {
    const asins = column('A', 'B');
    expect(() => call('PROMO_STACK', [asins, '', column('2026-11-30', '2026-11-30'), 0.1])).toThrow(
      'PROMO_STACK: starts is empty. Give a date such as 2026-11-27, a date cell, or TODAY().',
    );
    expect(() => call('PROMO_STACK', [asins, column('2026-11-20', '2026-11-21'), '', 0.1])).toThrow(/^PROMO_STACK: ends is empty\./);
    expect(() => call('PROMO_STACK', [asins, [['']], column('2026-11-30', '2026-11-30'), 0.1], 'zh-CN')).toThrow(/PROMO_STACK：starts 为空。/);
    // A single row is not a wrong call: it is marked like any row.
    expect(call('PROMO_STACK', ['A', '', '2026-11-30', 0.1])).toBe('missing starts');
  });
});

// A plain O(n²) reference: the deepest stack is reached at the row's own start or at a later start
// of another promotion inside the row's period (the active set only grows at starts).
function reference(rows: { asin: string; start: number; end: number; discount: number }[]): number[] {
  return rows.map((p) => {
    const candidates = [p.start, ...rows.filter((q) => q.asin === p.asin && q.start >= p.start && q.start < p.end).map((q) => q.start)];
    let best = 0;
    for (const t of candidates) {
      const active = rows.filter((q) => q.asin === p.asin && q.start <= t && t < q.end).map((q) => q.discount);
      best = Math.max(best, stackDiscounts(active));
    }
    return best;
  });
}

describe('PROMO_STACK agrees with a brute-force reference', () => {
  it('on random promotion calendars', () => {
    const row = fc.record({
      asin: fc.constantFrom('A', 'B', 'C'),
      startDay: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 0, max: 15 }),
      discount: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
      blank: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const base = Date.UTC(2026, 10, 1);
        const cells = rows.map((r) =>
          r.blank && r.startDay % 4 === 0
            ? ['', '', '', '']
            : [r.asin, new Date(base + r.startDay * 86_400_000).toISOString().slice(0, 10), new Date(base + (r.startDay + r.length) * 86_400_000).toISOString().slice(0, 10), r.discount],
        );
        if (cells.length === 0) return;
        const result = firstColumn(call('PROMO_STACK', [0, 1, 2, 3].map((k) => cells.map((c) => [c[k]]))));
        const live = cells.map((c, i) => ({ c, i })).filter(({ c }) => c[0] !== '');
        const expected = reference(
          live.map(({ c }) => ({
            asin: c[0] as string,
            start: Date.parse(c[1] as string),
            end: Date.parse(c[2] as string) + 86_400_000,
            discount: c[3] as number,
          })),
        );
        expect(result.every(isSafeCell)).toBe(true);
        live.forEach(({ i }, k) => expect(result[i] as number).toBeCloseTo(expected[k], 10));
        cells.forEach((c, i) => {
          if (c[0] === '') expect(result[i]).toBe('');
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('PROMO_STACK placeholders', () => {
  it('reads a row of "N/A" and "--" placeholders as blank', () => {
    expect(firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-30', 0.2], ['N/A', '--', '--', 'N/A']])))).toEqual([0.2, '']);
  });
});
