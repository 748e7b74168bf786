/**
 * The bundle's entry. Everything exported here is reachable as `OpsDesk.<name>`; only what
 * globals.ts names becomes a top-level function Apps Script can find.
 */
export { onOpen, onInstall, showAbout } from './addon-menu';
export { openSidebar, getSidebarState, setUserLocale, calculate } from './sidebar';
export { runCustomFunction } from './custom-functions';
export { setupTabs } from './setup-tabs';
