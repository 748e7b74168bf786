/** Competitors: 5–10 benchmark ASINs, one row per day × ASIN, now beside the day tracking began. */
import { asinColumn, dateColumn, marketplaceColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, rowwise, WARNING, type TabSchema } from './schema';

/** The Competitors tab. */
export const COMPETITORS: TabSchema = {
  id: 'competitors',
  version: 1,
  name: l('Competitors', '竞品', '競品'),
  purpose: l('Benchmark competitors day by day: price, deals, reviews, BSR.', '逐日跟踪对标竞品：价格、促销、评论、BSR。', '逐日追蹤對標競品：價格、促銷、評論、BSR。'),
  columns: [
    dateColumn(),
    marketplaceColumn(),
    asinColumn('asin', ['Competitor ASIN', '竞品ASIN', '競品ASIN']),
    column('tier', 'enum', ['Tier', '竞品等级', '競品等級'], ['How closely it competes: Core, Secondary or Watch.', '竞争程度：核心、次要或观察。', '競爭程度：核心、次要或觀察。'], {
      options: options(['Core', '核心', '核心'], ['Secondary', '次要', '次要'], ['Watch', '观察', '觀察']),
    }),
    column('brand', 'text', ['Brand', '品牌', '品牌'], ['Brand shown on the listing.', 'listing 上显示的品牌。', 'listing 上顯示的品牌。']),
    column('title', 'text', ['Title', '标题', '標題'], ['Listing title (watch for changes).', 'listing 标题（留意变化）。', 'listing 標題（留意變化）。'], { aliases: ['Product name', '商品名称', '商品名稱'], width: 220 }),
    column('price', 'money', ['Price', '价格', '價格'], ['Listed price, marketplace currency.', '标价，站点货币。', '標價，站點貨幣。'], { aliases: ['List price', '售价', '售價'] }),
    column('buyBoxPrice', 'money', ['Buy Box price', '购物车价格', '購物車價格'], ['Price of the offer holding the Buy Box.', '当前购物车价格。', '目前購物車價格。'], { aliases: ['buybox价格', 'Featured offer price'] }),
    column('coupon', 'pct', ['Coupon', '优惠券', '優惠券'], ['Coupon as a percentage of the price (blank = none).', '优惠券折扣率（空 = 无）。', '優惠券折扣率（空白 = 無）。'], { aliases: ['Coupon %', 'couponPercent'] }),
    column('deal', 'bool', ['Deal', '秒杀/促销', '秒殺/促銷'], ['Ticked while a Lightning / Best Deal or other promotion runs.', '正在做秒杀或其他促销时勾选。', '正在做秒殺或其他促銷時勾選。'], { aliases: ['Deal flag', '秒杀', '促销'] }),
    column('effectivePrice', 'money', ['Effective price', '优惠后价格', '優惠後價格'], ['Price after the coupon: Price × (1 − Coupon). Computed.', '券后价：价格 ×（1 − 优惠券）。自动计算。', '券後價：價格 ×（1 − 優惠券）。自動計算。'], {
      formula: (c) => rowwise(c.range('price'), `${c.range('price')}*(1-${c.range('coupon')})`),
    }),
    column('rating', 'rating', ['Rating', '评分', '評分'], ['Star rating, 1–5.', '星级评分，1–5。', '星級評分，1–5。'], { aliases: ['Stars', '星级'] }),
    column('reviews', 'int', ['Reviews', '评论数', '評論數'], ['Ratings and reviews count today.', '今日评论（评分）总数。', '今日評論（評分）總數。'], { aliases: ['Review count', 'review 数量', 'Ratings'] }),
    column('reviewsAtStart', 'int', ['Reviews at start', '初始评论数', '初始評論數'], ['Review count when tracking began (baseline).', '开始跟踪时的评论数（基准）。', '開始追蹤時的評論數（基準）。']),
    column('newReviews', 'int', ['New reviews', '新增评论', '新增評論'], ['Reviews gained since tracking began. Computed.', '自开始跟踪以来新增的评论数。自动计算。', '自開始追蹤以來新增的評論數。自動計算。'], {
      formula: (c) => rowwise(c.range('reviews'), `${c.range('reviews')}-${c.range('reviewsAtStart')}`),
    }),
    column('bsr', 'int', ['Main-category BSR', '大类排名', '大類排名'], ['Best Sellers Rank in the main category (lower is better).', '大类 BSR 排名（越小越好）。', '大類 BSR 排名（越小越好）。'], { aliases: ['BSR', 'Main-cat BSR', 'categoryRank', '大类BSR'] }),
    column('bsrAtStart', 'int', ['BSR at start', '初始大类排名', '初始大類排名'], ['Main-category BSR when tracking began.', '开始跟踪时的大类排名。', '開始追蹤時的大類排名。']),
    column('bsrChange', 'int', ['BSR change', '大类排名变化', '大類排名變化'], ['Places moved since tracking began; positive = climbed. Computed.', '自开始跟踪以来的名次变化，正数 = 上升。自动计算。', '自開始追蹤以來的名次變化，正數 = 上升。自動計算。'], {
      format: '+#,##0;-#,##0;0',
      formula: (c) => `=RANK_CHANGE(${c.range('bsrAtStart')}, ${c.range('bsr')})`,
    }),
    column('subBsr', 'int', ['Sub-category BSR', '小类排名', '小類排名'], ['Best Sellers Rank in the sub-category.', '小类 BSR 排名。', '小類 BSR 排名。'], { aliases: ['Sub-cat BSR', 'subcategoryRank'] }),
    column('sellers', 'int', ['Sellers', '卖家数', '賣家數'], ['FBA + FBM offers on the listing.', 'FBA + FBM 卖家数。', 'FBA + FBM 賣家數。'], { aliases: ['FBA/FBM sellers', 'Offers'] }),
    column('listingChanged', 'bool', ['Listing changed', '主图/标题变化', '主圖/標題變化'], ['Ticked when the main image, title or bullets changed today.', '主图、标题或五点今天有变化时勾选。', '主圖、標題或五點今天有變化時勾選。']),
    noteColumn(),
  ],
  rules: [
    {
      id: 'deal-running',
      columns: ['price', 'buyBoxPrice', 'coupon', 'deal', 'effectivePrice'],
      formula: (c) => `=OR($${c.letter('deal')}2=TRUE, N($${c.letter('coupon')}2)>0)`,
      ...WARNING,
    },
    {
      id: 'bsr-climbing',
      columns: ['bsrChange'],
      // A competitor that gained over a fifth of its starting rank is doing something worth copying.
      formula: (c) => `=AND(ISNUMBER($${c.letter('bsrChange')}2), $${c.letter('bsrChange')}2>0.2*$${c.letter('bsrAtStart')}2)`,
      ...PROBLEM,
    },
    {
      id: 'listing-changed',
      columns: ['title', 'listingChanged'],
      formula: (c) => `=$${c.letter('listingChanged')}2=TRUE`,
      ...WARNING,
    },
  ],
  charts: [{ id: 'price-bsr', type: 'line', title: l('Competitor price and BSR', '竞品价格与大类排名', '競品價格與大類排名'), columns: ['date', 'effectivePrice', 'bsr'] }],
};
