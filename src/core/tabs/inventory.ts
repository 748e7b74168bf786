/** Inventory: one row per day × SKU, with days of stock, the stock-out date and what to reorder. */
import { asinColumn, dateColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, WARNING, type FormulaContext, type TabSchema } from './schema';

/** Days from ordering to sellable at Amazon, plus the safety days: the Settings parts, summed. */
export function leadTimeWithSafety(setting: (key: string) => string): string {
  return ['productionDays', 'firstLegDays', 'receivingDays', 'safetyDays'].map(setting).join('+');
}

const cover = (c: FormulaContext) => `${leadTimeWithSafety(c.setting)}+${c.setting('restockCycleDays')}`;

/** One column of units the next aged-inventory surcharge assessment charges, by age then. */
export interface AisColumn {
  readonly id: string;
  /** First and last day of age (inclusive) its units will be at on the assessment day; toDay Infinity for the last. */
  readonly fromDay: number;
  readonly toDay: number;
  /** The FBA Inventory report's `quantity-to-be-charged-ais-…` columns summed into it. */
  readonly reportColumns: readonly string[];
}

const ais = (from: number, to: number) => `quantity-to-be-charged-ais-${from}-${to}-days`;

/**
 * The aged-inventory surcharge's units at the next assessment, as Inventory columns: the FBA
 * Inventory report's per-tier counts (which Amazon states as of the next charge date) summed into
 * the bands operators keep (181–270, 271–365, 365+), with 456+ apart because it has its own rate
 * since 2026. A sheet has 26 columns: the report's eight tiers do not fit beside the rest, so a
 * band holds up to three tiers whose rates are close (the estimate gives the range).
 */
export const AIS_COLUMNS: readonly AisColumn[] = [
  { id: 'ais181', fromDay: 181, toDay: 270, reportColumns: [ais(181, 210), ais(211, 240), ais(241, 270)] },
  { id: 'ais271', fromDay: 271, toDay: 365, reportColumns: [ais(271, 300), ais(301, 330), ais(331, 365)] },
  // Reports from before the 2026 split give one 365+ count.
  { id: 'ais366', fromDay: 366, toDay: 455, reportColumns: [ais(366, 455), 'quantity-to-be-charged-ais-365-plus-days'] },
  { id: 'ais456', fromDay: 456, toDay: Infinity, reportColumns: ['quantity-to-be-charged-ais-456-plus-days'] },
];

const AIS_WORDS: Readonly<Record<string, { readonly header: readonly [string, string, string]; readonly days: readonly [string, string, string] }>> = {
  ais181: { header: ['AIS units 181–270 d', '超龄费件数 181–270 天', '超齡費件數 181–270 天'], days: ['181–270 days', '181–270 天', '181–270 天'] },
  ais271: { header: ['AIS units 271–365 d', '超龄费件数 271–365 天', '超齡費件數 271–365 天'], days: ['271–365 days', '271–365 天', '271–365 天'] },
  ais366: { header: ['AIS units 366–455 d', '超龄费件数 366–455 天', '超齡費件數 366–455 天'], days: ['366–455 days (reports before 2026: 365+)', '366–455 天（2026 年前的报告：365 天以上）', '366–455 天（2026 年前的報告：365 天以上）'] },
  ais456: { header: ['AIS units 456+ d', '超龄费件数 456 天以上', '超齡費件數 456 天以上'], days: ['456 days or more', '456 天以上', '456 天以上'] },
};

function aisColumn(band: AisColumn) {
  const w = AIS_WORDS[band.id];
  return column(
    band.id,
    'int',
    [w.header[0], w.header[1], w.header[2]],
    [
      `Units the next aged-inventory surcharge assessment (the 15th after this row's date) charges at ${w.days[0]} old (FBA Inventory report).`,
      `下次超龄费评估（本行日期之后的 15 日）时库龄 ${w.days[1]}、将被收费的件数（FBA 库存报告）。`,
      `下次超齡費評估（本列日期之後的 15 日）時庫齡 ${w.days[2]}、將被收費的件數（FBA 庫存報告）。`,
    ],
    { aliases: band.reportColumns.length === 1 ? band.reportColumns : [], since: 3 },
  );
}

/** The Inventory tab. */
export const INVENTORY: TabSchema = {
  id: 'inventory',
  version: 3,
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
    // Version 2: what the Business Report and All Orders say about the SKU that day (report import).
    column('sessions', 'int', ['Sessions', '访问量', '工作階段'], ['Sessions on the product page that day (Business Report).', '当日商品详情页访问量（业务报告）。', '當日商品詳情頁工作階段（業務報告）。'], { aliases: ['Sessions – Total', '会话数 - 总计', '买家访问次数'], since: 2 }),
    column('unitsOrdered', 'int', ['Units ordered', '已订购数量', '已訂購數量'], ['Units ordered that day (Business Report or All Orders).', '当日已订购件数（业务报告或所有订单）。', '當日已訂購件數（業務報告或所有訂單）。'], { aliases: ['Units Ordered', '已订购商品数量'], since: 2 }),
    column('sales', 'money', ['Sales', '销售额', '銷售額'], ['Ordered product sales that day (Business Report or All Orders).', '当日已订购商品销售额（业务报告或所有订单）。', '當日已訂購商品銷售額（業務報告或所有訂單）。'], { aliases: ['Ordered Product Sales', '已订购商品销售额'], since: 2 }),
    // Version 3: what pricing the aged-inventory surcharge needs (it is charged per cubic foot, at the rate of each unit's age tier).
    column(
      'unitVolume',
      'num',
      ['Unit volume (cu ft)', '单件体积（立方英尺）', '單件體積（立方英尺）'],
      [
        'Cubic feet per unit (inches L × W × H ÷ 1,728): storage fees and the aged-inventory surcharge are charged on it. Manage FBA Inventory and the FBA Inventory report fill it.',
        '每件商品的立方英尺数（长 × 宽 × 高英寸 ÷ 1,728）：仓储费和超龄费按它计收。导入“管理亚马逊库存”或 FBA 库存报告会自动填写。',
        '每件商品的立方英尺數（長 × 寬 × 高英吋 ÷ 1,728）：倉儲費和超齡費按它計收。匯入「管理亞馬遜庫存」或 FBA 庫存報告會自動填寫。',
      ],
      { format: '0.000', aliases: ['per-unit-volume', 'item-volume', 'Unit volume', 'Item volume', 'Volume (cu ft)', '商品体积', '单件体积', '商品體積', '單件體積'], since: 3 },
    ),
    ...AIS_COLUMNS.map(aisColumn),
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
