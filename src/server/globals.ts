import { FORMULAS, type FormulaEntry } from '../core/formulas/catalog';
import type * as Entry from './entry';
import { MENU_ITEMS } from './addon-menu';

/** The namespace the bundle's IIFE assigns (`var OpsDesk = …`). Distinctive: all files share one scope. */
export const NAMESPACE = 'OpsDesk';

/** A function of the bundle that a top-level wrapper exposes. */
export type GlobalName = Exclude<keyof typeof Entry, 'runCustomFunction'>;

/** How Apps Script finds a global: by trigger name, menu item, or google.script.run. */
export type GlobalRole = 'trigger' | 'menu' | 'sidebar';

/** One entry of the registry of server globals. */
export interface ServerGlobal {
  readonly name: GlobalName;
  readonly role: GlobalRole;
  readonly params: readonly string[];
  /** One line for the wrapper's JSDoc. */
  readonly doc: string;
}

/**
 * The registry: every global name of the built add-on except the custom functions, which come from
 * the formula catalog. The build generates one top-level wrapper per entry and fails when a menu
 * item or sidebar call names anything else.
 */
export const SERVER_GLOBALS: readonly ServerGlobal[] = [
  { name: 'onOpen', role: 'trigger', params: ['e'], doc: 'Simple trigger: builds the add-on menu.' },
  { name: 'onInstall', role: 'trigger', params: ['e'], doc: 'Runs on install: builds the menu at once.' },
  { name: 'openSidebar', role: 'menu', params: [], doc: 'Menu: opens the Ops Desk sidebar.' },
  { name: 'showAbout', role: 'menu', params: [], doc: 'Menu: shows the version.' },
  { name: 'getSidebarState', role: 'sidebar', params: [], doc: 'Sidebar: state for the current user.' },
  { name: 'setUserLocale', role: 'sidebar', params: ['locale'], doc: 'Sidebar: switches the language.' },
  { name: 'setupTabs', role: 'menu', params: ['tabIds', 'language'], doc: 'Menu: sets up the tracking tabs (all, or the ids given).' },
  { name: 'calculate', role: 'sidebar', params: ['name', 'args'], doc: 'Sidebar: the quick calculator.' },
];

/** Globals the sidebar may call through google.script.run. */
export type SidebarTarget = 'getSidebarState' | 'setUserLocale' | 'calculate';

/** Handlers the add-on menu names (the build checks each is a registry global). */
export const MENU_HANDLERS: readonly string[] = MENU_ITEMS.map((i) => i.handler);

/** The custom functions, for the build's stubs (re-exported so the build reads one module). */
export const CUSTOM_FUNCTIONS: readonly FormulaEntry[] = FORMULAS;
