import { readFraction, readRate } from '../values/read-fraction';
import { elementwise, NOT_DEFINED } from './elementwise';

/**
 * BREAKEVEN_ACOS(price, unit_costs) — 盈亏平衡 ACOS: (price − per-unit costs before ads) ÷ price,
 * the ACOS at which ads eat the whole margin. `unit_costs` is one column or several (product,
 * referral fee, FBA fee, other) summed per row; a percent among them ("15%", a referral fee) is
 * that share of the price, never $0.15. Costs above the price give a negative result:
 * the product loses money before any ad, and the formula says so rather than hiding it.
 * A zero price shows {@link NOT_DEFINED}.
 */
export const breakevenAcos = elementwise({
  name: 'BREAKEVEN_ACOS',
  inputs: [
    { name: 'price', nonNegative: true, money: true },
    { name: 'unit_costs', nonNegative: true, rowSum: true, money: true, shareOf: 0 },
  ],
  compute: ([price, costs]) => (price === 0 ? NOT_DEFINED : (price - costs) / price),
});

/**
 * PROFIT_PER_UNIT(price, unit_costs) — price − the sum of per-unit costs (one column or several
 * summed per row). Negative when the unit loses money; never marked as an error.
 */
export const profitPerUnit = elementwise({
  name: 'PROFIT_PER_UNIT',
  inputs: [
    { name: 'price', nonNegative: true, money: true },
    { name: 'unit_costs', nonNegative: true, rowSum: true, money: true, shareOf: 0 },
  ],
  compute: ([price, costs]) => price - costs,
});

/**
 * TARGET_ACOS(breakeven_acos, target_margin) — break-even ACOS − the margin to keep after ads.
 * Either may be negative (a loss-making product, a launch that accepts a loss); a negative target
 * means no ad spend reaches the margin, and SUGGESTED_BID marks it. Both are read by
 * {@link readRate}: percent text or a fraction; a plain number beyond ±1 (`5`: 5 % or 0.05?) is
 * marked "write 5% or 0.05" (an error when it is the single value of a call).
 */
export const targetAcos = elementwise({
  name: 'TARGET_ACOS',
  inputs: [
    { name: 'breakeven_acos', read: readRate },
    { name: 'target_margin', read: readRate },
  ],
  compute: ([breakeven, margin]) => breakeven - margin,
});

/**
 * SUGGESTED_BID(price, cvr, target_acos) — the value-based bid: price × conversion rate × target
 * ACOS, i.e. revenue per click × target ACOS. Not Amazon's market-based suggested bid.
 * `cvr` is a bounded share ({@link readFraction}: 20%, 0.2 or 20); `target_acos` is read by
 * {@link readRate}, so a plain 30 is marked "write 30% or 0.3" rather than guessed.
 */
export const suggestedBid = elementwise({
  name: 'SUGGESTED_BID',
  inputs: [
    { name: 'price', nonNegative: true, money: true },
    { name: 'cvr', nonNegative: true, read: (cell) => readFraction(cell), invalidKey: 'cell.notRate', hintKey: 'hint.rate' },
    { name: 'target_acos', nonNegative: true, read: readRate },
  ],
  compute: ([price, rate, target]) => price * rate * target,
});

/**
 * ORGANIC(total, ad) — organic = total − ad-attributed (orders, units or sales). An estimate: ads
 * credit the click date and the clicked variation, totals the purchase date, so a day's organic can
 * be negative. Negative results are shown as they are, not marked.
 */
export const organic = elementwise({
  name: 'ORGANIC',
  inputs: [
    { name: 'total', nonNegative: true },
    { name: 'ad', nonNegative: true },
  ],
  compute: ([total, ad]) => total - ad,
});

/**
 * NET_PROFIT_PER_UNIT(price, unit_costs, spend, units_sold) — profit per unit after ad cost: price −
 * per-unit costs − ad spend ÷ units sold over the same period. No units sold with spend shows
 * {@link NOT_DEFINED} (no unit to carry the spend); with no spend either it is price − costs.
 */
export const netProfitPerUnit = elementwise({
  name: 'NET_PROFIT_PER_UNIT',
  inputs: [
    { name: 'price', nonNegative: true, money: true },
    { name: 'unit_costs', nonNegative: true, rowSum: true, money: true, shareOf: 0 },
    { name: 'spend', nonNegative: true, money: true },
    { name: 'units_sold', nonNegative: true },
  ],
  compute: ([price, costs, spend, units]) => (units === 0 ? (spend === 0 ? price - costs : NOT_DEFINED) : price - costs - spend / units),
});

/**
 * ROI(profit, landed_cost) — return on investment: profit ÷ landed cost (product + freight + duty to
 * the warehouse), per unit or in total. A zero landed cost shows {@link NOT_DEFINED}; a loss gives a
 * negative ROI.
 */
export const roi = elementwise({
  name: 'ROI',
  inputs: [
    { name: 'profit', money: true },
    { name: 'landed_cost', nonNegative: true, money: true },
  ],
  compute: ([profit, landed]) => (landed === 0 ? NOT_DEFINED : profit / landed),
});
