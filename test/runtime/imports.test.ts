import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './repo-root';

/** Every TypeScript file under test/runtime, tests included. */
function runtimeFiles(dir = join(repoRoot(), 'test/runtime')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return runtimeFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative module specifiers a file imports or re-exports, static or dynamic. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

describe('the local runtime is its own model of Apps Script', () => {
  it('no file under test/runtime imports from src/ (a bug in the add-on would otherwise appear on both sides of a test)', () => {
    const src = join(repoRoot(), 'src');
    const offenders = runtimeFiles().flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((spec) => !relative(src, resolve(dirname(file), spec)).startsWith('..'))
        .map((spec) => `${relative(repoRoot(), file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds an import from src/ when there is one (the scan itself works)', () => {
    // Quotes escaped so that this file's own scan does not find the example.
    expect(specifiers(`import { x } from \u0027../../src/core/values/dates\u0027;\nexport * from "./a";\nconst m = await import(\u0027../b\u0027);`)).toEqual([
      '../../src/core/values/dates',
      './a',
      '../b',
    ]);
  });
});
