import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../src/core/alerts/alert';
import { ALERTS_OFFSET, failureHeading, literal, MAX_LISTED, todayArea, type AreaContext } from '../../../src/core/refresh/today-area';

const ctx: AreaContext = { locale: 'en', currency: 'USD', time: '2026-11-28 06:39', range: (c) => `${c}2:${c}`, link: (a) => `#gid=7&range=A${a.rows[0]}:Q${a.rows[0]}` };
const alert = (subject: string, cost: number | null, severity: Alert['severity'] = 'medium'): Alert => ({ kind: 'acosOverTarget', tab: 'ads', rows: [5], subject, severity, cost, facts: { spend: 10, sales: 0, acos: '∞', target: 30, days: 7 } });

describe('todayArea', () => {
  it('puts the alerts\' heading after the trend block', () => {
    expect(todayArea([], ctx)[ALERTS_OFFSET][0]).toBe('Alerts · refreshed 2026-11-28 06:39 · 0');
  });

  it('links each alert\'s title to its rows', () => {
    expect(todayArea([alert('Lamp', 10)], ctx)[ALERTS_OFFSET + 1][0]).toBe('=HYPERLINK("#gid=7&range=A5:Q5", "Campaign Lamp: ACOS ∞% over the 30% target (last 7 days)")');
  });

  it('escapes a quote a user typed into a title', () => {
    expect(todayArea([alert('Lamp "best"', 10)], ctx)[ALERTS_OFFSET + 1][0]).toContain('Campaign Lamp ""best"":');
  });

  it('shows the money, and "Critical" where none can be estimated', () => {
    expect(todayArea([alert('A', 10), alert('B', null, 'critical'), alert('C', null)], ctx).slice(ALERTS_OFFSET + 1).map((r) => r[1])).toEqual([10, 'Critical', '—']);
  });

  it('computes each KPI\'s 14-day slope with Sheets\' SLOPE over the daily totals', () => {
    expect(todayArea([], ctx)[1][1]).toBe('=IFERROR(ROUND(SLOPE(FILTER(sales2:sales, day2:day>=TODAY()-14, day2:day<TODAY(), ISNUMBER(sales2:sales), sales2:sales<1000000), FILTER(day2:day, day2:day>=TODAY()-14, day2:day<TODAY(), ISNUMBER(sales2:sales), sales2:sales<1000000)), 4), "")');
  });

  it('lists at most the first 100 alerts and says how many more', () => {
    const rows = todayArea(Array.from({ length: MAX_LISTED + 3 }, (_, i) => alert(`C${i}`, i)), ctx);
    expect(rows.at(-1)?.[0]).toBe('… and 3 more (see the sidebar)');
  });

  it('writes in the sheet\'s language', () => {
    expect(todayArea([], { ...ctx, locale: 'zh-TW' })[0][0]).toBe('14 天趨勢');
  });
});

describe('literal', () => {
  it.each([
    ['=HYPERLINK("x")', "'=HYPERLINK(\"x\")"],
    ['-5 units', "'-5 units"],
    ['Lamp', 'Lamp'],
  ])('keeps %s from being read as a formula', (text, expected) => {
    expect(literal(text)).toBe(expected);
  });
});

describe('failureHeading', () => {
  it('says when the run failed and why', () => {
    expect(failureHeading('en', '2026-11-28 06:39', 'Service failed')).toBe('Last refresh FAILED at 2026-11-28 06:39: Service failed (nothing was changed; see Run Log)');
  });
});
