/** Keywords: organic and sponsored rank per day × ASIN × keyword. */
import { MESSAGES } from '../i18n/messages';
import { asinColumn, dateColumn, marketplaceColumn, noteColumn } from './common-columns';
import { column, l, options, PROBLEM, YES_NO, type TabSchema } from './schema';

/** The words RANK_CHANGE shows for a keyword that fell out of the ranks, every language. */
const DROPPED = Object.values(MESSAGES['rank.dropped']);

/** The Keywords tab. */
export const KEYWORDS: TabSchema = {
  id: 'keywords',
  version: 1,
  name: l('Keywords', '关键词', '關鍵字'),
  purpose: l('Where each keyword ranks, day by day; big moves stand out.', '每个关键词每天的排名；大幅变化会被标出。', '每個關鍵字每天的排名；大幅變化會被標出。'),
  columns: [
    dateColumn(),
    marketplaceColumn(),
    asinColumn(),
    column('keyword', 'text', ['Keyword', '关键词', '關鍵字'], ['The search term, as a buyer types it.', '买家输入的搜索词。', '買家輸入的搜尋詞。'], { aliases: ['Search term', '搜索词', '关键字', '關鍵詞', 'キーワード'], width: 200 }),
    column('tier', 'enum', ['Tier', '词级', '詞級'], ['Core, long-tail or seasonal.', '核心词、长尾词或季节词。', '核心詞、長尾詞或季節詞。'], {
      options: options(['Core', '核心词', '核心詞'], ['Long-tail', '长尾词', '長尾詞'], ['Seasonal', '季节词', '季節詞']),
    }),
    column('searchVolume', 'int', ['Search volume', '搜索量', '搜尋量'], ['Monthly searches (from your keyword tool).', '月搜索量（来自关键词工具）。', '月搜尋量（來自關鍵字工具）。'], { aliases: ['30-Day Volume', 'Volume', '月搜索量'] }),
    column('indexed', 'enum', ['Indexed', '是否收录', '是否收錄'], ['Does the ASIN show up for this keyword at all?', '该 ASIN 是否被此关键词收录？', '該 ASIN 是否被此關鍵字收錄？'], { aliases: ['Indexed?', '收录'], options: YES_NO }),
    column('organicRank', 'int', ['Organic rank', '自然排名', '自然排名'], ['Position in organic results; blank if not checked, NR if not found.', '自然搜索位置；未查为空，未找到填 NR。', '自然搜尋位置；未查為空白，未找到填 NR。'], { aliases: ['Organic Rank', 'Rank', '排名', '自然位'] }),
    column('previousRank', 'int', ['Previous rank', '上次排名', '上次排名'], ['Organic rank at the previous check (the refresh fills it).', '上次检查时的自然排名（刷新时自动填写）。', '上次檢查時的自然排名（重新整理時自動填寫）。'], { aliases: ['Yesterday rank', '昨日排名'] }),
    column('rankChange', 'int', ['Rank change', '排名变化', '排名變化'], ['Places moved since the previous check; positive = up. Computed.', '与上次相比的名次变化，正数 = 上升。自动计算。', '與上次相比的名次變化，正數 = 上升。自動計算。'], {
      aliases: ['Δ vs yesterday', '较昨日'],
      format: '+#,##0;-#,##0;0',
      formula: (c) => `=RANK_CHANGE(${c.range('previousRank')}, ${c.range('organicRank')})`,
    }),
    column('page', 'int', ['Page', '页码', '頁碼'], ['Results page the organic rank is on.', '自然排名所在页码。', '自然排名所在頁碼。']),
    column('sponsoredRank', 'int', ['Sponsored rank', '广告排名', '廣告排名'], ['Position among sponsored results.', '广告位排名。', '廣告位排名。'], { aliases: ['Sponsored Rank', 'Paid rank', 'SP rank'] }),
    column('device', 'enum', ['Device', '设备', '裝置'], ['Where the rank was checked.', '在何种设备上检查的排名。', '在何種裝置上檢查的排名。'], {
      options: options(['Mobile', '手机', '手機'], ['Desktop', '电脑', '電腦']),
    }),
    column('competitorRank', 'int', ['Best competitor rank', '竞品最佳排名', '競品最佳排名'], ['Best organic rank among your benchmark competitors.', '对标竞品中的最佳自然排名。', '對標競品中的最佳自然排名。'], { aliases: ['Avg. Comp. Rank'] }),
    noteColumn(),
  ],
  rules: [
    {
      id: 'rank-drop',
      columns: ['organicRank', 'rankChange'],
      formula: (c) => {
        const x = `$${c.letter('rankChange')}2`;
        return `=OR(AND(ISNUMBER(${x}), ${x}<=-${c.settingInRule('rankDropAlert')}), ${DROPPED.map((w) => `${x}="${w}"`).join(', ')})`;
      },
      ...PROBLEM,
    },
  ],
  charts: [{ id: 'rank-over-time', type: 'line', title: l('Organic rank over time', '自然排名趋势', '自然排名趨勢'), columns: ['date', 'organicRank'] }],
};
