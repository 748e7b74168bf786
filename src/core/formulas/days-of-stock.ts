import { elementwise, NOT_DEFINED } from './elementwise';

/**
 * DAYS_OF_STOCK(available, daily_sales) — 可售天数: units available ÷ average daily units sold.
 * `daily_sales` is one rate per row, or a block of recent days' sales averaged per row (blanks
 * skipped). Zero sales: the stock does not run out at this rate, so the row shows {@link NOT_DEFINED}.
 */
export const daysOfStock = elementwise({
  name: 'DAYS_OF_STOCK',
  inputs: [
    { name: 'available', nonNegative: true },
    { name: 'daily_sales', nonNegative: true, rowMean: true },
  ],
  compute: ([available, daily]) => (daily === 0 ? NOT_DEFINED : available / daily),
});
