/**
 * Where the rolling sales go on the SKU Sales tab: one block from row 2 over the tab's own columns,
 * found by header (a user's columns, wherever they are, are never written). A SKU already on the
 * tab keeps its place — the order a user sorted the rows into survives the next refresh — and new
 * SKUs follow; the rows the last run wrote below the new lines are cleared in the same block, so a
 * refresh is one write per run of adjacent columns (one, unless a user put a column between ours).
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
  /** Rows written: the new lines, then blanks down to the last row the area held. */
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

  // The area's rows now: the last one holding anything in our columns, and the lines' order.
  let held = 0;
  const order = new Map<string, number>();
  values.rows.forEach((row, i) => {
    if (!ours.some((c) => !isBlank(row[c.at]))) return;
    held = i + 1;
    const key = keyOf(row[found.get('sku') ?? -1], row[found.get('asin') ?? -1]);
    if (key !== '' && !order.has(key)) order.set(key, i);
  });
  const lineKey = (line: SkuSales) => keyOf(line.sku, line.asin);
  // Lines already on the tab in their rows' order, then the new ones in the order given (stable sort).
  const rank = (line: SkuSales) => order.get(lineKey(line)) ?? values.rows.length;
  const placed = [...sales.lines].sort((a, b) => rank(a) - rank(b));
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
  return { row: values.firstRow, height, lines: placed.length, runs };
}
