import { MESSAGES } from '../i18n/messages';
import { AHR_AT_RISK_FROM, AT_RISK_SHARE, HEALTH_METRICS, type HealthMetric } from './health-status';
import { BLANKS, type DocsOf, type DocText, inEach, type Lang, say } from './doc-text';

const LOCALE_OF: Readonly<Record<Lang, 'en' | 'zh-CN' | 'zh-TW'>> = { en: 'en', zh: 'zh-CN', zhTW: 'zh-TW' };

// How each metric is called in the help (the table's names are what an operator may type).
const METRIC_NAMES: Readonly<Record<HealthMetric['id'], DocText>> = {
  odr: { en: 'ODR', zh: '订单缺陷率', zhTW: '訂單瑕疵率' },
  cancel: { en: 'pre-fulfilment cancel rate', zh: '配送前取消率', zhTW: '出貨前取消率' },
  late: { en: 'late shipment rate', zh: '迟发率', zhTW: '延遲出貨率' },
  tracking: { en: 'valid tracking rate', zh: '有效追踪率', zhTW: '有效追蹤率' },
  onTime: { en: 'on-time delivery rate', zh: '准时交货率', zhTW: '準時送達率' },
  ahr: { en: 'Account Health Rating', zh: '账户状况评级', zhTW: '帳戶狀況評級' },
};

const pct = (x: number): string => `${Number((x * 100).toPrecision(6))}%`;

/** The limits and status words, rendered from HEALTH_METRICS and MESSAGES. */
const HEALTH_LIMITS: DocText = inEach((lang) => {
  const word = (key: 'health.ok' | 'health.atRisk' | 'health.breach') => MESSAGES[key][LOCALE_OF[lang]];
  const [ok, risk, breach] = [word('health.ok'), word('health.atRisk'), word('health.breach')];
  const rates = HEALTH_METRICS.filter((m) => m.target !== 'score').map((m) => `${METRIC_NAMES[m.id][lang]} ${m.target === 'below' ? '<' : '>'} ${pct(m.limit)}`);
  const ahr = HEALTH_METRICS.find((m) => m.target === 'score');
  const odr = HEALTH_METRICS[0];
  const share = pct(AT_RISK_SHARE);
  const sep = lang === 'en' ? ', ' : '，';
  if (lang === 'en') {
    return (
      `${ok} / ${risk} / ${breach} for an account-health metric against Amazon’s target: ${rates.join(sep)}; ` +
      `${METRIC_NAMES.ahr.en} ${ahr?.limit}+ ${ok}, ${AHR_AT_RISK_FROM}–${(ahr?.limit ?? 0) - 1} ${risk}, under ${AHR_AT_RISK_FROM} ${breach}. ` +
      `A rate is ${risk} once it has used ${share} of its allowance (${METRIC_NAMES.odr.en} from ${pct(odr.limit * AT_RISK_SHARE)}; valid tracking at 96% or less). Rates as 0.8% or 0.008; a number above 1 is read as percent (3.2 = 3.2%). ` +
      'For ODR, cancel rate and late shipment rate, a plain number above 10 × the limit and up to 1 is ambiguous (0.5: 50% or 0.5%?) and shows "write 0.5% or 0.005" instead of a status. ' +
      'The status words are written in the spreadsheet’s language (chosen in Settings, else its locale), so a shared sheet never flips language.'
    );
  }
  const zh = lang === 'zh';
  return (
    `${zh ? '按亚马逊目标判断账户健康指标' : '依亞馬遜目標判斷帳戶健康指標'}：${ok} / ${risk} / ${breach}。${rates.join('，')}；` +
    `${METRIC_NAMES.ahr[lang]} ≥ ${ahr?.limit} ${ok}，${AHR_AT_RISK_FROM}–${(ahr?.limit ?? 0) - 1} ${risk}，< ${AHR_AT_RISK_FROM} ${breach}。` +
    (zh
      ? `比率用掉允许范围的 ${share} 即为${risk}（订单缺陷率从 ${pct(odr.limit * AT_RISK_SHARE)} 起；有效追踪率 ≤ 96%）。比率可写 0.8% 或 0.008；大于 1 的数字按百分数理解（3.2 = 3.2%）。` +
        '订单缺陷率、取消率和迟发率若写成大于上限 10 倍且不超过 1 的纯数字，含义不明（0.5：是 50% 还是 0.5%？），会显示“请写成 0.5% 或 0.005”而不是状态。' +
        '状态文字使用表格的语言（在设置中选择，否则按表格的区域设置），共享的表格不会来回切换语言。'
      : `比率用掉容許範圍的 ${share} 即為${risk}（訂單瑕疵率從 ${pct(odr.limit * AT_RISK_SHARE)} 起；有效追蹤率 ≤ 96%）。比率可寫 0.8% 或 0.008；大於 1 的數字視為百分數（3.2 = 3.2%）。` +
        '訂單瑕疵率、取消率和延遲出貨率若寫成大於上限 10 倍且不超過 1 的純數字，意思不明確（0.5：是 50% 還是 0.5%？），會顯示「請寫成 0.5% 或 0.005」而不是狀態。' +
        '狀態文字使用試算表的語言（在設定中選擇，否則依試算表的地區設定），共用的試算表不會來回切換語言。')
  );
});

/** The docs of the formulas in health-status.ts (docs only: never in the bundle). */
export const HEALTH_STATUS_DOCS = {
  HEALTH_STATUS: {
    category: 'health',
    summary: say(
      HEALTH_LIMITS,
      BLANKS,
    ),
    returns: {
      en: 'OK, AT RISK or BREACH in the spreadsheet’s language',
      zh: '正常、有风险或超标（按表格的语言）',
      zhTW: '正常、有風險或超標（依試算表的語言）',
    },
    example: { formula: '=HEALTH_STATUS("ODR", "0.85%")', result: 'AT RISK' },
  },
} satisfies DocsOf;
