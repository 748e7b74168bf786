import { BLANKS, type DocsOf, say, TEXT_DATES } from './doc-text';

/** The docs of the formulas in promo-stack.ts (docs only: never in the bundle). */
export const PROMO_STACK_DOCS = {
  PROMO_STACK: {
    category: 'promotions',
    summary: say(
      {
        en:
          'For each promotion row, the deepest combined discount a buyer can get while it runs, from the promotions on the same ASIN active at the same moment, by Amazon’s stacking rules. ' +
          'With list_price, a second column shows the lowest price a buyer can pay; with floor_price, a third is TRUE where that price is under the floor. Dates are inclusive days; a blank end date means still running. Rows with a bad cell are marked and left out.',
        zh:
          '对每一行促销，按亚马逊的叠加规则，给出其有效期内买家可能拿到的最深总折扣（同一 ASIN 在同一时刻生效的促销）。' +
          '给出 list_price 时多出第二列：买家能付的最低价；再给出 floor_price 时多出第三列：最低价低于底价时为 TRUE。日期按整天计（含首尾）；结束日期为空表示仍在进行。有问题的行会被标出并排除。',
        zhTW:
          '對每一列促銷，依亞馬遜的疊加規則，給出其有效期間內買家可能拿到的最深總折扣（同一 ASIN 在同一時刻生效的促銷）。' +
          '給出 list_price 時多出第二欄：買家能付的最低價；再給出 floor_price 時多出第三欄：最低價低於底價時為 TRUE。日期以整天計（含首尾）；結束日期空白表示仍在進行。有問題的列會被標出並排除。',
      },
      BLANKS,
    ),
    returns: {
      en: 'Deepest combined discount as a fraction, per row (and the lowest price, and the floor flag)',
      zh: '每行的最深叠加折扣（小数），以及最低价和底价提示',
      zhTW: '每列的最深疊加折扣（小數），以及最低價和底價提示',
    },
    example: {
      formula:
        '=PROMO_STACK({"B0A";"B0A";"B0A"}, {"7-Day Deal";"Coupon";"Lightning Deal"}, {"2026-11-20";"2026-11-25";"2026-12-05"}, {"2026-11-30";"2026-11-28";"2026-12-06"}, {0.2;0.05;0.3})',
      result: '{0.25;0.25;0.3}',
    },
    caveats: [
      {
        en:
          'Stacking rules (shared/reference/operator-templates.md §4): price discounts (sale price, Prime Exclusive, 7-Day Deal, Outlet, Best Deal) set the base price and do not add up — the lowest price wins. ' +
          'A Lightning Deal cannot run with a price discount: both rows show a conflict instead of a discount. ' +
          'Coupons, percentage-off promotions and social-media codes stack on top; every discount is a share of the list price, so they add up rather than compound (a 20 % deal with a 5 % coupon is 25 % off), capped at 100 %. ' +
          'At most one Preferential claim code applies (the largest); an Exclusive code combines with no other code (the better of the two is taken). ' +
          'Unconfirmed by Amazon: whether an Exclusive code still exists and combines with no-code promotions; sale price with a deal.',
        zh:
          '叠加规则（shared/reference/operator-templates.md §4）：价格折扣（促销价、Prime 专享折扣、7 天促销、Outlet、最佳秒杀）决定基础价格，彼此不相加，取最低价。' +
          '秒杀（Lightning Deal）不能与价格折扣同时进行：两行都显示冲突，而不是折扣。' +
          '优惠券、购买折扣和社媒促销码叠加在其上；所有折扣都按原价计算，直接相加而不是连乘（20% 促销加 5% 优惠券 = 25%），最多 100%。' +
          '优先型优惠码最多用一个（取最大）；独家型优惠码不与其他优惠码同用（取两者中更优的）。' +
          '亚马逊未确认：独家型是否仍存在、能否与无码促销同用；促销价与秒杀同时的情况。',
        zhTW:
          '疊加規則（shared/reference/operator-templates.md §4）：價格折扣（促銷價、Prime 專享折扣、7 天促銷、Outlet、最佳秒殺）決定基礎價格，彼此不相加，取最低價。' +
          '秒殺（Lightning Deal）不能與價格折扣同時進行：兩列都顯示衝突，而不是折扣。' +
          '優惠券、購買折扣和社群促銷碼疊加在其上；所有折扣都以原價計算，直接相加而不是連乘（20% 促銷加 5% 優惠券 = 25%），最多 100%。' +
          '優先型優惠碼最多用一個（取最大）；獨家型優惠碼不與其他優惠碼同用（取兩者中較優的）。' +
          '亞馬遜未確認：獨家型是否仍存在、能否與無碼促銷同用；促銷價與秒殺同時的情況。',
      },
      {
        en: 'Discounts are 20% or 0.2 (a plain number above 1 is percentage points). Money such as $5 is never read as a percent: with list_price it is the amount off — or, for a price discount or deal, the deal price; without list_price the row is marked.',
        zh: '折扣写成 20% 或 0.2（大于 1 的纯数字按百分数理解）。$5 这样的金额不会被当作百分比：给出 list_price 时表示减免金额（价格折扣或秒杀则表示活动价）；没有 list_price 时该行会被标出。',
        zhTW: '折扣寫成 20% 或 0.2（大於 1 的純數字視為百分數）。$5 這樣的金額不會被當作百分比：給出 list_price 時表示折抵金額（價格折扣或秒殺則表示活動價）；沒有 list_price 時該列會被標出。',
      },
      TEXT_DATES,
    ],
  },
} satisfies DocsOf;
