import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../runtime/repo-root';

type Registry = {
  SERVER_GLOBALS: { name: string; role: string; doc: string }[];
  FORMULAS: { name: string }[];
};
type Imports = Map<string, { file: string; typeOnly: boolean }[]>;
const { checkRegistry, checkImports, readImports } = (await import(new URL('../../build/checks.mjs', import.meta.url).href)) as {
  checkRegistry: (r: Registry, o: { builtins: Set<string> }) => string[];
  checkImports: (modules: Imports) => string[];
  readImports: (root: string, dir: string) => Imports;
};

const builtins = new Set(['ACOS', 'SUM', 'CTR1X']);
const good: Registry = {
  SERVER_GLOBALS: [
    { name: 'onOpen', role: 'trigger', doc: 'Builds the menu.' },
    { name: 'refreshTabs', role: 'trigger', doc: 'Rolls the tabs forward.' },
    { name: 'openSidebar', role: 'menu', doc: 'Opens the sidebar.' },
    { name: 'getState', role: 'sidebar', doc: 'The sidebar’s state.' },
  ],
  FORMULAS: [{ name: 'ACOS_ADS' }],
};
const check = (r: Partial<Registry>) => checkRegistry({ ...good, ...r }, { builtins });
const withGlobal = (g: Registry['SERVER_GLOBALS'][number]) => check({ SERVER_GLOBALS: [...good.SERVER_GLOBALS, g] });

describe('the build refuses', () => {
  it('nothing in a sound registry', () => {
    expect(check({})).toEqual([]);
  });

  it.each([
    ['acos', /collides with the Sheets built-in ACOS/],
    ['Sum', /collides with the Sheets built-in SUM/],
    ['PRIVATE_', /ends with "_"/],
    ['AB12', /looks like a cell reference/],
    ['R1C1', /looks like a cell reference/],
    ['true', /boolean literal/],
    ['9LIVES', /not a valid function name/],
  ])('a custom function named %s', (name, why) => {
    expect(check({ FORMULAS: [{ name }] }).join('\n')).toMatch(why);
  });

  it('a server global whose role is none of trigger, menu, sidebar', () => {
    expect(withGlobal({ name: 'importReport', role: 'dialog', doc: 'Imports a report.' })).toEqual([
      'importReport has role "dialog"; a global is one of trigger, menu, sidebar',
    ]);
  });

  it.each([
    ['onEdit', 'menu'],
    ['onInstall', 'sidebar'],
  ])('%s, a name Apps Script runs as a trigger, under the %s role', (name, role) => {
    expect(withGlobal({ name, role, doc: 'Something.' })).toEqual([`${name} is a name Apps Script runs as a trigger, but the registry makes it a ${role} global`]);
  });

  it('a server global whose name ends with "_" (Apps Script hides it)', () => {
    expect(withGlobal({ name: 'refresh_', role: 'trigger', doc: 'Refreshes.' })).toEqual(['refresh_ ends with "_": Apps Script hides it']);
  });

  it('a server global whose name is not a function name', () => {
    expect(withGlobal({ name: 'open-sidebar', role: 'menu', doc: 'Opens.' })).toEqual(['open-sidebar is not a valid function name']);
  });

  it.each([[''], ['two\nlines']])('a server global without a one-line doc (%j)', (doc) => {
    expect(withGlobal({ name: 'showHelp', role: 'menu', doc })).toEqual(['showHelp needs a one-line doc']);
  });

  it('two globals whose names differ only in case', () => {
    expect(check({ FORMULAS: [{ name: 'ACOS_ADS' }, { name: 'acos_ads' }] }).join()).toMatch(/duplicate global names: acos_ads/);
  });

  it('a server global and a custom function of the same name', () => {
    expect(withGlobal({ name: 'Acos_Ads', role: 'sidebar', doc: 'Computes.' })).toEqual(['duplicate global names: ACOS_ADS']);
  });
});

/** Sources as `{ file: [imported, …] }`, an imported file starting with `type:` imported for types only. */
function sources(files: Record<string, string[]>): Imports {
  return new Map(
    Object.entries(files).map(([file, imports]) => [file, imports.map((i) => ({ file: i.replace(/^type:/, ''), typeOnly: i.startsWith('type:') }))]),
  );
}

/** A sound layout: sidebar → (types) → server → core, the registry a leaf. */
const layout = {
  'src/core/i18n/messages.ts': ['src/core/i18n/locale.ts'],
  'src/core/i18n/locale.ts': [],
  'src/server/globals.ts': [],
  'src/server/addon-menu.ts': ['type:src/server/globals.ts', 'src/core/i18n/messages.ts'],
  'src/server/entry.ts': ['src/server/addon-menu.ts'],
  'src/sidebar/rpc.ts': ['type:src/server/globals.ts'],
  'src/sidebar/main.ts': ['src/sidebar/rpc.ts', 'src/core/i18n/messages.ts'],
};

describe('the build refuses, in the imports of src/', () => {
  it('nothing in the add-on’s sources as they are', () => {
    expect(checkImports(readImports(repoRoot(), 'src'))).toEqual([]);
  });

  it('nothing in a sound layout', () => {
    expect(checkImports(sources(layout))).toEqual([]);
  });

  it('an import cycle, type-only imports included, naming the files around it', () => {
    const cyclic = sources({ ...layout, 'src/server/globals.ts': [], 'src/server/addon-menu.ts': ['src/server/entry.ts'], 'src/server/entry.ts': ['type:src/server/addon-menu.ts'] });
    expect(checkImports(cyclic)).toEqual(['import cycle: src/server/addon-menu.ts → src/server/entry.ts → src/server/addon-menu.ts']);
  });

  it('the registry importing anything, even a type', () => {
    expect(checkImports(sources({ ...layout, 'src/server/globals.ts': ['type:src/core/i18n/locale.ts'] }))).toEqual([
      'src/server/globals.ts must import nothing (it is a leaf), but imports src/core/i18n/locale.ts',
    ]);
  });

  it('the core importing from the server', () => {
    expect(checkImports(sources({ ...layout, 'src/core/i18n/locale.ts': ['type:src/server/globals.ts'] }))).toEqual([
      'src/core/i18n/locale.ts imports src/server/globals.ts: src/core imports only from src/core',
    ]);
  });

  it('the server importing from the sidebar, even a type', () => {
    expect(checkImports(sources({ ...layout, 'src/server/entry.ts': ['src/server/addon-menu.ts', 'type:src/sidebar/rpc.ts'] }))).toEqual([
      'src/server/entry.ts imports src/sidebar/rpc.ts: src/server imports nothing from src/sidebar',
    ]);
  });

  it('the sidebar importing a value, not a type, from the server', () => {
    expect(checkImports(sources({ ...layout, 'src/sidebar/rpc.ts': ['src/server/globals.ts'] }))).toEqual([
      'src/sidebar/rpc.ts imports values from src/server/globals.ts: the sidebar imports only types from src/server (`import type`)',
    ]);
  });
});

describe('the imports the build reads', () => {
  it('resolve relative specifiers to files, mark `import type` and `export type` type-only, and leave packages out', () => {
    const root = mkdtempSync(join(tmpdir(), 'opsdesk-imports-'));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write('src/a.ts', "import { b } from './b';\nimport type { C } from './c';\nimport {\n  d,\n} from './d/index.js';\nexport type { E } from './e';\nexport { f } from './f';\nimport ts from 'typescript';\n");
    for (const name of ['b', 'c', 'e', 'f']) write(`src/${name}.ts`, '');
    write('src/d/index.ts', '');
    expect(readImports(root, 'src').get('src/a.ts')).toEqual([
      { file: 'src/b.ts', typeOnly: false },
      { file: 'src/c.ts', typeOnly: true },
      { file: 'src/d/index.ts', typeOnly: false },
      { file: 'src/e.ts', typeOnly: true },
      { file: 'src/f.ts', typeOnly: false },
    ]);
  });
});
