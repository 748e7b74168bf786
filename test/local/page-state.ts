/**
 * What the local page shows, as JSON: the workbook's tabs, the add-on menu, the clock, whether a
 * sidebar is open, and — after an action — what that action did (its runs, alerts and toasts).
 * The page imports these types only; the server builds the values.
 */
import type { LocalAddon, RunReport } from '../runtime/local-addon';
import type { UiMenuItem, UiMenuState } from '../runtime/services';
import { tabViews, type TabView } from './sheet-view';

/** A menu as the Ui holds it: `addon` menus go under Extensions › the add-on's name. */
export type MenuView = UiMenuState;
/** An item, a separator or a submenu. */
export type MenuItemView = UiMenuItem;

/** One execution, trimmed for display. */
export interface RunView {
  readonly name: string;
  readonly kind: string;
  readonly authMode: string;
  readonly error?: string;
  readonly callCount: number;
  readonly modelledMs: number;
}

/** The whole page. */
export interface PageState {
  readonly bookName: string;
  readonly timeZone: string;
  /** The simulated now, ISO 8601 (UTC). */
  readonly now: string;
  readonly tabs: readonly TabView[];
  readonly menus: readonly MenuView[];
  /** The sidebar being shown: its title and a serial that changes each time one is shown. */
  readonly sidebar: { readonly title: string; readonly serial: number } | null;
  /** Installed time-driven triggers and when each fires next (ISO), soonest first. */
  readonly triggers: readonly { readonly handler: string; readonly nextRunAt: string }[];
  /** Where changes are saved, or null when they are not. */
  readonly savesTo: string | null;
}

/** What the page gets back from an action: the new state and what happened. */
export interface ActionResult {
  readonly state: PageState;
  readonly runs: readonly RunView[];
  /** Alerts and toasts raised by the action, oldest first. */
  readonly messages: readonly { readonly kind: 'alert' | 'toast'; readonly title: string; readonly text: string }[];
}

/** Trims a run report to what the page shows. */
export function runView(report: RunReport): RunView {
  return {
    name: report.name,
    kind: report.kind,
    authMode: report.authMode,
    ...(report.error !== undefined ? { error: report.error } : {}),
    callCount: report.callCount,
    modelledMs: report.modelledMs,
  };
}

/** The page's state now. `sidebarSerial` counts the sidebars shown (see desk.ts). */
export function pageState(addon: LocalAddon, sidebarSerial: number, savesTo: string | null): PageState {
  const ui = addon.services.uiState();
  return {
    bookName: addon.book.name,
    timeZone: addon.book.timeZone,
    now: addon.kernel.now().toISOString(),
    tabs: tabViews(addon),
    menus: ui.menus,
    sidebar: ui.sidebar && { title: ui.sidebar.title, serial: sidebarSerial },
    triggers: addon.services.state.triggers.triggers
      .filter((t) => t.type === 'CLOCK' && t.nextRunAt)
      .map((t) => ({ handler: t.handler, nextRunAt: t.nextRunAt as string }))
      .sort((a, b) => a.nextRunAt.localeCompare(b.nextRunAt)),
    savesTo,
  };
}
