import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, FORMULAS } from '../../../src/core/formulas/catalog';
import { FORMULA_CORES, READS_DATES } from '../../../src/core/formulas/registry';

const root = new URL('../../../', import.meta.url);
const builtins = new Set(
  readFileSync(new URL('build/sheets-builtin-functions.txt', root), 'utf8')
    .split(/\r?\n/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean),
);

// The build's own name check (JavaScript; loaded by path so the test typecheck does not need its types).
const wrappersPath = new URL('build/wrappers.mjs', root).href;
const { checkCustomFunctionName } = (await import(wrappersPath)) as { checkCustomFunctionName: (name: string, builtins: Set<string>) => string[] };

const REQUIRED = [
  'ACOS_ADS', 'TACOS', 'ROAS', 'CTR', 'CPC', 'CVR', 'CPA', 'BREAKEVEN_ACOS', 'TARGET_ACOS', 'SUGGESTED_BID', 'ORGANIC',
  'DAYS_OF_STOCK', 'REORDER_POINT', 'REORDER_QTY', 'STOCKOUT_DATE', 'SAFETY_STOCK', 'SELL_THROUGH', 'WEEKS_OF_COVER',
  'CUBIC_FEET', 'STORAGE_FEE', 'AGED_SURCHARGE', 'LOW_INVENTORY_FEE_RISK', 'PROMO_STACK', 'RANK_CHANGE', 'HEALTH_STATUS',
];

// Simplified-only characters, and mainland terms Taiwan says differently: none may appear in 繁體 text.
const SIMPLIFIED = [...'库广销单数费价为这设结货额时间点击转总与买卖订亏损润标准尺寸级龄条账户状况评级态诉认确']
  .filter((ch) => !'尺寸'.includes(ch));
const MAINLAND_TERMS = ['单元格', '單元格', '整列', '空行', '按行', '函数', '默认', '转化率', '轉化率', '數據', '信息', '關鍵詞', '訂單缺陷率', '斷貨'];

function traditionalProblems(text: string): string[] {
  return [...SIMPLIFIED.filter((ch) => text.includes(ch)), ...MAINLAND_TERMS.filter((term) => text.includes(term))];
}

describe('the formula catalog', () => {
  it('has every formula the issue names', () => {
    const names = FORMULAS.map((f) => f.name);
    expect(REQUIRED.filter((n) => !names.includes(n))).toEqual([]);
  });

  it.each(FORMULAS.map((f) => [f.name]))('%s passes the build’s name check (no built-in, no trailing _, no cell reference)', (name) => {
    expect(checkCustomFunctionName(name, builtins)).toEqual([]);
    expect(builtins.has(name.toUpperCase())).toBe(false);
  });

  it('has no duplicate names, compared case-insensitively', () => {
    const upper = FORMULAS.map((f) => f.name.toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
  });

  it.each(FORMULAS.map((f) => [f.name, f] as const))('%s documents the parameters it computes with, in English, 简体 and 繁體', (_name, f) => {
    expect(f.params.map((p) => p.name)).toEqual([...f.paramNames]);
    for (const text of [f.summary, f.returns, ...f.params.map((p) => p.description)]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.zhTW).toMatch(/[\u4e00-\u9fff]/);
      expect(traditionalProblems(text.zhTW)).toEqual([]);
    }
    for (const p of f.params) expect(p.example.trim()).not.toBe('');
    expect(f.example.formula.startsWith(`=${f.name}(`)).toBe(true);
    expect(CATEGORIES.map((c) => c.id)).toContain(f.category);
  });

  it('has headings in every language', () => {
    for (const c of CATEGORIES) {
      expect(c.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.title.zhTW).toMatch(/[\u4e00-\u9fff]/);
      expect(traditionalProblems(c.title.zhTW)).toEqual([]);
    }
  });

  it('uses Taiwan terms in 繁體, not only converted characters', () => {
    const doc = (name: string) => FORMULAS.find((f) => f.name === name);
    expect(doc('DAYS_OF_STOCK')?.summary.zhTW).toMatch(/庫存/);
    expect(doc('DAYS_OF_STOCK')?.summary.zhTW).toMatch(/整欄（如 D2:D）；空白列保持空白/);
    expect(doc('ACOS_ADS')?.summary.zhTW).toMatch(/廣告/);
    expect(doc('CVR')?.summary.zhTW).toMatch(/轉換率/);
    expect(doc('STOCKOUT_DATE')?.params[2].description.zhTW).toMatch(/儲存格/);
    expect(doc('BREAKEVEN_ACOS')?.params[1].description.zhTW).toMatch(/一欄或多欄（逐列相加）/);
    expect(doc('RANK_CHANGE')?.category).toBe('keywords');
    expect(CATEGORIES.find((c) => c.id === 'keywords')?.title.zhTW).toBe('關鍵字');
  });

  it('ACOS_ADS help says that plain ACOS is the arc-cosine', () => {
    const acos = FORMULAS.find((f) => f.name === 'ACOS_ADS');
    expect(acos?.summary.en).toMatch(/arc-cosine/);
    expect(acos?.summary.zh).toMatch(/反余弦/);
    expect(acos?.summary.zhTW).toMatch(/反餘弦/);
  });

  it('PROMO_STACK help says discounts apply to the list price, add up and are capped at 100 %', () => {
    const promo = FORMULAS.find((f) => f.name === 'PROMO_STACK');
    expect(promo?.summary.en).toMatch(/Discounts apply to the list price and add up \(a 20 % coupon with a 15 % deal is 35 % off\), capped at 100 %/);
    expect(promo?.summary.en).not.toMatch(/compound|32 %/);
    expect(promo?.summary.zh).toMatch(/按原价.*直接相加.*35%.*最多 100%/);
    expect(promo?.summary.zhTW).toMatch(/以原價.*直接相加.*35%.*最多 100%/);
    expect(promo?.example.result).toBe('{0.35;0.35;0.1}');
  });

  it('RANK_CHANGE help says a blank rank leaves the row blank, and which markers mean not ranked', () => {
    const rank = FORMULAS.find((f) => f.name === 'RANK_CHANGE');
    expect(rank?.summary.en).toMatch(/A blank rank is not filled in yet, not "not ranked": its row stays blank/);
    expect(rank?.summary.en).not.toMatch(/0, blank/);
    expect(rank?.summary.zh).toMatch(/排名为空表示尚未填写/);
    expect(rank?.summary.zhTW).toMatch(/排名空白表示尚未填寫/);
  });

  it('says which blanks count as none and which are marked missing', () => {
    const doc = (name: string) => FORMULAS.find((f) => f.name === name);
    expect(doc('REORDER_POINT')?.summary.en).toMatch(/blank lead time is marked "missing lead_time_days", never read as 0 days/);
    expect(doc('REORDER_QTY')?.summary.en).toMatch(/blank cover_days is marked "missing"/);
    expect(doc('AGED_SURCHARGE')?.summary.en).toMatch(/blank days_in_stock is marked "missing"/);
    for (const [name, param] of [['REORDER_POINT', 'safety_stock'], ['REORDER_QTY', 'on_hand'], ['REORDER_QTY', 'inbound']]) {
      const p = doc(name)?.params.find((x) => x.name === param);
      expect(p?.description.en).toMatch(/blank = none/);
      expect(p?.description.zh).toMatch(/空白 = 无/);
      expect(p?.description.zhTW).toMatch(/空白 = 無/);
    }
  });

  it('ORGANIC help says it is an estimate that may go negative', () => {
    const organic = FORMULAS.find((f) => f.name === 'ORGANIC');
    expect(organic?.summary.en).toMatch(/estimate/);
    expect(organic?.summary.en).toMatch(/negative/);
  });

  it('fee formulas state the effective date of their table, and the aged surcharge which rates are unconfirmed', () => {
    const help = (name: string) => FORMULAS.find((f) => f.name === name)?.summary.en ?? '';
    expect(help('STORAGE_FEE')).toMatch(/effective 2024-04-01/);
    expect(help('AGED_SURCHARGE')).toMatch(/effective 2024-04-15/);
    expect(help('AGED_SURCHARGE')).toMatch(/301–330 days \$5\.70\/cu ft \(unconfirmed\)/);
    // The > 15-month tier from 2026-01-16 is partly confirmed and not applied, in every language.
    const aged = FORMULAS.find((f) => f.name === 'AGED_SURCHARGE')?.summary;
    expect(aged?.en).toMatch(/Not applied: the tier for stock over 15 months from 2026-01-16, \$7\.90\/cu ft or \$0\.35\/unit, whichever is greater \(partly confirmed\)/);
    expect(aged?.zh).toMatch(/未计入：自 2026-01-16 起库龄超过 15 个月的费率，\$7\.90\/立方英尺或 \$0\.35\/件，取较高者（部分确认）/);
    expect(aged?.zhTW).toMatch(/未計入：自 2026-01-16 起庫齡超過 15 個月的費率，\$7\.90\/立方英尺或 \$0\.35\/件，取較高者（部分確認）/);
    expect(help('LOW_INVENTORY_FEE_RISK')).toMatch(/2024-04-01/);
  });
});

describe('the dispatch registry', () => {
  it('lists exactly the documented formulas, in the same order, with the same implementations', () => {
    expect(FORMULA_CORES.map((f) => f.name)).toEqual(FORMULAS.map((f) => f.name));
    FORMULAS.forEach((doc, i) => expect(FORMULA_CORES[i].impl).toBe(doc.impl));
  });

  it('names only real formulas as date readers', () => {
    for (const name of READS_DATES) expect(FORMULA_CORES.some((f) => f.name === name)).toBe(true);
  });
});
