/** Reviews: our negatives (3 stars or fewer) still marked New or not marked at all. */
import { REVIEWS, REVIEW_STATUS } from '../../tabs/reviews';
import type { Alert } from '../alert';
import { amount, optionIndex, text, type RuleContext } from './context';

const TYPE = REVIEWS.columns.find((c) => c.id === 'type')?.options;
const COMPETITOR_REVIEW = 2;
const NEW = 0;

/** One alert per negative review or feedback of ours not yet handled (a competitor's is research, not a task). */
export function negativeReviews(ctx: RuleContext): Alert[] {
  const table = ctx.tables.reviews;
  if (!table) return [];
  const alerts: Alert[] = [];
  for (let i = 0; i < table.length; i++) {
    const stars = amount(table.cell(i, 'stars'));
    if (stars === undefined || stars < 1 || stars > 3) continue;
    if (optionIndex(TYPE, table.cell(i, 'type')) === COMPETITOR_REVIEW) continue;
    const status = table.cell(i, 'status');
    if (text(status) !== '' && optionIndex(REVIEW_STATUS, status) !== NEW) continue;
    const asin = text(table.cell(i, 'asin'));
    alerts.push({
      kind: 'negativeReview',
      tab: 'reviews',
      rows: [table.sheetRow(i)],
      subject: asin || text(table.cell(i, 'orderId')),
      severity: 'medium',
      cost: null,
      facts: { asin, stars, title: text(table.cell(i, 'title')) },
    });
  }
  return alerts;
}
