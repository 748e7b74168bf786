import type { Locale } from './locale';
import { fillTemplate } from './fill';

/** A string in each of our languages. */
export type Localized = Readonly<Record<Locale, string>>;

/**
 * Every user-facing string of the server and the formulas. `{name}` placeholders are filled by
 * {@link t}. A unit test checks that every entry has all three languages and the same placeholders.
 */
export const MESSAGES = {
  'menu.openSidebar': { en: 'Open Ops Desk', 'zh-CN': '打开运营操盘台', 'zh-TW': '開啟運營操盤台' },
  'menu.about': { en: 'About Ops Desk', 'zh-CN': '关于运营操盘台', 'zh-TW': '關於運營操盤台' },
  'menu.setupTabs': { en: 'Set up tabs', 'zh-CN': '设置表格', 'zh-TW': '設定分頁' },
  'sidebar.title': { en: 'Ops Desk', 'zh-CN': '运营操盘台', 'zh-TW': '運營操盤台' },
  'about.text': {
    en: 'Ops Desk {version}: formulas, checklist and tracking tabs for Amazon store operators.',
    'zh-CN': '运营操盘台 {version}：为亚马逊运营准备的公式、每日清单和跟踪表。',
    'zh-TW': '運營操盤台 {version}：為亞馬遜運營準備的公式、每日清單和追蹤表。',
  },
  'sidebar.language': { en: 'Language', 'zh-CN': '语言', 'zh-TW': '語言' },
  'sidebar.calculator': { en: 'Quick check: days of stock', 'zh-CN': '快速计算：可售天数', 'zh-TW': '快速計算：可售天數' },
  'sidebar.available': { en: 'Units available', 'zh-CN': '可售库存', 'zh-TW': '可售庫存' },
  'sidebar.dailySales': { en: 'Units sold per day', 'zh-CN': '日均销量', 'zh-TW': '日均銷量' },
  'sidebar.compute': { en: 'Calculate', 'zh-CN': '计算', 'zh-TW': '計算' },
  'sidebar.days': { en: '{value} days', 'zh-CN': '{value} 天', 'zh-TW': '{value} 天' },
  'sidebar.failed': { en: 'Could not reach the sheet: {error}', 'zh-CN': '无法连接表格：{error}', 'zh-TW': '無法連接試算表：{error}' },
  'cell.notNumber': { en: 'not a number: {text}', 'zh-CN': '不是数字：{text}', 'zh-TW': '不是數字：{text}' },
  'cell.negative': { en: 'negative: {text}', 'zh-CN': '不能为负：{text}', 'zh-TW': '不能為負：{text}' },
  'cell.date': { en: 'a date, not a number', 'zh-CN': '这是日期，不是数字', 'zh-TW': '這是日期，不是數字' },
  'cell.boolean': { en: 'TRUE/FALSE, not a number', 'zh-CN': 'TRUE/FALSE 不是数字', 'zh-TW': 'TRUE/FALSE 不是數字' },
  'error.missingArguments': {
    en: '{fn} is missing {missing}: write {fn}({params}).',
    'zh-CN': '{fn} 缺少参数 {missing}：请写成 {fn}({params})。',
    'zh-TW': '{fn} 缺少引數 {missing}：請寫成 {fn}({params})。',
  },
  'error.tooManyArguments': {
    en: '{fn} takes {count} arguments, not {given}: {fn}({params}).',
    'zh-CN': '{fn} 只接受 {count} 个参数，而不是 {given} 个：{fn}({params})。',
    'zh-TW': '{fn} 只接受 {count} 個引數，而不是 {given} 個：{fn}({params})。',
  },
  'error.crossedShapes': {
    en: '{fn}: {param} is a row ({got}) but {other} is a column ({want}). Give columns of the same height, e.g. D2:D and E2:E.',
    'zh-CN': '{fn}：{param} 是一行（{got}），而 {other} 是一列（{want}）。请给出同样高度的列，例如 D2:D 和 E2:E。',
    'zh-TW': '{fn}：{param} 是一列橫向資料（{got}），而 {other} 是一欄（{want}）。請給出同樣高度的欄，例如 D2:D 和 E2:E。',
  },
  'error.cellErrorAt': {
    en: '{fn}: {error} in {param}, row {row}. Fix that cell, or wrap its formula in IFERROR.',
    'zh-CN': '{fn}：{param} 第 {row} 行是 {error}。请修正该单元格，或用 IFERROR 包住它的公式。',
    'zh-TW': '{fn}：{param} 第 {row} 列是 {error}。請修正該儲存格，或用 IFERROR 包住它的公式。',
  },
  'error.cellErrorItem': {
    en: '{fn}: {error} in {param}, item {item} of the range. Fix that cell, or wrap its formula in IFERROR.',
    'zh-CN': '{fn}：{param} 区域中的第 {item} 项是 {error}。请修正该单元格，或用 IFERROR 包住它的公式。',
    'zh-TW': '{fn}：{param} 範圍中的第 {item} 項是 {error}。請修正該儲存格，或用 IFERROR 包住它的公式。',
  },
  'error.shape': {
    en: '{fn}: {param} is {got} cells but the other ranges are {want}. Give ranges of the same size, e.g. D2:D and E2:E.',
    'zh-CN': '{fn}：{param} 是 {got} 个单元格，其他区域是 {want}。请给出相同大小的区域，例如 D2:D 和 E2:E。',
    'zh-TW': '{fn}：{param} 是 {got} 個儲存格，其他範圍是 {want}。請給出相同大小的範圍，例如 D2:D 和 E2:E。',
  },
  'error.scalar': {
    en: '{fn}: {param} must be a number, not "{text}".',
    'zh-CN': '{fn}：{param} 必须是数字，而不是“{text}”。',
    'zh-TW': '{fn}：{param} 必須是數字，而不是「{text}」。',
  },
  'error.scalarNegative': {
    en: '{fn}: {param} cannot be negative ({text}).',
    'zh-CN': '{fn}：{param} 不能为负数（{text}）。',
    'zh-TW': '{fn}：{param} 不能為負數（{text}）。',
  },
  // ---- Formulas: cell texts (short: they sit in a column of numbers) ----
  'cell.missing': { en: 'missing {param}', 'zh-CN': '缺少 {param}', 'zh-TW': '缺少 {param}' },
  'cell.notDate': { en: 'not a date: {text}', 'zh-CN': '不是日期：{text}', 'zh-TW': '不是日期：{text}' },
  'cell.notRate': { en: 'not a rate (0–100%): {text}', 'zh-CN': '不是 0–100% 的比率：{text}', 'zh-TW': '不是 0–100% 的比率：{text}' },
  'cell.discount': { en: 'not a discount (0–100%): {text}', 'zh-CN': '不是 0–100% 的折扣：{text}', 'zh-TW': '不是 0–100% 的折扣：{text}' },
  'cell.serviceLevel': {
    en: 'service level must be 50–99.99%: {text}',
    'zh-CN': '服务水平须在 50%–99.99% 之间：{text}',
    'zh-TW': '服務水準須在 50%–99.99% 之間：{text}',
  },
  'cell.unit': { en: 'unit must be in or cm: {text}', 'zh-CN': '单位须为 in 或 cm：{text}', 'zh-TW': '單位須為 in 或 cm：{text}' },
  'cell.sizeTier': {
    en: 'size tier must be standard or oversize: {text}',
    'zh-CN': '尺寸分段须为标准或大件：{text}',
    'zh-TW': '尺寸分段須為標準或大件：{text}',
  },
  'cell.month': { en: 'not a month: {text}', 'zh-CN': '不是月份：{text}', 'zh-TW': '不是月份：{text}' },
  'cell.metric': { en: 'unknown metric: {text}', 'zh-CN': '未知指标：{text}', 'zh-TW': '未知指標：{text}' },
  'cell.rank': { en: 'not a rank: {text}', 'zh-CN': '不是排名：{text}', 'zh-TW': '不是排名：{text}' },
  // A plain number that could be a percentage or a fraction (30 → 30 % or 0.3?): say how to write it.
  'cell.percentOrFraction': { en: 'write {percent}% or {fraction}', 'zh-CN': '请写成 {percent}% 或 {fraction}', 'zh-TW': '請寫成 {percent}% 或 {fraction}' },
  'cell.percentNotMoney': { en: 'a percent, not money: {text}', 'zh-CN': '这是百分比，不是金额：{text}', 'zh-TW': '這是百分比，不是金額：{text}' },
  'cell.moneyNotPercent': { en: 'money, not a percent: {text}', 'zh-CN': '这是金额，不是百分比：{text}', 'zh-TW': '這是金額，不是百分比：{text}' },
  'cell.promoType': { en: 'unknown promotion type: {text}', 'zh-CN': '未知促销类型：{text}', 'zh-TW': '未知促銷類型：{text}' },
  'cell.dealConflict': {
    en: 'conflict: a Lightning Deal cannot run with a price discount',
    'zh-CN': '冲突：秒杀不能与价格折扣同时进行',
    'zh-TW': '衝突：秒殺不能與價格折扣同時進行',
  },
  'cell.endsBeforeStart': { en: 'ends before it starts', 'zh-CN': '结束早于开始', 'zh-TW': '結束早於開始' },
  // ---- Formulas: results that are words ----
  'health.ok': { en: 'OK', 'zh-CN': '正常', 'zh-TW': '正常' },
  'health.atRisk': { en: 'AT RISK', 'zh-CN': '有风险', 'zh-TW': '有風險' },
  'health.breach': { en: 'BREACH', 'zh-CN': '超标', 'zh-TW': '超標' },
  'rank.entered': { en: 'new', 'zh-CN': '新进榜', 'zh-TW': '新進榜' },
  'rank.dropped': { en: 'dropped out', 'zh-CN': '掉出排名', 'zh-TW': '掉出排名' },
  // ---- Formulas: wrong calls, and what to type instead ----
  'error.badArgument': {
    en: '{fn}: {param} cannot be "{text}". {hint}',
    'zh-CN': '{fn}：{param} 不能是“{text}”。{hint}',
    'zh-TW': '{fn}：{param} 不能是「{text}」。{hint}',
  },
  'error.missingArgument': {
    en: '{fn}: {param} is empty. {hint}',
    'zh-CN': '{fn}：{param} 为空。{hint}',
    'zh-TW': '{fn}：{param} 為空。{hint}',
  },
  'hint.value': {
    en: 'Give a value or a range such as D2:D.',
    'zh-CN': '请给出一个值或区域，例如 D2:D。',
    'zh-TW': '請給出一個值或範圍，例如 D2:D。',
  },
  'hint.date': {
    en: 'Give a date such as 2026-11-27, a date cell, or TODAY().',
    'zh-CN': '请给出日期，例如 2026-11-27、日期单元格或 TODAY()。',
    'zh-TW': '請給出日期，例如 2026-11-27、日期儲存格或 TODAY()。',
  },
  'hint.discount': {
    en: 'Give a discount such as 20% or 0.2.',
    'zh-CN': '请给出折扣，例如 20% 或 0.2。',
    'zh-TW': '請給出折扣，例如 20% 或 0.2。',
  },
  'hint.rate': {
    en: 'Give a rate such as 20% or 0.2.',
    'zh-CN': '请给出比率，例如 20% 或 0.2。',
    'zh-TW': '請給出比率，例如 20% 或 0.2。',
  },
  'hint.percentOrFraction': {
    en: 'Write {percent}% or {fraction}: a plain {percent} could mean either.',
    'zh-CN': '请写成 {percent}% 或 {fraction}：只写 {percent} 无法确定是哪一种。',
    'zh-TW': '請寫成 {percent}% 或 {fraction}：只寫 {percent} 無法確定是哪一種。',
  },
  'hint.serviceLevel': {
    en: 'Give a service level such as 95% or 0.95 (from 50% to under 100%).',
    'zh-CN': '请给出服务水平，例如 95% 或 0.95（50% 至 100% 以下）。',
    'zh-TW': '請給出服務水準，例如 95% 或 0.95（50% 至 100% 以下）。',
  },
  'hint.unit': {
    en: 'Use "in" for inches or "cm" for centimetres.',
    'zh-CN': '请用 "in"（英寸）或 "cm"（厘米）。',
    'zh-TW': '請用 "in"（英寸）或 "cm"（公分）。',
  },
  'hint.sizeTier': {
    en: 'Use "standard" or "oversize" (标准 / 大件).',
    'zh-CN': '请用“标准”或“大件”（standard / oversize）。',
    'zh-TW': '請用「標準」或「大件」（standard / oversize）。',
  },
  'hint.month': {
    en: 'Give a month number 1–12, a date, or a month name such as Oct.',
    'zh-CN': '请给出月份 1–12、日期或月份名称，例如 10月。',
    'zh-TW': '請給出月份 1–12、日期或月份名稱，例如 10月。',
  },
  'hint.metric': {
    en: 'Use ODR, cancel rate, late shipment rate, valid tracking rate, on-time delivery rate or account health rating.',
    'zh-CN': '请用 订单缺陷率、配送前取消率、迟发率、有效追踪率、准时交货率 或 账户状况评级。',
    'zh-TW': '請用 訂單瑕疵率、出貨前取消率、延遲出貨率、有效追蹤率、準時送達率 或 帳戶狀況評級。',
  },
  'hint.moneyNotPercent': {
    en: 'Give a percent such as 20% or 0.2: money is never read as a percent.',
    'zh-CN': '请给出百分比，例如 20% 或 0.2：金额不会被当作百分比。',
    'zh-TW': '請給出百分比，例如 20% 或 0.2：金額不會被當作百分比。',
  },
  'hint.percentNotMoney': {
    en: 'Give an amount such as 4.50: a percent is never read as money.',
    'zh-CN': '请给出金额，例如 4.50：百分比不会被当作金额。',
    'zh-TW': '請給出金額，例如 4.50：百分比不會被當作金額。',
  },
  'hint.promoType': {
    en: 'Use a type such as Coupon, Lightning Deal, 7-Day Deal, Prime Exclusive, Sale price, % off, Social media, Preferential, Unrestricted or Exclusive code.',
    'zh-CN': '请用促销类型，例如 优惠券、秒杀、7天促销、Prime专享折扣、促销价、购买折扣、社媒促销、优先型、无限制型 或 独家型优惠码。',
    'zh-TW': '請用促銷類型，例如 優惠券、秒殺、7天促銷、Prime專享折扣、促銷價、購買折扣、社群促銷、優先型、無限制型 或 獨家型優惠碼。',
  },
  'hint.rank': {
    en: 'Give a rank such as 12, or NR / >100 for not ranked.',
    'zh-CN': '请给出排名，例如 12；未排名写 NR 或 >100。',
    'zh-TW': '請給出排名，例如 12；未排名寫 NR 或 >100。',
  },
  // ---- Server: what a menu action, sidebar call or trigger tells the user when it fails ----
  'error.unexpected': {
    en: 'Something went wrong in Ops Desk, and it did not finish. Try again; if it happens again, reload the spreadsheet, and if it still fails, tell your Ops Desk support what you were doing.',
    'zh-CN': '运营操盘台出错了，操作没有完成。请重试；如果再次出现，请重新加载表格；仍然失败的话，请告诉运营操盘台的支持人员你当时在做什么。',
    'zh-TW': '運營操盤台出錯了，操作沒有完成。請重試；如果再次出現，請重新載入試算表；仍然失敗的話，請告訴運營操盤台的支援人員你當時在做什麼。',
  },
  'error.unknownLanguage': { en: 'Unknown language: {locale}', 'zh-CN': '未知语言：{locale}', 'zh-TW': '未知語言：{locale}' },
  'error.unknownFormula': { en: 'Unknown formula: {name}', 'zh-CN': '未知公式：{name}', 'zh-TW': '未知公式：{name}' },
  // Report import: the detail is already in the user's language (src/core/reports, src/core/import).
  'error.import': { en: '{detail}', 'zh-CN': '{detail}', 'zh-TW': '{detail}' },
  // ---- The daily refresh (menu items and what they answer) ----
  'menu.enableRefresh': { en: 'Turn on daily refresh', 'zh-CN': '开启每日刷新', 'zh-TW': '開啟每日重新整理' },
  'menu.disableRefresh': { en: 'Turn off daily refresh', 'zh-CN': '关闭每日刷新', 'zh-TW': '關閉每日重新整理' },
  'menu.refreshNow': { en: 'Refresh now', 'zh-CN': '立即刷新', 'zh-TW': '立即重新整理' },
  'refresh.enabled': {
    en: 'Daily refresh is on: the tabs roll forward each day from {hour}:00 (Settings › Refresh hour), and every run is written to the Run Log.',
    'zh-CN': '每日刷新已开启：每天 {hour}:00 起（设置 › 刷新时间）更新表格，每次运行都记录在运行日志中。',
    'zh-TW': '每日重新整理已開啟：每天 {hour}:00 起（設定 › 重新整理時間）更新分頁，每次執行都記錄在執行記錄中。',
  },
  'refresh.disabled': {
    en: 'Daily refresh is off for you in this spreadsheet.',
    'zh-CN': '你在此表格中的每日刷新已关闭。',
    'zh-TW': '你在此試算表中的每日重新整理已關閉。',
  },
  'refresh.done': {
    en: 'Refreshed: {added} rows added, {alerts} alerts on Today.',
    'zh-CN': '刷新完成：新增 {added} 行，今日页 {alerts} 条提醒。',
    'zh-TW': '重新整理完成：新增 {added} 列，今日頁 {alerts} 則提醒。',
  },
  'refresh.skipped': {
    en: 'Another refresh is running on this spreadsheet: try again in a minute.',
    'zh-CN': '此表格正在进行另一次刷新，请一分钟后再试。',
    'zh-TW': '此試算表正在進行另一次重新整理，請一分鐘後再試。',
  },
  'refresh.paused': {
    en: 'The refresh ran out of time and will finish within the hour ({added} rows added so far).',
    'zh-CN': '刷新超时，将在一小时内完成（已新增 {added} 行）。',
    'zh-TW': '重新整理逾時，將在一小時內完成（已新增 {added} 列）。',
  },
  'refresh.failed': {
    en: 'The refresh failed and changed nothing: {error}. The Run Log has the details.',
    'zh-CN': '刷新失败，未做任何改动：{error}。详情见运行日志。',
    'zh-TW': '重新整理失敗，未做任何變更：{error}。詳情見執行記錄。',
  },
  'refresh.failedPartly': {
    en: 'The refresh failed: {error}. {stuck} of its writes could not be put back; the Run Log has the details.',
    'zh-CN': '刷新失败：{error}。有 {stuck} 处写入未能还原；详情见运行日志。',
    'zh-TW': '重新整理失敗：{error}。有 {stuck} 處寫入未能還原；詳情見執行記錄。',
  },
  'refresh.log.notUndone': { en: 'Writes not put back: {stuck}', 'zh-CN': '未能还原的写入：{stuck} 处', 'zh-TW': '未能還原的寫入：{stuck} 處' },
  // Run Log rows (the sheet's language): why a run did not start.
  'refresh.log.lockBusy': {
    en: 'Another refresh was running: skipped.',
    'zh-CN': '另一次刷新正在运行：已跳过。',
    'zh-TW': '另一次重新整理正在執行：已略過。',
  },
  'refresh.log.stopped': {
    en: 'The run started at {time} did not finish: Apps Script stopped it (the 6-minute limit or the daily trigger quota). What it wrote stays; the next run adds only what is missing.',
    'zh-CN': '于 {time} 开始的运行未完成：被 Apps Script 中止（6 分钟上限或每日触发器配额）。已写入的内容保留；下一次运行只补上缺少的部分。',
    'zh-TW': '於 {time} 開始的執行未完成：被 Apps Script 中止（6 分鐘上限或每日觸發器配額）。已寫入的內容保留；下一次執行只補上缺少的部分。',
  },
  'refresh.log.rebuilt': { en: '{tab} rebuilt ({count} rows)', 'zh-CN': '{tab}已重建（{count} 行）', 'zh-TW': '{tab}已重建（{count} 列）' },
  'refresh.log.quota': {
    en: 'Held back: the refresh trigger ran {minutes} minutes in the last 24 hours, close to the daily trigger quota. It continues when time frees up; Refresh now works meanwhile.',
    'zh-CN': '已推迟：刷新触发器在过去 24 小时运行了 {minutes} 分钟，接近每日触发器配额。配额释放后继续；期间可使用“立即刷新”。',
    'zh-TW': '已延後：重新整理觸發器在過去 24 小時執行了 {minutes} 分鐘，接近每日觸發器配額。配額釋出後繼續；其間可使用「立即重新整理」。',
  },
  // ---- Set up tabs: {id} what was asked for, {ids} the tabs that exist; {language} what was given ----
  'setup.unknownTab': { en: 'There is no tab "{id}". Tabs: {ids}.', 'zh-CN': '没有名为“{id}”的表格。可用：{ids}。', 'zh-TW': '沒有名為「{id}」的分頁。可用：{ids}。' },
  'setup.unknownLanguage': {
    en: 'Language must be en, zh-CN or zh-TW, not "{language}".',
    'zh-CN': '语言须为 en、zh-CN 或 zh-TW，而不是“{language}”。',
    'zh-TW': '語言須為 en、zh-CN 或 zh-TW，而不是「{language}」。',
  },
  // ---- The checklist sidebar (issue 9) ----
  'error.checklistItem': {
    en: 'This item is no longer on the Checklist tab ({item}). Close and reopen the sidebar to see the list as it is now.',
    'zh-CN': '这个事项已不在清单表中（{item}）。请关闭并重新打开侧边栏，查看最新的清单。',
    'zh-TW': '這個事項已不在清單分頁中（{item}）。請關閉並重新開啟側邊欄，查看最新的清單。',
  },
  'error.checklistBusy': {
    en: 'Someone else is saving the checklist right now. Try again in a moment.',
    'zh-CN': '其他人正在保存清单，请稍后再试。',
    'zh-TW': '其他人正在儲存清單，請稍後再試。',
  },
  'error.checklistNoTab': {
    en: 'No tab called “{tab}” answers this item. Set up the tabs (Ops Desk ▸ Set up tabs) or correct its Tab cell on the Checklist tab.',
    'zh-CN': '找不到名为“{tab}”的表。请先设置表格（运营操盘台 ▸ 设置表格），或修改清单表中该事项的“对应表”。',
    'zh-TW': '找不到名為「{tab}」的分頁。請先設定分頁（運營操盤台 ▸ 設定分頁），或修改清單分頁中該事項的「對應分頁」。',
  },
} as const satisfies Record<string, Localized>;

/** A key of {@link MESSAGES}. */
export type MessageKey = keyof typeof MESSAGES;

/** The message `key` in `locale`, with `{name}` placeholders replaced from `params`. */
export function t(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template: string = MESSAGES[key][locale];
  return fillTemplate(template, params);
}
