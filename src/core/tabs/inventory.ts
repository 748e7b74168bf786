/** Inventory: one row per day × SKU, with days of stock, the stock-out date and what to reorder. */
import { asinColumn, dateColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, WARNING, type FormulaContext, type TabSchema } from './schema';

/** Days from ordering to sellable at Amazon, plus the safety days: the Settings parts, summed. */
export function leadTimeWithSafety(setting: (key: string) => string): string {
  return ['productionDays', 'firstLegDays', 'receivingDays', 'safetyDays'].map(setting).join('+');
}

const cover = (c: FormulaContext) => `${leadTimeWithSafety(c.setting)}+${c.setting('restockCycleDays')}`;

/** The Inventory tab. */
export const INVENTORY: TabSchema = {
  id: 'inventory',
  version: 1,
  name: l('Inventory', '库存', '庫存'),
  purpose: l('Stock per SKU per day: days of stock, stock-out date, what to reorder.', '每个 SKU 每天的库存：可售天数、断货日期、补货量。', '每個 SKU 每天的庫存：可售天數、斷貨日期、補貨量。'),
  columns: [
    dateColumn(['The day the stock count is from (marketplace time).', '库存数据的日期（站点时间）。', '庫存資料的日期（站點時間）。']),
    column('sku', 'id', ['SKU', 'SKU', 'SKU'], ['Your seller SKU.', '卖家 SKU。', '賣家 SKU。'], { aliases: ['MSKU', 'Seller SKU', 'sku'] }),
    asinColumn(),
    column('product', 'text', ['Product', '品名', '品名'], ['Short product name.', '商品简称。', '商品簡稱。'], { aliases: ['Title', 'Product name', '商品名称', '标题'], width: 200 }),
    column('available', 'int', ['Available', '可售', '可售'], ['Units sellable at Amazon now.', '亚马逊仓当前可售件数。', '亞馬遜倉目前可售件數。'], { aliases: ['afn-fulfillable-quantity', 'Fulfillable', 'FBA 可售', 'FBA可售', '亚马逊可售'] }),
    column('inbound', 'int', ['Inbound', '在途', '在途'], ['Units shipped or on order, not yet sellable.', '已发货或已下单、尚未可售的件数。', '已出貨或已下單、尚未可售的件數。'], { aliases: ['Inbound quantity', '入库中', '在途数量'] }),
    column('reserved', 'int', ['Reserved', '预留', '預留'], ['Units reserved (FC transfer, processing, customer orders).', '预留件数（调仓、处理中、客户订单）。', '預留件數（調倉、處理中、客戶訂單）。'], { aliases: ['afn-reserved-quantity'] }),
    column('dailySales', 'num', ['Units per day', '日均销量', '日均銷量'], ['Average units sold per day (e.g. over the last 7 days).', '日均销量（如最近 7 天平均）。', '日均銷量（如最近 7 天平均）。'], { aliases: ['Daily sales', 'Weighted daily sales', '加权日均', '日均'] }),
    column('daysOfStock', 'num', ['Days of stock', '可售天数', '可售天數'], ['Available ÷ units per day; red under lead time + safety days. Computed.', '可售 ÷ 日均销量；低于备货周期 + 安全天数时标红。自动计算。', '可售 ÷ 日均銷量；低於備貨週期 + 安全天數時標紅。自動計算。'], {
      format: '0.0',
      aliases: ['Days of supply', '库存覆盖天数'],
      formula: (c) => `=DAYS_OF_STOCK(${c.range('available')}, ${c.range('dailySales')})`,
    }),
    column('stockoutDate', 'date', ['Stock-out date', '断货日期', '斷貨日期'], ['The day the stock runs out at this rate. Computed.', '按当前销量断货的日期。自动计算。', '依目前銷量斷貨的日期。自動計算。'], {
      formula: (c) => `=STOCKOUT_DATE(${c.range('available')}, ${c.range('dailySales')}, ${c.range('date')})`,
    }),
    column('reorderPoint', 'int', ['Reorder point', '补货点', '補貨點'], ['Reorder when available + inbound falls to it: units per day × (lead time + safety days). Computed.', '可售 + 在途降到此数即补货：日均 ×（备货周期 + 安全天数）。自动计算。', '可售 + 在途降到此數即補貨：日均 ×（備貨週期 + 安全天數）。自動計算。'], {
      formula: (c) => `=REORDER_POINT(${c.range('dailySales')}, ${leadTimeWithSafety(c.setting)}, 0)`,
    }),
    column('reorderQty', 'int', ['Reorder qty', '建议补货量', '建議補貨量'], ['Units to order now to cover lead time, safety days and a restock cycle (Settings). Computed.', '现在应补货件数，覆盖备货周期、安全天数和补货周期（见设置）。自动计算。', '現在應補貨件數，涵蓋備貨週期、安全天數和補貨週期（見設定）。自動計算。'], {
      aliases: ['Suggested qty', '建议补货数量'],
      formula: (c) => `=REORDER_QTY(${c.range('dailySales')}, ${cover(c)}, ${c.range('available')}, ${c.range('inbound')})`,
    }),
    column('aged181', 'int', ['Aged 181+ days', '库龄181天以上', '庫齡181天以上'], ['Units over 180 days old: the aged-inventory surcharge applies.', '库龄超过 180 天的件数：会收超龄费。', '庫齡超過 180 天的件數：會收超齡費。'], { aliases: ['inv-age-181-plus-days'] }),
    column('shipMethod', 'enum', ['Ship method', '运输方式', '運輸方式'], ['How the next shipment travels.', '下一批货的运输方式。', '下一批貨的運輸方式。'], {
      options: options(['Sea', '海运', '海運'], ['Air', '空运', '空運'], ['Express', '快递', '快遞'], ['Rail', '铁路', '鐵路']),
    }),
    column('shipmentId', 'id', ['PO / shipment ID', '采购单/货件号', '採購單/貨件號'], ['Purchase order or FBA shipment ID.', '采购单号或 FBA 货件号。', '採購單號或 FBA 貨件號。'], { aliases: ['Shipment ID', '货件号'] }),
    column('status', 'enum', ['Status', '状态', '狀態'], ['Where the restock stands.', '补货进度。', '補貨進度。'], {
      options: options(['OK', '正常', '正常'], ['Reorder', '需补货', '需補貨'], ['Ordered', '已下单', '已下單'], ['Shipped', '已发货', '已出貨'], ['Receiving', '入库中', '入庫中'], ['Clear aged stock', '清理库存', '清理庫存']),
    }),
    noteColumn(),
  ],
  rules: [
    {
      id: 'under-lead-time',
      columns: ['daysOfStock', 'stockoutDate'],
      formula: (c) => `=AND(ISNUMBER($${c.letter('daysOfStock')}2), $${c.letter('daysOfStock')}2<${leadTimeWithSafety(c.settingInRule)})`,
      ...PROBLEM,
    },
    {
      id: 'under-floor',
      columns: ['daysOfStock'],
      formula: (c) => `=AND(ISNUMBER($${c.letter('daysOfStock')}2), $${c.letter('daysOfStock')}2<${c.settingInRule('daysOfStockFloor')})`,
      ...WARNING,
    },
    {
      id: 'aged-stock',
      columns: ['aged181'],
      formula: (c) => `=N($${c.letter('aged181')}2)>0`,
      ...WARNING,
    },
  ],
};
