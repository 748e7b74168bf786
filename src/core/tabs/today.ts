/**
 * Today: yesterday's KPIs with 30-day SPARKLINE trends beside the daily totals they come from, and
 * an alert area the refresh fills. The daily totals (columns E onward on a new tab) are long format
 * like every other tab: one row per day.
 */
import { COST_RATIO_FORMAT, column, l, type FixedCell, type FormulaContext, type TabSchema } from './schema';

/** The KPI rows: label, the daily column it reads, its number format. */
const KPIS: readonly (readonly [[string, string, string], string, string])[] = [
  [['Sales', '销售额', '銷售額'], 'sales', '#,##0.00'],
  [['Orders', '订单量', '訂單量'], 'orders', '#,##0'],
  [['Ad spend', '广告花费', '廣告花費'], 'adSpend', '#,##0.00'],
  [['ACOS', 'ACOS', 'ACOS'], 'acos', '0.0%'],
  [['TACOS', 'TACOS', 'TACOS'], 'tacos', '0.0%'],
  [['Sessions', '访问量', '工作階段'], 'sessions', '#,##0'],
];

/** The first row of the alert area. */
export const ALERT_ROW = KPIS.length + 3;

const yesterday = (c: FormulaContext, id: string) => `=IFERROR(INDEX(${c.range(id)}, MATCH(TODAY()-1, ${c.range('day')}, 0)), "")`;
const trend = (c: FormulaContext, id: string) => `=SPARKLINE(IFERROR(FILTER(${c.range(id)}, ${c.range('day')}>=TODAY()-30, ${c.range('day')}<TODAY()), 0))`;

const fixedCells: FixedCell[] = [
  ...KPIS.flatMap(([label, id, format], i): FixedCell[] => [
    { column: 'kpi', row: i + 2, value: (c) => label[['en', 'zh-CN', 'zh-TW'].indexOf(c.locale)] },
    { column: 'yesterday', row: i + 2, value: (c) => yesterday(c, id), format },
    { column: 'trend', row: i + 2, value: (c) => trend(c, id) },
  ]),
  { column: 'kpi', row: ALERT_ROW, value: (c) => l('Alerts (filled by the refresh)', '提醒（刷新时填写）', '提醒（重新整理時填寫）')[c.locale] },
];

/** The Today dashboard. */
export const TODAY: TabSchema = {
  id: 'today',
  version: 1,
  name: l('Today', '今日', '今日'),
  purpose: l("Yesterday's numbers at a glance, 30-day trends and alerts.", '一眼看清昨日数据、30 天趋势和提醒。', '一眼看清昨日資料、30 天趨勢和提醒。'),
  columns: [
    column('kpi', 'text', ['KPI', '指标', '指標'], ["Yesterday's key numbers; alerts below.", '昨日关键指标；下方为提醒。', '昨日關鍵指標；下方為提醒。'], { width: 200 }),
    column('yesterday', 'num', ['Yesterday', '昨日', '昨日'], ['Value for yesterday (marketplace time), from the daily totals.', '昨日（站点时间）数值，取自每日汇总。', '昨日（站點時間）數值，取自每日彙總。'], { format: 'General', width: 110 }),
    column('trend', 'text', ['30-day trend', '30天趋势', '30天趨勢'], ['The last 30 days, oldest on the left.', '最近 30 天，左旧右新。', '最近 30 天，左舊右新。'], { format: 'General', width: 160 }),
    column('day', 'date', ['Date', '日期', '日期'], ['Day of the daily totals (marketplace time).', '每日汇总的日期（站点时间）。', '每日彙總的日期（站點時間）。'], { aliases: ['Day'] }),
    column('sales', 'money', ['Sales', '销售额', '銷售額'], ['Ordered product sales that day (Business Report).', '当日已订购商品销售额（业务报告）。', '當日已訂購商品銷售額（業務報告）。'], { aliases: ['Ordered Product Sales', '已订购商品销售额'] }),
    column('orders', 'int', ['Orders', '订单量', '訂單量'], ['Orders that day.', '当日订单量。', '當日訂單量。'], { aliases: ['Total Order Items', '订单商品总数'] }),
    column('sessions', 'int', ['Sessions', '访问量', '工作階段'], ['Sessions that day (Business Report).', '当日访问量（业务报告）。', '當日工作階段（業務報告）。'], { aliases: ['Sessions – Total', '会话数 - 总计', '买家访问次数'] }),
    column('adSpend', 'money', ['Ad spend', '广告花费', '廣告花費'], ['All ad spend that day.', '当日全部广告花费。', '當日全部廣告花費。'], { aliases: ['Spend'] }),
    column('adSales', 'money', ['Ad sales', '广告销售额', '廣告銷售額'], ['All ad-attributed sales that day.', '当日全部广告销售额。', '當日全部廣告銷售額。']),
    column('acos', 'pct', ['ACOS', 'ACOS', 'ACOS'], ['Ad spend ÷ ad sales. Computed.', '广告花费 ÷ 广告销售额。自动计算。', '廣告花費 ÷ 廣告銷售額。自動計算。'], {
      format: COST_RATIO_FORMAT,
      formula: (c) => `=ACOS_ADS(${c.range('adSpend')}, ${c.range('adSales')})`,
    }),
    column('tacos', 'pct', ['TACOS', 'TACOS', 'TACOS'], ['Ad spend ÷ sales. Computed.', '广告花费 ÷ 销售额。自动计算。', '廣告花費 ÷ 銷售額。自動計算。'], {
      format: COST_RATIO_FORMAT,
      formula: (c) => `=TACOS(${c.range('adSpend')}, ${c.range('sales')})`,
    }),
  ],
  fixedCells,
};
