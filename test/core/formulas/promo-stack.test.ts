import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPromoKind, stackDiscounts, type ActiveDiscounts, type PromoKind } from '../../../src/core/formulas/promo-stack';
import { FormulaError } from '../../../src/core/formulas/formula-error';
import { call, column, firstColumn, isSafeCell } from './helpers';

/** Rows of [asin, start, end, discount] as coupons (which add up), or [asin, type, start, end, discount, …]. */
const promo = (rows: unknown[][]) => {
  const full = rows.map((r) => (r.length === 4 ? [r[0], r[0] === '' && r[1] === '' ? '' : 'Coupon', r[1], r[2], r[3]] : r));
  return full[0].map((_, k) => column(...full.map((r) => r[k])));
};

const NONE: ActiveDiscounts = { price: 0, lightning: 0, noCode: 0, unrestricted: 0, preferential: 0, exclusive: 0 };
const coupons = (...d: number[]): ActiveDiscounts => ({ ...NONE, noCode: d.reduce((a, b) => a + b, 0) });

describe('PROMO_STACK', () => {
  it('adds a 20 % coupon to a 15 % deal: 35 % off the list price, not a compounded 32 %', () => {
    expect(stackDiscounts(coupons(0.2, 0.15))).toBe(0.35);
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-30', '15%'], ['B0A', '2026-11-25', '2026-11-28', '20%']])));
    expect(result).toEqual([0.35, 0.35]);
  });

  it('caps stacked discounts at 100 %', () => {
    expect(stackDiscounts(coupons(0.6, 0.5))).toBe(1);
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-30', '60%'], ['B0A', '2026-11-25', '2026-11-28', '50%'], ['B0A', '2026-11-29', '2026-11-30', '10%']])));
    expect(result).toEqual([1, 1, 0.7]);
  });

  it('adds without binary leftovers: 10 % + 20 % is 0.3', () => {
    const result = firstColumn(call('PROMO_STACK', promo([['B0A', '2026-11-20', '2026-11-30', 0.1], ['B0A', '2026-11-20', '2026-11-30', 0.2]])));
    expect(result).toEqual([0.3, 0.3]);
  });

  it('gives a promotion that overlaps nothing its own discount', () => {
    expect(call('PROMO_STACK', ['B0A', 'Coupon', '2026-11-20', '2026-11-30', 0.1])).toBe(0.1);
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
    const deal = ['B0A', '2026-11-27 06:00', '2026-11-27 12:00', 0.3];
    const coupon = ['B0A', '2026-11-27 12:00', '2026-11-28', 0.1];
    expect(firstColumn(call('PROMO_STACK', promo([deal, coupon])))).toEqual([0.3, 0.1]);
    const earlier = ['B0A', new Date(2026, 10, 27, 11, 59), '2026-11-28', 0.1];
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
          ['', 'Coupon', '2026-11-20', '2026-11-30', 0.5],
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
    const args = [column('A', 'B'), 'Coupon', column('2026-11-20'), column('2026-11-30', '2026-11-30', '2026-11-30'), 0.1];
    expect(() => call('PROMO_STACK', args)).toThrow(FormulaError);
    expect(() => call('PROMO_STACK', args, 'zh-CN')).toThrow(/PROMO_STACK：asins 是 2×1 个单元格，其他区域是 3×1/);
  });

  it('throws when a single discount for every row is unusable', () => {
    expect(() => call('PROMO_STACK', [column('A', 'B'), 'Coupon', column('2026-11-20', '2026-11-21'), column('', ''), 'lots'])).toThrow(
      'PROMO_STACK: discounts cannot be "lots". Give a discount such as 20% or 0.2.',
    );
  });

  it('throws "is empty" for a single empty starts used for every row, instead of marking each row', () => {
    const asins = column('A', 'B');
    expect(() => call('PROMO_STACK', [asins, 'Coupon', '', column('2026-11-30', '2026-11-30'), 0.1])).toThrow(
      'PROMO_STACK: starts is empty. Give a date such as 2026-11-27, a date cell, or TODAY().',
    );
    expect(() => call('PROMO_STACK', [asins, 'Coupon', [['']], column('2026-11-30', '2026-11-30'), 0.1], 'zh-CN')).toThrow(/PROMO_STACK：starts 为空。/);
    // A single row is not a wrong call: it is marked like any row.
    expect(call('PROMO_STACK', ['A', 'Coupon', '', '2026-11-30', 0.1])).toBe('missing starts');
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
      best = Math.max(best, stackDiscounts(coupons(...active)));
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
            ? ['', '', '', '', '']
            : [r.asin, 'Coupon', new Date(base + r.startDay * 86_400_000).toISOString().slice(0, 10), new Date(base + (r.startDay + r.length) * 86_400_000).toISOString().slice(0, 10), r.discount],
        );
        if (cells.length === 0) return;
        const result = firstColumn(call('PROMO_STACK', [0, 1, 2, 3, 4].map((k) => cells.map((c) => [c[k]]))));
        const live = cells.map((c, i) => ({ c, i })).filter(({ c }) => c[0] !== '');
        const expected = reference(
          live.map(({ c }) => ({
            asin: c[0] as string,
            start: Date.parse(c[2] as string),
            end: Date.parse(c[3] as string) + 86_400_000,
            discount: c[4] as number,
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
    expect(firstColumn(call('PROMO_STACK', promo([['B0A', 'Coupon', '2026-11-20', '2026-11-30', 0.2], ['N/A', '--', '--', '--', 'N/A']])))).toEqual([0.2, '']);
  });
});

describe('PROMO_STACK by Amazon’s stacking rules', () => {
  const at = (type: string, discount: unknown, start = '2026-11-20', end = '2026-11-30') => ['B0A', type, start, end, discount];

  it('lets price discounts set the base price without adding up: the lowest price wins', () => {
    expect(firstColumn(call('PROMO_STACK', promo([at('Sale price', 0.1), at('7-Day Deal', 0.2)])))).toEqual([0.2, 0.2]);
  });

  it('stacks a coupon on a price discount, adding shares of the list price (20 % deal + 5 % coupon = 25 %)', () => {
    expect(firstColumn(call('PROMO_STACK', promo([at('Prime Exclusive', 0.2), at('Coupon', 0.05)])))).toEqual([0.25, 0.25]);
  });

  it('flags a Lightning Deal overlapping a price discount on both rows instead of adding them', () => {
    const result = firstColumn(call('PROMO_STACK', promo([at('Lightning Deal', 0.3), at('7-Day Deal', 0.2), at('Coupon', 0.05)])));
    expect(result.slice(0, 2)).toEqual([
      'conflict: a Lightning Deal cannot run with a price discount',
      'conflict: a Lightning Deal cannot run with a price discount',
    ]);
    expect(result[2]).toBe(0.35);
  });

  it('does not flag a Lightning Deal that runs after a price discount ends', () => {
    expect(firstColumn(call('PROMO_STACK', promo([at('LD', 0.3, '2026-12-01', '2026-12-02'), at('7DD', 0.2)])))).toEqual([0.3, 0.2]);
  });

  it('applies at most one Preferential code, the largest, with any number of Unrestricted codes', () => {
    const result = firstColumn(call('PROMO_STACK', promo([at('Preferential', 0.1), at('Preferential', 0.15), at('Unrestricted', 0.05), at('Social media', 0.05)])));
    expect(result).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('combines an Exclusive code with no other code, but still with no-code promotions', () => {
    // Codes: the Exclusive 30 % alone beats 10 % + 5 %; the coupon adds on top.
    expect(firstColumn(call('PROMO_STACK', promo([at('Exclusive', 0.3), at('Unrestricted', 0.1), at('Preferential', 0.05), at('Coupon', 0.1)])))).toEqual([
      0.4, 0.4, 0.4, 0.4,
    ]);
    expect(stackDiscounts({ ...NONE, exclusive: 0.1, unrestricted: 0.2, preferential: 0.1 })).toBe(0.3);
  });

  it('reads promotion types in English, 简体 and 繁體, and marks an unknown type', () => {
    const kinds: [string, PromoKind][] = [['优惠券', 'noCode'], ['秒杀', 'lightning'], ['秒殺', 'lightning'], ['7天促销', 'price'], ['Prime專享折扣', 'price'], ['社媒促销', 'unrestricted'], ['% off', 'noCode'], ['獨家型', 'exclusive']];
    for (const [word, kind] of kinds) expect(readPromoKind(word), word).toBe(kind);
    expect(firstColumn(call('PROMO_STACK', promo([at('Flash sale', 0.1), at('Coupon', 0.1)])))).toEqual(['unknown promotion type: Flash sale', 0.1]);
    expect(() => call('PROMO_STACK', ['B0A', 'Flash sale', '2026-11-20', '2026-11-30', 0.1])).toThrow(/^PROMO_STACK: types cannot be "Flash sale"\. Use a type such as Coupon/);
  });

  it('never reads money as a percent: "$5" without a list price is marked', () => {
    expect(call('PROMO_STACK', ['B0A', 'Coupon', '2026-11-20', '2026-11-30', '$5'])).toBe('money, not a percent: $5');
  });

  it('reads money against the list price: an amount off for a coupon, the deal price for a price discount', () => {
    const result = call('PROMO_STACK', promo([
      ['B0A', 'Coupon', '2026-11-20', '2026-11-30', '$5', 50],
      ['B0A', 'Sale price', '2026-11-20', '2026-11-30', '$40', 50],
    ])) as unknown[][];
    expect(result.map((r) => r[0])).toEqual([0.3, 0.3]);
  });

  it('adds the lowest price a buyer can pay, and a floor flag, as extra columns', () => {
    const result = call('PROMO_STACK', promo([at('7-Day Deal', 0.2).concat([30, 25]), at('Coupon', 0.1).concat([30, 20])]));
    expect(result).toEqual([
      [0.3, 21, true],
      [0.3, 21, false],
    ]);
  });

  it('sizes the spill by the columns it returns', async () => {
    const { promoStack } = await import('../../../src/core/formulas/promo-stack');
    const col = { rows: 4, cols: 1, scalar: false };
    expect(promoStack.resultShape([col, col, col, col, col])).toEqual({ rows: 4, cols: 1 });
    expect(promoStack.resultShape([col, col, col, col, col, col, col])).toEqual({ rows: 4, cols: 3 });
  });
});

describe('PROMO_STACK with every kind but deals agrees with a brute-force reference', () => {
  const TYPES: [string, PromoKind][] = [['Sale price', 'price'], ['Coupon', 'noCode'], ['Unrestricted', 'unrestricted'], ['Preferential', 'preferential'], ['Exclusive', 'exclusive']];
  it('on random calendars of mixed promotion types', () => {
    const row = fc.record({
      type: fc.integer({ min: 0, max: TYPES.length - 1 }),
      startDay: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 0, max: 10 }),
      discount: fc.integer({ min: 0, max: 40 }).map((x) => x / 100),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const base = Date.UTC(2026, 10, 1);
        const day = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
        const result = firstColumn(call('PROMO_STACK', promo(rows.map((r) => ['A', TYPES[r.type][0], day(r.startDay), day(r.startDay + r.length), r.discount]))));
        const spans = rows.map((r) => ({ from: r.startDay, to: r.startDay + r.length, kind: TYPES[r.type][1], d: r.discount }));
        spans.forEach((p, i) => {
          let best = 0;
          for (let t = p.from; t <= p.to; t++) {
            const active = spans.filter((q) => q.from <= t && t <= q.to);
            const max = (k: PromoKind) => Math.max(0, ...active.filter((q) => q.kind === k).map((q) => q.d));
            const sum = (k: PromoKind) => active.filter((q) => q.kind === k).reduce((a, q) => a + q.d, 0);
            best = Math.max(best, stackDiscounts({ price: max('price'), lightning: 0, noCode: sum('noCode'), unrestricted: sum('unrestricted'), preferential: max('preferential'), exclusive: max('exclusive') }));
          }
          expect(result[i] as number).toBeCloseTo(best, 10);
        });
      }),
      { numRuns: 200 },
    );
  });
});
