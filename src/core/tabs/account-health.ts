/** Account health: one row per snapshot × metric, its status against Amazon's target. */
import { MESSAGES } from '../i18n/messages';
import { dateColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, WARNING, type TabSchema } from './schema';

/** The status words HEALTH_STATUS shows, every language (it speaks the reader's or the sheet's). */
const words = (key: 'health.atRisk' | 'health.breach') => Object.values(MESSAGES[key]);

/** The Account Health tab. */
export const ACCOUNT_HEALTH: TabSchema = {
  id: 'accountHealth',
  version: 1,
  name: l('Account Health', '账户健康', '帳戶健康'),
  purpose: l('Every account-health metric inside its limit, and policy notices.', '各项账户健康指标不超标，留意政策通知。', '各項帳戶健康指標不超標，留意政策通知。'),
  columns: [
    dateColumn(['Snapshot date.', '快照日期。', '快照日期。']),
    column('metric', 'enum', ['Metric', '指标', '指標'], ['Which metric (names HEALTH_STATUS knows).', '哪个指标（HEALTH_STATUS 能识别的名称）。', '哪個指標（HEALTH_STATUS 能辨識的名稱）。'], {
      options: options(
        ['ODR', '订单缺陷率', '訂單缺陷率'],
        ['Pre-fulfilment cancel rate', '配送前取消率', '配送前取消率'],
        ['Late shipment rate', '迟发率', '遲發率'],
        ['Valid tracking rate', '有效追踪率', '有效追蹤率'],
        ['On-time delivery rate', '准时交货率', '準時交貨率'],
        ['Account Health Rating', '账户健康评级', '帳戶健康評級'],
      ),
      width: 180,
    }),
    column('value', 'num', ['Value', '数值', '數值'], ['The rate as a percentage (0.8%), or the rating score (0–1000).', '比率写成百分比（0.8%），或评级分数（0–1000）。', '比率寫成百分比（0.8%），或評級分數（0–1000）。'], { format: '0.00##' }),
    column('status', 'text', ['Status', '状态', '狀態'], ['OK, AT RISK or BREACH against Amazon\'s target. Computed.', '对照亚马逊目标：正常、有风险或超标。自动计算。', '對照亞馬遜目標：正常、有風險或超標。自動計算。'], {
      formula: (c) => `=HEALTH_STATUS(${c.range('metric')}, ${c.range('value')})`,
    }),
    column('notices', 'int', ['New notices', '新通知', '新通知'], ['Policy warnings or notices received that day.', '当天收到的政策警告或通知数。', '當天收到的政策警告或通知數。']),
    column('action', 'text', ['Action', '处理', '處理'], ['What you did about it.', '采取的处理措施。', '採取的處理措施。'], { width: 200 }),
    noteColumn(),
  ],
  rules: [
    { id: 'breach', columns: ['metric', 'value', 'status'], formula: (c) => `=OR(${words('health.breach').map((w) => `$${c.letter('status')}2="${w}"`).join(', ')})`, ...PROBLEM },
    { id: 'at-risk', columns: ['metric', 'value', 'status'], formula: (c) => `=OR(${words('health.atRisk').map((w) => `$${c.letter('status')}2="${w}"`).join(', ')})`, ...WARNING },
    { id: 'notices', columns: ['notices'], formula: (c) => `=N($${c.letter('notices')}2)>0`, ...WARNING },
  ],
};
