/**
 * The one check of 繁體中文 text (messages, formula docs): no simplified-only character, and none of
 * the mainland terms that Taiwan says differently. Used by the tests over every 繁體 string; the
 * bundle does not import it.
 */

// Simplified-only characters (尺 and 寸 are the same in both scripts).
const SIMPLIFIED = [...'库广销单数费价为这设结货额时间点击转总与买卖订亏损润标准级龄条账户状况评态诉认确'];

// Mainland terms (in either script) with a different Taiwan word: 儲存格, 整欄, 空白列, 逐列, 函式,
// 預設, 轉換率, 資料, 資訊, 關鍵字, 訂單瑕疵率, 缺貨, 出貨前取消率, 延遲出貨率, 準時送達率.
const MAINLAND_TERMS = ['单元格', '單元格', '整列', '空行', '按行', '函数', '默认', '转化率', '轉化率', '數據', '信息', '關鍵詞', '訂單缺陷率', '斷貨', '配送前取消率', '遲發率', '準時交貨率'];

/** What is wrong with `text` as 繁體中文 (Taiwan usage): the offending characters and terms, empty when none. */
export function traditionalProblems(text: string): string[] {
  return [...SIMPLIFIED.filter((ch) => text.includes(ch)), ...MAINLAND_TERMS.filter((term) => text.includes(term))];
}
