import { describe, expect, it } from 'vitest';

type Registry = {
  SERVER_GLOBALS: { name: string; role: string }[];
  CUSTOM_FUNCTIONS: { name: string }[];
  MENU_HANDLERS: string[];
};
const { checkRegistry } = (await import(new URL('../../build/checks.mjs', import.meta.url).href)) as {
  checkRegistry: (r: Registry, o: { builtins: Set<string>; sidebarSource?: string; serverSources?: string[] }) => string[];
};

const builtins = new Set(['ACOS', 'SUM', 'CTR1X']);
const good: Registry = {
  SERVER_GLOBALS: [
    { name: 'onOpen', role: 'trigger' },
    { name: 'refreshTabs', role: 'trigger' },
    { name: 'openSidebar', role: 'menu' },
    { name: 'getState', role: 'sidebar' },
  ],
  CUSTOM_FUNCTIONS: [{ name: 'ACOS_ADS' }],
  MENU_HANDLERS: ['openSidebar'],
};
const check = (r: Partial<Registry>, o: { sidebarSource?: string; serverSources?: string[] } = {}) => checkRegistry({ ...good, ...r }, { builtins, ...o });

describe('the build refuses', () => {
  it('nothing in a sound registry', () => {
    expect(check({}, { sidebarSource: "run('getState')", serverSources: ["ScriptApp.newTrigger('refreshTabs')"] })).toEqual([]);
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
    expect(check({ CUSTOM_FUNCTIONS: [{ name }] }).join('\n')).toMatch(why);
  });

  it('a menu item whose handler is not a registry global', () => {
    expect(check({ MENU_HANDLERS: ['openSidebar', 'openSidebr'] })).toEqual(['menu item calls openSidebr, which is not a registry global']);
  });

  it('a sidebar call to something that is not a sidebar global', () => {
    expect(check({}, { sidebarSource: "await run('getState'); await run('openSidebar');" })).toEqual([
      'sidebar calls openSidebar, which is not a sidebar global in the registry',
    ]);
  });

  it('a trigger whose handler is not a trigger global', () => {
    expect(check({}, { serverSources: ['ScriptApp.newTrigger("refreshTab").timeBased()'] })).toEqual([
      'a trigger calls refreshTab, which is not a trigger global in the registry',
    ]);
  });

  it('two globals whose names differ only in case', () => {
    expect(check({ CUSTOM_FUNCTIONS: [{ name: 'ACOS_ADS' }, { name: 'acos_ads' }] }).join()).toMatch(/duplicate global names: acos_ads/);
  });
});
