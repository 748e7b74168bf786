/**
 * The Apps Script services other than SpreadsheetApp, wired to one kernel and one state object.
 * `createServices(...).globals` is what gas-local gets as the bundle's global scope (together
 * with SpreadsheetApp); `ui()` is what `SpreadsheetApp.getUi()` returns.
 */
import type { AuthModeName, Kernel } from '../kernel';
import { Realm } from './context';
import { AUTH_MODE } from './enums';
import { FakeCacheService, emptyCacheState, type CacheState } from './cache';
import { FakeHtmlService, type HtmlFileLoader } from './html-service';
import { FakeLockService, emptyLockState, type LockState } from './lock';
import { FakeLogger, createConsole, type FakeConsole } from './logger';
import { FakePropertiesService, emptyPropertiesState, type PropertiesState } from './properties';
import { FakeScriptApp, dueTriggers, emptyScriptAppState, timeDrivenEvent, type ScriptAppState, type TriggerState } from './script-app';
import { FakeSession, defaultSessionState, localeOf, type SessionState } from './session';
import { FakeUi, emptyUiState, uiFor, type UiState } from './ui';
import { FakeUrlFetchApp, type UrlFetchState } from './url-fetch';
import { FakeUtilities, type UtilitiesState } from './utilities';
import { FakeXmlService } from './xml-service';

export type { CacheState } from './cache';
export type { LockState, LockScope, LockHold } from './lock';
export type { PropertiesState } from './properties';
export type { ScriptAppState, TriggerState, TriggerType, DueFiring } from './script-app';
export type { SessionState } from './session';
export type { UiState, UiMenuState, UiMenuItem, UiAnswer, UiAlertRecord, UiSidebarState, UiDialogState } from './ui';
export type { UrlFetchState, FetchRequest, FetchResponse, FetchHandler, UrlMatcher } from './url-fetch';
export type { UtilitiesState } from './utilities';
export { dueTriggers, timeDrivenEvent, minuteOf } from './script-app';
export { holdLockElsewhere, lockKey } from './lock';
export { localeOf } from './session';
export { DEFAULT_USER_EMAIL } from './context';
export { menuFunctionNames, unresolvedMenuFunctions, BUTTONS_OF } from './ui';
export { Realm } from './context';

/** Everything the services keep. JSON-able, so the workbook file can persist it. */
export interface ServicesState {
  properties: PropertiesState;
  /** Persisting the cache is optional. */
  cache: CacheState;
  lock: LockState;
  triggers: ScriptAppState;
  session: SessionState;
  ui: UiState;
  utilities: UtilitiesState;
  urlFetch: UrlFetchState;
  /** Logger and console lines. */
  logs: string[];
}

/** A fresh state; `session` fields may be overridden (user, locale, time zone). */
export function defaultServicesState(session: Partial<SessionState> = {}): ServicesState {
  return {
    properties: emptyPropertiesState(),
    cache: emptyCacheState(),
    lock: emptyLockState(),
    triggers: emptyScriptAppState(),
    session: { ...defaultSessionState(), ...session },
    ui: emptyUiState(),
    utilities: { nextUuid: 1 },
    urlFetch: { requests: [] },
    logs: [],
  };
}

/** A user other than the file's `user`, as the workbook file keeps them. */
export interface PersistedUser {
  email: string;
  /** Their account locale (en, zh-CN, zh-TW …); missing: the file's user locale. */
  locale?: string;
  /** Their user properties. */
  properties?: Record<string, string>;
}

/**
 * What a workbook file keeps of the services (the WorkbookFile's fields of the same names fit):
 * properties, installed triggers, and the users. Everything else starts fresh on load.
 * `user` is the user running the add-on (and `properties.user` their user properties); `users`
 * are the other users who have used it, each with their own locale and user properties.
 */
export interface PersistedServices {
  properties?: { document?: Record<string, string>; user?: Record<string, string>; script?: Record<string, string> };
  /** `TriggerState[]`, as {@link Services.persistentState} saves them. */
  triggers?: readonly unknown[];
  user?: { locale?: string; email?: string };
  users?: readonly PersistedUser[];
}

function isServicesState(s: ServicesState | PersistedServices): s is ServicesState {
  const o = s as Partial<ServicesState>;
  return typeof o.ui === 'object' && typeof o.lock === 'object' && typeof o.session === 'object' && typeof o.cache === 'object';
}

/** A full state from what a workbook file saved; `scriptTimeZone` is the manifest's `timeZone`. */
export function servicesStateFrom(saved: PersistedServices, scriptTimeZone = 'America/Los_Angeles'): ServicesState {
  const state = defaultServicesState({ scriptTimeZone });
  if (saved.user?.email) state.session.activeUserEmail = saved.user.email;
  if (saved.user?.locale) state.session.locale = saved.user.locale;
  state.properties = {
    document: { ...saved.properties?.document },
    users: { [state.session.activeUserEmail]: { ...saved.properties?.user } },
    script: { ...saved.properties?.script },
  };
  state.session.users = {};
  for (const u of saved.users ?? []) {
    if (u.email === state.session.activeUserEmail) continue;
    state.session.users[u.email] = { locale: u.locale ?? state.session.locale };
    state.properties.users[u.email] = { ...u.properties };
  }
  const triggers = structuredClone((saved.triggers ?? []) as TriggerState[]);
  const maxId = triggers.reduce((m, t) => Math.max(m, Number(t.id) || 0), 0);
  state.triggers = { triggers, nextId: maxId + 1 };
  return state;
}

/** What {@link Services.persistentState} returns: the {@link PersistedServices} fields, all set. */
export interface PersistedState {
  properties: { document: Record<string, string>; user: Record<string, string>; script: Record<string, string> };
  triggers: TriggerState[];
  user: { locale: string; email: string };
  users: PersistedUser[];
}

/** The state as the workbook file keeps it (see {@link PersistedServices}). */
export function persistedStateOf(state: ServicesState): PersistedState {
  const { session, properties } = state;
  const active = session.activeUserEmail;
  const others = new Set([...Object.keys(session.users ?? {}), ...Object.keys(properties.users).filter((e) => Object.keys(properties.users[e]).length > 0)]);
  others.delete(active);
  const users = [...others].sort().map((email): PersistedUser => {
    const props = properties.users[email] ?? {};
    return { email, locale: localeOf(session, email), ...(Object.keys(props).length ? { properties: props } : {}) };
  });
  return structuredClone({
    properties: { document: properties.document, user: properties.users[active] ?? {}, script: properties.script },
    triggers: state.triggers.triggers,
    user: { locale: localeOf(session, active), email: active },
    users,
  });
}

/** How the services reach the project. */
export interface ServicesOptions {
  /** Reads the project's HTML file `name` (the loader reads `dist/<name>.html`), or null. */
  readonly files: HtmlFileLoader;
  /**
   * The bundle's global scope: the gas-local context once it exists (it is the very object
   * `globals` below becomes). Template code runs in it, and returned arrays/errors are made in it.
   */
  readonly globals: () => object;
  /**
   * The spreadsheet's id: triggers belong to it, `getUserTriggers(ss)` lists those of `ss`, and
   * `forSpreadsheet` refuses another file. Omitted: one-document mode (any id is this document).
   */
  readonly documentId?: string;
  /** The manifest's `timeZone`, used when `state` is a {@link PersistedServices}. */
  readonly scriptTimeZone?: string;
  /** Default `local-script`. */
  readonly scriptId?: string;
  /** The manifest's `oauthScopes`; when given, calls needing a missing scope fail as in Apps Script. */
  readonly scopes?: readonly string[];
  /** Title of the add-on menu. Default `Ops Desk`. */
  readonly addonName?: string;
}

/**
 * Apps Script's other built-in services, which the runtime does not model. Each is still a global
 * of the bundle, and every member of it fails with the one message naming it ("DriveApp.getFiles is
 * not modelled by the local runtime."), as an unmodelled member of a modelled service does — not
 * with a ReferenceError, which Apps Script would never give.
 */
export const UNMODELLED_SERVICES = [
  'CalendarApp', 'CardService', 'Charts', 'ContactsApp', 'ContentService', 'DocumentApp', 'DriveApp', 'FormApp',
  'GmailApp', 'GroupsApp', 'Jdbc', 'LanguageApp', 'MailApp', 'Maps', 'SlidesApp',
] as const;

/** The bundle's globals for these services. */
export interface ServiceGlobals {
  PropertiesService: FakePropertiesService;
  CacheService: FakeCacheService;
  LockService: FakeLockService;
  ScriptApp: FakeScriptApp;
  Session: FakeSession;
  Utilities: FakeUtilities;
  HtmlService: FakeHtmlService;
  UrlFetchApp: FakeUrlFetchApp;
  Logger: FakeLogger;
  console: FakeConsole;
  XmlService: FakeXmlService;
}

/** What {@link createServices} returns. */
export interface Services {
  /** Hand these to gas-local (spread into the globals object, next to SpreadsheetApp). */
  readonly globals: ServiceGlobals;
  /** `SpreadsheetApp.getUi()`: throws in custom functions and time-driven triggers. */
  ui(): FakeUi;
  /** Same object as `globals.UrlFetchApp`; tests call `registerHandler` on it. */
  readonly urlFetch: FakeUrlFetchApp;
  /** Builds arrays/objects/errors in the bundle's realm (SpreadsheetApp may use it too). */
  readonly realm: Realm;
  /** The live state the services mutate. */
  readonly state: ServicesState;
  /** Menus, sidebar, dialog, alerts: what the user sees. */
  uiState(): UiState;
  /** The `ScriptApp.AuthMode` member for an event object's `authMode`. */
  authModeValue(mode: AuthModeName): GoogleAppsScript.Script.AuthMode;
  /** Time-driven firings due in (fromMs, toMs], in order; advances the triggers (see {@link dueTriggers}). */
  dueTriggers(fromMs: number, toMs: number): { trigger: TriggerState; handler: string; atMs: number }[];
  /** The event object for a time-driven firing, made in the bundle's realm. */
  clockEvent(trigger: TriggerState, at: Date): Record<string, unknown>;
  /** What the workbook file keeps: properties, triggers and users (fits WorkbookFile's fields). */
  persistentState(): PersistedState;
}

/**
 * Creates the services. A full {@link ServicesState} is used and mutated in place; a
 * {@link PersistedServices} (e.g. the workbook file) seeds a fresh state (see `Services.state`
 * and `persistentState()`), and is not itself mutated.
 */
export function createServices(kernel: Kernel, input: ServicesState | PersistedServices, options: ServicesOptions): Services {
  const state = isServicesState(input) ? input : servicesStateFrom(input, options.scriptTimeZone);
  const realm = new Realm(options.globals);
  // Who runs when an execution names nobody: the session's active user (see LocalAddon.asUser).
  const deps = { realm, scopes: options.scopes, activeUser: () => state.session.activeUserEmail };
  const scriptId = options.scriptId ?? 'local-script';
  const urlFetch = new FakeUrlFetchApp(kernel, state.urlFetch, deps);
  const uiOptions = { ...deps, addonName: options.addonName ?? 'Ops Desk' };
  return {
    globals: {
      PropertiesService: new FakePropertiesService(kernel, state.properties, deps),
      CacheService: new FakeCacheService(kernel, state.cache, deps),
      LockService: new FakeLockService(kernel, state.lock, deps),
      ScriptApp: new FakeScriptApp(kernel, state.triggers, {
        ...deps,
        session: state.session,
        documentId: options.documentId,
        scriptId,
      }),
      Session: new FakeSession(kernel, state.session, { ...deps, scriptId }),
      Utilities: new FakeUtilities(kernel, state.utilities, deps),
      HtmlService: new FakeHtmlService(kernel, { ...deps, files: options.files, globals: options.globals }),
      UrlFetchApp: urlFetch,
      Logger: new FakeLogger(kernel, state.logs, deps),
      console: createConsole(kernel, state.logs, deps),
      XmlService: new FakeXmlService(kernel, deps),
    },
    ui: () => uiFor(kernel, state.ui, uiOptions),
    urlFetch,
    realm,
    state,
    uiState: () => state.ui,
    authModeValue: (mode) => AUTH_MODE[mode] as unknown as GoogleAppsScript.Script.AuthMode,
    dueTriggers: (fromMs, toMs) => dueTriggers(state.triggers, fromMs, toMs).map((d) => ({ trigger: d.trigger, handler: d.trigger.handler, atMs: d.fireAtMs })),
    clockEvent: (trigger, at) => realm.object(timeDrivenEvent(trigger, at.getTime())),
    persistentState: () => persistedStateOf(state),
  };
}
