/**
 * SKU Sales: one row per SKU with its units over the last 7, 14 and 30 days, its sales over 30
 * days, a weighted daily rate and its last day with a sale — Lingxing's 7/14/30 天销量 and 加权日均,
 * computed by the refresh from the Inventory tab's imported Units ordered and Sales. A derived tab:
 * each refresh rebuilds these columns (src/core/refresh/rolling-sales.ts), which the header notes say.
 */
import { asinColumn } from './common-columns';
import { column, l, type TabSchema } from './schema';

/** Said in the first header note and every derived column's: edits in these columns do not last. */
const REBUILT = l(
  'Rebuilt by each refresh: what is typed in these columns is replaced. Keep your own notes in a column you add.',
  '每次刷新都会重建：这些列中输入的内容会被替换。请在自己新增的列中记备注。',
  '每次重新整理都會重建：這些欄中輸入的內容會被取代。請在自己新增的欄中記備註。',
);

const derived = (en: string, zhCN: string, zhTW: string): [string, string, string] => [`${en} ${REBUILT.en}`, `${zhCN}${REBUILT['zh-CN']}`, `${zhTW}${REBUILT['zh-TW']}`];

/** The SKU Sales tab. */
export const SKU_SALES: TabSchema = {
  id: 'skuSales',
  version: 1,
  name: l('SKU Sales', 'SKU 销量', 'SKU 銷量'),
  purpose: l(
    `Units per SKU over the last 7, 14 and 30 days, from the orders imported into Inventory (Business Report, All Orders). The days end yesterday in the spreadsheet's time zone: today is not over yet. ${REBUILT.en}`,
    `每个 SKU 最近 7、14、30 天的销量，来自导入库存表的订单（业务报告、所有订单）。统计到昨天为止（表格时区）：今天尚未结束。${REBUILT['zh-CN']}`,
    `每個 SKU 最近 7、14、30 天的銷量，來自匯入庫存分頁的訂單（業務報告、所有訂單）。統計到昨天為止（試算表時區）：今天尚未結束。${REBUILT['zh-TW']}`,
  ),
  columns: [
    column(
      'sku',
      'id',
      ['SKU', 'SKU', 'SKU'],
      derived(
        'Your seller SKU; blank when the orders name only an ASIN that no Inventory row ties to one SKU.',
        '卖家 SKU；订单只有 ASIN、且库存表中没有行把它对应到唯一 SKU 时留空。',
        '賣家 SKU；訂單只有 ASIN、且庫存分頁中沒有列把它對應到唯一 SKU 時留空。',
      ),
      { aliases: ['MSKU', 'Seller SKU'], width: 120 },
    ),
    asinColumn(),
    column('asOf', 'date', ['As of', '截至', '截至'], derived("The last day counted: yesterday in the spreadsheet's time zone (today is not over yet).", '统计截至的日期：表格时区的昨天（今天尚未结束）。', '統計截至的日期：試算表時區的昨天（今天尚未結束）。'), { width: 95 }),
    column('units7', 'int', ['Units 7d', '7天销量', '7天銷量'], derived('Units ordered over the 7 days ending on the As of day.', '截至日往前 7 天的已订购件数。', '截至日往前 7 天的已訂購件數。')),
    column('units14', 'int', ['Units 14d', '14天销量', '14天銷量'], derived('Units ordered over the 14 days ending on the As of day.', '截至日往前 14 天的已订购件数。', '截至日往前 14 天的已訂購件數。')),
    column('units30', 'int', ['Units 30d', '30天销量', '30天銷量'], derived('Units ordered over the 30 days ending on the As of day.', '截至日往前 30 天的已订购件数。', '截至日往前 30 天的已訂購件數。')),
    column('sales30', 'money', ['Sales 30d', '30天销售额', '30天銷售額'], derived('Ordered product sales over the same 30 days.', '同样 30 天的已订购商品销售额。', '同樣 30 天的已訂購商品銷售額。'), { width: 110 }),
    column(
      'weightedDaily',
      'num',
      ['Weighted units per day', '加权日均', '加權日均'],
      derived(
        '50% of the 7-day daily average + 30% of the 14-day + 20% of the 30-day: the last week carries about 70% of the weight, so a change shows within days, while one unusual day moves it little. When the imported orders go back fewer days than a window, that window is averaged over the days they cover (not from the first order of the SKU).',
        '7 天日均 × 50% + 14 天日均 × 30% + 30 天日均 × 20%：最近一周约占 70% 的权重，变化几天内就能体现，个别异常日影响不大。导入的订单覆盖天数不足某个窗口时，该窗口按覆盖的天数平均（不从该 SKU 的第一笔订单算起）。',
        '7 天日均 × 50% + 14 天日均 × 30% + 30 天日均 × 20%：最近一週約占 70% 的權重，變化幾天內就能反映，個別異常日影響不大。匯入的訂單涵蓋天數不足某個區間時，該區間依涵蓋的天數平均（不從該 SKU 的第一筆訂單算起）。',
      ),
      { aliases: ['Weighted daily sales'], width: 120 },
    ),
    column('lastSale', 'date', ['Last sale', '最近出单日', '最近出單日'], derived('The last day, up to the As of day, with units ordered.', '截至日及之前最近一次有订单的日期。', '截至日及之前最近一次有訂單的日期。'), { width: 95 }),
  ],
};
