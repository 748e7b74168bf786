/** Cases: A-to-z claims, chargebacks, returns, buyer messages — each with its deadline. */
import { asinColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, WARNING, type TabSchema } from './schema';

const STATUS = options(['Open', '待处理', '待處理'], ['Waiting on Amazon', '等待亚马逊', '等待亞馬遜'], ['Waiting on buyer', '等待买家', '等待買家'], ['Closed', '已关闭', '已關閉']);

/** The Cases tab. */
export const CASES: TabSchema = {
  id: 'cases',
  version: 1,
  name: l('Cases', '售后', '售後'),
  purpose: l('Claims, chargebacks, returns and buyer messages, answered before their deadline.', '索赔、拒付、退货和买家消息，在截止前处理。', '索賠、拒付、退貨和買家訊息，在截止前處理。'),
  columns: [
    column('opened', 'date', ['Opened', '创建日期', '建立日期'], ['Day the case or message arrived.', '案件或消息到达的日期。', '案件或訊息到達的日期。'], { aliases: ['Date', '日期', '创建时间'] }),
    column('caseType', 'enum', ['Case type', '类型', '類型'], ['What kind of case.', '案件类型。', '案件類型。'], {
      aliases: ['Type'],
      options: options(
        ['A-to-z claim', 'A-to-Z索赔', 'A-to-Z索賠'],
        ['Chargeback', '信用卡拒付', '信用卡拒付'],
        ['Return', '退货', '退貨'],
        ['Buyer message', '买家消息', '買家訊息'],
        ['Cancellation', '取消订单', '取消訂單'],
        ['Address change', '改地址', '改地址'],
        ['SAFE-T claim', 'SAFE-T索赔', 'SAFE-T索賠'],
        ['Reimbursement', '赔偿', '賠償'],
        ['Seller Support', '卖家支持', '賣家支援'],
      ),
    }),
    column('orderId', 'id', ['Order ID', '订单号', '訂單編號'], ['Amazon order ID.', '亚马逊订单号。', '亞馬遜訂單編號。'], { aliases: ['Order id', 'amazon-order-id'] }),
    asinColumn(),
    column('amount', 'money', ['Amount', '金额', '金額'], ['Amount at stake.', '涉及金额。', '涉及金額。']),
    column('reason', 'text', ['Reason', '原因', '原因'], ['The buyer\'s or Amazon\'s reason.', '买家或亚马逊给出的原因。', '買家或亞馬遜給出的原因。'], { width: 200 }),
    column('respondBy', 'datetime', ['Respond by', '截止时间', '截止時間'], ['Deadline to answer (buyer messages: 24 h). Amber within a day, red once past.', '回复截止时间（买家消息 24 小时）。一天内到期标黄，逾期标红。', '回覆截止時間（買家訊息 24 小時）。一天內到期標黃，逾期標紅。'], { aliases: ['Deadline', 'Due'], width: 130 }),
    column('caseId', 'id', ['Case ID', 'Case号', 'Case號'], ['Amazon case or claim ID.', '亚马逊 Case 或索赔编号。', '亞馬遜 Case 或索賠編號。'], { aliases: ['Amazon case ID'] }),
    column('status', 'enum', ['Status', '状态', '狀態'], ['Open until you close it.', '关闭前均为待处理。', '關閉前均為待處理。'], { options: STATUS }),
    column('outcome', 'enum', ['Outcome', '结果', '結果'], ['How it ended.', '处理结果。', '處理結果。'], {
      options: options(['Won', '胜诉', '勝訴'], ['Lost', '败诉', '敗訴'], ['Refunded', '已退款', '已退款'], ['Withdrawn', '已撤回', '已撤回'], ['Reimbursed', '已赔偿', '已賠償']),
    }),
    column('refunded', 'money', ['Refunded', '退款金额', '退款金額'], ['Money returned to the buyer.', '退给买家的金额。', '退給買家的金額。']),
    column('reimbursed', 'money', ['Reimbursed', '赔偿金额', '賠償金額'], ['Money Amazon paid you back.', '亚马逊赔付的金额。', '亞馬遜賠付的金額。']),
    column('owner', 'text', ['Owner', '负责人', '負責人'], ['Who handles it.', '负责人。', '負責人。']),
    noteColumn(),
  ],
  rules: [
    {
      id: 'past-deadline',
      columns: ['respondBy', 'status'],
      formula: (c) => `=AND(ISNUMBER($${c.letter('respondBy')}2), $${c.letter('status')}2<>"${c.option('status', 3)}", $${c.letter('respondBy')}2<NOW())`,
      ...PROBLEM,
    },
    {
      id: 'deadline-close',
      columns: ['respondBy', 'status'],
      formula: (c) => `=AND(ISNUMBER($${c.letter('respondBy')}2), $${c.letter('status')}2<>"${c.option('status', 3)}", $${c.letter('respondBy')}2>=NOW(), $${c.letter('respondBy')}2<NOW()+1)`,
      ...WARNING,
    },
  ],
};
