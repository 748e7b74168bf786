/** Keywords: a rank that fell by the Settings' alert size or more, or out of the ranks. */
import { readRank, UNRANKED } from '../../formulas/rank-change';
import { MS_PER_DAY } from '../../values/dates';
import type { Alert } from '../alert';
import { latestRows, text, type RuleContext } from './context';

/** How old a keyword's latest check may be and still raise an alert (older: the tab is stale instead). */
const RECENT_DAYS = 7;

/**
 * Each keyword's latest check with a rank filled in: an alert when it fell `rankDropAlert` places or
 * more since the previous check, or fell out of the ranks. Reads the ranks, never RANK_CHANGE's
 * words.
 */
export function rankDrops(ctx: RuleContext): Alert[] {
  const table = ctx.tables.keywords;
  if (!table) return [];
  const key = (i: number) => {
    const keyword = text(table.cell(i, 'keyword')).toLowerCase();
    return keyword === '' ? '' : [text(table.cell(i, 'marketplace')), text(table.cell(i, 'asin')), keyword].join('\u0000');
  };
  const measured = (i: number) => readRank(table.cell(i, 'organicRank')).kind === 'number';
  const alerts: Alert[] = [];
  for (const { row, day } of latestRows(table, 'date', key, ctx, measured).values()) {
    if (day < ctx.today - RECENT_DAYS * MS_PER_DAY) continue;
    const previous = readRank(table.cell(row, 'previousRank'));
    const current = readRank(table.cell(row, 'organicRank'));
    if (previous.kind !== 'number' || current.kind !== 'number' || previous.value === UNRANKED) continue;
    const droppedOut = current.value === UNRANKED;
    const places = current.value - previous.value;
    if (!droppedOut && places < ctx.settings.rankDropAlert) continue;
    alerts.push({
      kind: 'rankDrop',
      tab: 'keywords',
      rows: [table.sheetRow(row)],
      subject: text(table.cell(row, 'keyword')),
      severity: droppedOut ? 'high' : 'medium',
      cost: null,
      facts: { asin: text(table.cell(row, 'asin')), previous: previous.value, current: droppedOut ? 'NR' : current.value, places: droppedOut ? 'NR' : places },
    });
  }
  return alerts;
}
