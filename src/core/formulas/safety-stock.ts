import { readFraction } from '../values/read-fraction';
import type { NumberCell } from '../values/read-number';
import { elementwise } from './elementwise';
import { inverseNormal } from './inverse-normal';

/**
 * Reads a service level: 95 %, 0.95 or 95 — from 50 % (z = 0: no safety stock) to under 100 %
 * (which would need infinite stock).
 */
export function readServiceLevel(cell: unknown): NumberCell {
  const read = readFraction(cell);
  if (read.kind === 'number' && (read.value < 0.5 || read.value >= 1)) {
    return { kind: 'invalid', reason: 'text', text: typeof cell === 'string' ? cell.trim() : String(cell) };
  }
  return read;
}

/**
 * SAFETY_STOCK(service_level, daily_demand_sd, lead_time_days) — 安全库存 = Z × σ × √L, with Z the
 * exact normal quantile of the service level (0.95 → 1.6449, not the rounded 1.65 of printed
 * tables, so 95 %, σ 40, 9 days gives 197.4 rather than 198). σ is the standard deviation of daily
 * demand in units; lead time in days. Not rounded.
 */
export const safetyStock = elementwise({
  name: 'SAFETY_STOCK',
  inputs: [
    { name: 'service_level', read: readServiceLevel, invalidKey: 'cell.serviceLevel', hintKey: 'hint.serviceLevel', required: true, setting: true },
    { name: 'daily_demand_sd', nonNegative: true },
    { name: 'lead_time_days', nonNegative: true },
  ],
  compute: ([level, sd, lead]) => inverseNormal(level) * sd * Math.sqrt(lead),
});
