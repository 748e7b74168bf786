import { LOCALES, type Locale } from '../core/i18n/locale';
import { t } from '../core/i18n/messages';
import { FORMULA_CORES, findFormula } from '../core/formulas/registry';
import { evaluateFormula } from './custom-functions';
import { isDate } from '../core/values/read-number';
import type { CellOut } from '../core/values/grid';
import { UserError } from './boundary';
import { ADDON_VERSION } from './version';
import { saveUserLocale, userLocale } from './user-locale';
import { checklistState } from './checklist';
import type { ChecklistView } from '../core/checklist/view';
import { refreshStatus, type RefreshStatus } from './refresh/status';

/** What the sidebar needs to draw itself. JSON-safe: it crosses google.script.run. */
export interface SidebarState {
  readonly locale: Locale;
  readonly locales: readonly Locale[];
  readonly version: string;
  readonly formulas: readonly string[];
  readonly checklist: ChecklistView;
  /** The daily refresh: the last day done and the last run's failure (add-on triggers email nobody, so the sidebar says it). */
  readonly refresh: RefreshStatus;
}

/** Menu action: opens the sidebar, with its first state inlined so it draws without a round trip. */
export function openSidebar(): void {
  const state = getSidebarState();
  const template = HtmlService.createTemplateFromFile('Sidebar');
  // `<` escaped so no string in the state can close the inline <script>.
  template.boot = JSON.stringify(state).replace(/</g, '\\u003c');
  const html = template.evaluate().setTitle(t(state.locale, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Sidebar call: the state for the current user. */
export function getSidebarState(): SidebarState {
  const locale = userLocale();
  return {
    locale,
    locales: LOCALES,
    version: ADDON_VERSION,
    formulas: FORMULA_CORES.map((f) => f.name),
    checklist: checklistState(locale),
    refresh: refreshStatus(),
  };
}

/** Sidebar call: switch the user's language; returns the new state. */
export function setUserLocale(locale: string): SidebarState {
  if (!(LOCALES as readonly string[]).includes(locale)) throw new UserError('error.unknownLanguage', { locale });
  saveUserLocale(locale as Locale);
  return getSidebarState();
}

/**
 * Sidebar call: the quick calculator. Evaluates one of our formulas on plain values, exactly as a
 * cell would. A date comes back as `yyyy-MM-dd` in the spreadsheet's zone (google.script.run
 * cannot carry a Date, and an ISO instant would show the day before east of Greenwich).
 */
export function calculate(name: string, args: unknown[]): string | number | boolean {
  if (!findFormula(name)) throw new UserError('error.unknownFormula', { name });
  const value = evaluateFormula(name, args, userLocale());
  const cell: CellOut = Array.isArray(value) ? value[0][0] : value;
  return isDate(cell) ? Utilities.formatDate(cell, SpreadsheetApp.getActive().getSpreadsheetTimeZone(), 'yyyy-MM-dd') : cell;
}
