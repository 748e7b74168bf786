import { elementwise, NOT_DEFINED, type FormulaCore } from './elementwise';

/**
 * The advertising ratios: one quotient each, over columns of the Ads console or Business Report.
 * A zero denominator (no sales, no clicks, no impressions) shows {@link NOT_DEFINED}, even when
 * the numerator is zero too: 0 ÷ 0 is not a 0 % ACOS, it is "no data".
 * Inputs are amounts and counts, so a negative cell is marked rather than computed.
 */
function ratio(name: string, numerator: string, denominator: string): FormulaCore {
  return elementwise({
    name,
    inputs: [
      { name: numerator, nonNegative: true },
      { name: denominator, nonNegative: true },
    ],
    compute: ([top, bottom]) => (bottom === 0 ? NOT_DEFINED : top / bottom),
  });
}

/**
 * ACOS_ADS(spend, ad_sales) — advertising cost of sales: spend ÷ ad-attributed sales.
 * Not called ACOS because ACOS is Sheets' built-in arc-cosine.
 */
export const acosAds = ratio('ACOS_ADS', 'spend', 'ad_sales');

/** TACOS(spend, total_sales) — total ACOS: ad spend ÷ all sales (ad + organic). */
export const tacos = ratio('TACOS', 'spend', 'total_sales');

/** ROAS(ad_sales, spend) — return on ad spend: ad-attributed sales ÷ spend (= 1 ÷ ACOS). */
export const roas = ratio('ROAS', 'ad_sales', 'spend');

/** CTR(clicks, impressions) — click-through rate. */
export const ctr = ratio('CTR', 'clicks', 'impressions');

/** CPC(spend, clicks) — cost per click. */
export const cpc = ratio('CPC', 'spend', 'clicks');

/** CVR(orders, clicks) — ad conversion rate: orders ÷ clicks. */
export const cvr = ratio('CVR', 'orders', 'clicks');

/** CPA(spend, orders) — cost per order (= CPC ÷ CVR). */
export const cpa = ratio('CPA', 'spend', 'orders');

/** AD_SALES_SHARE(ad_sales, total_sales) — the share of sales that ads brought (广告销售占比). */
export const adSalesShare = ratio('AD_SALES_SHARE', 'ad_sales', 'total_sales');
