/**
 * Manage FBA Inventory (`GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA` and the …_ALL_… variant),
 * tab-separated with hyphenated English keys — the same keys in the Chinese Seller Central download.
 * Some downloads add `store`; the older 18-column form lacks the future-supply columns.
 */
import { col, type HeaderMatch, type ReportSpec } from '../columns';
import type { Table } from '../table';
import { readKeyedRows, type KindParser, type ParsedRows } from './common';

/** Fields of Manage FBA Inventory. */
export type ManageField =
  | 'sku'
  | 'fnsku'
  | 'asin'
  | 'title'
  | 'condition'
  | 'price'
  | 'fulfillable'
  | 'unsellable'
  | 'reserved'
  | 'warehouse'
  | 'total'
  | 'inboundWorking'
  | 'inboundShipped'
  | 'inboundReceiving'
  | 'researching'
  | 'unitVolume';

/** Stock of one SKU now. */
export interface ManageInventoryRecord {
  readonly sku: string;
  readonly fnsku: string;
  readonly asin: string;
  readonly title: string;
  readonly condition: string;
  readonly price: number | null;
  readonly fulfillable: number | null;
  readonly unsellable: number | null;
  readonly reserved: number | null;
  readonly inboundWorking: number | null;
  readonly inboundShipped: number | null;
  readonly inboundReceiving: number | null;
  readonly researching: number | null;
  /** As Amazon reports it; it double-counts the buckets above (sum them for a true total). */
  readonly total: number | null;
  /** `per-unit-volume`: one unit's volume, in cubic feet on amazon.com (the report names no unit). */
  readonly unitVolume: number | null;
}

const SPEC: ReportSpec<ManageField> = {
  kind: 'fba-manage-inventory',
  columns: [
    col('sku', ['sku'], ['卖家 SKU']),
    col('fnsku', ['fnsku']),
    col('asin', ['asin']),
    col('title', ['product-name'], ['商品名称']),
    col('condition', ['condition']),
    col('price', ['your-price']),
    col('fulfillable', ['afn-fulfillable-quantity'], ['可售']),
    col('unsellable', ['afn-unsellable-quantity'], ['不可售']),
    col('reserved', ['afn-reserved-quantity'], ['预留']),
    col('warehouse', ['afn-warehouse-quantity']),
    col('total', ['afn-total-quantity']),
    col('inboundWorking', ['afn-inbound-working-quantity']),
    col('inboundShipped', ['afn-inbound-shipped-quantity']),
    col('inboundReceiving', ['afn-inbound-receiving-quantity']),
    col('researching', ['afn-researching-quantity']),
    col('unitVolume', ['per-unit-volume']),
  ],
  required: ['sku', 'asin', 'fulfillable', 'reserved'],
};

function parse(table: Table, match: HeaderMatch<ManageField>): ParsedRows<ManageInventoryRecord> {
  return readKeyedRows(table, match, 'sku', (r, sku) => {
    return {
      sku,
      fnsku: r.text('fnsku'),
      asin: r.text('asin').toUpperCase(),
      title: r.text('title'),
      condition: r.text('condition'),
      price: r.money('price')?.amount ?? null,
      fulfillable: r.number('fulfillable'),
      unsellable: r.number('unsellable'),
      reserved: r.number('reserved'),
      inboundWorking: r.number('inboundWorking'),
      inboundShipped: r.number('inboundShipped'),
      inboundReceiving: r.number('inboundReceiving'),
      researching: r.number('researching'),
      total: r.number('total'),
      unitVolume: r.number('unitVolume'),
    };
  });
}

/** The Manage FBA Inventory parser. Key: SKU (a snapshot: a re-import updates the SKU's row). */
export const fbaManageInventory: KindParser<ManageField, ManageInventoryRecord> = { spec: SPEC, parse, key: (r) => r.sku };
