/**
 * What every rule is given: the tabs as tables, the Settings thresholds, the clock of the
 * spreadsheet's time zone, and what several rules need to put a price on an alert (each ASIN's unit
 * price and units sold per day). Plus the small readers the rules share.
 */
import type { Localized } from '../../i18n/messages';
import type { TabId } from '../../tabs/tab-ids';
import { textKey } from '../../values/text-key';
import { MS_PER_DAY, readDateTime, readDay, type WallClock } from '../../values/dates';
import { readMoney, readNumber } from '../../values/read-number';
import type { Alert } from '../alert';
import type { AlertSettings } from '../alert-settings';
import { isBlank, type Table } from '../snapshot';

/** The input of every rule. */
export interface RuleContext {
  readonly tables: Partial<Readonly<Record<TabId, Table>>>;
  readonly settings: AlertSettings;
  /** Reads the date cells (the spreadsheet's time zone). */
  readonly clock: WallClock;
  /** Now, as wall-clock ms of the spreadsheet's time zone. */
  readonly now: number;
  /** Midnight starting today, wall-clock ms. */
  readonly today: number;
  /** ASIN → the price a unit sells at (our latest listing-check price, else a promotion's list price). */
  readonly prices: ReadonlyMap<string, number>;
  /** ASIN → units sold per day (the latest inventory row). */
  readonly dailyUnits: ReadonlyMap<string, number>;
}

/** One rule: what it finds in the tabs. */
export type Rule = (ctx: RuleContext) => Alert[];

/** A non-negative number in a cell, or undefined (blank, text, an error). */
export function amount(cell: unknown): number | undefined {
  const read = readNumber(cell);
  return read.kind === 'number' && Number.isFinite(read.value) && read.value >= 0 ? read.value : undefined;
}

/** A price in a cell (`12.99`, `$12.99`), or undefined. */
export function price(cell: unknown): number | undefined {
  const read = readMoney(cell);
  return read.kind === 'number' && read.share !== true && read.value >= 0 ? read.value : undefined;
}

/** The day of a date cell (wall-clock ms of its midnight), or undefined. */
export function dayOf(cell: unknown, ctx: Pick<RuleContext, 'clock'>): number | undefined {
  const read = readDay(cell, ctx.clock);
  return read.kind === 'number' ? read.value : undefined;
}

/** The moment of a date-time cell (wall-clock ms), or undefined. */
export function momentOf(cell: unknown, ctx: Pick<RuleContext, 'clock'>): number | undefined {
  const read = readDateTime(cell, ctx.clock);
  return read.kind === 'number' ? read.value : undefined;
}

/** A cell as trimmed text (an ASIN, a keyword, a campaign). */
export function text(cell: unknown): string {
  return isBlank(cell) ? '' : String(cell).trim();
}

/**
 * Which of a dropdown's values a cell holds (its index), in whichever of our languages it was
 * written: a dropdown value is what the operator chose, not a formula's word. -1 for none.
 */
export function optionIndex(options: readonly Localized[] | undefined, cell: unknown): number {
  if (!options || isBlank(cell)) return -1;
  const key = textKey(String(cell));
  return options.findIndex((o) => Object.values(o).some((word) => textKey(word) === key));
}

/** Whole days from wall-clock `from` to `to` (both midnights). */
export function daysBetween(from: number, to: number): number {
  return Math.round((to - from) / MS_PER_DAY);
}

/** A wall-clock day as yyyy-mm-dd. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Rounds money to cents (estimates are shown to the cent, and sorted by what is shown). */
export function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * For each key, the data row with the latest day (the later row wins a tie: it was added later).
 * Rows without a key or a readable day are skipped; `keep` filters rows first.
 */
export function latestRows(
  table: Table,
  dateColumn: string,
  keyOf: (i: number) => string,
  ctx: Pick<RuleContext, 'clock'>,
  keep: (i: number) => boolean = () => true,
): Map<string, { row: number; day: number }> {
  const latest = new Map<string, { row: number; day: number }>();
  for (let i = 0; i < table.length; i++) {
    const key = keyOf(i);
    if (key === '' || !keep(i)) continue;
    const day = dayOf(table.cell(i, dateColumn), ctx);
    if (day === undefined) continue;
    const seen = latest.get(key);
    if (!seen || day >= seen.day) latest.set(key, { row: i, day });
  }
  return latest;
}
