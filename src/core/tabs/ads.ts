/** Ads: one row per day × campaign (or ad group / target), with the ratios computed per column. */
import { dateColumn, noteColumn } from './common-columns';
import { COST_RATIO_FORMAT, column, l, options, PROBLEM, type TabSchema } from './schema';

/** The Ads tab. */
export const ADS: TabSchema = {
  id: 'ads',
  version: 1,
  name: l('Ads', '广告', '廣告'),
  purpose: l('Daily ad results: spend, sales, ACOS and the trend.', '每日广告数据：花费、销售额、ACOS 与趋势。', '每日廣告資料：花費、銷售額、ACOS 與趨勢。'),
  columns: [
    dateColumn(),
    column('adType', 'enum', ['Ad type', '广告类型', '廣告類型'], ['Sponsored Products, Brands or Display.', '商品推广、品牌推广或展示型推广。', '商品推廣、品牌推廣或展示型推廣。'], {
      options: options(['SP', 'SP', 'SP'], ['SB', 'SB', 'SB'], ['SD', 'SD', 'SD']),
    }),
    column('campaign', 'text', ['Campaign', '广告活动', '廣告活動'], ['Campaign name.', '广告活动名称。', '廣告活動名稱。'], { aliases: ['Campaign name', 'Campaign Name', '广告活动名称'], width: 200 }),
    column('adGroup', 'text', ['Ad group', '广告组', '廣告群組'], ['Ad group name (blank for a campaign total).', '广告组名称（活动汇总行留空）。', '廣告群組名稱（活動彙總列留空）。'], { aliases: ['Ad Group Name', '广告组名称'] }),
    column('targeting', 'text', ['Targeting', '投放', '投放'], ['Keyword or product target.', '投放的关键词或商品。', '投放的關鍵字或商品。'], { aliases: ['Keyword', 'Targeting / keyword', '关键词'] }),
    column('matchType', 'enum', ['Match type', '匹配类型', '比對類型'], ['How the keyword matches searches.', '关键词的匹配方式。', '關鍵字的比對方式。'], {
      aliases: ['Match Type'],
      options: options(['Exact', '精准', '完全比對'], ['Phrase', '词组', '詞組比對'], ['Broad', '广泛', '廣泛比對'], ['Auto', '自动', '自動'], ['Product', '商品投放', '商品投放']),
    }),
    column('budget', 'money', ['Daily budget', '每日预算', '每日預算'], ['Campaign daily budget.', '广告活动每日预算。', '廣告活動每日預算。'], { aliases: ['Budget', '预算'] }),
    column('impressions', 'int', ['Impressions', '展示量', '曝光量'], ['Times the ad was shown.', '广告展示次数。', '廣告曝光次數。'], { aliases: ['曝光量', '展示次数'] }),
    column('clicks', 'int', ['Clicks', '点击量', '點擊量'], ['Clicks on the ad.', '广告点击次数。', '廣告點擊次數。'], { aliases: ['点击', '点击次数'] }),
    column('ctr', 'pct', ['CTR', '点击率', '點擊率'], ['Clicks ÷ impressions. Computed.', '点击 ÷ 展示。自动计算。', '點擊 ÷ 曝光。自動計算。'], {
      aliases: ['Click-Thru Rate (CTR)'],
      format: '0.00%',
      formula: (c) => `=CTR(${c.range('clicks')}, ${c.range('impressions')})`,
    }),
    column('cpc', 'money', ['CPC', '单次点击成本', '單次點擊成本'], ['Spend ÷ clicks. Computed.', '花费 ÷ 点击。自动计算。', '花費 ÷ 點擊。自動計算。'], {
      aliases: ['Cost Per Click (CPC)', 'CPC'],
      formula: (c) => `=CPC(${c.range('spend')}, ${c.range('clicks')})`,
    }),
    column('spend', 'money', ['Spend', '花费', '花費'], ['Ad spend, marketplace currency.', '广告花费，站点货币。', '廣告花費，站點貨幣。'], { aliases: ['Cost', 'Total cost', '总成本', '广告花费', '花費'] }),
    column('adSales', 'money', ['Ad sales', '广告销售额', '廣告銷售額'], ['Sales the ads are credited with (7-day SP, 14-day SB/SD).', '广告归因销售额（SP 7 天，SB/SD 14 天）。', '廣告歸因銷售額（SP 7 天，SB/SD 14 天）。'], {
      aliases: ['7 Day Total Sales', '14 Day Total Sales', 'Sales', '销售额', '7天总销售额'],
    }),
    column('adOrders', 'int', ['Ad orders', '广告订单', '廣告訂單'], ['Orders credited to the ads.', '广告归因订单数。', '廣告歸因訂單數。'], { aliases: ['7 Day Total Orders (#)', 'Orders', 'Purchases', '购买量', '广告订单量'] }),
    column('cvr', 'pct', ['CVR', '转化率', '轉換率'], ['Ad orders ÷ clicks. Computed.', '广告订单 ÷ 点击。自动计算。', '廣告訂單 ÷ 點擊。自動計算。'], {
      aliases: ['Conversion rate'],
      format: '0.00%',
      formula: (c) => `=CVR(${c.range('adOrders')}, ${c.range('clicks')})`,
    }),
    column('acos', 'pct', ['ACOS', 'ACOS', 'ACOS'], ['Spend ÷ ad sales; red above the target ACOS in Settings. Computed.', '花费 ÷ 广告销售额；高于设置中的目标 ACOS 时标红。自动计算。', '花費 ÷ 廣告銷售額；高於設定中的目標 ACOS 時標紅。自動計算。'], {
      aliases: ['Total Advertising Cost of Sales (ACOS)', 'ACoS'],
      format: COST_RATIO_FORMAT,
      formula: (c) => `=ACOS_ADS(${c.range('spend')}, ${c.range('adSales')})`,
    }),
    column('roas', 'num', ['ROAS', 'ROAS', 'ROAS'], ['Ad sales ÷ spend. Computed.', '广告销售额 ÷ 花费。自动计算。', '廣告銷售額 ÷ 花費。自動計算。'], {
      aliases: ['Total Return on Advertising Spend (ROAS)'],
      formula: (c) => `=ROAS(${c.range('adSales')}, ${c.range('spend')})`,
    }),
    column('totalSales', 'money', ['Total sales', '总销售额', '總銷售額'], ['All sales of the advertised product that day (Business Report).', '广告商品当日全部销售额（业务报告）。', '廣告商品當日全部銷售額（業務報告）。'], { aliases: ['Ordered Product Sales', '已订购商品销售额'] }),
    column('tacos', 'pct', ['TACOS', 'TACOS', 'TACOS'], ['Spend ÷ total sales. Computed.', '花费 ÷ 总销售额。自动计算。', '花費 ÷ 總銷售額。自動計算。'], {
      aliases: ['TACoS'],
      format: COST_RATIO_FORMAT,
      formula: (c) => `=TACOS(${c.range('spend')}, ${c.range('totalSales')})`,
    }),
    column('action', 'text', ['Action taken', '调整内容', '調整內容'], ['What you changed (bid, budget, negatives) and why.', '做了什么调整（出价、预算、否词）及原因。', '做了什麼調整（出價、預算、否定詞）及原因。'], { aliases: ['是否调整', 'Adjusted'], width: 200 }),
    noteColumn(),
  ],
  rules: [
    {
      id: 'acos-over-target',
      columns: ['spend', 'adSales', 'acos'],
      // Spend without sales is the worst ACOS of all (ACOS_ADS gives it 1,000,000,000, shown as ∞).
      formula: (c) => {
        const spend = `$${c.letter('spend')}2`;
        const sales = `$${c.letter('adSales')}2`;
        return `=AND(N(${spend})>0, OR(N(${sales})=0, N(${spend})/N(${sales})>${c.settingInRule('targetAcos')}))`;
      },
      ...PROBLEM,
    },
  ],
  charts: [{ id: 'acos-spend', type: 'line', title: l('ACOS and spend over time', 'ACOS 与花费趋势', 'ACOS 與花費趨勢'), columns: ['date', 'acos', 'spend'] }],
};
