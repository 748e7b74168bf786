import { t, type MessageKey } from '../core/i18n/messages';
import type { MenuHandler } from './globals';
import { userLocale } from './user-locale';
import { ADDON_VERSION } from './version';

/** One item of the add-on menu: its caption and the menu global it runs. */
export interface MenuItem {
  readonly caption: MessageKey;
  readonly handler: MenuHandler;
}

/** The add-on menu, top to bottom. A handler that is not a menu global of the registry fails to compile. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { caption: 'menu.openSidebar', handler: 'openSidebar' },
  { caption: 'menu.setupTabs', handler: 'setupTabs' },
  { caption: 'menu.refreshNow', handler: 'refreshNow' },
  { caption: 'menu.enableRefresh', handler: 'enableDailyRefresh' },
  { caption: 'menu.disableRefresh', handler: 'disableDailyRefresh' },
  { caption: 'menu.about', handler: 'showAbout' },
];

/**
 * Builds the add-on menu. In AuthMode.NONE (installed, not yet enabled in this file) only the
 * account locale may be read, so nothing else is touched here — a forbidden call would leave the
 * user with an empty menu.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const limited = e?.authMode === ScriptApp.AuthMode.NONE;
  const locale = userLocale(!limited);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(t(locale, item.caption), item.handler);
  menu.addToUi();
}

/** Runs when the user installs the add-on: show the menu at once, without a reload. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu action: a short "about" alert. */
export function showAbout(): void {
  SpreadsheetApp.getUi().alert(t(userLocale(), 'about.text', { version: ADDON_VERSION }));
}
