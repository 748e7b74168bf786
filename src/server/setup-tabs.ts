/**
 * "Set up tabs": adds or upgrades the tracking tabs (all of them, or the ids given) in the
 * spreadsheet's language, and makes that language the spreadsheet's. Reads each tab once, plans in
 * core, writes through sheets/apply-plan. Running it again changes nothing.
 */
import { LOCALES, type Locale } from '../core/i18n/locale';
import { planTab, isEmptyPlan, type ObservedSheet, type SettingsLayout, type SetupMode, type TabPlan } from '../core/tabs/plan';
import { TAB_SCHEMAS } from '../core/tabs/registry';
import { resolveTab, type SheetSummary } from '../core/tabs/resolve';
import { fill, SETUP_MESSAGES } from '../core/tabs/setup-messages';
import { isTabId, TAB_IDS, type TabId } from '../core/tabs/tab-ids';
import { applyPlan, type RuleCache } from './sheets/apply-plan';
import { findOurTabs, observeSheet, readSetting } from './sheets/read-tabs';
import { saveSheetLanguage, SHEET_LANGUAGE_PROPERTY } from './sheet-language';
import { userLocale } from './user-locale';

/** What setup did to one tab. */
export interface TabSetupResult {
  readonly id: TabId;
  readonly name: string;
  readonly action: SetupMode | 'unchanged';
}

/** What {@link setupTabs} returns (JSON-safe, for the sidebar and the runner). */
export interface SetupResult {
  readonly language: Locale;
  readonly tabs: readonly TabSetupResult[];
}

/**
 * Sets up `tabIds` (default: every tab; Settings always, since the others read it) in the
 * spreadsheet's language: `language` (en, zh-CN, zh-TW) when given, else the one in Settings, else
 * the document's saved one, else the user's. That language is then kept in Settings and in the
 * document property the formulas read. Existing tabs keep their names. Shows a toast saying what
 * changed.
 */
export function setupTabs(tabIds?: readonly string[] | null, language?: string | null): SetupResult {
  const userLanguage = userLocale();
  // A menu item may be called with an event object: only an array picks tabs, only a string a language.
  const explicit = typeof language === 'string' && language !== '' ? language : null;
  if (explicit !== null && !(LOCALES as readonly string[]).includes(explicit)) throw new Error(fill(SETUP_MESSAGES.unknownLanguage[userLanguage], { language: explicit }));
  const wanted = new Set<TabId>(['settings']);
  for (const id of Array.isArray(tabIds) ? tabIds : TAB_IDS) {
    if (!isTabId(id)) throw new Error(fill(SETUP_MESSAGES.unknownTab[userLanguage], { id: String(id), ids: TAB_IDS.join(', ') }));
    wanted.add(id);
  }

  const ss = SpreadsheetApp.getActive();
  const ours = findOurTabs(ss);
  const settingsTab = ours.find((t) => t.meta.id === 'settings');
  const inSettings = settingsTab ? readSetting(settingsTab.sheet, settingsTab.meta, 'language') : null;
  const saved = PropertiesService.getDocumentProperties().getProperty(SHEET_LANGUAGE_PROPERTY);
  const locale = chooseLanguage(explicit ?? (isLocale(inSettings?.value) ? String(inSettings?.value) : null), saved, userLanguage);
  if (saved !== locale) saveSheetLanguage(locale);
  if (settingsTab && inSettings && inSettings.value !== locale) settingsTab.sheet.getRange(inSettings.row, inSettings.column).setValue(locale);
  // The other sheets' names are read only when a tab is missing (a re-run never needs them).
  let summaries: SheetSummary[] | null = null;
  const sheetsById = new Map<number, GoogleAppsScript.Spreadsheet.Sheet>();
  const allSheets = (): SheetSummary[] => {
    if (!summaries) {
      summaries = ss.getSheets().map((sheet) => {
        const id = sheet.getSheetId();
        sheetsById.set(id, sheet);
        return { id, name: sheet.getName(), meta: ours.find((t) => t.sheet.getSheetId() === id)?.meta ?? null };
      });
    }
    return summaries;
  };

  // Plans first, Settings before the rest: the other tabs' formulas look thresholds up in it. The
  // tabs are then written in tab order, so new ones appear in the order of the menu.
  const order = ['settings' as TabId, ...TAB_IDS.filter((id) => id !== 'settings' && wanted.has(id))];
  let settings: SettingsLayout | null = null;
  const planned = new Map<TabId, { sheet: GoogleAppsScript.Spreadsheet.Sheet | null; name: string; mode: SetupMode; plan: TabPlan }>();
  for (const id of order) {
    const schema = TAB_SCHEMAS[id];
    const existing = ours.find((t) => t.meta.id === id);
    let sheet: GoogleAppsScript.Spreadsheet.Sheet | null = existing?.sheet ?? null;
    let name = '';
    let mode: SetupMode = 'update';
    if (!existing) {
      const resolution = resolveTab(schema, allSheets(), locale, (sheetId) => observeSheet(sheetsById.get(sheetId) as GoogleAppsScript.Spreadsheet.Sheet, null).headers);
      const claimed = { id, version: 0, columns: {}, rules: [], charts: [] };
      if (resolution.mode === 'create') {
        mode = 'create';
        name = resolution.name;
        allSheets().push({ id: -1, name, meta: claimed });
      } else {
        mode = 'adopt';
        sheet = sheetsById.get(resolution.sheetId) as GoogleAppsScript.Spreadsheet.Sheet;
        const adopted = allSheets().find((x) => x.id === resolution.sheetId);
        if (adopted) Object.assign(adopted, { meta: claimed });
      }
    }
    const observed: ObservedSheet = sheet ? observeSheet(sheet, existing?.meta ?? null) : { headers: [], row2Formulas: [], row2Values: [], meta: null, seedKeys: [] };
    let plan = planTab({ schema, mode, locale, observed, settings });
    // Seed keys are read only when the plan would seed into an existing sheet (a new version, an adoption).
    const seedKey = schema.seed?.keyColumn;
    if (sheet && seedKey && plan.seedRows.length) {
      plan = planTab({ schema, mode, locale, observed: { ...observed, seedKeys: keyColumnValues(sheet, plan.meta.columns[seedKey]) }, settings });
    }
    if (id === 'settings') settings = { sheetName: sheet ? sheet.getName() : name, keyColumn: plan.meta.columns.key, valueColumn: plan.meta.columns.value };
    planned.set(id, { sheet, name, mode, plan });
  }

  const results: TabSetupResult[] = [];
  const rules: RuleCache = new Map();
  let sheetCount = [...planned.values()].some((p) => p.sheet === null) ? ss.getNumSheets() : 0;
  for (const id of TAB_IDS) {
    const entry = planned.get(id);
    if (!entry) continue;
    const sheet = entry.sheet ?? ss.insertSheet(entry.name, sheetCount++);
    const changed = !isEmptyPlan(entry.plan);
    if (changed) applyPlan(sheet, entry.plan, ours.find((t) => t.meta.id === id)?.entry ?? null, entry.mode === 'create', rules);
    if (wanted.has(id)) results.push({ id, name: entry.sheet ? sheet.getName() : entry.name, action: changed ? entry.mode : 'unchanged' });
  }

  const touched = results.filter((r) => r.action !== 'unchanged');
  ss.toast(touched.length ? fill(SETUP_MESSAGES.done[userLanguage], { tabs: touched.map((r) => r.name).join(', ') }) : SETUP_MESSAGES.unchanged[userLanguage]);
  return { language: locale, tabs: results };
}

const isLocale = (x: unknown): x is Locale => typeof x === 'string' && (LOCALES as readonly string[]).includes(x);

/** The chosen language (already checked), else the spreadsheet's saved one, else the user's. */
function chooseLanguage(chosen: string | null, saved: string | null, userLanguage: Locale): Locale {
  if (isLocale(chosen)) return chosen;
  return isLocale(saved) ? saved : userLanguage;
}

/** The values of one column below the header. */
function keyColumnValues(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number): unknown[] {
  const last = sheet.getLastRow();
  return last < 2 ? [] : sheet.getRange(2, column, last - 1, 1).getValues().map((r) => r[0]);
}
