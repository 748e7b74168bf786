/** Columns several tabs share, worded the same everywhere. */
import { MARKETPLACES } from './marketplaces';
import { column, l, type ColumnSpec } from './schema';

/** The marketplace codes as a dropdown (the same in every language). */
export const MARKETPLACE_OPTIONS = MARKETPLACES.map((m) => l(m.code, m.code, m.code));

/** The day a row is about, in the marketplace's time zone. */
export function dateColumn(note?: readonly [string, string, string]): ColumnSpec {
  return column('date', 'date', ['Date', '日期', '日期'], note ?? ['The day this row is about (marketplace time), yyyy-mm-dd.', '本行数据所属日期（站点时间），yyyy-mm-dd。', '本列資料所屬日期（站點時間），yyyy-mm-dd。'], {
    aliases: ['Day', 'Report date', '报告日期', '日付'],
    width: 95,
  });
}

/** The marketplace (US, UK, DE …). */
export function marketplaceColumn(): ColumnSpec {
  return column('marketplace', 'enum', ['Marketplace', '站点', '站點'], ['Amazon marketplace, e.g. US.', '亚马逊站点，例如 US。', '亞馬遜站點，例如 US。'], {
    aliases: ['Site', 'Country', '国家', '國家', '市场', '市場'],
    options: MARKETPLACE_OPTIONS,
    width: 80,
  });
}

/** An ASIN (text: never a number). */
export function asinColumn(id = 'asin', header: readonly [string, string, string] = ['ASIN', 'ASIN', 'ASIN']): ColumnSpec {
  return column(id, 'id', header, ['Amazon product ID (10 characters), kept as text.', '亚马逊商品编号（10 位），按文本保存。', '亞馬遜商品編號（10 碼），以文字保存。'], {
    aliases: ['(Child) ASIN', '（子）ASIN', 'Child ASIN', '子ASIN'],
    width: 110,
  });
}

/** A free note. */
export function noteColumn(): ColumnSpec {
  return column('note', 'text', ['Note', '备注', '備註'], ['Anything worth remembering about this row.', '关于本行需要记住的事。', '關於本列需要記住的事。'], {
    aliases: ['Notes', 'Remarks', '说明', '說明'],
    width: 200,
  });
}
