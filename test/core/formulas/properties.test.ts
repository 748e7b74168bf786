import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_DEFINED, SPEND_WITHOUT_SALES } from '../../../src/core/formulas/elementwise';
import { inverseNormal } from '../../../src/core/formulas/inverse-normal';
import { call, isSafeCell } from './helpers';

/** What a generated cell means, known independently of how the formulas parse it. */
/** `blank`: an empty cell; `none`: a "no value" marker (`--`, `N/A`). */
type Meaning = { kind: 'blank' } | { kind: 'none' } | { kind: 'number'; value: number } | { kind: 'junk' };
interface Cell {
  readonly raw: unknown;
  readonly meaning: Meaning;
}

const fullWidth = (s: string) => s.replace(/[0-9.-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

const blankCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<unknown>('', ' ', null).map((raw): Cell => ({ raw, meaning: { kind: 'blank' } })),
  fc.constantFrom<unknown>('--', 'N/A', '—').map((raw): Cell => ({ raw, meaning: { kind: 'none' } })),
);

const numberCell: fc.Arbitrary<Cell> = fc
  .tuple(fc.oneof(fc.integer({ min: -50_000, max: 5_000_000 }), fc.constant(0)), fc.integer({ min: 0, max: 5 }))
  .map(([cents, style]) => {
    const value = cents / 100;
    const money = (locale: string) => value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    switch (style) {
      case 1:
        return { raw: `$${money('en-US')}`, meaning: { kind: 'number', value } };
      case 2:
        return { raw: `${money('de-DE')} €`, meaning: { kind: 'number', value } };
      case 3:
        return { raw: fullWidth(String(value)), meaning: { kind: 'number', value } };
      case 4:
        return { raw: `${value}%`, meaning: { kind: 'number', value: value / 100 } };
      case 5:
        return { raw: String(value), meaning: { kind: 'number', value } };
      default:
        return { raw: value, meaning: { kind: 'number', value } };
    }
  });

const junkCell: fc.Arbitrary<Cell> = fc
  .constantFrom<unknown>('abc', 'x12', '1.2.3', true, false, new Date(2026, 0, 5), '12 pcs')
  .map((raw) => ({ raw, meaning: { kind: 'junk' } }));

const anyCell = fc.oneof({ weight: 4, arbitrary: blankCell }, { weight: 6, arbitrary: numberCell }, { weight: 1, arbitrary: junkCell });

interface Param {
  readonly nonNegative?: boolean;
  readonly required?: boolean;
  /** A blank beside data counts as 0 (a blank safety stock, on hand, inbound); otherwise it is no data. */
  readonly blankIsZero?: boolean;
  /** Money: percent text is flagged "a percent, not money", or with `shareOfPrice` is that share of input 0. */
  readonly money?: boolean;
  readonly shareOfPrice?: boolean;
  /**
   * `share`: a bounded 0–100 % share (a plain number above 1 is percentage points, 20 → 0.2);
   * `rate`: an unbounded rate whose plain number beyond ±1 is ambiguous and marked "write 30% or 0.3".
   */
  readonly read?: 'share' | 'rate';
  /** A setting passed as one value for the whole call, from this generator. */
  readonly setting?: fc.Arbitrary<unknown>;
}

interface Case {
  readonly name: string;
  readonly params: readonly Param[];
  /** The plain formula on the numbers of one row (settings as given). */
  readonly reference: (values: number[], settings: unknown[]) => number | string | boolean;
}

const N: Param = { nonNegative: true };
const M: Param = { nonNegative: true, money: true };
const COSTS: Param = { nonNegative: true, money: true, shareOfPrice: true };
const Z: Param = { nonNegative: true, blankIsZero: true };
const R: Param = { nonNegative: true, required: true };
const SHARE: Param = { nonNegative: true, read: 'share' };
const RATE: Param = { read: 'rate' };

const isPercentText = (raw: unknown) => typeof raw === 'string' && /[%％]/.test(raw);

/** How a rate parameter reads a number cell: its value, or 'invalid'/'ambiguous' for a marked cell. */
function readAs(p: Param, cell: Cell): number | 'invalid' | 'ambiguous' {
  const value = (cell.meaning as { value: number }).value;
  if (p.read === 'rate') return !isPercentText(cell.raw) && Math.abs(value) > 1 ? 'ambiguous' : value;
  if (p.read === 'share') {
    const share = !isPercentText(cell.raw) && value > 1 ? value / 100 : value;
    return share < 0 || share > 1 ? 'invalid' : share;
  }
  return value;
}
const ratio = (a: number, b: number) => (b === 0 ? NOT_DEFINED : a / b);
/** Spend over a result: spend without sales is the worst value, 0 ÷ 0 no data. */
const costRatio = (a: number, b: number) => (b === 0 ? (a > 0 ? SPEND_WITHOUT_SALES : NOT_DEFINED) : a / b);

const agedRate = (days: number): [number, number] => {
  const d = Math.floor(days);
  if (d <= 180) return [0, 0];
  if (d <= 210) return [0.5, 0];
  if (d <= 240) return [1, 0];
  if (d <= 270) return [1.5, 0];
  if (d <= 300) return [5.45, 0];
  if (d <= 330) return [5.7, 0];
  if (d <= 365) return [5.9, 0];
  if (d <= 455) return [6.9, 0.3];
  return [7.9, 0.35];
};

const CASES: readonly Case[] = [
  { name: 'ACOS_ADS', params: [M, M], reference: ([a, b]) => costRatio(a, b) },
  { name: 'TACOS', params: [M, M], reference: ([a, b]) => costRatio(a, b) },
  { name: 'ROAS', params: [M, M], reference: ([a, b]) => ratio(a, b) },
  { name: 'CTR', params: [N, N], reference: ([a, b]) => ratio(a, b) },
  { name: 'CPC', params: [M, N], reference: ([a, b]) => ratio(a, b) },
  { name: 'CVR', params: [N, N], reference: ([a, b]) => ratio(a, b) },
  { name: 'CPA', params: [M, N], reference: ([a, b]) => costRatio(a, b) },
  { name: 'AD_SALES_SHARE', params: [M, M], reference: ([a, b]) => ratio(a, b) },
  { name: 'UNIT_SESSION_PCT', params: [N, N], reference: ([a, b]) => ratio(a, b) },
  { name: 'ORGANIC', params: [N, N], reference: ([a, b]) => a - b },
  { name: 'BREAKEVEN_ACOS', params: [M, COSTS], reference: ([p, c]) => (p === 0 ? NOT_DEFINED : (p - c) / p) },
  { name: 'PROFIT_PER_UNIT', params: [M, COSTS], reference: ([p, c]) => p - c },
  {
    name: 'NET_PROFIT_PER_UNIT',
    params: [M, COSTS, M, N],
    reference: ([p, c, s, u]) => (u === 0 ? (s === 0 ? p - c : NOT_DEFINED) : p - c - s / u),
  },
  { name: 'ROI', params: [{ money: true }, M], reference: ([p, l]) => ratio(p, l) },
  { name: 'TARGET_ACOS', params: [RATE, RATE], reference: ([a, b]) => a - b },
  { name: 'SUGGESTED_BID', params: [M, SHARE, { ...RATE, nonNegative: true }], reference: ([p, c, t]) => p * c * t },
  { name: 'DAYS_OF_STOCK', params: [N, N], reference: ([a, d]) => ratio(a, d) },
  { name: 'WEEKS_OF_COVER', params: [N, N], reference: ([a, w]) => ratio(a, w) },
  { name: 'SELL_THROUGH', params: [N, N], reference: ([s, h]) => ratio(s, h) },
  { name: 'REORDER_POINT', params: [N, R, Z], reference: ([d, l, s]) => d * l + s },
  { name: 'REORDER_QTY', params: [N, R, Z, Z], reference: ([d, c, o, i]) => Math.max(0, d * c - o - i) },
  {
    name: 'CUBIC_FEET',
    params: [R, R, R, { setting: fc.constantFrom('in', 'cm') }],
    reference: ([l, w, h], [, , , unit]) => (l * w * h) / (unit === 'cm' ? 30.48 ** 3 : 12 ** 3),
  },
  {
    name: 'STORAGE_FEE',
    params: [N, { setting: fc.integer({ min: 1, max: 12 }) }, { setting: fc.constantFrom('standard', 'oversize') }],
    reference: ([v], [, month, tier]) => v * (tier === 'standard' ? ((month as number) >= 10 ? 2.4 : 0.78) : (month as number) >= 10 ? 1.4 : 0.56),
  },
  {
    name: 'AGED_SURCHARGE',
    params: [R, R, R],
    reference: ([days, v, units]) => {
      const [rate, min] = agedRate(days);
      return units * Math.max(v * rate, min);
    },
  },
  { name: 'LOW_INVENTORY_FEE_RISK', params: [R, R], reference: ([a, b]) => a < 28 && b < 28 },
  {
    name: 'SAFETY_STOCK',
    params: [{ setting: fc.integer({ min: 500, max: 999 }).map((x) => x / 1000) }, N, N],
    reference: ([, sd, l], [level]) => inverseNormal(level as number) * sd * Math.sqrt(l),
  },
];

/** Checks one result cell against the meanings of its row. */
function checkRow(c: Case, row: Cell[], settings: unknown[], deciding: boolean[], got: unknown): void {
  expect(isSafeCell(got)).toBe(true);
  if (!row.some((cell, i) => deciding[i] && cell.meaning.kind !== 'blank')) {
    expect(got).toBe('');
    return;
  }
  const values: number[] = [];
  let noValue = false;
  for (let i = 0; i < row.length; i++) {
    const m = row[i].meaning;
    const p = c.params[i];
    if (p.setting) {
      values.push(0);
      continue;
    }
    if (m.kind === 'junk') {
      expect(typeof got).toBe('string');
      expect(['', NOT_DEFINED]).not.toContain(got);
      return;
    }
    if (m.kind === 'number' && p.read && typeof row[i].raw === 'string' && /[$€]/.test(row[i].raw as string)) {
      expect(got).toMatch(/^money, not a percent: /);
      return;
    }
    const read = m.kind === 'number' ? readAs(p, row[i]) : 0;
    if (read === 'ambiguous') {
      expect(got).toMatch(/^write -?[\d.]+% or -?[\d.]+$/);
      return;
    }
    if (read === 'invalid') {
      expect(got).toMatch(/^not a rate/);
      return;
    }
    if (m.kind === 'number' && m.value < 0 && p.nonNegative) {
      expect(got).toMatch(/^negative: /);
      return;
    }
    if (m.kind === 'number' && p.money && !p.shareOfPrice && isPercentText(row[i].raw)) {
      expect(got).toMatch(/^a percent, not money: /);
      return;
    }
    if (m.kind === 'blank' && p.required) {
      expect(got).toMatch(/^missing /);
      return;
    }
    // No data is not zero: a blank or "--" beside data makes the row "—" (once every cell is checked).
    if (m.kind === 'none' || (m.kind === 'blank' && !p.blankIsZero)) noValue = true;
    values.push(typeof read === 'number' && m.kind === 'number' ? read : 0);
  }
  if (noValue) {
    expect(got).toBe(NOT_DEFINED);
    return;
  }
  // Percent text among costs is that share of the price (input 0).
  c.params.forEach((p, i) => {
    if (p.shareOfPrice && isPercentText(row[i].raw)) values[i] = values[i] * values[0];
  });
  const expected = c.reference(values, settings);
  if (typeof expected === 'number') {
    expect(typeof got).toBe('number');
    // Inputs read from "12.5%" differ from v / 100 in the last bit; sums of products can cancel.
    const scale = values.reduce((acc, v) => acc * Math.max(1, Math.abs(v)), 1);
    expect(Math.abs((got as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)) + 1e-13 * scale);
  } else {
    expect(got).toBe(expected);
  }
}

describe.each(CASES)('$name on random ranges', (c) => {
  it('keeps the shape, never returns NaN/Infinity, keeps blanks blank, marks bad cells and agrees with the plain formula', () => {
    const settingArbs = c.params.map((p) => p.setting ?? fc.constant(undefined));
    // Each data parameter is a column, or now and then one value broadcast against the others.
    const layout = fc.array(fc.boolean(), { minLength: c.params.length, maxLength: c.params.length });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.array(anyCell, { minLength: c.params.length, maxLength: c.params.length }), { minLength: 40, maxLength: 40 }),
        fc.tuple(...settingArbs),
        layout,
        numberCell,
        (rows, grid, settings, scalarFlags, broadcastCell) => {
          const isScalar = c.params.map((p, i) => !p.setting && scalarFlags[i] && scalarFlags.filter(Boolean).length === 1);
          // A single value must be usable (a bad one is a wrong call, tested elsewhere).
          const usable = (p: Param): Cell =>
            (broadcastCell.meaning as { value: number }).value < 0 ||
            typeof readAs(p, broadcastCell) !== 'number' ||
            (p.money && isPercentText(broadcastCell.raw)) ||
            (p.read && typeof broadcastCell.raw === 'string' && /[$€]/.test(broadcastCell.raw))
              ? { raw: 0.5, meaning: { kind: 'number', value: 0.5 } }
              : broadcastCell;
          const table = grid.slice(0, rows).map((row) => row.map((cell, i) => (isScalar[i] ? usable(c.params[i]) : cell)));
          const args = c.params.map((p, i) => (p.setting ? settings[i] : isScalar[i] ? usable(p).raw : table.map((row) => [row[i].raw])));
          const varying = c.params.map((p, i) => !p.setting && !isScalar[i]);
          const deciding = varying.includes(true) ? varying : c.params.map((p) => !p.setting);
          const result = call(c.name, args);
          // Only a call of single values returns a single value; it stands for one row.
          const allSingle = args.every((a) => !Array.isArray(a));
          expect(Array.isArray(result)).toBe(!allSingle);
          const out = allSingle ? [[result]] : (result as unknown[][]);
          expect(out).toHaveLength(allSingle ? 1 : rows);
          out.forEach((line, r) => {
            expect(line).toHaveLength(1);
            checkRow(c, table[r], settings, deciding, line[0]);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('RANK_CHANGE on random ranks', () => {
  it('agrees with the documented rules', () => {
    const rank = fc.oneof(
      fc.integer({ min: 1, max: 500 }).map((n) => ({ raw: n as unknown, rank: n as number | null })),
      fc.integer({ min: 1, max: 500 }).map((n) => ({ raw: `#${n}` as unknown, rank: n as number | null })),
      fc.constantFrom<unknown>('NR', '>100', '未排名', 0, '100+').map((raw) => ({ raw, rank: 0 as number | null })),
      fc.constantFrom<unknown>('', '--').map((raw) => ({ raw, rank: null as number | null })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(rank, rank), { minLength: 1, maxLength: 30 }), (pairs) => {
        const result = call('RANK_CHANGE', [pairs.map(([p]) => [p.raw]), pairs.map(([, c]) => [c.raw])]) as unknown[][];
        pairs.forEach(([p, c], i) => {
          const got = result[i][0];
          const prev = p.rank ?? 0;
          const cur = c.rank ?? 0;
          // A blank rank is not filled in yet: the row stays blank.
          const expected =
            p.rank === null || c.rank === null
              ? ''
              : prev === 0 && cur === 0
                ? NOT_DEFINED
                : prev === 0
                  ? 'new'
                  : cur === 0
                    ? 'dropped out'
                    : prev - cur;
          expect(got).toBe(expected);
        });
      }),
    );
  });
});

describe('HEALTH_STATUS on random values', () => {
  it('classifies every rate by the share of its allowance used', () => {
    const metrics: [string, 'below' | 'above', number][] = [
      ['ODR', 'below', 0.01],
      ['配送前取消率', 'below', 0.025],
      ['遲發率', 'below', 0.04],
      ['Valid Tracking Rate', 'above', 0.95],
      ['准时交货率', 'above', 0.9],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...metrics), fc.integer({ min: 0, max: 10_000 }), ([name, target, limit], basisPoints) => {
        const rate = basisPoints / 10_000;
        const got = call('HEALTH_STATUS', [name, `${basisPoints / 100}%`]);
        const used = target === 'below' ? rate / limit : (1 - rate) / (1 - limit);
        const expected = used >= 1 - 1e-9 ? 'BREACH' : used >= 0.8 - 1e-9 ? 'AT RISK' : 'OK';
        expect(got).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('STOCKOUT_DATE on random inputs', () => {
  it('is the as-of date plus the whole days of stock, or the em dash', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.date({ min: new Date(2020, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true }),
        (available, daily, asOf) => {
          const got = call('STOCKOUT_DATE', [available, daily, asOf]);
          if (daily === 0) {
            expect(got).toBe(NOT_DEFINED);
          } else {
            const expected = new Date(asOf.getFullYear(), asOf.getMonth(), asOf.getDate() + Math.floor(available / daily));
            expect((got as Date).getTime()).toBe(expected.getTime());
          }
        },
      ),
    );
  });
});
