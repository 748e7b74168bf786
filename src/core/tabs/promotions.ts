/** Promotions: the deal and coupon log, one row per promotion, with the stacking check. */
import { asinColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, rowwise, WARNING, YES_NO, type TabSchema } from './schema';

/** The Promotions tab. */
export const PROMOTIONS: TabSchema = {
  id: 'promotions',
  version: 1,
  name: l('Promotions', '促销', '促銷'),
  purpose: l('Every deal and coupon, so discounts never stack by accident.', '记录每个秒杀和优惠券，防止折扣意外叠加。', '記錄每個秒殺和優惠券，防止折扣意外疊加。'),
  columns: [
    column('promoId', 'id', ['Promo ID', '促销ID', '促銷ID'], ['Amazon promotion, coupon or deal ID.', '亚马逊促销、优惠券或秒杀编号。', '亞馬遜促銷、優惠券或秒殺編號。'], { aliases: ['Promotion ID', 'Coupon ID', '活动ID'] }),
    column('type', 'enum', ['Type', '促销类型', '促銷類型'], ['Kind of promotion: decides how it combines with others.', '促销类型：决定它如何与其他促销叠加。', '促銷類型：決定它如何與其他促銷疊加。'], {
      aliases: ['Promotion type', '促销类别', '類型'],
      options: options(
        ['Coupon', '优惠券', '優惠券'],
        ['Lightning Deal', '秒杀', '秒殺'],
        ['Best Deal', '最佳秒杀', '最佳秒殺'],
        ['7-Day Deal', '7天秒杀', '7天秒殺'],
        ['Prime Exclusive Discount', 'Prime专享折扣', 'Prime專享折扣'],
        ['Price discount', '价格折扣', '價格折扣'],
        ['Percentage off', '购买折扣', '購買折扣'],
        ['BOGO', '买一赠一', '買一送一'],
        ['Social media promo code', '社媒促销', '社群促銷'],
        ['Sale price', '促销价', '促銷價'],
      ),
    }),
    asinColumn(),
    column('sku', 'id', ['SKU', 'SKU', 'SKU'], ['Your seller SKU.', '卖家 SKU。', '賣家 SKU。'], { aliases: ['MSKU', 'Seller SKU'] }),
    column('start', 'date', ['Start', '开始日期', '開始日期'], ['First day it runs (marketplace time).', '开始日期（站点时间）。', '開始日期（站點時間）。'], { aliases: ['Start date', '开始时间', '开始时间(站点时间)', 'Start (site time)'] }),
    column('end', 'date', ['End', '结束日期', '結束日期'], ['Last day it runs, inclusive; blank = still running.', '最后一天（含当天）；空 = 仍在进行。', '最後一天（含當天）；空白 = 仍在進行。'], { aliases: ['End date', '结束时间'] }),
    column('audience', 'enum', ['Audience', '面向人群', '面向族群'], ['Who can use it.', '可使用的人群。', '可使用的族群。'], {
      options: options(['All customers', '所有买家', '所有買家'], ['Prime members', 'Prime会员', 'Prime會員'], ['Brand followers', '品牌关注者', '品牌關注者']),
    }),
    column('claimCode', 'enum', ['Claim code', '优惠码类型', '優惠碼類型'], ['None, or how the code combines: Unrestricted codes stack with each other.', '无，或优惠码的叠加方式：无限制型可互相叠加。', '無，或優惠碼的疊加方式：無限制型可互相疊加。'], {
      aliases: ['Claim code type'],
      options: options(['None', '无', '無'], ['Single-use', '一次性', '一次性'], ['Group', '群组', '群組'], ['Preferential', '优先型', '優先型'], ['Unrestricted', '无限制型', '無限制型'], ['Exclusive', '独家型', '獨家型']),
    }),
    column('oncePerCustomer', 'enum', ['Once per customer', '限兑一次', '限兌一次'], ['Can a buyer redeem it only once?', '每位买家是否只能兑换一次？', '每位買家是否只能兌換一次？'], { options: YES_NO }),
    column('listPrice', 'money', ['List price', '原价', '原價'], ['Price before any promotion.', '促销前的价格。', '促銷前的價格。'], { aliases: ['Base price', 'List/base price'] }),
    column('discount', 'pct', ['Discount', '折扣', '折扣'], ['This promotion\'s discount on the list price, e.g. 20%.', '本促销相对原价的折扣，例如 20%。', '本促銷相對原價的折扣，例如 20%。'], { aliases: ['Discount %', '折扣率', 'Promo %'] }),
    column('stacked', 'pct', ['Stacked discount', '最大叠加折扣', '最大疊加折扣'], ['Deepest total discount while it runs, with every promotion on the same ASIN at the same time. Computed.', '运行期间同一 ASIN 同时生效的所有促销叠加后的最大折扣。自动计算。', '執行期間同一 ASIN 同時生效的所有促銷疊加後的最大折扣。自動計算。'], {
      aliases: ['Max combined %', '最大叠加折扣率'],
      formula: (c) => `=PROMO_STACK(${c.range('asin')}, ${c.range('type')}, ${c.range('start')}, ${c.range('end')}, ${c.range('discount')})`,
    }),
    column('lowestPrice', 'money', ['Lowest stacked price', '最低折扣价', '最低折扣價'], ['List price × (1 − stacked discount): what a buyer can pay at worst. Computed.', '原价 ×（1 − 叠加折扣）：买家可能付的最低价。自动计算。', '原價 ×（1 − 疊加折扣）：買家可能付的最低價。自動計算。'], {
      formula: (c) => rowwise(c.range('listPrice'), `IFERROR(${c.range('listPrice')}*(1-${c.range('stacked')}), "")`),
    }),
    column('floorPrice', 'money', ['Floor price', '最低可接受价', '最低可接受價'], ['The lowest price you accept; below it the row turns red.', '可接受的最低价；低于它整行标红。', '可接受的最低價；低於它整列標紅。']),
    column('budget', 'money', ['Budget', '预算', '預算'], ['Coupon or deal budget.', '优惠券或秒杀预算。', '優惠券或秒殺預算。']),
    column('spent', 'money', ['Spent', '支出', '支出'], ['Budget used so far, fees included.', '已花费预算（含费用）。', '已花費預算（含費用）。'], { aliases: ['Budget spent', '活动费'] }),
    column('redemptions', 'int', ['Redemptions', '兑换数', '兌換數'], ['Times a buyer used it.', '买家使用次数。', '買家使用次數。']),
    column('units', 'int', ['Units', '销量', '銷量'], ['Units sold with it.', '通过本促销售出的件数。', '透過本促銷售出的件數。'], { aliases: ['Units sold'] }),
    column('sales', 'money', ['Sales', '销售额', '銷售額'], ['Sales with it.', '本促销带来的销售额。', '本促銷帶來的銷售額。'], { aliases: ['Revenue', '活动总销售额'] }),
    column('status', 'enum', ['Status', '状态', '狀態'], ['Planned, Running, Ended or Cancelled.', '计划中、进行中、已结束或已取消。', '計畫中、進行中、已結束或已取消。'], {
      options: options(['Planned', '计划中', '計畫中'], ['Running', '进行中', '進行中'], ['Ended', '已结束', '已結束'], ['Cancelled', '已取消', '已取消']),
    }),
    column('owner', 'text', ['Owner', '负责人', '負責人'], ['Who set it up.', '负责人。', '負責人。']),
    noteColumn(),
  ],
  rules: [
    {
      id: 'stacked',
      columns: ['discount', 'stacked'],
      // Stacking shows as a stacked discount deeper than the row's own.
      formula: (c) => `=AND(ISNUMBER($${c.letter('stacked')}2), ISNUMBER($${c.letter('discount')}2), $${c.letter('stacked')}2>$${c.letter('discount')}2+0.0001)`,
      ...WARNING,
    },
    {
      id: 'stack-too-deep',
      columns: ['stacked'],
      formula: (c) => `=AND(ISNUMBER($${c.letter('stacked')}2), $${c.letter('stacked')}2>=${c.settingInRule('promoMaxStack')})`,
      ...PROBLEM,
    },
    {
      id: 'under-floor',
      columns: ['lowestPrice', 'floorPrice'],
      formula: (c) => `=AND(ISNUMBER($${c.letter('lowestPrice')}2), ISNUMBER($${c.letter('floorPrice')}2), $${c.letter('lowestPrice')}2<$${c.letter('floorPrice')}2)`,
      ...PROBLEM,
    },
  ],
};
