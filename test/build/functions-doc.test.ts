import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, FORMULAS } from '../../src/core/formulas/catalog';
import { formatExampleResult, parseExampleCall } from '../../src/core/formulas/example-call';

// The generator is JavaScript run by node; loaded by path so the test typecheck needs no types for it.
const generatorPath = new URL('../../build/functions-doc.mjs', import.meta.url).href;
const generator = (await import(generatorPath)) as { generateFunctionsDoc: () => Promise<string>; FUNCTIONS_DOC_PATH: string };

describe('FUNCTIONS.md', () => {
  it('is up to date with the catalog (run `npm run docs` after changing a formula)', async () => {
    const committed = readFileSync(generator.FUNCTIONS_DOC_PATH, 'utf8');
    expect(committed).toBe(await generator.generateFunctionsDoc());
  });

  it('lists every function with its help in English, 简体中文 and 繁體中文 sections', async () => {
    const doc = await generator.generateFunctionsDoc();
    const sections = new Map(
      doc
        .split(/\n(?=## )/)
        .slice(1)
        .map((part) => [part.slice(3, part.indexOf('\n')), part] as const),
    );
    expect([...sections.keys()]).toEqual(['English', '简体中文', '繁體中文']);
    const languages = [
      ['English', 'en'],
      ['简体中文', 'zh'],
      ['繁體中文', 'zhTW'],
    ] as const;
    for (const [heading, key] of languages) {
      const section = sections.get(heading) ?? '';
      for (const category of CATEGORIES) expect(section).toContain(`### ${category.title[key]}\n`);
      for (const f of FORMULAS) {
        expect(section).toContain(`#### ${f.name}(${f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`);
        expect(section).toContain(f.summary[key]);
        expect(section).toContain(f.returns[key]);
        for (const p of f.params) expect(section).toContain(p.description[key].replace(/\|/g, '\\|'));
        for (const c of f.caveats ?? []) expect(section).toContain(`- ${c[key]}`);
      }
    }
  });

  it('shows the caveats operators asked for: stacking rules, fee dates and sources, text dates, blank versus zero', async () => {
    const doc = await generator.generateFunctionsDoc();
    expect(doc).toContain('A Lightning Deal cannot run with a price discount');
    expect(doc).toMatch(/From 2026-01-15 \(partly confirmed\): .*456\+ days \$7\.90\/cu ft or \$0\.35\/unit/);
    expect(doc).toContain('Sources: Seller Central help GJ9NNG7RK4TU6E3Z');
    expect(doc).toContain('Text dates are read in the spreadsheet’s locale');
    expect(doc).toContain('Blank is not zero');
    expect(doc).toContain('The average of an ACOS column is not the account’s ACOS');
    expect(doc).toContain('#### AGED_SURCHARGE(days_in_stock, cubic_feet, units, [as_of], [category])');
    expect(doc).toContain('| `as_of` (optional) |');
  });

  it('notes in every language how separators are read: US-first, and 0,125 is 0.125', async () => {
    const doc = await generator.generateFunctionsDoc();
    expect(doc).toContain('Separators are read US-first: `1,234` is 1234 and `1.234` is 1.234');
    expect(doc).toMatch(/分隔符按美式理解：`1,234` 为 1234，`1\.234` 为 1\.234.*`0,125` 为 0\.125/);
    expect(doc).toMatch(/分隔符號依美式解讀：`1,234` 為 1234，`1\.234` 為 1\.234.*`0,125` 為 0\.125/);
  });
});

describe('catalog examples', () => {
  it.each(FORMULAS.map((f) => [f.example.formula, f] as const))('%s gives the documented result', (_formula, f) => {
    const parsed = parseExampleCall(f.example.formula);
    expect(parsed.name).toBe(f.name);
    expect(formatExampleResult(f.impl('en', parsed.args))).toBe(f.example.result);
  });
});

describe('parseExampleCall', () => {
  it('reads numbers, percents, strings, booleans and array literals', () => {
    expect(parseExampleCall('=F(1, -2.5, 95%, "a ""b""", TRUE, {1,2;3,4}, {"x";"y"})')).toEqual({
      name: 'F',
      args: [1, -2.5, 0.95, 'a "b"', true, [[1, 2], [3, 4]], [['x'], ['y']]],
    });
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(() => parseExampleCall('=F(A1)')).toThrow(/Cannot parse/);
    expect(() => parseExampleCall('=F({1,2;3})')).toThrow(/ragged/);
    expect(() => parseExampleCall('=F(1) + 2')).toThrow(/trailing/);
  });
});
