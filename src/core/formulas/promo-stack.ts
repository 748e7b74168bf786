import type { Locale } from '../i18n/locale';
import { t, type MessageKey } from '../i18n/messages';
import { MS_PER_DAY, readDateTime, type WallClock } from '../values/dates';
import { cellAt, describeShape, shapeOf, toResult, type Arg, type CellOut, type Shape } from '../values/grid';
import { readFraction } from '../values/read-fraction';
import { readNumber, type NumberCell } from '../values/read-number';
import { checkArity, clockFor, invalidText, tidy, type FormulaCore, type FormulaImpl } from './elementwise';
import { FormulaError } from './formula-error';

const PARAMS = ['asins', 'starts', 'ends', 'discounts'] as const;

/**
 * How discounts that run at the same time combine: Amazon applies every promotional discount to the
 * original (list) price, so they add up — a 20 % coupon with a 15 % deal is 35 % off — capped at
 * 100 % (the item is free, never paid for).
 */
export function stackDiscounts(discounts: readonly number[]): number {
  let sum = 0;
  for (const d of discounts) sum += d;
  return Math.min(1, Number(sum.toPrecision(12)));
}

/** One readable promotion row: its position, ASIN, half-open time interval and discount. */
interface Promo {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly discount: number;
}

/**
 * PROMO_STACK(asins, starts, ends, discounts) — for each promotion row, the deepest total discount
 * the buyer can get while it runs: over every moment of the row's period, the discounts of all
 * promotions on the same ASIN active at that moment, added up to at most 100 % ({@link stackDiscounts}); the row's
 * own discount when nothing overlaps it. Promotions that overlap the row but not each other are
 * never stacked together. Dates are inclusive days (a deal ending 27 Nov and a coupon starting
 * 27 Nov overlap); cells with a time of day are compared to the minute as given. A blank end
 * means the promotion is still running. Discounts are fractions or percent text (a number above 1
 * is percentage points). Rows with a bad cell are marked and left out of everyone's stack. A single
 * empty value for every row (a blank `starts` or `ends` cell) is a wrong call and throws.
 *
 * Looks across rows, so it sorts each ASIN's promotions once and answers every row with a range
 * maximum over the time segments: O(n log n) in the number of rows.
 */
export const promoStack: FormulaCore<'PROMO_STACK'> = {
  name: 'PROMO_STACK',
  paramNames: PARAMS,
  readsDates: true,
  resultShape: (shapes) => broadcastShape(shapes),
  impl: ((locale, args, options) => {
    checkArity(locale, 'PROMO_STACK', PARAMS, args);
    const shapes = args.map(shapeOf);
    const { rows, cols } = broadcastShape(shapes);
    shapes.forEach((s, i) => {
      if (!(s.rows === 1 || s.rows === rows) || !(s.cols === 1 || s.cols === cols)) {
        throw new FormulaError(locale, 'error.shape', { fn: 'PROMO_STACK', param: PARAMS[i], got: describeShape(s), want: `${rows}×${cols}` });
      }
    });
    const clock = clockFor(options);
    const allScalar = shapes.every((s) => s.scalar);
    const out: CellOut[][] = new Array(rows);
    for (let r = 0; r < rows; r++) out[r] = new Array<CellOut>(cols).fill('');
    checkBroadcastArgs(locale, args, shapes, rows * cols > 1 || allScalar, rows * cols > 1, clock);

    const varying = shapes.map((s) => !(s.rows === 1 && s.cols === 1));
    const decides = varying.includes(true) ? varying : varying.map(() => true);
    const groups = new Map<string, Promo[]>();
    const n = rows * cols;
    for (let k = 0; k < n; k++) {
      const r = Math.floor(k / cols);
      const c = k - r * cols;
      let filled = false;
      for (let i = 0; i < PARAMS.length && !filled; i++) filled = decides[i] && !isBlankCell(cellAt(args[i], shapes[i], r, c));
      if (!filled) continue;
      const raw = args.map((arg, i) => cellAt(arg, shapes[i], r, c));
      const read = readPromo(locale, raw, clock);
      if (typeof read === 'string') {
        out[r][c] = read;
        continue;
      }
      const promo: Promo = { index: k, start: read.start, end: read.end, discount: read.discount };
      const group = groups.get(read.asin);
      if (group) group.push(promo);
      else groups.set(read.asin, [promo]);
    }
    for (const group of groups.values()) {
      const deepest = deepestStacks(group);
      group.forEach((promo, i) => {
        const r = Math.floor(promo.index / cols);
        out[r][promo.index - r * cols] = tidy(Number(deepest[i].toPrecision(12)));
      });
    }
    return toResult(out, allScalar);
  }) satisfies FormulaImpl,
};

function broadcastShape(shapes: readonly Shape[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const s of shapes) {
    rows = Math.max(rows, s.rows);
    cols = Math.max(cols, s.cols);
  }
  return { rows, cols };
}

// Blank as every formula reads it: empty, or a placeholder such as "--" or "N/A".
function isBlankCell(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  return typeof v === 'string' && readNumber(v).kind === 'blank';
}

/**
 * A single value used for every row must be usable: a bad one is a wrong call. So is an empty one
 * spread over several rows: every row "missing starts" (or every promotion running forever, for
 * `ends`) says less than "starts is empty".
 */
function checkBroadcastArgs(locale: Locale, args: readonly Arg[], shapes: readonly Shape[], spread: boolean, several: boolean, clock: WallClock): void {
  if (!spread) return;
  shapes.forEach((s, i) => {
    if (s.rows !== 1 || s.cols !== 1) return;
    const cell = cellAt(args[i], s, 0, 0);
    if (several && isBlankCell(cell)) {
      const hint: MessageKey = i === 0 ? 'hint.value' : i === 3 ? 'hint.discount' : 'hint.date';
      throw new FormulaError(locale, 'error.missingArgument', { fn: 'PROMO_STACK', param: PARAMS[i], hint: t(locale, hint) });
    }
    if (i === 0) return;
    const read = i === 3 ? readFraction(cell) : readDateTime(cell, clock);
    if (read.kind === 'invalid') {
      const hint: MessageKey = i === 3 ? 'hint.discount' : 'hint.date';
      throw new FormulaError(locale, 'error.badArgument', { fn: 'PROMO_STACK', param: PARAMS[i], text: read.text || invalidText(locale, read), hint: t(locale, hint) });
    }
  });
}

/** The promotion of one row, or the short text its cell shows when it cannot be used. */
function readPromo(
  locale: Locale,
  raw: readonly unknown[],
  clock: WallClock,
): { asin: string; start: number; end: number; discount: number } | string {
  const asin = isBlankCell(raw[0]) ? '' : String(raw[0]).normalize('NFKC').trim().toUpperCase();
  if (asin === '') return t(locale, 'cell.missing', { param: PARAMS[0] });
  const start = readDateTime(raw[1], clock);
  if (start.kind === 'blank') return t(locale, 'cell.missing', { param: PARAMS[1] });
  if (start.kind === 'invalid') return problem(locale, 'cell.notDate', start);
  const end = readDateTime(raw[2], clock);
  if (end.kind === 'invalid') return problem(locale, 'cell.notDate', end);
  const discount = readFraction(raw[3]);
  if (discount.kind === 'blank') return t(locale, 'cell.missing', { param: PARAMS[3] });
  if (discount.kind === 'invalid') return problem(locale, 'cell.discount', discount);
  // A date without a time ends at the end of that day; a blank end never ends.
  const endExclusive = end.kind === 'blank' ? Infinity : end.value % MS_PER_DAY === 0 ? end.value + MS_PER_DAY : end.value;
  if (endExclusive <= start.value) return t(locale, 'cell.endsBeforeStart');
  return { asin, start: start.value, end: endExclusive, discount: discount.value };
}

function problem(locale: Locale, key: MessageKey, cell: Extract<NumberCell, { kind: 'invalid' }>): string {
  return cell.reason === 'date' ? invalidText(locale, cell) : t(locale, key, { text: cell.text });
}

/**
 * For each promotion of one ASIN, the deepest stacked discount over its period. Time is cut at
 * every start and end into segments; a segment's depth is the sum of the discounts active in it
 * (capped at 1), a running sum of +d at starts and −d at ends. Each promotion then takes the
 * maximum over its segments from a sparse table.
 */
function deepestStacks(group: readonly Promo[]): number[] {
  if (group.length === 1) return [group[0].discount];
  const times = Float64Array.from(group.flatMap((p) => [p.start, p.end])).sort();
  const unique: number[] = [];
  for (const x of times) if (unique.length === 0 || unique[unique.length - 1] !== x) unique.push(x);
  const position = (x: number): number => {
    let lo = 0;
    let hi = unique.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (unique[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const segments = unique.length - 1;
  const delta = new Float64Array(segments + 1);
  const spans = group.map((p) => {
    const from = position(p.start);
    const to = position(p.end);
    delta[from] += p.discount;
    delta[to] -= p.discount;
    return [from, to] as const;
  });
  const depth = new Float64Array(segments);
  // A compensated (Neumaier) running sum, so thousands of +d/−d leave no drift behind, then
  // rounded to 12 digits: 0.1 + 0.2 is 0.3.
  let sum = 0;
  let carry = 0;
  for (let j = 0; j < segments; j++) {
    const x = delta[j];
    const next = sum + x;
    carry += Math.abs(sum) >= Math.abs(x) ? sum - next + x : x - next + sum;
    sum = next;
    depth[j] = Math.min(1, Math.max(0, Number((sum + carry).toPrecision(12))));
  }
  const table = sparseMax(depth);
  return spans.map(([from, to]) => table(from, to - 1));
}

/** Range-maximum queries over `values` in O(1) after an O(n log n) build. */
function sparseMax(values: Float64Array): (from: number, to: number) => number {
  const levels: Float64Array[] = [values];
  for (let width = 2; width <= values.length; width *= 2) {
    const prev = levels[levels.length - 1];
    const half = width / 2;
    const next = new Float64Array(values.length - width + 1);
    for (let i = 0; i < next.length; i++) next[i] = Math.max(prev[i], prev[i + half]);
    levels.push(next);
  }
  return (from, to) => {
    const level = Math.floor(Math.log2(to - from + 1));
    const row = levels[level];
    return Math.max(row[from], row[to - (1 << level) + 1]);
  };
}
