import type { Locale } from '../i18n/locale';
import { t, type MessageKey } from '../i18n/messages';
import { MS_PER_DAY, readDateTime, type WallClock } from '../values/dates';
import { cellAt, describeShape, shapeOf, toResult, type Arg, type CellOut, type Shape } from '../values/grid';
import { readFraction } from '../values/read-fraction';
import { isNoValueText, readNumber, type NumberCell } from '../values/read-number';
import { textKey } from '../values/text-key';
import { checkArity, checkErrorCell, clockFor, invalidText, tidy, type FormulaCore, type FormulaImpl } from './elementwise';
import { FormulaError } from './formula-error';

const PARAMS = ['asins', 'types', 'starts', 'ends', 'discounts', 'list_price', 'floor_price'] as const;
const ASIN = 0;
const TYPE = 1;
const START = 2;
const END = 3;
const DISCOUNT = 4;
const LIST = 5;
const FLOOR = 6;
const REQUIRED = 5;

/**
 * How a promotion combines with others running at the same time (Amazon's rules,
 * shared/reference/operator-templates.md §4):
 * - `price`: a price discount that sets the base price (sale price, Prime Exclusive Discount,
 *   7-Day Deal, Outlet, Best Deal). Several at once do not add up: the lowest price wins.
 * - `lightning`: a Lightning Deal. It keeps the base price but cannot run with a price discount:
 *   together they are a conflict to flag, not discounts to add.
 * - `noCode`: coupons, percentage-off and BOGO promotions without a claim code: they stack on top and add up.
 * - `unrestricted`: claim codes that combine with any other (social-media promo codes, Unrestricted).
 * - `preferential`: at most one per order; the largest applies.
 * - `exclusive`: combines with no other claim code (still with the no-code promotions).
 */
export type PromoKind = 'price' | 'lightning' | 'noCode' | 'unrestricted' | 'preferential' | 'exclusive';

/** Every promotion type word we read, English, 简体 and 繁體 (compared in textKey form), by kind. */
export const PROMO_TYPES: Readonly<Record<PromoKind, readonly string[]>> = {
  lightning: ['Lightning Deal', 'LD', '秒杀', '秒殺', '限时秒杀', '限時秒殺', '闪电秒杀', '閃電秒殺', '闪购', '閃購'],
  price: [
    'Sale price', 'Sale', 'Price discount', 'Prime Exclusive', 'Prime Exclusive Discount', 'PED', '7-Day Deal', '7DD', 'Outlet', 'Outlet Deal',
    'Best Deal', 'BD', 'Deal of the Day', 'DOTD', '促销价', '促銷價', '特价', '特價', '价格折扣', '價格折扣', 'Prime专享折扣', 'Prime專享折扣',
    '会员折扣', '會員折扣', '7天促销', '7天促銷', '七天促销', '七天促銷', '奥特莱斯', '奧特萊斯', '最佳秒杀', '最佳秒殺',
  ],
  noCode: ['Coupon', 'Coupons', '% off', 'Percentage off', 'Percent off', 'Percentage', 'BOGO', 'Buy one get one', '优惠券', '優惠券', '购买折扣', '購買折扣', '买一赠一', '買一送一'],
  unrestricted: ['Social media', 'Social media promo code', 'Social media code', 'Unrestricted', 'Unrestricted code', '社媒', '社媒促销', '社媒促銷', '社交媒体促销', '社群促銷', '无限制型', '無限制型'],
  preferential: ['Preferential', 'Preferential code', '优先型', '優先型'],
  exclusive: ['Exclusive', 'Exclusive code', '独家型', '獨家型'],
};

const KIND_CODES: readonly PromoKind[] = ['price', 'lightning', 'noCode', 'unrestricted', 'preferential', 'exclusive'];
const KIND_INDEX = Object.fromEntries(KIND_CODES.map((kind, i) => [kind, i])) as Readonly<Record<PromoKind, number>>;
const TYPE_BY_KEY = new Map<string, number>(KIND_CODES.flatMap((kind, code) => PROMO_TYPES[kind].map((word) => [textKey(word), code] as const)));

/** Reads a promotion type (`Coupon`, `Lightning Deal`, `7-Day Deal`, 优惠券, 秒杀 …) as its kind. */
export function readPromoKind(cell: unknown): PromoKind | undefined {
  if (typeof cell !== 'string') return undefined;
  const code = TYPE_BY_KEY.get(textKey(cell));
  return code === undefined ? undefined : KIND_CODES[code];
}

/** The discounts active at one moment, by kind: what {@link stackDiscounts} combines. */
export interface ActiveDiscounts {
  readonly price: number;
  readonly lightning: number;
  readonly noCode: number;
  readonly unrestricted: number;
  readonly preferential: number;
  readonly exclusive: number;
}

/**
 * The deepest discount a buyer gets from promotions active together, as a share of the list price:
 * the base (the deepest price discount or Lightning Deal) plus every no-code promotion, plus the best
 * claim codes allowed together — all the Unrestricted codes with the best Preferential one, or the
 * best Exclusive code alone. Shares of the list price add up, never compound (Amazon applies each
 * to the original price), capped at 100 %.
 */
export function stackDiscounts(d: ActiveDiscounts): number {
  return stackValues(d.price, d.lightning, d.noCode, d.unrestricted, d.preferential, d.exclusive);
}

/** One readable promotion row. */
interface Promo {
  readonly index: number;
  readonly kind: number;
  readonly start: number;
  readonly end: number;
  readonly discount: number;
}

/**
 * PROMO_STACK(asins, types, starts, ends, discounts, [list_price], [floor_price]) — for each
 * promotion row, the deepest combined discount a buyer can get while it runs, by Amazon's stacking
 * rules ({@link stackDiscounts}): over every moment of the row's period, the promotions on the same
 * ASIN active then. A Lightning Deal overlapping a price discount is flagged on both rows instead.
 * With `list_price`, a second column gives the lowest price a buyer can pay; with `floor_price`, a
 * third is TRUE where that price is under the floor. Dates are inclusive days; a blank end is still
 * running. Discounts are fractions or percent text (a plain number above 1 is percentage points);
 * money (`$5`) is never read as a percent: with a list price it is the amount off, or for a price
 * discount the deal price; without one the row is marked.
 *
 * Looks across rows, so it sorts each ASIN's promotions once and answers every row with a range
 * maximum over the time segments: O(n log n) in the number of rows.
 */
export const promoStack: FormulaCore<'PROMO_STACK'> = {
  name: 'PROMO_STACK',
  paramNames: PARAMS,
  minArgs: REQUIRED,
  readsDates: true,
  resultShape: (shapes) => ({ rows: Math.max(1, ...shapes.map((s) => s.rows)), cols: outputColumns(shapes.length) }),
  impl: ((locale, args, options) => {
    checkArity(locale, 'PROMO_STACK', PARAMS, args, REQUIRED);
    const shapes = args.map(shapeOf);
    const rows = Math.max(1, ...shapes.map((s) => s.rows));
    const cols = outputColumns(args.length);
    shapes.forEach((s, i) => {
      if (!(s.rows === 1 || s.rows === rows) || s.cols !== 1) {
        throw new FormulaError(locale, 'error.shape', { fn: 'PROMO_STACK', param: PARAMS[i], got: describeShape(s), want: `${rows}×1` });
      }
    });
    const clock = clockFor(options);
    const dayFirst = options?.dayFirst === true;
    const allScalar = shapes.every((s) => s.scalar);
    const out: CellOut[][] = new Array(rows);
    for (let r = 0; r < rows; r++) out[r] = cols === 1 ? [''] : cols === 2 ? ['', ''] : ['', '', ''];
    checkBroadcastArgs(locale, args, shapes, rows > 1 || allScalar, rows > 1, clock, dayFirst);

    // Each argument as a column to index, or its single value: the reading loop runs 100,000 times.
    const columns = args.map((arg, i) => (shapes[i].rows > 1 ? (arg as unknown[][]) : null));
    const singles = args.map((arg, i) => cellAt(arg, shapes[i], 0, 0));
    const at = (i: number, r: number): unknown => {
      const column = columns[i];
      let v: unknown = singles[i];
      if (column !== null) {
        const line = column[r];
        v = Array.isArray(line) ? line[0] : line;
      }
      if (typeof v === 'string' && v.charCodeAt(0) === 35) checkErrorCell(locale, 'PROMO_STACK', PARAMS[i], i, v, column === null ? 0 : r, 0);
      return v;
    };
    const varying = shapes.map((s) => s.rows > 1);
    const decides = varying.slice(0, REQUIRED).includes(true) ? varying.map((v, i) => v && i < REQUIRED) : varying.map((_, i) => i < REQUIRED);
    const dates = dateReader(clock, dayFirst);
    const texts = textReaders();
    const groups = new Map<string, Promo[]>();
    const lists = zeros(rows);
    for (let r = 0; r < rows; r++) {
      let filled = false;
      for (let i = 0; i < args.length && !filled; i++) filled = decides[i] && !isBlankCell(at(i, r));
      if (!filled) continue;
      const read = readPromo(locale, args.length, (i) => at(i, r), dates, texts);
      if (typeof read === 'string') {
        out[r][0] = read;
        continue;
      }
      lists[r] = read.list;
      const promo: Promo = { index: r, kind: read.kind, start: read.start, end: read.end, discount: read.discount };
      const group = groups.get(read.asin);
      if (group) group.push(promo);
      else groups.set(read.asin, [promo]);
    }
    const hasList = args.length > LIST;
    const hasFloor = args.length > FLOOR;
    for (const group of groups.values()) {
      const { deepest, conflict } = deepestStacks(group);
      group.forEach((promo, i) => {
        const line = out[promo.index];
        if (conflict[i]) {
          line[0] = t(locale, 'cell.dealConflict');
          return;
        }
        // Already a finite share rounded to 12 decimals.
        const depth = deepest[i];
        line[0] = depth === 0 ? 0 : depth;
        if (!hasList) return;
        const lowest = Number((lists[promo.index] * (1 - depth)).toPrecision(12));
        line[1] = tidy(lowest);
        if (!hasFloor) return;
        const floor = readNumber(at(FLOOR, promo.index));
        line[2] = floor.kind === 'number' ? lowest < floor.value : '';
      });
    }
    return toResult(out, allScalar && cols === 1);
  }) satisfies FormulaImpl,
};

/** One column of discounts; with a list price a second of lowest prices; with a floor a third of flags. */
function outputColumns(argCount: number): number {
  return argCount > FLOOR ? 3 : argCount > LIST ? 2 : 1;
}

// Blank as every formula reads it: empty, or a placeholder such as "--" or "N/A" (all short: an
// ASIN or a date is never one, and is not normalised to find out).
function isBlankCell(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  const s = v.trim();
  return s === '' || (s.length <= 4 && isNoValueText(s));
}

/**
 * Date cells and text, memoised per call: a promotions column repeats the same few dates, and
 * parsing text is the costliest step.
 */
function dateReader(clock: WallClock, dayFirst: boolean): (cell: unknown) => NumberCell {
  const memo = new Map<string, NumberCell>();
  return (cell) => {
    if (typeof cell !== 'string') return readDateTime(cell, clock, dayFirst);
    let read = memo.get(cell);
    if (read === undefined) {
      read = readDateTime(cell, clock, dayFirst);
      memo.set(cell, read);
    }
    return read;
  };
}

/** ASINs and promotion types, read once per distinct text (a column repeats them). */
interface TextReaders {
  readonly asin: (cell: unknown) => string;
  readonly kind: (cell: unknown) => PromoKind | undefined;
}

function textReaders(): TextReaders {
  const asins = new Map<unknown, string>();
  const kinds = new Map<unknown, PromoKind | undefined>();
  return {
    asin: (cell) => {
      let key = asins.get(cell);
      if (key === undefined) {
        key = isBlankCell(cell) ? '' : String(cell).normalize('NFKC').trim().toUpperCase();
        asins.set(cell, key);
      }
      return key;
    },
    kind: (cell) => {
      if (kinds.has(cell)) return kinds.get(cell);
      const kind = readPromoKind(cell);
      kinds.set(cell, kind);
      return kind;
    },
  };
}

/**
 * A single value used for every row must be usable: a bad one is a wrong call. So is an empty one
 * spread over several rows: every row "missing starts" says less than "starts is empty".
 */
function checkBroadcastArgs(locale: Locale, args: readonly Arg[], shapes: readonly Shape[], spread: boolean, several: boolean, clock: WallClock, dayFirst: boolean): void {
  if (!spread) return;
  shapes.forEach((s, i) => {
    if (s.rows !== 1 || i === FLOOR) return;
    const cell = cellAt(args[i], s, 0, 0);
    const hint: MessageKey = i === ASIN ? 'hint.value' : i === TYPE ? 'hint.promoType' : i === DISCOUNT ? 'hint.discount' : i === LIST ? 'hint.value' : 'hint.date';
    if (several && isBlankCell(cell) && i !== END) {
      throw new FormulaError(locale, 'error.missingArgument', { fn: 'PROMO_STACK', param: PARAMS[i], hint: t(locale, hint) });
    }
    if (i === ASIN || isBlankCell(cell)) return;
    if (i === TYPE) {
      if (readPromoKind(cell) === undefined) throw new FormulaError(locale, 'error.badArgument', { fn: 'PROMO_STACK', param: PARAMS[i], text: String(cell), hint: t(locale, hint) });
      return;
    }
    const read = i === DISCOUNT ? readFraction(cell) : i === LIST ? readNumber(cell) : readDateTime(cell, clock, dayFirst);
    if (read.kind === 'invalid' && !(i === DISCOUNT && read.reason === 'money')) {
      throw new FormulaError(locale, 'error.badArgument', { fn: 'PROMO_STACK', param: PARAMS[i], text: read.text || invalidText(locale, read), hint: t(locale, hint) });
    }
  });
}

/** The promotion of one row, or the short text its cell shows when it cannot be used. */
function readPromo(
  locale: Locale,
  argCount: number,
  raw: (i: number) => unknown,
  dates: (cell: unknown) => NumberCell,
  texts: TextReaders,
): { asin: string; kind: number; start: number; end: number; discount: number; list: number } | string {
  const missing = (i: number) => t(locale, 'cell.missing', { param: PARAMS[i] });
  const asin = texts.asin(raw(ASIN));
  if (asin === '') return missing(ASIN);
  const typeCell = raw(TYPE);
  if (isBlankCell(typeCell)) return missing(TYPE);
  const kind = texts.kind(typeCell);
  if (kind === undefined) return t(locale, 'cell.promoType', { text: String(typeCell) });
  const start = dates(raw(START));
  if (start.kind === 'blank') return missing(START);
  if (start.kind === 'invalid') return problem(locale, 'cell.notDate', start);
  const end = dates(raw(END));
  if (end.kind === 'invalid') return problem(locale, 'cell.notDate', end);
  let list = NaN;
  if (argCount > LIST) {
    const read = readNumber(raw(LIST));
    if (read.kind === 'blank') return missing(LIST);
    if (read.kind === 'invalid') return problem(locale, 'cell.notNumber', read);
    if (read.value <= 0) return t(locale, 'cell.negative', { text: read.value });
    list = read.value;
  }
  const discountCell = raw(DISCOUNT);
  const read = readFraction(discountCell);
  let discount: number;
  if (read.kind === 'blank') return missing(DISCOUNT);
  if (read.kind === 'invalid' && read.reason === 'money') {
    // Money is an amount off (or, for a price discount, the deal price): a share of the list price.
    const amount = readNumber(discountCell);
    if (Number.isNaN(list) || amount.kind !== 'number') return t(locale, 'cell.moneyNotPercent', { text: read.text });
    discount = kind === 'price' || kind === 'lightning' ? 1 - amount.value / list : amount.value / list;
    if (discount < 0 || discount > 1) return t(locale, 'cell.discount', { text: read.text });
  } else if (read.kind === 'invalid') return problem(locale, 'cell.discount', read);
  else discount = read.value;
  // A date without a time ends at the end of that day; a blank end never ends.
  const endExclusive = end.kind === 'blank' ? Infinity : end.value % MS_PER_DAY === 0 ? end.value + MS_PER_DAY : end.value;
  if (endExclusive <= start.value) return t(locale, 'cell.endsBeforeStart');
  return { asin, kind: KIND_INDEX[kind], start: start.value, end: endExclusive, discount, list };
}

function problem(locale: Locale, key: MessageKey, cell: Extract<NumberCell, { kind: 'invalid' }>): string {
  return cell.reason === 'date' ? invalidText(locale, cell) : t(locale, key, { text: cell.text });
}

const PRICE = KIND_CODES.indexOf('price');
const LIGHTNING = KIND_CODES.indexOf('lightning');
const NO_CODE = KIND_CODES.indexOf('noCode');
const UNRESTRICTED = KIND_CODES.indexOf('unrestricted');

/**
 * For each promotion of one ASIN, the deepest stacked discount over its period, and whether it is a
 * deal or price discount that overlaps the other kind. Time is cut at every start and end into
 * segments. Additive kinds are running sums (+d at a start, −d at an end); the kinds of which only
 * the largest applies are painted per segment, largest first, skipping painted segments. Each
 * promotion then takes the maximum over its segments from a sparse table.
 */
function deepestStacks(group: readonly Promo[]): { deepest: number[]; conflict: boolean[] } {
  if (group.length === 1) return { deepest: [group[0].discount], conflict: [false] };
  const times: number[] = [];
  for (const p of group) times.push(p.start, p.end);
  times.sort((a, b) => a - b);
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
  const spans = group.map((p) => [position(p.start), position(p.end)] as const);
  const sums = [zeros(segments + 1), zeros(segments + 1)];
  const counts = [zeros(segments + 1), zeros(segments + 1)];
  group.forEach((p, i) => {
    const [from, to] = spans[i];
    if (p.kind === NO_CODE || p.kind === UNRESTRICTED) {
      const delta = sums[p.kind === NO_CODE ? 0 : 1];
      delta[from] += p.discount;
      delta[to] -= p.discount;
    }
    if (p.kind === PRICE || p.kind === LIGHTNING) {
      const delta = counts[p.kind === PRICE ? 0 : 1];
      delta[from]++;
      delta[to]--;
    }
  });
  const maxOf = (kind: PromoKind) => paintMax(segments, group, spans, KIND_INDEX[kind]);
  const price = maxOf('price');
  const lightning = maxOf('lightning');
  const preferential = maxOf('preferential');
  const exclusive = maxOf('exclusive');
  const noCode = runningSum(sums[0], segments);
  const unrestricted = runningSum(sums[1], segments);
  const depth = zeros(segments);
  // Conflicting segments before j, so a row asks "any conflict in my span?" in O(1).
  const conflictsBefore = zeros(segments + 1);
  let prices = 0;
  let deals = 0;
  for (let j = 0; j < segments; j++) {
    prices += counts[0][j];
    deals += counts[1][j];
    conflictsBefore[j + 1] = conflictsBefore[j] + (prices > 0 && deals > 0 ? 1 : 0);
    depth[j] = stackValues(price?.[j] ?? 0, lightning?.[j] ?? 0, noCode[j], unrestricted[j], preferential?.[j] ?? 0, exclusive?.[j] ?? 0);
  }
  const deepest = maxOverSpans(depth, spans);
  return {
    deepest,
    conflict: group.map((p, i) => (p.kind === PRICE || p.kind === LIGHTNING) && conflictsBefore[spans[i][1]] - conflictsBefore[spans[i][0]] > 0),
  };
}

/** {@link stackDiscounts} on plain numbers: it runs for every time segment of every ASIN. */
function stackValues(price: number, lightning: number, noCode: number, unrestricted: number, preferential: number, exclusive: number): number {
  const codes = Math.max(unrestricted + preferential, exclusive);
  const sum = Math.max(price, lightning) + noCode + codes;
  return Math.min(1, Math.max(0, round12(sum)));
}

/**
 * A share rounded to 12 decimals, so 0.1 + 0.2 is 0.3 — numerically: rounding through a string
 * (toPrecision) on every segment and row is the costliest step of a 100,000-row call.
 */
function round12(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}

/** The maximum of `values` over each span [from, to): directly for a few segments, else by a sparse table. */
function maxOverSpans(values: number[], spans: readonly (readonly [number, number])[]): number[] {
  if (values.length <= 64) {
    return spans.map(([from, to]) => {
      let best = 0;
      for (let j = from; j < to; j++) if (values[j] > best) best = values[j];
      return best;
    });
  }
  const table = sparseMax(values);
  return spans.map(([from, to]) => table(from, to - 1));
}

/** The running sum of `delta` over segments, compensated (Neumaier) so thousands of +d/−d leave no drift. */
function runningSum(delta: number[], segments: number): number[] {
  const out = zeros(segments);
  let sum = 0;
  let carry = 0;
  for (let j = 0; j < segments; j++) {
    const x = delta[j];
    const next = sum + x;
    carry += Math.abs(sum) >= Math.abs(x) ? sum - next + x : x - next + sum;
    sum = next;
    out[j] = Math.max(0, round12(sum + carry));
  }
  return out;
}

/**
 * The largest discount of kind `kind` active in each segment (null when the group has none of that
 * kind): promotions of that kind, largest first, each paint the segments of their span not painted
 * yet (a union-find "next unpainted").
 */
function paintMax(segments: number, group: readonly Promo[], spans: readonly (readonly [number, number])[], kind: number): number[] | null {
  const members: number[] = [];
  for (let i = 0; i < group.length; i++) if (group[i].kind === kind) members.push(i);
  if (members.length === 0) return null;
  const out = zeros(segments);
  members.sort((a, b) => group[b].discount - group[a].discount);
  const next = zeros(segments + 1);
  for (let j = 0; j <= segments; j++) next[j] = j;
  const find = (j: number): number => {
    let root = j;
    while (next[root] !== root) root = next[root];
    while (next[j] !== root) {
      const up = next[j];
      next[j] = root;
      j = up;
    }
    return root;
  };
  for (const i of members) {
    const [from, to] = spans[i];
    for (let j = find(from); j < to; j = find(j)) {
      out[j] = group[i].discount;
      next[j] = j + 1;
    }
  }
  return out;
}

/**
 * An array of `n` zeros. Plain arrays, not typed ones: an ASIN has a few dozen time segments, and
 * allocating thousands of small typed arrays per call costs more than the arithmetic on them.
 */
function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/** Range-maximum queries over `values` in O(1) after an O(n log n) build. */
function sparseMax(values: number[]): (from: number, to: number) => number {
  const levels: number[][] = [values];
  for (let width = 2; width <= values.length; width *= 2) {
    const prev = levels[levels.length - 1];
    const half = width / 2;
    const next = zeros(values.length - width + 1);
    for (let i = 0; i < next.length; i++) next[i] = Math.max(prev[i], prev[i + half]);
    levels.push(next);
  }
  return (from, to) => {
    const level = Math.floor(Math.log2(to - from + 1));
    const row = levels[level];
    return Math.max(row[from], row[to - (1 << level) + 1]);
  };
}
