// Runs a TypeScript entry (the runner, the local page, the benchmark) on plain Node 20, which
// cannot strip types itself: esbuild bundles it to one ESM file under node_modules/.cache (packages
// stay external) and Node imports that. Arguments after the entry are passed through.
import * as esbuild from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node build/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const outdir = join(root, 'node_modules/.cache/ops-desk');
await mkdir(outdir, { recursive: true });
// One file per process: two runs at once must not overwrite each other's compiled entry.
const outfile = join(outdir, `${basename(entry).replace(/\.ts$/, '')}.${process.pid}.mjs`);
await esbuild.build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
  // Bundled files keep their own location for import.meta.url-relative paths.
  define: { 'import.meta.dirname': 'undefined' },
  banner: { js: `import { createRequire as __cr } from 'node:module'; const require = __cr(${JSON.stringify(pathToFileURL(resolve(entry)).href)});` },
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  await rm(outfile, { force: true });
}
