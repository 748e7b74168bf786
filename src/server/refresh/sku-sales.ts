/**
 * The refresh's SKU Sales phase: rolling 7/14/30-day sales per SKU from the Inventory tab's
 * imported orders (computed in src/core/refresh/rolling-sales.ts), written over the SKU Sales tab's
 * own columns in one block per run of adjacent columns, through the run's journal so a failed run
 * puts the tab back as it was.
 */
import type { AlertSnapshot } from '../../core/alerts/snapshot';
import { tableOf } from '../../core/alerts/snapshot';
import { rollingSales } from '../../core/refresh/rolling-sales';
import { planSkuSalesBlock } from '../../core/refresh/sku-sales-block';
import { INVENTORY } from '../../core/tabs/inventory';
import type { WallClock } from '../../core/values/dates';
import type { OurTab } from '../sheets/read-tabs';
import type { Journal } from './journal';

/** What the phase needs of the run. */
export interface SkuSalesRun {
  readonly tabs: readonly OurTab[];
  /** Today's wall-clock midnight in the spreadsheet's zone: the windows end the day before. */
  readonly today: number;
  readonly clock: WallClock;
  readonly journal: Journal;
}

/**
 * Rebuilds the SKU Sales tab from `snapshot`'s Inventory values (both tabs read by the run). Does
 * nothing when either tab is not set up, or when nothing is imported and the tab holds no lines.
 * Returns how many lines it wrote.
 */
export function rebuildSkuSales(run: SkuSalesRun, snapshot: AlertSnapshot): number {
  const tab = run.tabs.find((t) => t.meta.id === 'skuSales');
  const values = snapshot.skuSales;
  const inventory = snapshot.inventory;
  if (!tab || !values || !inventory) return 0;
  const sales = rollingSales(tableOf(INVENTORY, inventory), run.today, run.clock);
  const block = planSkuSalesBlock(values, sales, (wall) => run.clock.fromWall(wall));
  if (!block) return 0;
  // A getRange past the sheet's last row throws: a tab that grew past it gets rows first (asked
  // only when the block reaches beyond the rows the tab's data range already spans).
  const last = block.row + block.height - 1;
  if (last > values.firstRow + values.rows.length - 1) {
    const maxRows = tab.sheet.getMaxRows();
    if (last > maxRows) tab.sheet.insertRowsAfter(maxRows, last - maxRows);
  }
  for (const part of block.runs) {
    const width = part.values[0]?.length ?? 0;
    const range = tab.sheet.getRange(block.row, part.column, block.height, width);
    // What the cells held, formulas as formulas, for the journal to put back.
    const formulas = range.getFormulas();
    const before = formulas.map((line, r) => line.map((f, c) => (f !== '' ? f : (values.rows[block.row - values.firstRow + r]?.[part.column - 1 + c] ?? ''))));
    run.journal.write(range, part.values.map((line) => [...line]), before);
  }
  return block.lines;
}
