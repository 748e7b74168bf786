/**
 * Business Report "Detail Page Sales and Traffic By Child Item": sessions, page views, Buy Box %,
 * units and sales per child ASIN for one period. Headers: English current (mobile/browser split,
 * "Featured Offer (Buy Box) Percentage") and legacy ("Sessions", "Buy Box Percentage"); Chinese
 * generation 1 (买家访问次数…), 2 (会话次数 – 总计…) and 3 (会话数 - 总计…, the current one).
 * The file has no date: it comes from the user, or from the file name.
 */
import { col, type ReportSpec } from '../columns';
import { isBlankRow, type Table } from '../table';
import { RowReader, isAsin, isTotalsLabel, type KindParser, type ParseContext, type ParsedRows, type ReportNote, type ReportProblem } from './common';
import type { HeaderMatch } from '../columns';

/** Fields of the Business Report. */
export type BusinessField =
  | 'parentAsin'
  | 'childAsin'
  | 'title'
  | 'sku'
  | 'sessions'
  | 'sessionsB2b'
  | 'pageViews'
  | 'pageViewsB2b'
  | 'buyBox'
  | 'unitsOrdered'
  | 'unitsOrderedB2b'
  | 'unitSession'
  | 'sales'
  | 'salesB2b'
  | 'orderItems'
  | 'orderItemsB2b';

/** One child ASIN on one day. Percentages are fractions; money in the report's currency. */
export interface BusinessRecord {
  readonly date: string;
  readonly parentAsin: string;
  readonly childAsin: string;
  readonly title: string;
  readonly sku: string;
  readonly sessions: number | null;
  readonly sessionsB2b: number | null;
  readonly pageViews: number | null;
  readonly buyBoxPercentage: number | null;
  readonly unitsOrdered: number | null;
  readonly unitsOrderedB2b: number | null;
  readonly unitSessionPercentage: number | null;
  readonly orderedProductSales: number | null;
  readonly orderedProductSalesB2b: number | null;
  /** From the money text's symbol, when it names one ("US$", "€"); a bare "$" does not. */
  readonly currency: string | null;
  readonly totalOrderItems: number | null;
}

// Dashes: – (U+2013) and - compare equal (textKey drops both), so each header is listed once.
const SPEC: ReportSpec<BusinessField> = {
  kind: 'business-report',
  columns: [
    col('parentAsin', ['(Parent) ASIN', 'Parent ASIN'], ['（父）ASIN', '父ASIN']),
    col('childAsin', ['(Child) ASIN', 'Child ASIN'], ['（子）ASIN', '子ASIN']),
    col('title', ['Title'], ['标题', '商品名称']),
    col('sku', ['SKU'], ['SKU']),
    col('sessions', ['Sessions – Total', 'Sessions'], ['会话数 – 总计', '会话次数 – 总计', '买家访问次数']),
    col('sessionsB2b', ['Sessions – Total – B2B', 'Sessions – B2B'], ['会话 – 总计 – B2B', '会话数 – 总计 – B2B', '会话次数 – 总计 – B2B', '买家访问次数 – B2B']),
    col('pageViews', ['Page Views – Total', 'Page Views'], ['页面浏览量 – 总计', '页面浏览次数']),
    col('pageViewsB2b', ['Page Views – Total – B2B', 'Page Views – B2B'], ['页面浏览量 – 总计 – B2B', '页面浏览次数 – B2B']),
    col('buyBox', ['Featured Offer (Buy Box) Percentage', 'Buy Box Percentage'], ['推荐报价（推荐报价展示位）百分比', '推荐报价（购买按钮）百分比', '购买按钮赢得率']),
    col('unitsOrdered', ['Units Ordered'], ['已订购商品数量']),
    col('unitsOrderedB2b', ['Units Ordered – B2B'], ['已订购商品数量 – B2B', '订购数量 – B2B']),
    col('unitSession', ['Unit Session Percentage'], ['商品会话百分比', '订单商品数量转化率']),
    col('sales', ['Ordered Product Sales'], ['已订购商品销售额']),
    col('salesB2b', ['Ordered Product Sales – B2B'], ['已订购商品销售额 – B2B', '已订购商品的销售额 – B2B']),
    col('orderItems', ['Total Order Items'], ['订单商品总数', '订单商品种类数']),
    col('orderItemsB2b', ['Total Order Items – B2B'], ['订单商品总数 – B2B']),
  ],
  required: ['childAsin', 'sessions', 'unitsOrdered', 'sales'],
};

/** Which header generation a match is: `en`, `en-legacy`, `zh-1`, `zh-2`, `zh-3`. */
export function businessGeneration(match: HeaderMatch<BusinessField>): string {
  const sessions = match.matched.sessions ?? '';
  if (sessions === '买家访问次数') return 'zh-1';
  if (sessions === '会话次数 – 总计') return 'zh-2';
  if (sessions === '会话数 – 总计') return 'zh-3';
  return sessions === 'Sessions' ? 'en-legacy' : 'en';
}

/**
 * The day in a Business Report file name: `BusinessReport-11-25-26.csv` (Seller Central's own
 * month-day-year), `BusinessReport-02.12.25.csv`, `…2026-11-25…`, `2023年5月1日.csv`. A first number
 * above 12 is read as the day (`25-11-26`). Null when the name carries no date.
 */
export function dateFromFileName(fileName: string): string | null {
  const name = fileName.replace(/^.*[\\/]/, '');
  let m = /(\d{4})[-_.年](\d{1,2})[-_.月](\d{1,2})/.exec(name);
  if (m) return isoDay(+m[1], +m[2], +m[3]);
  m = /(?:^|[^\d])(\d{1,2})[-_.](\d{1,2})[-_.](\d{2}|\d{4})(?!\d)/.exec(name);
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a > 12 ? isoDay(year, b, a) : isoDay(year, a, b);
}

function isoDay(year: number, month: number, day: number): string | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (month < 1 || month > 12 || d.getUTCDate() !== day || year < 2000 || year > 2100) return null;
  return d.toISOString().slice(0, 10);
}

function parse(table: Table, match: HeaderMatch<BusinessField>, context: ParseContext): ParsedRows<BusinessRecord> | ReportProblem {
  // The user's choice wins over the file name: they may have renamed a file of another day.
  const date = context.date ?? dateFromFileName(context.fileName);
  if (!date) return { key: 'problem.dateRequired', params: { file: context.fileName }, closest: 'business-report' };
  const warnings: ReportNote[] = [];
  const records: BusinessRecord[] = [];
  let skipped = 0;
  const r = new RowReader(match, warnings);
  for (let i = match.row + 1; i < table.length; i++) {
    const row = table[i];
    if (isBlankRow(row)) continue;
    r.at(row, i);
    const childAsin = r.text('childAsin').toUpperCase();
    const parentAsin = r.text('parentAsin').toUpperCase();
    // A totals row names itself in the first column or leaves the ASINs empty.
    if (isTotalsLabel(childAsin) || isTotalsLabel(parentAsin) || (childAsin === '' && parentAsin === '')) {
      skipped++;
      continue;
    }
    if (!isAsin(childAsin)) {
      r.warn('warning.notAsin', { text: r.text('childAsin') });
      skipped++;
      continue;
    }
    const sales = r.money('sales');
    records.push({
      date,
      parentAsin,
      childAsin,
      title: r.text('title'),
      sku: r.text('sku'),
      sessions: r.number('sessions'),
      sessionsB2b: r.number('sessionsB2b'),
      pageViews: r.number('pageViews'),
      buyBoxPercentage: r.percent('buyBox'),
      unitsOrdered: r.number('unitsOrdered'),
      unitsOrderedB2b: r.number('unitsOrderedB2b'),
      unitSessionPercentage: r.percent('unitSession'),
      orderedProductSales: sales?.amount ?? null,
      orderedProductSalesB2b: r.money('salesB2b')?.amount ?? null,
      currency: sales?.currency ?? null,
      totalOrderItems: r.number('orderItems'),
    });
  }
  return { records, warnings, skipped };
}

/** The Business Report parser. Key: date + child ASIN + SKU. */
export const businessReport: KindParser<BusinessField, BusinessRecord> = {
  spec: SPEC,
  parse,
  key: (r) => [r.date, r.childAsin, r.sku].join('|'),
};
