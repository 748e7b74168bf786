/**
 * The registry of server globals: every name Apps Script finds by itself — a trigger, a menu item,
 * a google.script.run target. A leaf: it imports nothing, so the build, the menu, the sidebar and
 * the entry can all read it without tying themselves together. The custom functions are listed in
 * src/core/formulas/catalog.ts.
 *
 * Adding a global is one line here plus its implementation in handlers.ts; the compiler then
 * refuses a menu item, sidebar call or trigger that names it under the wrong role, and the build
 * writes its top-level wrapper.
 */

/** The namespace the bundle's IIFE assigns (`var OpsDesk = …`). Distinctive: all files share one scope. */
export const NAMESPACE = 'OpsDesk';

/** How Apps Script reaches a global: as a trigger, as a menu item, or through google.script.run. */
export type GlobalRole = 'trigger' | 'menu' | 'sidebar';

/**
 * Every server global, in the order the wrappers are written: name, role, and the one line its
 * wrapper's JSDoc shows.
 */
export const SERVER_GLOBALS = [
  { name: 'onOpen', role: 'trigger', doc: 'Simple trigger: builds the add-on menu.' },
  { name: 'onInstall', role: 'trigger', doc: 'Runs on install: builds the menu at once.' },
  { name: 'openSidebar', role: 'menu', doc: 'Menu: opens the Ops Desk sidebar.' },
  { name: 'showAbout', role: 'menu', doc: 'Menu: shows the version.' },
  { name: 'getSidebarState', role: 'sidebar', doc: 'Sidebar: state for the current user.' },
  { name: 'setUserLocale', role: 'sidebar', doc: 'Sidebar: switches the language.' },
  { name: 'setupTabs', role: 'menu', doc: 'Menu: sets up the tracking tabs (all, or the ids given).' },
  { name: 'calculate', role: 'sidebar', doc: 'Sidebar: the quick calculator.' },
  { name: 'importReport', role: 'sidebar', doc: 'Sidebar and runner: imports a report file into its tab.' },
  { name: 'enableDailyRefresh', role: 'menu', doc: 'Menu: turns the daily refresh on for this user.' },
  { name: 'disableDailyRefresh', role: 'menu', doc: 'Menu: turns the daily refresh off for this user.' },
  { name: 'refreshNow', role: 'menu', doc: 'Menu: refreshes the tabs and alerts now.' },
  { name: 'dailyRefresh', role: 'trigger', doc: 'Time-driven trigger: the daily refresh (hourly; works once a day).' },
  { name: 'tickItem', role: 'sidebar', doc: 'Sidebar: ticks or unticks a checklist item.' },
  { name: 'openChecklistItem', role: 'sidebar', doc: 'Sidebar: opens the tab that answers a checklist item.' },
] as const satisfies readonly { readonly name: string; readonly role: GlobalRole; readonly doc: string }[];

/** One entry of {@link SERVER_GLOBALS}. */
export type ServerGlobal = (typeof SERVER_GLOBALS)[number];

/** The name of a server global. */
export type GlobalName = ServerGlobal['name'];

/** The role of global `N`. */
export type RoleOf<N extends GlobalName> = Extract<ServerGlobal, { name: N }>['role'];

/** The globals of role `R`. */
type NamesOf<R extends GlobalRole> = Extract<ServerGlobal, { role: R }>['name'];

/** A global a menu item may name. */
export type MenuHandler = NamesOf<'menu'>;

/** A global a trigger may name (simple triggers and the handlers of installable ones). */
export type TriggerHandler = NamesOf<'trigger'>;

/** A global the sidebar may call through google.script.run. */
export type SidebarTarget = NamesOf<'sidebar'>;
