/**
 * Restock Inventory (`GET_RESTOCK_INVENTORY_RECOMMENDATIONS_REPORT`), tab-separated, English
 * headers (Chinese ones unconfirmed: the labels below are the Chinese UI's words, for pasted tables).
 */
import { col, type HeaderMatch, type ReportSpec } from '../columns';
import type { Table } from '../table';
import { readKeyedRows, type KindParser, type ParsedRows } from './common';

/** Fields of the Restock Inventory report. */
export type RestockField =
  | 'country'
  | 'title'
  | 'fnsku'
  | 'sku'
  | 'asin'
  | 'currency'
  | 'price'
  | 'sales30'
  | 'units30'
  | 'totalUnits'
  | 'inbound'
  | 'available'
  | 'fcTransfer'
  | 'fcProcessing'
  | 'customerOrder'
  | 'unfulfillable'
  | 'daysOfSupply'
  | 'daysOfSupplyAfn'
  | 'alert'
  | 'recommendedQty'
  | 'recommendedShipDate'
  | 'recommendedAction';

/** One SKU's restock advice. */
export interface RestockRecord {
  readonly country: string;
  readonly sku: string;
  readonly fnsku: string;
  readonly asin: string;
  readonly title: string;
  readonly currency: string;
  readonly price: number | null;
  readonly salesLast30Days: number | null;
  readonly unitsSoldLast30Days: number | null;
  readonly totalUnits: number | null;
  readonly inbound: number | null;
  readonly available: number | null;
  readonly fcTransfer: number | null;
  readonly fcProcessing: number | null;
  readonly customerOrder: number | null;
  readonly unfulfillable: number | null;
  readonly totalDaysOfSupply: number | null;
  readonly daysOfSupplyAtAmazon: number | null;
  readonly alert: string;
  readonly recommendedReplenishmentQty: number | null;
  /** `yyyy-mm-dd`, or null when Amazon gives none. */
  readonly recommendedShipDate: string | null;
  readonly recommendedAction: string;
}

const SPEC: ReportSpec<RestockField> = {
  kind: 'restock-inventory',
  columns: [
    col('country', ['Country'], ['国家/地区']),
    col('title', ['Product Name'], ['商品名称']),
    col('fnsku', ['FNSKU'], ['FNSKU']),
    col('sku', ['Merchant SKU'], ['卖家 SKU']),
    col('asin', ['ASIN'], ['ASIN']),
    col('currency', ['Currency code'], ['货币代码']),
    col('price', ['Price'], ['价格']),
    col('sales30', ['Sales last 30 days'], ['过去 30 天的销售额']),
    col('units30', ['Units Sold Last 30 Days'], ['过去 30 天售出的商品数量']),
    col('totalUnits', ['Total Units'], ['商品总数']),
    col('inbound', ['Inbound'], ['入库']),
    col('available', ['Available'], ['可售']),
    col('fcTransfer', ['FC transfer'], ['运营中心调拨']),
    col('fcProcessing', ['FC Processing'], ['运营中心处理中']),
    col('customerOrder', ['Customer Order'], ['买家订单']),
    col('unfulfillable', ['Unfulfillable'], ['不可售']),
    col('daysOfSupply', ['Total Days of Supply (including units from open shipments)'], ['总供货天数（包括未完成货件中的商品）']),
    col('daysOfSupplyAfn', ['Days of Supply at Amazon Fulfillment Network'], ['亚马逊配送网络的供货天数']),
    col('alert', ['Alert'], ['提醒']),
    col('recommendedQty', ['Recommended replenishment qty'], ['推荐补货数量']),
    col('recommendedShipDate', ['Recommended ship date'], ['推荐发货日期']),
    col('recommendedAction', ['Recommended action'], ['推荐操作']),
  ],
  required: ['sku', 'asin', 'available', 'recommendedQty'],
};

function parse(table: Table, match: HeaderMatch<RestockField>): ParsedRows<RestockRecord> {
  return readKeyedRows(table, match, 'sku', (r, sku) => {
    const shipDate = r.day('recommendedShipDate');
    return {
      country: r.text('country').toUpperCase(),
      sku,
      fnsku: r.text('fnsku'),
      asin: r.text('asin').toUpperCase(),
      title: r.text('title'),
      currency: r.text('currency').toUpperCase(),
      price: r.money('price')?.amount ?? null,
      salesLast30Days: r.money('sales30')?.amount ?? null,
      unitsSoldLast30Days: r.number('units30'),
      totalUnits: r.number('totalUnits'),
      inbound: r.number('inbound'),
      available: r.number('available'),
      fcTransfer: r.number('fcTransfer'),
      fcProcessing: r.number('fcProcessing'),
      customerOrder: r.number('customerOrder'),
      unfulfillable: r.number('unfulfillable'),
      totalDaysOfSupply: r.number('daysOfSupply'),
      daysOfSupplyAtAmazon: r.number('daysOfSupplyAfn'),
      alert: r.text('alert'),
      recommendedReplenishmentQty: r.number('recommendedQty'),
      recommendedShipDate: shipDate ?? null,
      recommendedAction: r.text('recommendedAction'),
    };
  });
}

/** The Restock Inventory parser. Key: country + SKU. */
export const restockInventory: KindParser<RestockField, RestockRecord> = {
  spec: SPEC,
  parse,
  key: (r) => `${r.country}|${r.sku}`,
};
