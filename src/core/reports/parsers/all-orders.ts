/**
 * All Orders (`GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL` / …_BY_LAST_UPDATE_…),
 * tab-separated, one line per order item, `purchase-date` an ISO instant with an offset. Rolled up
 * into orders and units per ASIN per day — the marketplace's own day (Amazon.com's day ends at
 * midnight in Los Angeles, not UTC), so the numbers line up with the Business Report and Ads.
 * Cancelled lines and other sales channels (Non-Amazon: multi-channel fulfilment) are not sales.
 */
import { MARKETPLACES } from '../../tabs/marketplaces';
import { col, type HeaderMatch, type ReportSpec } from '../columns';
import { zoneClock, type WallClock } from '../../values/dates';
import { isBlankRow, type Table } from '../table';
import { dayOn, readInstant } from '../values';
import { RowReader, type KindParser, type ParseContext, type ParsedRows, type ReportNote } from './common';

/** Fields of the All Orders report. */
export type OrderField =
  | 'orderId'
  | 'purchaseDate'
  | 'status'
  | 'channel'
  | 'salesChannel'
  | 'sku'
  | 'asin'
  | 'itemStatus'
  | 'quantity'
  | 'currency'
  | 'itemPrice'
  | 'promotionIds';

/** Orders and units of one ASIN on one marketplace day. */
export interface OrderDayRecord {
  /** `yyyy-mm-dd` in the marketplace's zone. */
  readonly date: string;
  readonly asin: string;
  /** The sales channel (`Amazon.com`). */
  readonly marketplace: string;
  /** Distinct orders with this ASIN that day (pending ones included, cancelled ones not). */
  readonly orders: number;
  readonly units: number;
  /** Sum of item prices known so far (pending orders have none yet). */
  readonly sales: number;
  readonly currency: string;
  /** Order lines carrying more than one promotion ID: discounts that stacked. */
  readonly stackedPromotionLines: number;
}

const SPEC: ReportSpec<OrderField> = {
  kind: 'all-orders',
  columns: [
    col('orderId', ['amazon-order-id'], ['亚马逊订单号', '订单编号']),
    col('purchaseDate', ['purchase-date'], ['购买日期']),
    col('status', ['order-status'], ['订单状态']),
    col('channel', ['fulfillment-channel'], ['配送渠道']),
    col('salesChannel', ['sales-channel'], ['销售渠道']),
    col('sku', ['sku'], ['SKU']),
    col('asin', ['asin'], ['ASIN']),
    col('itemStatus', ['item-status'], ['商品状态']),
    col('quantity', ['quantity'], ['数量']),
    col('currency', ['currency'], ['货币']),
    col('itemPrice', ['item-price'], ['商品价格']),
    col('promotionIds', ['promotion-ids'], ['促销编号']),
  ],
  required: ['orderId', 'purchaseDate', 'asin', 'quantity'],
};

/** The zone each sales channel's day is counted in (Seller Central's own reporting zones). */
export const MARKETPLACE_ZONES: Readonly<Record<string, string>> = Object.fromEntries(MARKETPLACES.map((m) => [m.channel, m.timeZone]));

function parse(table: Table, match: HeaderMatch<OrderField>, context: ParseContext): ParsedRows<OrderDayRecord> {
  const warnings: ReportNote[] = [];
  const r = new RowReader(match, warnings);
  const clocks = new Map<string, WallClock>();
  const days = new Map<string, { record: { -readonly [P in Exclude<keyof OrderDayRecord, 'orders'>]: OrderDayRecord[P] }; orders: Set<string> }>();
  let skipped = 0;
  let cancelled = 0;
  let unknownZoneWarned = false;
  const otherChannels = new Map<string, number>();
  for (let i = match.row + 1; i < table.length; i++) {
    const row = table[i];
    if (isBlankRow(row)) continue;
    r.at(row, i);
    const orderId = r.text('orderId');
    const asin = r.text('asin').toUpperCase();
    if (orderId === '' || asin === '') {
      r.warn('warning.missingKey', { column: r.label(orderId === '' ? 'orderId' : 'asin') });
      skipped++;
      continue;
    }
    const channel = r.text('salesChannel');
    if (/^non-amazon/i.test(channel)) {
      otherChannels.set(channel, (otherChannels.get(channel) ?? 0) + 1);
      skipped++;
      continue;
    }
    if (/^cancel/i.test(r.text('status')) || /^cancel/i.test(r.text('itemStatus'))) {
      cancelled++;
      skipped++;
      continue;
    }
    const zone = context.timeZone ?? MARKETPLACE_ZONES[channel.toLowerCase()];
    if (!zone && !unknownZoneWarned) {
      unknownZoneWarned = true;
      warnings.push({ key: 'warning.unknownZone', params: { channel: channel || '—', zone: 'America/Los_Angeles' } });
    }
    const clockZone = zone ?? 'America/Los_Angeles';
    let clock = clocks.get(clockZone);
    if (!clock) clocks.set(clockZone, (clock = zoneClock(clockZone)));
    const purchase = r.text('purchaseDate');
    const instant = readInstant(purchase);
    // Without an offset the text is already a local time: its own day is the day.
    const date = instant !== null ? dayOn(instant, clock) : r.day('purchaseDate');
    if (!date) {
      if (date === null) r.warn('warning.missingKey', { column: r.label('purchaseDate') });
      skipped++;
      continue;
    }
    const key = `${date}|${asin}|${channel}`;
    let entry = days.get(key);
    if (!entry) {
      entry = {
        record: { date, asin, marketplace: channel, units: 0, sales: 0, currency: r.text('currency').toUpperCase(), stackedPromotionLines: 0 },
        orders: new Set(),
      };
      days.set(key, entry);
    }
    entry.orders.add(orderId);
    entry.record.units += r.number('quantity') ?? 0;
    const price = r.money('itemPrice');
    if (price) entry.record.sales = round2(entry.record.sales + price.amount);
    if (!entry.record.currency) entry.record.currency = r.text('currency').toUpperCase();
    if (r.text('promotionIds').split(',').filter((p) => p.trim() !== '').length > 1) entry.record.stackedPromotionLines++;
  }
  if (cancelled) warnings.push({ key: 'warning.cancelled', params: { count: cancelled } });
  if (otherChannels.size) {
    const count = [...otherChannels.values()].reduce((a, b) => a + b, 0);
    warnings.push({ key: 'warning.otherChannel', params: { count, channels: [...otherChannels.keys()].join(', ') } });
  }
  const records = [...days.values()].map(({ record, orders }) => ({ ...record, orders: orders.size }));
  return { records, warnings, skipped };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The All Orders parser. Key: marketplace day + ASIN + sales channel. */
export const allOrders: KindParser<OrderField, OrderDayRecord> = {
  spec: SPEC,
  parse,
  key: (r) => `${r.date}|${r.asin}|${r.marketplace}`,
};
