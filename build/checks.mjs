// What the build refuses, as one pure function the tests can call with a bad registry. Which
// global a menu item, sidebar call or trigger may name is settled by types (MenuHandler,
// SidebarTarget, TriggerHandler in src/server/globals.ts): a wrong name fails to compile. What the
// types cannot see is checked here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { checkCustomFunctionName, JS_IDENTIFIER } from './wrappers.mjs';

/** The roles a server global may have (GlobalRole in src/server/globals.ts). */
export const ROLES = ['trigger', 'menu', 'sidebar'];

/**
 * Names Apps Script calls by themselves, as simple triggers or web-app entries: a global with one
 * of these names runs on that event whatever the registry calls it, so it must be a trigger.
 */
export const RESERVED_TRIGGER_NAMES = ['onOpen', 'onEdit', 'onInstall', 'onSelectionChange', 'doGet', 'doPost'];

/**
 * The reasons the registry cannot ship, empty when it can: a custom-function name Sheets would
 * refuse or shadow; a server global with no valid role, no doc, a name Apps Script hides or cannot
 * call, or a reserved trigger name under another role; duplicate names (compared ignoring case, as
 * Sheets compares custom functions).
 */
export function checkRegistry({ SERVER_GLOBALS, FORMULAS }, { builtins }) {
  const problems = [];
  for (const f of FORMULAS) problems.push(...checkCustomFunctionName(f.name, builtins));
  for (const g of SERVER_GLOBALS) {
    if (!ROLES.includes(g.role)) problems.push(`${g.name} has role "${g.role}"; a global is one of ${ROLES.join(', ')}`);
    if (!JS_IDENTIFIER.test(g.name)) problems.push(`${g.name} is not a valid function name`);
    if (g.name.endsWith('_')) problems.push(`${g.name} ends with "_": Apps Script hides it`);
    if (RESERVED_TRIGGER_NAMES.includes(g.name) && g.role !== 'trigger') {
      problems.push(`${g.name} is a name Apps Script runs as a trigger, but the registry makes it a ${g.role} global`);
    }
    if (typeof g.doc !== 'string' || !g.doc.trim() || /\n/.test(g.doc)) problems.push(`${g.name} needs a one-line doc`);
  }
  const names = [...SERVER_GLOBALS.map((g) => g.name), ...FORMULAS.map((f) => f.name)];
  const dupes = names.filter((n, i) => names.findIndex((m) => m.toUpperCase() === n.toUpperCase()) !== i);
  if (dupes.length) problems.push(`duplicate global names: ${dupes.join(', ')}`);
  return problems;
}

/** Files that import nothing: everything may read them without tying itself to anything else. */
export const LEAVES = ['src/server/globals.ts'];

/**
 * The reasons the sources' imports break the architecture, empty when they do not:
 * - a leaf ({@link LEAVES}) that imports anything (the registry is read by the build, the menu,
 *   the sidebar and the entry; an import there ties them all together);
 * - src/core importing from outside src/core (it is pure: no server, no sidebar);
 * - src/server importing from src/sidebar (the dependencies run sidebar → server → core);
 * - src/sidebar importing anything but types from src/server (the server's code must not ship in
 *   the sidebar's bundle);
 * - an import cycle, type-only imports included (a cycle of types still ties the files together).
 *
 * `modules` maps each file (its path from the repository root) to its imports:
 * `{ file, typeOnly }`, file resolved the same way.
 */
export function checkImports(modules) {
  const problems = [];
  for (const [file, imports] of modules) {
    if (LEAVES.includes(file) && imports.length) problems.push(`${file} must import nothing (it is a leaf), but imports ${imports.map((i) => i.file).join(', ')}`);
    for (const i of imports) {
      if (file.startsWith('src/core/') && !i.file.startsWith('src/core/')) problems.push(`${file} imports ${i.file}: src/core imports only from src/core`);
      if (file.startsWith('src/server/') && i.file.startsWith('src/sidebar/')) problems.push(`${file} imports ${i.file}: src/server imports nothing from src/sidebar`);
      if (file.startsWith('src/sidebar/') && i.file.startsWith('src/server/') && !i.typeOnly) {
        problems.push(`${file} imports values from ${i.file}: the sidebar imports only types from src/server (\`import type\`)`);
      }
    }
  }
  for (const cycle of importCycles(modules)) problems.push(`import cycle: ${cycle.join(' → ')}`);
  return problems;
}

/** Each import cycle once, as the files around it, the first repeated at the end. */
function importCycles(modules) {
  const cycles = [];
  const done = new Set();
  const path = [];
  const visit = (file) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      cycles.push([...path.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const i of modules.get(file) ?? []) visit(i.file);
    path.pop();
    done.add(file);
  };
  for (const file of [...modules.keys()].sort()) visit(file);
  return cycles;
}

/**
 * The imports of every TypeScript file under `dir` (a folder of the repository at `root`), for
 * {@link checkImports}: relative specifiers resolved to files, `import type` / `export type`
 * marked type-only. Package imports are left out.
 */
export function readImports(root, dir) {
  const modules = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) modules.set(path, importsOf(root, path));
    }
  };
  walk(dir);
  return modules;
}

function importsOf(root, file) {
  const source = readFileSync(join(root, file), 'utf8');
  const imports = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
    const base = posix.join(posix.dirname(file), m[2].replace(/\.m?js$/, ''));
    const target = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => existsSync(join(root, candidate)));
    if (target) imports.push({ file: target, typeOnly: Boolean(m[1]) });
  }
  return imports;
}
