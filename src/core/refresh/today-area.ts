/**
 * Today's refreshed area, under the KPIs: each KPI's 14-day trend (Sheets' own SLOPE over the daily
 * totals, so it follows the data between refreshes), then the alerts, costliest first, each title
 * a link to the rows behind it, its money and how the money was estimated beside it. Written in the
 * spreadsheet's language, three columns wide (the KPI, Yesterday and trend columns).
 */
import type { Alert } from '../alerts/alert';
import { describeAlert } from '../alerts/describe';
import type { Locale } from '../i18n/locale';
import type { Localized } from '../i18n/messages';
import { fillTemplate } from '../i18n/fill';

const L = (en: string, zhCN: string, zhTW: string): Localized => ({ en, 'zh-CN': zhCN, 'zh-TW': zhTW });

/** Words of the area, in the sheet's language. */
export const AREA_WORDS = {
  trendTitle: L('Trend over 14 days', '14 天趋势', '14 天趨勢'),
  slope: L('Change per day (slope)', '每日变化（斜率）', '每日變化（斜率）'),
  direction: L('Direction', '方向', '方向'),
  better: L('better', '向好', '向好'),
  worse: L('worse', '变差', '變差'),
  alerts: L('Alerts · refreshed {time} · {count}', '提醒 · 刷新于 {time} · {count} 条', '提醒 · 重新整理於 {time} · {count} 則'),
  failed: L('Last refresh FAILED at {time}: {error} (nothing was changed; see Run Log)', '最近一次刷新失败（{time}）：{error}（未做任何改动；见运行日志）', '最近一次重新整理失敗（{time}）：{error}（未做任何變更；見執行記錄）'),
  failedPartly: L(
    'Last refresh FAILED at {time}: {error} ({stuck} of its writes could not be put back; see Run Log)',
    '最近一次刷新失败（{time}）：{error}（有 {stuck} 处写入未能还原；见运行日志）',
    '最近一次重新整理失敗（{time}）：{error}（有 {stuck} 處寫入未能還原；見執行記錄）',
  ),
  money: L('Money at stake', '涉及金额', '涉及金額'),
  how: L('How it was estimated', '估算方法', '估算方法'),
  critical: L('Critical', '紧急', '緊急'),
  more: L('… and {count} more (see the sidebar)', '……另有 {count} 条（见侧边栏）', '……另有 {count} 則（見側邊欄）'),
} as const;

/** The KPIs whose trend is shown: Today's daily column, its label, and which way is better. */
export const TREND_KPIS: readonly { readonly column: string; readonly label: Localized; readonly better: 'up' | 'down' | null }[] = [
  { column: 'sales', label: L('Sales', '销售额', '銷售額'), better: 'up' },
  { column: 'orders', label: L('Orders', '订单量', '訂單量'), better: 'up' },
  { column: 'adSpend', label: L('Ad spend', '广告花费', '廣告花費'), better: null },
  { column: 'acos', label: L('ACOS', 'ACOS', 'ACOS'), better: 'down' },
  { column: 'tacos', label: L('TACOS', 'TACOS', 'TACOS'), better: 'down' },
  { column: 'sessions', label: L('Sessions', '访问量', '工作階段'), better: 'up' },
];

/** The most alerts the area lists (the sidebar has them all). */
export const MAX_LISTED = 100;

/** Rows of the area before the alerts: trend title, the KPIs, a blank row, the alerts' heading. */
export const ALERTS_OFFSET = TREND_KPIS.length + 2;

/** What the area needs to know of the sheet. */
export interface AreaContext {
  readonly locale: Locale;
  readonly currency: string;
  /** When the refresh ran, as shown (yyyy-mm-dd hh:mm). */
  readonly time: string;
  /** The open range of one of Today's columns (`E2:E`). */
  range(column: string): string;
  /** The in-sheet link to an alert's rows (`#gid=…&range=…`). */
  link(alert: Alert): string;
}

/** A string as a formula string literal. */
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Text that Sheets must not read as a formula (a title may start with what a user typed). */
export function literal(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}

function slope(ctx: AreaContext, column: string): string {
  const values = ctx.range(column);
  const days = ctx.range('day');
  // Past 14 whole days with a number; spend without sales (ACOS shown as ∞) would swamp the line.
  const keep = `${days}>=TODAY()-14, ${days}<TODAY(), ISNUMBER(${values}), ${values}<1000000`;
  return `ROUND(SLOPE(FILTER(${values}, ${keep}), FILTER(${days}, ${keep})), 4)`;
}

function trendRows(ctx: AreaContext): (string | number)[][] {
  const w = (key: keyof typeof AREA_WORDS) => AREA_WORDS[key][ctx.locale];
  return [
    [w('trendTitle'), w('slope'), w('direction')],
    ...TREND_KPIS.map((kpi) => {
      const s = slope(ctx, kpi.column);
      const up = kpi.better === null ? '' : ` ${kpi.better === 'up' ? w('better') : w('worse')}`;
      const down = kpi.better === null ? '' : ` ${kpi.better === 'down' ? w('better') : w('worse')}`;
      return [kpi.label[ctx.locale], `=IFERROR(${s}, "")`, `=IFERROR(IF(${s}>0, ${quoted('▲' + up)}, IF(${s}<0, ${quoted('▼' + down)}, "=")), "")`];
    }),
    ['', '', ''],
  ];
}

/** The area's rows (three cells each): trends, then the alerts' heading and one row per alert. */
export function todayArea(alerts: readonly Alert[], ctx: AreaContext): (string | number)[][] {
  const w = (key: keyof typeof AREA_WORDS) => AREA_WORDS[key][ctx.locale];
  const rows = trendRows(ctx);
  rows.push([literal(w('alerts').replace('{time}', ctx.time).replace('{count}', String(alerts.length))), w('money'), w('how')]);
  for (const alert of alerts.slice(0, MAX_LISTED)) {
    const text = describeAlert(alert, ctx.locale, ctx.currency);
    const money = alert.severity === 'critical' ? w('critical') : alert.cost ?? '—';
    rows.push([`=HYPERLINK(${quoted(ctx.link(alert))}, ${quoted(text.title)})`, money, literal(text.estimate)]);
  }
  if (alerts.length > MAX_LISTED) rows.push([w('more').replace('{count}', String(alerts.length - MAX_LISTED)), '', '']);
  return rows;
}

/** The alerts' heading after a failed run: when and why (the rest of the area is left as it was). */
export function failureHeading(locale: Locale, time: string, error: string, stuck = 0): string {
  const words = stuck > 0 ? AREA_WORDS.failedPartly : AREA_WORDS.failed;
  return literal(fillTemplate(words[locale], { time, error: error.slice(0, 300), stuck }));
}
