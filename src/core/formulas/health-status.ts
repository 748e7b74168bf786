import { t } from '../i18n/messages';
import { readFraction } from '../values/read-fraction';
import { BLANK, readNumber, type NumberCell } from '../values/read-number';
import { lookupLabel, textKey } from '../values/text-key';
import { elementwise, percentOrFraction } from './elementwise';

/** A share of the limit: a rate that has used this much of its allowance is AT RISK. */
export const AT_RISK_SHARE = 0.8;

/** The Account Health Rating from which a score is AT RISK rather than BREACH (under 200 is not OK). */
export const AHR_AT_RISK_FROM = 100;

/** One account-health metric and Amazon's target for it. */
export interface HealthMetric {
  readonly id: 'odr' | 'cancel' | 'late' | 'tracking' | 'onTime' | 'ahr';
  /**
   * `below`: a rate that must stay under `limit` (ODR < 1 %); `above`: a rate that must stay over
   * it (valid tracking > 95 %); `score`: the Account Health Rating (≥ 200 OK, 100–199 AT RISK).
   */
  readonly target: 'below' | 'above' | 'score';
  readonly limit: number;
  /** Every name an operator may type, English, 简体 and 繁體 (compared in textKey form). */
  readonly names: readonly string[];
}

/** Amazon's account-health targets (shared/reference/domain.md §2). */
export const HEALTH_METRICS: readonly HealthMetric[] = [
  {
    id: 'odr',
    target: 'below',
    limit: 0.01,
    names: ['ODR', 'Order Defect Rate', 'order defect', '订单缺陷率', '訂單缺陷率', '訂單瑕疵率', '缺陷率'],
  },
  {
    id: 'cancel',
    target: 'below',
    limit: 0.025,
    names: [
      'CR', 'PFCR', 'cancel rate', 'cancellation rate', 'pre-fulfillment cancel rate', 'pre-fulfilment cancel rate',
      'pre-fulfillment cancellation rate', 'pre-fulfilment cancellation rate', '配送前取消率', '取消率', '发货前取消率', '發貨前取消率', '出貨前取消率',
    ],
  },
  {
    id: 'late',
    target: 'below',
    limit: 0.04,
    names: ['LSR', 'late shipment rate', 'late ship rate', '迟发率', '遲發率', '延迟发货率', '延遲發貨率', '延遲出貨率', '晚发率'],
  },
  {
    id: 'tracking',
    target: 'above',
    limit: 0.95,
    names: ['VTR', 'valid tracking rate', '有效追踪率', '有效追蹤率', '有效跟踪率', '有效跟蹤率', '有效追踪编码率', '有效追蹤編碼率'],
  },
  {
    id: 'onTime',
    target: 'above',
    limit: 0.9,
    names: ['OTDR', 'on-time delivery rate', 'on time delivery', 'on-time delivery', '准时交货率', '準時交貨率', '准时送达率', '準時送達率', '准时到达率', '準時到達率'],
  },
  {
    id: 'ahr',
    target: 'score',
    limit: 200,
    names: [
      'AHR', 'account health rating', 'account health', 'account health score', '账户状况评级', '帳戶狀況評級', '账户健康评级', '帳戶健康評級',
      '账户状况分数', '帳戶狀況分數', '账户健康分', '帳戶健康分', '账户状况', '帳戶狀況',
    ],
  },
];

const BY_NAME = new Map<string, number>(HEALTH_METRICS.flatMap((m, i) => m.names.map((n) => [textKey(n), i] as const)));

/** Reads a metric name (English or Chinese, any case, with or without its abbreviation) as its index. */
export function readMetric(cell: unknown): NumberCell {
  if (cell === '' || cell === null || cell === undefined) return BLANK;
  const text = String(cell);
  const index = lookupLabel(BY_NAME, text);
  return index === undefined ? { kind: 'invalid', reason: 'text', text } : { kind: 'number', value: index };
}

/**
 * Reads a metric value as a number, refusing percent text above 100 % ("150%") here, while the
 * text is still known: once read, 1.5 would look like 1.5 percentage points. Percent text is
 * flagged `percentText`, so a "0.5%" is never taken for an ambiguous plain 0.5.
 */
export function readHealthValue(cell: unknown): NumberCell {
  const read = readNumber(cell);
  if (read.kind === 'number' && typeof cell === 'string' && /[%％]/.test(cell)) {
    return read.value > 1 ? { kind: 'invalid', reason: 'text', text: cell.trim() } : { kind: 'number', value: read.value, percentText: true };
  }
  return read;
}

/**
 * For a "must stay below" rate, the plain numbers that cannot be read safely: above 10 × the
 * limit and up to 1 (0.5 for the 1 % ODR: 50 %, or 0.5 % typed without its sign?). Below that a
 * plain number is a fraction (0.02 is a 2 % ODR); above 1 it is percentage points (3.2 is 3.2 %).
 */
export function isAmbiguousRate(metric: HealthMetric, plain: number): boolean {
  // Rounded so that 10 × 0.04 is exactly the 0.4 an operator types.
  return metric.target === 'below' && plain > Math.round(10 * metric.limit * 1e9) / 1e9 && plain <= 1;
}

/** The message key of a status (its text in the user's language). */
export type HealthStatusKey = 'health.ok' | 'health.atRisk' | 'health.breach';

/** The status of `value` for `metric`: rates as fractions, the AHR as a score. */
export function healthStatus(metric: HealthMetric, value: number): HealthStatusKey {
  if (metric.target === 'score') return value >= metric.limit ? 'health.ok' : value >= AHR_AT_RISK_FROM ? 'health.atRisk' : 'health.breach';
  // Work on the defect side (1 − rate for "above" targets), as the share of the allowance used,
  // rounded to 1e-9 so binary fractions land on the lines: 0.8 % of a 1 % ODR allowance is exactly
  // the AT RISK line, and 1 − 0.95 exactly the whole valid-tracking allowance.
  const defect = metric.target === 'below' ? value : 1 - value;
  const allowance = metric.target === 'below' ? metric.limit : 1 - metric.limit;
  const used = Math.round((defect / allowance) * 1e9) / 1e9;
  if (used >= 1) return 'health.breach';
  if (used >= AT_RISK_SHARE) return 'health.atRisk';
  return 'health.ok';
}

/**
 * HEALTH_STATUS(metric, value) — OK / AT RISK / BREACH for an account-health metric against
 * Amazon's target: ODR < 1 %, pre-fulfilment cancel rate < 2.5 %, late shipment rate < 4 %,
 * valid tracking rate > 95 %, on-time delivery rate > 90 %, Account Health Rating ≥ 200 OK,
 * 100–199 AT RISK, under 100 BREACH. A rate is AT RISK once its defect side has used 80 % of the
 * allowance (ODR ≥ 0.8 %; valid tracking ≤ 96 %, i.e. 4 of the 5 allowed points of invalid
 * tracking), BREACH when it misses the target (ODR ≥ 1 %, valid tracking ≤ 95 %).
 * Rates are fractions or percent text; a number above 1 is read as percentage points (3.2 → 3.2 %).
 * A plain number between 10 × a "below" limit and 1 ({@link isAmbiguousRate}) shows
 * "write 0.5% or 0.005" instead of a status.
 */
export const healthStatusFormula = elementwise({
  name: 'HEALTH_STATUS',
  writesWords: true,
  inputs: [
    { name: 'metric', read: readMetric, invalidKey: 'cell.metric', hintKey: 'hint.metric', required: true, setting: true },
    { name: 'value', read: readHealthValue, invalidKey: 'cell.notRate' },
  ],
  compute: ([index, raw], { locale, words }, cells) => {
    const metric = HEALTH_METRICS[index];
    if (metric.target === 'score') {
      return raw < 0 ? t(locale, 'cell.negative', { text: raw }) : t(words, healthStatus(metric, raw));
    }
    const read = cells[1];
    const plain = !(read.kind === 'number' && read.percentText === true);
    if (plain && isAmbiguousRate(metric, raw)) return t(locale, 'cell.percentOrFraction', percentOrFraction(raw));
    const rate = readFraction(raw);
    if (rate.kind !== 'number') return t(locale, 'cell.notRate', { text: raw });
    return t(words, healthStatus(metric, rate.value));
  },
});
