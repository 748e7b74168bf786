import { elementwise, NOT_DEFINED } from './elementwise';

/**
 * SELL_THROUGH(units_shipped, average_on_hand) — Amazon's sell-through rate (an IPI input): units
 * shipped over a period ÷ average units on hand over the same period, as a ratio (1.8, not 180 %).
 * No stock on hand shows {@link NOT_DEFINED}.
 */
export const sellThrough = elementwise({
  name: 'SELL_THROUGH',
  inputs: [
    { name: 'units_shipped', nonNegative: true },
    { name: 'average_on_hand', nonNegative: true },
  ],
  compute: ([shipped, onHand]) => (onHand === 0 ? NOT_DEFINED : shipped / onHand),
});

/**
 * WEEKS_OF_COVER(available, weekly_sales) — weeks the stock lasts at the weekly rate (several
 * weeks' columns are averaged per row). No sales shows {@link NOT_DEFINED}: it never runs out.
 */
export const weeksOfCover = elementwise({
  name: 'WEEKS_OF_COVER',
  inputs: [
    { name: 'available', nonNegative: true },
    { name: 'weekly_sales', nonNegative: true, rowMean: true },
  ],
  compute: ([available, weekly]) => (weekly === 0 ? NOT_DEFINED : available / weekly),
});
