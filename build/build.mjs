// Builds dist/ — exactly what `clasp push` sends to Apps Script:
//   Code.js         one esbuild IIFE (`var OpsDesk = …`) + generated top-level wrappers, each under
//                   its JSDoc (esbuild drops comments, and Sheets reads @customfunction from them)
//   Sidebar.html    the sidebar, CSS and JS inlined (HtmlService serves no other files)
//   appsscript.json the manifest
// The registry (src/server/globals.ts) lists the server globals and the formula catalog
// (src/core/formulas/catalog.ts) the custom functions; this script refuses to build when a name
// would break in Sheets, a global's role is wrong, or an import breaks the architecture (a cycle,
// the registry importing anything, the core or the sidebar importing what they must not). Which
// global a menu item, sidebar call or trigger names is checked by the compiler (npm run
// typecheck), from the registry's types.
import * as esbuild from 'esbuild';
import { mkdir, readFile, rename, rm, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWrappers } from './wrappers.mjs';
import { checkImports, checkRegistry, readImports } from './checks.mjs';
import { loadTs, root } from './load-ts.mjs';
import { gzipSync } from 'node:zlib';

/**
 * Every execution — each custom-function recalculation too — loads the whole of Code.js, so its
 * size is latency. The budget stops a heavy dependency and makes each step up a decision. Steps:
 * 48 KiB (formulas), 64 (tab schemas: headers, notes and dropdowns in three languages), 72 (stacking
 * rules, dated fee tables, four formulas), 88 (alert rules and their wording; the refresh), 112
 * (report import: eight parsers, encodings, XLSX), 120 (the checklist), 128 (SKU Sales, the aged
 * surcharge's tiers and wording, the trigger quota). V8 compiles function bodies
 * lazily, so load cost grows slowly (`npm run bench`: codeJsLoadMs); the next step down is moving
 * schema and report text out of Code.js into a file read only by the actions that need it.
 */
const CODE_GZIP_BUDGET = 128 * 1024;

const dist = join(root, 'dist');

/** The registry of server globals and the custom functions: `{ NAMESPACE, SERVER_GLOBALS, FORMULAS }`. */
function loadRegistry() {
  return loadTs(["export { NAMESPACE, SERVER_GLOBALS } from './src/server/globals';", "export { FORMULAS } from './src/core/formulas/catalog';"].join('\n'));
}

async function buildSidebar() {
  const js = await esbuild.build({
    entryPoints: [join(root, 'src/sidebar/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  });
  const css = await esbuild.build({
    entryPoints: [join(root, 'src/sidebar/sidebar.css')],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = await readFile(join(root, 'src/sidebar/Sidebar.html'), 'utf8');
  return {
    html: html.replace('/*INLINE_CSS*/', () => css.outputFiles[0].text.trim()).replace('/*INLINE_JS*/', () => script.trim()),
    warnings: [...js.warnings, ...css.warnings],
  };
}

export async function build() {
  const registry = await loadRegistry();
  const builtins = new Set(
    (await readFile(join(root, 'build/sheets-builtin-functions.txt'), 'utf8')).split(/\r?\n/).map((s) => s.trim().toUpperCase()).filter(Boolean),
  );
  const sidebar = await buildSidebar();
  const problems = [...checkRegistry(registry, { builtins }), ...checkImports(readImports(root, 'src'))];
  if (problems.length) throw new Error(`Build refused:\n  - ${problems.join('\n  - ')}`);

  const footer = renderWrappers(registry);
  const code = await esbuild.build({
    entryPoints: [join(root, 'src/server/entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: registry.NAMESPACE,
    platform: 'neutral',
    // ES2020 lowers class fields, private fields and static blocks, which Apps Script's V8 rejects.
    target: 'es2020',
    // Unminified: Apps Script stack traces then point at readable code.
    minify: false,
    footer: { js: footer },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const warnings = [...code.warnings, ...sidebar.warnings];
  if (warnings.length) {
    const text = await esbuild.formatMessages(warnings, { kind: 'warning' });
    throw new Error(`Build refused: esbuild warnings (a warning is a bug we would ship):\n${text.join('\n')}`);
  }
  const codeJs = code.outputFiles[0].text;
  const gzipped = gzipSync(codeJs).length;
  if (gzipped > CODE_GZIP_BUDGET) {
    throw new Error(`Build refused: dist/Code.js is ${gzipped} B gzipped, over the ${CODE_GZIP_BUDGET} B budget (every custom-function call loads it).`);
  }
  const forbidden = [/hyperformula/i, /handsoncode/i, /\bvitest\b/, /playwright/i, /gas-local/];
  const leaked = forbidden.filter((re) => re.test(codeJs));
  if (leaked.length) throw new Error(`Build refused: test-only code in dist/Code.js (${leaked.join(', ')})`);

  // Written to a fresh folder, then swapped in: a runner or a test reading dist/ while another
  // build runs sees the old bundle or the new one, never half of each.
  const staging = `${dist}.${process.pid}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await writeFile(join(staging, 'Code.js'), codeJs);
  await writeFile(join(staging, 'Sidebar.html'), sidebar.html);
  await copyFile(join(root, 'appsscript.json'), join(staging, 'appsscript.json'));
  const old = `${dist}.${process.pid}.old`;
  for (let attempt = 0; ; attempt++) {
    await rename(dist, old).catch(() => undefined);
    try {
      await rename(staging, dist);
      break;
    } catch (err) {
      // Another build swapped its dist/ in between: take it out again and retry.
      if (attempt === 5) throw err;
    }
  }
  await rm(old, { recursive: true, force: true });
  return { codeJs, sidebarHtml: sidebar.html };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  build().then(
    // On stderr: the runner's stdout is for its own answer.
    ({ codeJs, sidebarHtml }) =>
      console.error(`dist/ built in ${Date.now() - started} ms: Code.js ${Buffer.byteLength(codeJs)} B, Sidebar.html ${Buffer.byteLength(sidebarHtml)} B`),
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
