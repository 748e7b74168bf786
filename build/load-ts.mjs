// Loads TypeScript modules of src/ into the build's Node process: esbuild bundles them in memory
// to CommonJS and the result is evaluated. The build and the docs generator read the registry and
// the formula catalog this way, so they read the very source the bundle is made from.
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Evaluates `source` (TypeScript re-exports, paths relative to the repository root) and returns its exports. */
export async function loadTs(source) {
  const out = await esbuild.build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'build-entry.ts' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2020',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', out.outputFiles[0].text)(module, module.exports);
  return module.exports;
}
