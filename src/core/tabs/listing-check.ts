/** Listing check: is each listing buyable, holding the Buy Box, free of hijackers and intact? */
import { asinColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, WARNING, type TabSchema } from './schema';

/** The Listing Check tab. */
export const LISTING_CHECK: TabSchema = {
  id: 'listingCheck',
  version: 1,
  name: l('Listing Check', 'Listing检查', 'Listing檢查'),
  purpose: l('Daily front-end check: buyable, Buy Box, hijackers, detail page.', '每日前台检查：在售、购物车、跟卖、详情页。', '每日前台檢查：在售、購物車、跟賣、詳情頁。'),
  columns: [
    column('checked', 'datetime', ['Checked at', '检查时间', '檢查時間'], ['When you looked (marketplace time).', '检查时间（站点时间）。', '檢查時間（站點時間）。'], { aliases: ['Check time', 'Date', '日期'], width: 130 }),
    asinColumn(),
    column('sku', 'id', ['SKU', 'SKU', 'SKU'], ['Your seller SKU.', '卖家 SKU。', '賣家 SKU。'], { aliases: ['MSKU', 'Seller SKU'] }),
    column('listingStatus', 'enum', ['Listing status', 'Listing状态', 'Listing狀態'], ['Active, inactive, suppressed or stranded.', '在售、不可售、被压制或无在售信息。', '在售、不可售、被壓制或無在售資訊。'], {
      aliases: ['Status', '状态'],
      options: options(['Active', '在售', '在售'], ['Inactive', '不可售', '不可售'], ['Suppressed', '被压制', '被壓制'], ['Stranded', '无在售信息', '無在售資訊']),
    }),
    column('buyBox', 'enum', ['Buy Box', '购物车归属', '購物車歸屬'], ['Who holds the Buy Box.', '购物车在谁手里。', '購物車在誰手裡。'], {
      aliases: ['Buy Box winner'],
      options: options(['Us', '我方', '我方'], ['Other seller', '其他卖家', '其他賣家'], ['Amazon', '亚马逊', '亞馬遜'], ['None', '无', '無']),
    }),
    column('buyBoxPct', 'pct', ['Buy Box %', '推荐报价百分比', '推薦報價百分比'], ['Featured Offer (Buy Box) percentage from the Business Report.', '业务报告中的推荐报价（购物车）百分比。', '業務報告中的推薦報價（購物車）百分比。'], { aliases: ['Featured Offer (Buy Box) Percentage', 'Featured Offer %', '推荐报价（推荐报价展示位）百分比'] }),
    column('ourPrice', 'money', ['Our price', '我方价格', '我方價格'], ['Our offer price.', '我方报价。', '我方報價。']),
    column('buyBoxPrice', 'money', ['Buy Box price', '购物车价格', '購物車價格'], ['Price in the Buy Box.', '购物车价格。', '購物車價格。']),
    column('offers', 'int', ['Offers', '跟卖数', '跟賣數'], ['Other sellers on the listing (FBA + FBM).', '跟卖卖家数（FBA + FBM）。', '跟賣賣家數（FBA + FBM）。'], { aliases: ['Offers FBA/FBM'] }),
    column('hijacker', 'text', ['Hijacker', '跟卖卖家', '跟賣賣家'], ['Seller name or ID of an unwanted offer.', '跟卖卖家名称或 ID。', '跟賣賣家名稱或 ID。'], { aliases: ['Hijacker seller ID/name'] }),
    column('hijackerPrice', 'money', ['Hijacker price', '跟卖价格', '跟賣價格'], ['The hijacker\'s price.', '跟卖价格。', '跟賣價格。']),
    column('contentChanged', 'bool', ['Content changed', '标题/图片/五点变化', '標題/圖片/五點變化'], ['Ticked when title, images or bullets changed without you.', '标题、图片或五点被改动时勾选。', '標題、圖片或五點被改動時勾選。'], { aliases: ['Title/image/bullet changed'] }),
    column('aPlusLive', 'bool', ['A+ live', 'A+在线', 'A+在線'], ['Ticked while the A+ content shows.', 'A+ 页面正常显示时勾选。', 'A+ 頁面正常顯示時勾選。']),
    column('action', 'text', ['Action / case ID', '处理/Case号', '處理/Case號'], ['What you did, and the case ID.', '处理措施及 Case 号。', '處理措施及 Case 號。'], { width: 180 }),
    noteColumn(),
  ],
  rules: [
    {
      id: 'not-buyable',
      columns: ['listingStatus'],
      formula: (c) => `=AND($${c.letter('listingStatus')}2<>"", $${c.letter('listingStatus')}2<>"${c.option('listingStatus', 0)}")`,
      ...PROBLEM,
    },
    {
      id: 'buy-box-lost',
      columns: ['buyBox'],
      formula: (c) => `=OR($${c.letter('buyBox')}2="${c.option('buyBox', 1)}", $${c.letter('buyBox')}2="${c.option('buyBox', 3)}")`,
      ...PROBLEM,
    },
    { id: 'hijacker', columns: ['offers', 'hijacker', 'hijackerPrice'], formula: (c) => `=LEN($${c.letter('hijacker')}2)>0`, ...PROBLEM },
    { id: 'content-changed', columns: ['contentChanged'], formula: (c) => `=$${c.letter('contentChanged')}2=TRUE`, ...WARNING },
  ],
};
