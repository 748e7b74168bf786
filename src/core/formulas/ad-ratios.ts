import { elementwise, NOT_DEFINED, SPEND_WITHOUT_SALES, type FormulaCore } from './elementwise';

/**
 * The advertising ratios: one quotient each, over columns of the Ads console or Business Report.
 * A zero denominator (no sales, no clicks, no impressions) shows {@link NOT_DEFINED} when the
 * numerator is zero too: 0 ÷ 0 is not a 0 % ACOS, it is "no data". Spend over no sales or orders
 * (ACOS_ADS, TACOS, CPA) is {@link SPEND_WITHOUT_SALES}: the worst value, not "no data".
 * Inputs are amounts and counts, so a negative cell is marked rather than computed.
 */
function ratio<N extends string>(name: N, numerator: string, denominator: string, kind: RatioKind = {}): FormulaCore<N> {
  const whenNoDenominator = (top: number) => (kind.costPerResult && top > 0 ? SPEND_WITHOUT_SALES : NOT_DEFINED);
  return elementwise({
    name,
    inputs: [
      { name: numerator, nonNegative: true, money: kind.money?.[0] },
      { name: denominator, nonNegative: true, money: kind.money?.[1] },
    ],
    compute: ([top, bottom]) => (bottom === 0 ? whenNoDenominator(top) : top / bottom),
  });
}

/** Which side is money, and whether spend over no result is the worst value rather than no data. */
interface RatioKind {
  readonly money?: readonly [boolean, boolean];
  /**
   * Spend ÷ a result (sales, orders): spend with no result is {@link SPEND_WITHOUT_SALES}, worse
   * than any target; 0 ÷ 0 stays "no data".
   */
  readonly costPerResult?: boolean;
}

/**
 * ACOS_ADS(spend, ad_sales) — advertising cost of sales: spend ÷ ad-attributed sales.
 * Not called ACOS because ACOS is Sheets' built-in arc-cosine.
 */
export const acosAds = ratio('ACOS_ADS', 'spend', 'ad_sales', { money: [true, true], costPerResult: true });

/** TACOS(spend, total_sales) — total ACOS: ad spend ÷ all sales (ad + organic). */
export const tacos = ratio('TACOS', 'spend', 'total_sales', { money: [true, true], costPerResult: true });

/** ROAS(ad_sales, spend) — return on ad spend: ad-attributed sales ÷ spend (= 1 ÷ ACOS). */
export const roas = ratio('ROAS', 'ad_sales', 'spend', { money: [true, true] });

/** CTR(clicks, impressions) — click-through rate. */
export const ctr = ratio('CTR', 'clicks', 'impressions');

/** CPC(spend, clicks) — cost per click. */
export const cpc = ratio('CPC', 'spend', 'clicks', { money: [true, false] });

/** CVR(orders, clicks) — ad conversion rate: orders ÷ clicks. */
export const cvr = ratio('CVR', 'orders', 'clicks');

/** CPA(spend, orders) — cost per order (= CPC ÷ CVR). */
export const cpa = ratio('CPA', 'spend', 'orders', { money: [true, false], costPerResult: true });

/** AD_SALES_SHARE(ad_sales, total_sales) — the share of sales that ads brought (广告销售占比). */
export const adSalesShare = ratio('AD_SALES_SHARE', 'ad_sales', 'total_sales', { money: [true, true] });

/**
 * UNIT_SESSION_PCT(units_ordered, sessions) — unit session percentage, the Business Report's conversion:
 * units ordered ÷ sessions. Not called UNIT_SESSION_PERCENTAGE: Sheets' help shows the name whole.
 */
export const unitSessionPct = ratio('UNIT_SESSION_PCT', 'units_ordered', 'sessions');
