/**
 * Where the rolling sales go on the SKU Sales tab: one block from row 2 over the tab's own columns,
 * found by header (a user's columns, wherever they are, are never written). Rows never move: a
 * user's notes in a column they added stay beside the SKU they were written for, and the order a
 * user sorted the rows into survives the next refresh.
 * - A line already on the tab is rewritten in its row.
 * - A line that is gone (its orders were deleted from Inventory, its SKU renamed) has its row
 *   cleared in our columns, not kept with zeros: zeros would claim "no sales" for a SKU the
 *   Inventory tab no longer speaks of, and a blank row says plainly that we know nothing of it.
 * - A new line goes into a free row — one holding neither a line we keep nor anything in a user's
 *   column — top first, then below the tab's last used row. A cleared row that still carries a
 *   user's note is not free: a new SKU put there would sit beside a note about another one.
 * The whole area is one write per run of adjacent columns (one, unless a user put a column between
 * ours).
 */
import type { TabValues } from '../alerts/snapshot';
import { isBlank } from '../alerts/snapshot';
import { matchColumns } from '../tabs/header-match';
import { SKU_SALES } from '../tabs/sku-sales';
import type { RollingSales, SkuSales } from './rolling-sales';

/** A block of adjacent columns written in one call. */
export interface BlockRun {
  /** The sheet column (1-based) of the run's first cell. */
  readonly column: number;
  /** One row per sheet row from {@link SkuSalesBlock.row}; '' clears a cell. */
  readonly values: readonly (readonly unknown[])[];
}

/** The rewrite of the tab's derived columns. */
export interface SkuSalesBlock {
  /** The sheet row (1-based) the runs start at. */
  readonly row: number;
  /** Rows written: from the first row down to the last that held a line or now holds one. */
  readonly height: number;
  /** How many of them hold a line. */
  readonly lines: number;
  readonly runs: readonly BlockRun[];
}

const keyOf = (sku: unknown, asin: unknown): string => {
  const s = isBlank(sku) ? '' : String(sku).normalize('NFKC').trim();
  if (s !== '') return `s\u0000${s}`;
  const a = isBlank(asin) ? '' : String(asin).normalize('NFKC').trim().toUpperCase();
  return a === '' ? '' : `a\u0000${a}`;
};

/**
 * The block that puts `sales` on the tab as `values` shows it, or null when there is nothing to
 * write (no lines, and no rows left from a previous run). `day` turns a wall-clock day into what
 * the sheet stores (the server gives a Date in the spreadsheet's zone).
 */
export function planSkuSalesBlock(values: TabValues, sales: RollingSales, day: (wallMs: number) => unknown): SkuSalesBlock | null {
  const { found } = matchColumns(SKU_SALES, values.headers, values.remembered ?? {});
  const ours = SKU_SALES.columns.filter((c) => found.has(c.id)).map((c) => ({ id: c.id, at: found.get(c.id) as number }));
  if (ours.length === 0) return null;
  ours.sort((a, b) => a.at - b.at);

  // The rows now: which line each holds (the first row of a key wins; a repeat of it is cleared),
  // whether a user's column holds anything there, and the last row holding anything at all.
  const ourColumns = new Set(ours.map((c) => c.at));
  const rowOf = new Map<string, number>();
  const userContent: boolean[] = [];
  let held = 0;
  let used = 0;
  values.rows.forEach((row, i) => {
    userContent[i] = row.some((v, c) => !ourColumns.has(c) && !isBlank(v));
    if (userContent[i]) used = i + 1;
    if (!ours.some((c) => !isBlank(row[c.at]))) return;
    held = i + 1;
    used = i + 1;
    const key = keyOf(row[found.get('sku') ?? -1], row[found.get('asin') ?? -1]);
    if (key !== '' && !rowOf.has(key)) rowOf.set(key, i);
  });
  const lineKey = (line: SkuSales) => keyOf(line.sku, line.asin);
  const placed: (SkuSales | undefined)[] = [];
  const fresh: SkuSales[] = [];
  for (const line of sales.lines) {
    const at = rowOf.get(lineKey(line));
    if (at === undefined) fresh.push(line);
    else placed[at] = line;
  }
  // New lines, in the order given: free rows from the top, then below the last used row.
  let next = 0;
  let below = used;
  for (const line of fresh) {
    while (next < used && (placed[next] !== undefined || userContent[next])) next++;
    if (next < used) placed[next++] = line;
    else placed[below++] = line;
  }
  const height = Math.max(placed.length, held);
  if (height === 0) return null;

  const cell = (line: SkuSales | undefined, id: string): unknown => {
    if (!line) return '';
    switch (id) {
      case 'asOf':
        return day(sales.asOf);
      case 'lastSale':
        return line.lastSale === null ? '' : day(line.lastSale);
      default:
        return line[id as keyof SkuSales] ?? '';
    }
  };
  const runs: BlockRun[] = [];
  for (let i = 0; i < ours.length; ) {
    let j = i;
    while (j + 1 < ours.length && ours[j + 1].at === ours[j].at + 1) j++;
    const columns = ours.slice(i, j + 1);
    runs.push({ column: ours[i].at + 1, values: Array.from({ length: height }, (_, r) => columns.map((c) => cell(placed[r], c.id))) });
    i = j + 1;
  }
  return { row: values.firstRow, height, lines: sales.lines.length, runs };
}
