/**
 * FBA Inventory / Inventory Health (`GET_FBA_INVENTORY_PLANNING_DATA`), tab-separated. Its age
 * buckets changed over the years (0-90/91-180… then 0-30/31-60/61-90/181-330/331-365 for the
 * aged-inventory surcharge): every `inv-age-*` column is kept by its own name, never by position.
 * Chinese labels are from parsers, not a download (unconfirmed).
 */
import { col, type HeaderMatch, type ReportSpec } from '../columns';
import { cellText, isBlankRow, type Table } from '../table';
import { readReportNumber } from '../values';
import { RowReader, type KindParser, type ParsedRows, type ReportNote } from './common';

/** Fields of the FBA Inventory (planning) report. */
export type PlanningField =
  | 'snapshotDate'
  | 'sku'
  | 'fnsku'
  | 'asin'
  | 'title'
  | 'condition'
  | 'available'
  | 'inbound'
  | 'reserved'
  | 'unfulfillable'
  | 'shippedT7'
  | 'shippedT30'
  | 'shippedT60'
  | 'shippedT90'
  | 'daysOfSupply'
  | 'sellThrough'
  | 'excess'
  | 'storageCostNextMonth'
  | 'storageType'
  | 'alert'
  | 'recommendedAction'
  | 'currency'
  | 'itemVolume'
  | 'volumeUnit';

/** One SKU on the snapshot date. */
export interface PlanningRecord {
  readonly snapshotDate: string;
  readonly sku: string;
  readonly fnsku: string;
  readonly asin: string;
  readonly title: string;
  readonly available: number | null;
  readonly inbound: number | null;
  readonly reserved: number | null;
  readonly unfulfillable: number | null;
  readonly unitsShippedT7: number | null;
  readonly unitsShippedT30: number | null;
  readonly unitsShippedT60: number | null;
  readonly unitsShippedT90: number | null;
  readonly daysOfSupply: number | null;
  readonly sellThrough: number | null;
  readonly estimatedExcess: number | null;
  readonly estimatedStorageCostNextMonth: number | null;
  readonly currency: string;
  readonly storageType: string;
  readonly alert: string;
  readonly recommendedAction: string;
  /** Units per age bucket, by the report's own column name (`inv-age-0-to-90-days` → 12). */
  readonly ageBuckets: Readonly<Record<string, number>>;
  /** One unit's volume in {@link volumeUnit} (longest × median × shortest side). */
  readonly itemVolume: number | null;
  /** The unit of `itemVolume` as the report words it (`Cubic feet`; blank when the report has no such column). */
  readonly volumeUnit: string;
  /**
   * Units the next aged-inventory surcharge assessment charges per age tier, by the report's own
   * column name (`quantity-to-be-charged-ais-271-300-days` → 40).
   */
  readonly aisUnits: Readonly<Record<string, number>>;
}

const SPEC: ReportSpec<PlanningField> = {
  kind: 'fba-inventory-planning',
  columns: [
    col('snapshotDate', ['snapshot-date'], ['快照日期']),
    col('sku', ['sku']),
    col('fnsku', ['fnsku']),
    col('asin', ['asin']),
    col('title', ['product-name']),
    col('condition', ['condition']),
    col('available', ['available'], ['可售']),
    col('inbound', ['inbound-quantity'], ['入库数量']),
    col('reserved', ['reserved-quantity'], ['预留总数量']),
    col('unfulfillable', ['unfulfillable-quantity'], ['不可售数量']),
    col('shippedT7', ['units-shipped-t7']),
    col('shippedT30', ['units-shipped-t30']),
    col('shippedT60', ['units-shipped-t60']),
    col('shippedT90', ['units-shipped-t90']),
    col('daysOfSupply', ['days-of-supply']),
    col('sellThrough', ['sell-through'], ['售出率']),
    col('excess', ['estimated-excess-quantity']),
    col('storageCostNextMonth', ['estimated-storage-cost-next-month']),
    col('storageType', ['storage-type'], ['存储类型']),
    col('alert', ['alert']),
    col('recommendedAction', ['recommended-action']),
    col('currency', ['currency']),
    col('itemVolume', ['item-volume'], ['商品体积']),
    col('volumeUnit', ['volume-unit-measurement']),
  ],
  required: ['snapshotDate', 'sku', 'asin', 'available'],
};

function parse(table: Table, match: HeaderMatch<PlanningField>): ParsedRows<PlanningRecord> {
  const warnings: ReportNote[] = [];
  const records: PlanningRecord[] = [];
  let skipped = 0;
  const ageColumns = match.unclaimed.filter((c) => /^inv-age-|^库存龄/i.test(c.header));
  const aisColumns = match.unclaimed.filter((c) => /^quantity-to-be-charged-ais-/i.test(c.header));
  const r = new RowReader(match, warnings);
  for (let i = match.row + 1; i < table.length; i++) {
    const row = table[i];
    if (isBlankRow(row)) continue;
    r.at(row, i);
    const sku = r.text('sku');
    const snapshotDate = r.day('snapshotDate');
    if (sku === '' || !snapshotDate) {
      if (sku === '') r.warn('warning.missingKey', { column: r.label('sku') });
      else if (snapshotDate === null) r.warn('warning.missingKey', { column: r.label('snapshotDate') });
      skipped++;
      continue;
    }
    const countsOf = (columns: typeof ageColumns) => {
      const counts: Record<string, number> = {};
      for (const c of columns) {
        const read = readReportNumber(row[c.index] ?? null);
        if (read.ok && read.value !== null) counts[c.header] = read.value;
        else if (!read.ok) r.warn('warning.badNumber', { column: c.header, text: cellText(row[c.index] ?? null) });
      }
      return counts;
    };
    const ageBuckets = countsOf(ageColumns);
    records.push({
      snapshotDate,
      sku,
      fnsku: r.text('fnsku'),
      asin: r.text('asin').toUpperCase(),
      title: r.text('title'),
      available: r.number('available'),
      inbound: r.number('inbound'),
      reserved: r.number('reserved'),
      unfulfillable: r.number('unfulfillable'),
      unitsShippedT7: r.number('shippedT7'),
      unitsShippedT30: r.number('shippedT30'),
      unitsShippedT60: r.number('shippedT60'),
      unitsShippedT90: r.number('shippedT90'),
      daysOfSupply: r.number('daysOfSupply'),
      sellThrough: r.number('sellThrough'),
      estimatedExcess: r.number('excess'),
      estimatedStorageCostNextMonth: r.money('storageCostNextMonth')?.amount ?? null,
      currency: r.text('currency').toUpperCase(),
      storageType: r.text('storageType'),
      alert: r.text('alert'),
      recommendedAction: r.text('recommendedAction'),
      ageBuckets,
      itemVolume: r.number('itemVolume'),
      volumeUnit: r.text('volumeUnit'),
      aisUnits: countsOf(aisColumns),
    });
  }
  return { records, warnings, skipped };
}

/** The FBA Inventory (planning) parser. Key: snapshot date + SKU. */
export const fbaInventoryPlanning: KindParser<PlanningField, PlanningRecord> = {
  spec: SPEC,
  parse,
  key: (r) => `${r.snapshotDate}|${r.sku}`,
};
