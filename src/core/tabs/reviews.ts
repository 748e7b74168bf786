/** Reviews and seller feedback: negatives logged and followed up. */
import { asinColumn, dateColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, type TabSchema } from './schema';

/** Review follow-up states; the rule treats the last two as done. */
export const REVIEW_STATUS = options(['New', '新', '新'], ['In progress', '处理中', '處理中'], ['Resolved', '已解决', '已解決'], ['Closed', '已关闭', '已關閉']);

/** The Reviews tab. */
export const REVIEWS: TabSchema = {
  id: 'reviews',
  version: 1,
  name: l('Reviews', '评论', '評論'),
  purpose: l('Reviews and feedback, yours and competitors\': negatives followed up.', '自己和竞品的评论与反馈：差评跟进到底。', '自己和競品的評論與回饋：負評追蹤到底。'),
  columns: [
    dateColumn(),
    column('type', 'enum', ['Type', '类型', '類型'], ['Product review or seller feedback.', '商品评论或卖家反馈。', '商品評論或賣家回饋。'], {
      options: options(['Review', '评论', '評論'], ['Seller feedback', '卖家反馈', '賣家回饋'], ['Competitor review', '竞品评论', '競品評論']),
    }),
    asinColumn(),
    column('orderId', 'id', ['Order ID', '订单号', '訂單編號'], ['Order the feedback is about (seller feedback).', '反馈对应的订单号（卖家反馈）。', '回饋對應的訂單編號（賣家回饋）。'], { aliases: ['Order id', 'amazon-order-id'] }),
    column('stars', 'int', ['Stars', '星级', '星級'], ['1 to 5; 3 or less is a negative to follow up.', '1–5 星；3 星及以下需跟进。', '1–5 星；3 星以下（含）需追蹤。'], { aliases: ['Rating', '评分', 'Star rating'] }),
    column('title', 'text', ['Title', '标题', '標題'], ['Review title.', '评论标题。', '評論標題。']),
    column('text', 'text', ['Text', '内容', '內容'], ['What the buyer wrote (the need behind it matters most).', '买家写的内容（重点看背后的需求）。', '買家寫的內容（重點看背後的需求）。'], { aliases: ['Comments', 'Review', '评论内容'], width: 260 }),
    column('buyer', 'text', ['Buyer', '买家', '買家'], ['Reviewer or buyer name.', '评论者或买家名称。', '評論者或買家名稱。'], { aliases: ['Reviewer', 'Rater email'] }),
    column('verified', 'bool', ['Verified', '是否VP', '是否VP'], ['Ticked for a Verified Purchase.', '已验证购买（VP）时勾选。', '已驗證購買（VP）時勾選。']),
    column('issue', 'enum', ['Issue', '问题分类', '問題分類'], ['What the complaint is about.', '投诉的问题类型。', '投訴的問題類型。'], {
      options: options(['Quality', '质量', '品質'], ['Size / fit', '尺寸', '尺寸'], ['Shipping', '物流', '物流'], ['Not as described', '与描述不符', '與描述不符'], ['Price', '价格', '價格'], ['Other', '其他', '其他']),
    }),
    column('action', 'enum', ['Action', '处理动作', '處理動作'], ['What you do about it.', '采取的处理动作。', '採取的處理動作。'], {
      options: options(['Contact buyer', '联系买家', '聯繫買家'], ['Request removal', '申请移除', '申請移除'], ['Fix listing', '优化listing', '優化listing'], ['Fix product', '改进产品', '改進產品'], ['None', '无需处理', '無需處理']),
    }),
    column('status', 'enum', ['Status', '状态', '狀態'], ['New, In progress, Resolved or Closed.', '新、处理中、已解决或已关闭。', '新、處理中、已解決或已關閉。'], { options: REVIEW_STATUS }),
    column('ratingNow', 'rating', ['Rating now', '当前评分', '目前評分'], ['The listing\'s star rating after this review.', '该评论后 listing 的评分。', '該評論後 listing 的評分。']),
    column('ratingsCount', 'int', ['Ratings count', '评分数', '評分數'], ['The listing\'s number of ratings.', 'listing 的评分总数。', 'listing 的評分總數。']),
    noteColumn(),
  ],
  rules: [
    {
      id: 'open-negative',
      columns: ['stars', 'status'],
      formula: (c) => {
        const s = `$${c.letter('status')}2`;
        return `=AND(ISNUMBER($${c.letter('stars')}2), $${c.letter('stars')}2<=3, ${s}<>"${c.option('status', 2)}", ${s}<>"${c.option('status', 3)}")`;
      },
      ...PROBLEM,
    },
  ],
};
