/** Ads: campaigns whose ACOS over the last 7 days is above the target (spend without sales included). */
import { SPEND_WITHOUT_SALES } from '../../formulas/elementwise';
import { acosAds } from '../../formulas/ad-ratios';
import { MS_PER_DAY } from '../../values/dates';
import type { Alert } from '../alert';
import { amount, cents, dayOf, text, type RuleContext } from './context';

/** The window: the 7 whole days before today. */
const WINDOW_DAYS = 7;

/**
 * Per campaign, its spend and ad sales summed over the last 7 days; an alert when ACOS (by
 * ACOS_ADS) is above the target, priced as the spend above target: spend − target × ad sales. A
 * campaign with total rows (no ad group, no target) is summed from those alone, so a sheet holding
 * both totals and their breakdown is not counted twice.
 */
export function acosOverTarget(ctx: RuleContext): Alert[] {
  const table = ctx.tables.ads;
  if (!table) return [];
  const from = ctx.today - WINDOW_DAYS * MS_PER_DAY;
  const groups = new Map<string, { name: string; rows: number[]; totals: number[] }>();
  for (let i = 0; i < table.length; i++) {
    const name = text(table.cell(i, 'campaign'));
    const day = dayOf(table.cell(i, 'date'), ctx);
    if (name === '' || day === undefined || day < from || day >= ctx.today) continue;
    const key = name.toLowerCase();
    const group = groups.get(key) ?? { name, rows: [], totals: [] };
    group.rows.push(i);
    if (text(table.cell(i, 'adGroup')) === '' && text(table.cell(i, 'targeting')) === '') group.totals.push(i);
    groups.set(key, group);
  }
  const target = ctx.settings.targetAcos;
  const alerts: Alert[] = [];
  for (const group of groups.values()) {
    const rows = group.totals.length ? group.totals : group.rows;
    let spend = 0;
    let sales = 0;
    for (const i of rows) {
      spend += amount(table.cell(i, 'spend')) ?? 0;
      sales += amount(table.cell(i, 'adSales')) ?? 0;
    }
    if (spend <= 0) continue;
    const acos = acosAds.impl('en', [spend, sales]);
    if (typeof acos !== 'number' || acos <= target + 1e-9) continue;
    alerts.push({
      kind: 'acosOverTarget',
      tab: 'ads',
      rows: rows.map((i) => table.sheetRow(i)),
      subject: group.name,
      severity: 'medium',
      cost: cents(spend - target * sales),
      facts: { spend: cents(spend), sales: cents(sales), acos: acos >= SPEND_WITHOUT_SALES ? '∞' : Math.round(acos * 1000) / 10, target: Math.round(target * 1000) / 10, days: WINDOW_DAYS },
    });
  }
  return alerts;
}
