import { describe, expect, it } from 'vitest';

type Registry = {
  SERVER_GLOBALS: { name: string; role: string; doc: string }[];
  FORMULAS: { name: string }[];
};
const { checkRegistry } = (await import(new URL('../../build/checks.mjs', import.meta.url).href)) as {
  checkRegistry: (r: Registry, o: { builtins: Set<string> }) => string[];
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
