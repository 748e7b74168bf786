import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, FORMULAS } from '../../src/core/formulas/catalog';
import { FORMULA_CORES, READS_DATES } from '../../src/core/formulas/registry';

const root = new URL('../../', import.meta.url);
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

  it.each(FORMULAS.map((f) => [f.name, f] as const))('%s documents the parameters it computes with, in English and Chinese', (_name, f) => {
    expect(f.params.map((p) => p.name)).toEqual([...f.paramNames]);
    for (const text of [f.summary, f.returns, ...f.params.map((p) => p.description)]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const p of f.params) expect(p.example.trim()).not.toBe('');
    expect(f.example.formula.startsWith(`=${f.name}(`)).toBe(true);
    expect(CATEGORIES.map((c) => c.id)).toContain(f.category);
  });

  it('ACOS_ADS help says that plain ACOS is the arc-cosine', () => {
    const acos = FORMULAS.find((f) => f.name === 'ACOS_ADS');
    expect(acos?.summary.en).toMatch(/arc-cosine/);
    expect(acos?.summary.zh).toMatch(/反余弦/);
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
