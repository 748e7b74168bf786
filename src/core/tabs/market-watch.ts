/** Market watch: Best Sellers, New Releases and Movers & Shakers, day by day. */
import { asinColumn, dateColumn, noteColumn } from './common-columns';
import { column, l, options, WARNING, type TabSchema } from './schema';

/** The Market Watch tab. */
export const MARKET_WATCH: TabSchema = {
  id: 'marketWatch',
  version: 1,
  name: l('Market Watch', '市场观察', '市場觀察'),
  purpose: l('What rises on the best-seller lists: trends and product ideas.', '榜单上的新动向：趋势与选品灵感。', '榜單上的新動向：趨勢與選品靈感。'),
  columns: [
    dateColumn(),
    column('category', 'text', ['Category', '类目/节点', '類目/節點'], ['Category or browse node of the list.', '榜单所属类目或节点。', '榜單所屬類目或節點。'], { aliases: ['Category / node', '类目'], width: 160 }),
    column('list', 'enum', ['List', '榜单', '榜單'], ['Which Amazon list.', '哪个亚马逊榜单。', '哪個亞馬遜榜單。'], {
      options: options(['Best Sellers', '畅销榜', '暢銷榜'], ['New Releases', '新品榜', '新品榜'], ['Movers & Shakers', '飙升榜', '飆升榜'], ['Most Wished For', '心愿榜', '願望榜']),
    }),
    column('rank', 'int', ['Rank', '排名', '排名'], ['Position on the list.', '榜单名次。', '榜單名次。']),
    asinColumn(),
    column('title', 'text', ['Title', '标题', '標題'], ['Product title.', '商品标题。', '商品標題。'], { width: 220 }),
    column('brand', 'text', ['Brand', '品牌', '品牌'], ['Brand shown on the listing.', 'listing 上显示的品牌。', 'listing 上顯示的品牌。']),
    column('price', 'money', ['Price', '价格', '價格'], ['Price that day.', '当天价格。', '當天價格。']),
    column('rating', 'rating', ['Rating', '评分', '評分'], ['Star rating.', '星级评分。', '星級評分。']),
    column('reviews', 'int', ['Reviews', '评论数', '評論數'], ['Number of ratings.', '评分数。', '評分數。']),
    column('firstSeen', 'date', ['First seen', '首次上榜', '首次上榜'], ['First day you saw it on the list.', '首次看到它上榜的日期。', '首次看到它上榜的日期。']),
    column('launched', 'date', ['Launch date', '上架日期', '上架日期'], ['Date first available.', '上架日期。', '上架日期。'], { aliases: ['Date First Available'] }),
    column('idea', 'bool', ['Product idea', '选品灵感', '選品靈感'], ['Ticked to look into it as a product idea.', '作为选品灵感跟进时勾选。', '作為選品靈感追蹤時勾選。']),
    noteColumn(),
  ],
  rules: [{ id: 'product-idea', columns: ['asin', 'title', 'idea'], formula: (c) => `=$${c.letter('idea')}2=TRUE`, ...WARNING }],
};
