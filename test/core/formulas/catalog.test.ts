import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, FORMULAS } from '../../../src/core/formulas/catalog';
import { FORMULA_CORES } from '../../../src/core/formulas/registry';
import { PARAM_DOCS } from '../../../src/core/formulas/params.doc';
import { AD_RATIO_DOCS } from '../../../src/core/formulas/ad-ratios.doc';
import type { DocsOf, FormulaDoc } from '../../../src/core/formulas/doc-text';
import type { FormulaName } from '../../../src/core/formulas/registry';
import { MESSAGES } from '../../../src/core/i18n/messages';
import { traditionalProblems } from '../../../src/core/i18n/traditional';

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

/** Every 繁體 string the add-on shows: messages, headings, and every formula's help. */
function everyTraditionalString(): [string, string][] {
  const out: [string, string][] = Object.entries(MESSAGES).map(([key, m]) => [`message ${key}`, m['zh-TW']]);
  for (const c of CATEGORIES) out.push([`heading ${c.id}`, c.title.zhTW]);
  for (const [name, p] of Object.entries(PARAM_DOCS)) out.push([`parameter ${name}`, p.description.zhTW]);
  for (const f of FORMULAS) {
    out.push([`${f.name} summary`, f.summary.zhTW], [`${f.name} returns`, f.returns.zhTW]);
    (f.caveats ?? []).forEach((c, i) => out.push([`${f.name} caveat ${i + 1}`, c.zhTW]));
  }
  return out;
}

describe('the formula catalog', () => {
  it('has the four formulas operators asked for: net profit after ads, ROI, reorder-by date, unit session percentage', () => {
    const names = FORMULAS.map((f) => f.name);
    for (const name of ['NET_PROFIT_PER_UNIT', 'ROI', 'REORDER_BY_DATE', 'UNIT_SESSION_PCT']) expect(names).toContain(name);
  });

  it('describes every parameter name once, in the shared vocabulary, and uses no description that is not', () => {
    const used = new Set(FORMULAS.flatMap((f) => f.paramNames));
    expect([...used].filter((name) => !(name in PARAM_DOCS))).toEqual([]);
    expect(Object.keys(PARAM_DOCS).filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(everyTraditionalString())('繁體 uses Taiwan terms, not converted mainland ones: %s', (_where, text) => {
    expect(traditionalProblems(text)).toEqual([]);
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
    for (const text of [f.summary, f.returns, ...f.params.map((p) => p.description), ...(f.caveats ?? [])]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.zhTW).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const p of f.params) expect(p.example.trim()).not.toBe('');
    expect(f.example.formula.startsWith(`=${f.name}(`)).toBe(true);
    expect(CATEGORIES.map((c) => c.id)).toContain(f.category);
  });

  it('has headings in every language', () => {
    for (const c of CATEGORIES) {
      expect(c.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.title.zhTW).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('the 繁體 check rejects the mainland metric names the hints used to show', () => {
    expect(traditionalProblems('請用 訂單缺陷率、配送前取消率、遲發率')).toEqual(['訂單缺陷率', '配送前取消率', '遲發率']);
  });

  it('uses Taiwan terms in 繁體, not only converted characters', () => {
    const doc = (name: string) => FORMULAS.find((f) => f.name === name);
    expect(doc('DAYS_OF_STOCK')?.summary.zhTW).toMatch(/庫存/);
    expect(doc('DAYS_OF_STOCK')?.summary.zhTW).toMatch(/整欄（如 D2:D）；空白列保持空白/);
    expect(doc('ACOS_ADS')?.summary.zhTW).toMatch(/廣告/);
    expect(doc('CVR')?.summary.zhTW).toMatch(/轉換率/);
    expect(doc('STOCKOUT_DATE')?.params[2].description.zhTW).toMatch(/儲存格/);
    expect(doc('BREAKEVEN_ACOS')?.params[1].description.zhTW).toMatch(/一欄或多欄逐列相加/);
    expect(doc('RANK_CHANGE')?.category).toBe('keywords');
    expect(CATEGORIES.find((c) => c.id === 'keywords')?.title.zhTW).toBe('關鍵字');
  });

  it('ACOS_ADS help says that plain ACOS is the arc-cosine', () => {
    const acos = FORMULAS.find((f) => f.name === 'ACOS_ADS');
    expect(acos?.summary.en).toMatch(/arc-cosine/);
    expect(acos?.summary.zh).toMatch(/反余弦/);
    expect(acos?.summary.zhTW).toMatch(/反餘弦/);
  });

  it('PROMO_STACK help states Amazon’s stacking rules: price discounts set the base, deals conflict, the rest adds up', () => {
    const promo = FORMULAS.find((f) => f.name === 'PROMO_STACK');
    const rules = promo?.caveats?.[0];
    expect(rules?.en).toMatch(/price discounts .* set the base price and do not add up/);
    expect(rules?.en).toMatch(/A Lightning Deal cannot run with a price discount/);
    expect(rules?.en).toMatch(/add up rather than compound \(a 20 % deal with a 5 % coupon is 25 % off\), capped at 100 %/);
    expect(rules?.en).toMatch(/At most one Preferential claim code applies .* an Exclusive code combines with no other code/);
    expect(rules?.zh).toMatch(/秒杀（Lightning Deal）不能与价格折扣同时进行/);
    expect(rules?.zhTW).toMatch(/直接相加而不是連乘/);
    expect(promo?.caveats?.[1].en).toMatch(/Money such as \$5 is never read as a percent/);
    expect(promo?.example.result).toBe('{0.25;0.25;0.3}');
  });

  it('ACOS_ADS help says an average of the column is not the account’s ACOS and shows a rolling 7-day ACOS with SUM', () => {
    const caveats = FORMULAS.find((f) => f.name === 'ACOS_ADS')?.caveats ?? [];
    const text = caveats.map((c) => c.en).join(' ');
    expect(text).toMatch(/The average of an ACOS column is not the account’s ACOS/);
    expect(text).toMatch(/=SUM\(F2:F\)\/SUM\(G2:G\)/);
    expect(text).toMatch(/rolling 7-day ACOS.*=IFERROR\(SUM\(F2:F8\)\/SUM\(G2:G8\), "—"\)/);
    expect(text).toMatch(/Spend without sales shows 1,000,000,000/);
    expect(caveats.map((c) => c.zh).join('')).toMatch(/ACOS 列的平均值不是账户的 ACOS/);
  });

  it('says in the help of every date formula how text dates are read (the spreadsheet’s locale; ISO always)', () => {
    for (const f of FORMULAS.filter((x) => x.readsDates)) {
      expect(f.caveats?.map((c) => c.en).join(' '), f.name).toMatch(/Text dates are read in the spreadsheet’s locale: 11\.12\.2026 is 11 December in de_DE/);
    }
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

  it('fee formulas give every table with its effective date, its sources and which rates are unconfirmed', () => {
    const caveats = (name: string) => (FORMULAS.find((f) => f.name === name)?.caveats ?? []).map((c) => c.en).join(' ');
    expect(caveats('STORAGE_FEE')).toMatch(/From 2023-02-01: standard \$0\.87 Jan–Sep, \$2\.40 Oct–Dec/);
    expect(caveats('STORAGE_FEE')).toMatch(/From 2024-04-01: standard \$0\.78 Jan–Sep.*Sources: Seller Central help GJ9NNG7RK4TU6E3Z/);
    expect(caveats('AGED_SURCHARGE')).toMatch(/From 2023-04-15: 181–210 days \$0\.50\/cu ft/);
    expect(caveats('AGED_SURCHARGE')).toMatch(/From 2024-04-15 \(partly confirmed\): .*301–330 days \$5\.70\/cu ft \(unconfirmed\)/);
    expect(caveats('AGED_SURCHARGE')).toMatch(
      /From 2026-01-15 \(partly confirmed\): .*366–455 days \$6\.90\/cu ft or \$0\.30\/unit, whichever is greater \(partly confirmed\); 456\+ days \$7\.90\/cu ft or \$0\.35\/unit, whichever is greater \(partly confirmed\)/,
    );
    expect(caveats('AGED_SURCHARGE')).toMatch(/Apparel, shoes, bags, jewelry and watches pay nothing from day 181 to 270/);
    const zh = (FORMULAS.find((f) => f.name === 'AGED_SURCHARGE')?.caveats ?? []).map((c) => c.zh).join('');
    expect(zh).toMatch(/自 2026-01-15（部分确认） 起：/);
    expect(caveats('LOW_INVENTORY_FEE_RISK')).toMatch(/Exempt from 2024-05-15: fewer than 20 units shipped in the past 7 days \(secondary sources; unconfirmed/);
  });
});

describe('docs typed by the registry’s names (type tests: `npm run typecheck` fails if these compile)', () => {
  it('a catalog that leaves a formula without docs does not compile', () => {
    // @ts-expect-error only the ad ratios' docs: every other formula is missing
    const partial: { readonly [K in FormulaName]: FormulaDoc } = { ...AD_RATIO_DOCS };
    expect(Object.keys(partial)).toContain('ACOS_ADS');
  });

  it('docs for a name that is not a formula do not compile', () => {
    const doc: FormulaDoc = AD_RATIO_DOCS.ACOS_ADS;
    // @ts-expect-error ACOS is Sheets' arc-cosine, not one of ours
    const stray = { ACOS: doc } satisfies DocsOf;
    expect(stray.ACOS).toBe(doc);
  });
});

describe('the dispatch registry', () => {
  it('lists exactly the documented formulas, in the same order, with the same implementations', () => {
    expect(FORMULA_CORES.map((f) => f.name)).toEqual(FORMULAS.map((f) => f.name));
    FORMULAS.forEach((doc, i) => expect(FORMULA_CORES[i].impl).toBe(doc.impl));
  });

  it('marks the formulas that read dates or write status words, so only they pay for the service calls', () => {
    expect(FORMULA_CORES.filter((f) => f.readsDates === true).map((f) => f.name)).toEqual(['STOCKOUT_DATE', 'REORDER_BY_DATE', 'STORAGE_FEE', 'AGED_SURCHARGE', 'PROMO_STACK']);
    expect(FORMULA_CORES.filter((f) => f.writesWords === true).map((f) => f.name)).toEqual(['RANK_CHANGE', 'HEALTH_STATUS']);
  });
});
