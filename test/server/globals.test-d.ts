/**
 * Type tests of the registry (src/server/globals.ts): compiled by `tsc -p test` (npm run
 * typecheck), never run. Each `@ts-expect-error` line must fail to compile — if it compiled, tsc
 * would report the unused directive — and each line without one is the control that the same
 * shape compiles with a name of the right role.
 */
import type { MenuItem } from '../../src/server/addon-menu';
import { defineHandlers, HANDLERS } from '../../src/server/handlers';
import { newTrigger } from '../../src/server/triggers';
import { run } from '../../src/sidebar/rpc';

// ---- The menu names menu globals only ----
export const menuItem: MenuItem = { caption: 'menu.about', handler: 'showAbout' };
// @ts-expect-error getSidebarState is a sidebar global, not a menu one
export const menuItemNamingSidebarGlobal: MenuItem = { caption: 'menu.about', handler: 'getSidebarState' };
// @ts-expect-error onOpen is a trigger, not a menu global
export const menuItemNamingTrigger: MenuItem = { caption: 'menu.about', handler: 'onOpen' };
// @ts-expect-error showAbot is no global at all
export const menuItemWithTypo: MenuItem = { caption: 'menu.about', handler: 'showAbot' };

// ---- The sidebar calls sidebar globals only, with their parameters ----
export const sidebarCall = (): Promise<unknown> => run('setUserLocale', 'zh-CN');
// @ts-expect-error openSidebar is a menu global, not a sidebar one
export const sidebarCallToMenuGlobal = (): Promise<unknown> => run('openSidebar');
// @ts-expect-error setUserLocale takes the language
export const sidebarCallMissingArgument = (): Promise<unknown> => run('setUserLocale');

// ---- Triggers name trigger globals only ----
export const trigger = (): unknown => newTrigger('onOpen');
// @ts-expect-error showAbout is a menu global, not a trigger
export const triggerNamingMenuGlobal = (): unknown => newTrigger('showAbout');

// ---- The implementations match the registry: every name, nothing else, each of its role's kind ----
export const complete = defineHandlers({ ...HANDLERS });
// @ts-expect-error calculate has no implementation
export const missing = defineHandlers({ onOpen: HANDLERS.onOpen, onInstall: HANDLERS.onInstall, openSidebar: HANDLERS.openSidebar, showAbout: HANDLERS.showAbout, getSidebarState: HANDLERS.getSidebarState, setUserLocale: HANDLERS.setUserLocale });
// @ts-expect-error refreshTabs is not in the registry
export const extra = defineHandlers({ ...HANDLERS, refreshTabs: () => undefined });
// @ts-expect-error a menu action receives no arguments
export const menuWithParameter = defineHandlers({ ...HANDLERS, showAbout: (_tab: string) => undefined });
// @ts-expect-error a sidebar call cannot return a Date over google.script.run
export const sidebarReturningDate = defineHandlers({ ...HANDLERS, getSidebarState: () => new Date() });
// @ts-expect-error a trigger receives one event object
export const triggerWithTwoParameters = defineHandlers({ ...HANDLERS, onOpen: (_e: unknown, _more: string) => undefined });
