import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMULAS } from '../../src/core/formulas/catalog';
import { formatExampleResult, parseExampleCall } from '../../src/core/formulas/example-call';

// The generator is JavaScript run by node; loaded by path so the test typecheck needs no types for it.
const generatorPath = new URL('../../build/functions-doc.mjs', import.meta.url).href;
const generator = (await import(generatorPath)) as { generateFunctionsDoc: () => Promise<string>; FUNCTIONS_DOC_PATH: string };

describe('FUNCTIONS.md', () => {
  it('is up to date with the catalog (run `npm run docs` after changing a formula)', async () => {
    const committed = readFileSync(generator.FUNCTIONS_DOC_PATH, 'utf8');
    expect(committed).toBe(await generator.generateFunctionsDoc());
  });

  it('lists every function with its parameters in English and Chinese', async () => {
    const doc = await generator.generateFunctionsDoc();
    const [english, chinese] = doc.split('\n## 中文\n');
    for (const f of FORMULAS) {
      const heading = `#### ${f.name}(${f.params.map((p) => p.name).join(', ')})`;
      expect(english).toContain(heading);
      expect(chinese).toContain(heading);
      expect(chinese).toContain(f.summary.zh);
    }
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
