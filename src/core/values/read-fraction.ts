import { hasCurrency, readNumber, type NumberCell } from './read-number';

/**
 * Reads a share of a whole — a rate, a discount, a service level — as a fraction from 0 to 1:
 * `"0.85%"` and `0.0085` are the same, and a plain number above 1 is read as percentage points
 * (`95` → 0.95), because such a value can never exceed 100 %. Values outside 0–100 % are invalid.
 * Use it only for bounded shares: an ACOS of 150 % is real, so ad ratios use {@link readNumber}.
 */
export function readFraction(cell: unknown): NumberCell {
  const read = readNumber(cell);
  if (read.kind !== 'number') return read;
  // "$5" is an amount: money is never read as a percent (5 % off).
  if (typeof cell === 'string' && hasCurrency(cell)) return { kind: 'invalid', reason: 'money', text: cell.trim() };
  // "120%" already says what it means; only a bare number is taken as percentage points.
  const percentText = typeof cell === 'string' && /[%％]/.test(cell);
  const value = read.value > 1 && !percentText ? Number((read.value / 100).toPrecision(15)) : read.value;
  if (value < 0 || value > 1) return { kind: 'invalid', reason: 'text', text: typeof cell === 'string' ? cell.trim() : String(read.value) };
  return value === read.value ? read : { kind: 'number', value };
}

/**
 * Reads a rate that is not bounded to 0–100 % — an ACOS, a margin, which may be negative or above
 * 100 % — as a fraction. Percent text says what it means (`"30%"`, `"-150%"`); a plain number from
 * −1 to 1 is a fraction (`0.3`). A plain number beyond ±1 is ambiguous — 30 could be 30 % or a
 * mistyped 0.3, and a 3000 % ACOS is as real as a 30 % one — so it is invalid with reason `percent`
 * and the number as `text`, and the cell says "write 30% or 0.3".
 */
export function readRate(cell: unknown): NumberCell {
  const read = readNumber(cell);
  if (read.kind !== 'number') return read;
  if (typeof cell === 'string' && hasCurrency(cell)) return { kind: 'invalid', reason: 'money', text: cell.trim() };
  const percentText = typeof cell === 'string' && /[%％]/.test(cell);
  if (!percentText && Math.abs(read.value) > 1) return { kind: 'invalid', reason: 'percent', text: String(read.value) };
  return read;
}
