/**
 * Loads the built add-on (dist/Code.js) into a fresh gas-local context with the local Apps Script
 * services, bound to one workbook, and runs its globals the way Google would: onOpen as a simple
 * trigger in the right auth mode, menu items and sidebar calls in FULL, custom functions read-only
 * from cell formulas, time-driven triggers from the clock. Tests, `npm start` and the runner all
 * drive the add-on through this class.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { Kernel, countCalls, modelledMs, type AccountType, type AuthModeName, type Execution, type ExecutionKind, type InterleavePoint, type Interleaving } from './kernel';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet/spreadsheet';
import type { FakeRange } from './spreadsheet/range';
import { columnLetters } from './spreadsheet/a1';
import { registerEngineFunctions } from './spreadsheet/engine-functions';
import { dateToSerial, serialToDate } from './spreadsheet/dates';
import { formatValue } from './spreadsheet/number-format';
import { cellKey, type Workbook } from './spreadsheet/workbook';
import { emptyWorkbookFor, fillWorkbook, workbookToFile, type WorkbookFile } from './workbook-file';
import { UNMODELLED_SERVICES, createServices, localeOf, type Services, type TriggerState } from './services';
import { repoRoot } from './repo-root';
import { Membrane } from './membrane';
import { installClock } from './clock-date';

const require = createRequire(import.meta.url);
const gas = require('gas-local') as { require(folder: string, globals: object, options?: { filter?: (f: string) => boolean }): Record<string, unknown> };

/** The repository's dist/ folder. */
export const DIST_DIR = join(repoRoot(), 'dist');

/** A custom function as Sheets discovers it: a top-level function under a `@customfunction` JSDoc. */
export interface DiscoveredFunction {
  readonly name: string;
  readonly params: readonly string[];
}

/** Finds the custom functions in a built Code.js the way Sheets does: by their JSDoc. */
export function discoverCustomFunctions(code: string): DiscoveredFunction[] {
  const found: DiscoveredFunction[] = [];
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*?@customfunction(?:(?!\*\/)[\s\S])*?)\*\/\s*\nfunction ([A-Za-z_$][\w$]*)\(([^)]*)\)/g;
  for (const m of code.matchAll(re)) {
    found.push({ name: m[2], params: m[3].split(',').map((p) => p.trim()).filter(Boolean) });
  }
  return found;
}

/** What one execution did: its result or error, and the service calls it made. */
export interface RunReport<T = unknown> {
  readonly name: string;
  /** Email of the user it ran as (a time-driven trigger: its creator). */
  readonly user?: string;
  readonly kind: ExecutionKind;
  readonly authMode: AuthModeName;
  readonly value?: T;
  readonly error?: string;
  readonly calls: Record<string, number>;
  readonly callCount: number;
  readonly modelledMs: number;
  /** The alerts and prompts the user saw during it (title and text), oldest first. */
  readonly alerts: readonly string[];
  /**
   * The console.error lines it logged: what the Executions page lists as its errors. An add-on that
   * catches a failure and tells the user (a menu action's alert) ends normally, so this, not `error`,
   * is how a caller learns that it failed.
   */
  readonly loggedErrors: readonly string[];
}

/** Options for {@link LocalAddon.load}. */
export interface LoadOptions {
  /** The workbook; a missing one starts an empty spreadsheet. */
  readonly book?: WorkbookFile;
  /** Overrides the user's account locale (en, zh-CN, zh-TW …). */
  readonly locale?: string;
  /** Overrides the clock. */
  readonly now?: Date;
  /** Where the built add-on is (default: dist/). */
  readonly distDir?: string;
  /** Whose daily trigger-runtime quota applies (quotas page): 90 min consumer (default), 6 h Workspace. */
  readonly account?: AccountType;
  /**
   * "A slow day": multiplies every service call's modelled cost (default 1, the cost model as
   * documented). Settable later as `addon.kernel.latency`.
   */
  readonly latency?: number;
}

/** The built add-on, loaded and bound to one workbook. */
export class LocalAddon {
  readonly kernel: Kernel;
  readonly book: Workbook;
  readonly spreadsheet: FakeSpreadsheet;
  readonly services: Services;
  readonly customFunctions: readonly DiscoveredFunction[];
  private readonly context: Record<string, unknown>;
  /** Makes what crosses into the bundle belong to its realm, as in Apps Script. */
  private readonly membrane: Membrane;
  private readonly file: WorkbookFile;
  /** Every execution run so far, oldest first. */
  readonly log: RunReport[] = [];

  private constructor(options: LoadOptions) {
    const distDir = options.distDir ?? DIST_DIR;
    const codePath = join(distDir, 'Code.js');
    if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run \`npm run build\` first.`);
    const code = readFileSync(codePath, 'utf8');
    this.file = structuredClone(options.book ?? { sheets: [] });
    if (options.locale) this.file.user = { ...this.file.user, locale: options.locale };
    this.kernel = new Kernel(options.now ?? (this.file.clock ? new Date(this.file.clock) : new Date()));
    this.kernel.latency = options.latency ?? 1;
    this.kernel.accountType = options.account ?? 'consumer';
    for (const [email, windows] of Object.entries(this.file.quotas?.triggerRuntime ?? {})) {
      this.kernel.triggerRuntime[email] = windows.map((w) => ({ startMs: Date.parse(w.start), usedMs: w.usedMs }));
    }
    this.customFunctions = discoverCustomFunctions(code);
    registerEngineFunctions(this.customFunctions.map((f) => ({ name: f.name, arity: f.params.length })));
    const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8')) as { timeZone?: string; oauthScopes?: string[] };
    const spreadsheetId = 'local-' + (this.file.name ?? 'book').replace(/\W+/g, '-').toLowerCase();
    let context: Record<string, unknown> | null = null;
    this.services = createServices(this.kernel, this.file, {
      files: (name) => {
        const path = join(distDir, `${name}.html`);
        return existsSync(path) ? readFileSync(path, 'utf8') : null;
      },
      globals: () => context ?? {},
      documentId: spreadsheetId,
      scriptTimeZone: manifest.timeZone,
      scopes: manifest.oauthScopes,
    });
    // The sheets are filled only once the bundle is loaded: formulas calling it evaluate as they load.
    this.book = emptyWorkbookFor(this.file);
    this.spreadsheet = new FakeSpreadsheet(this.kernel, this.book, spreadsheetId);
    const spreadsheetApp = new ActiveRangeSpreadsheetApp(this.kernel, this.spreadsheet, () => this.services.ui(), () => this.callingCell);
    this.membrane = new Membrane(() => context);
    // Every service the bundle sees goes through the membrane, as SpreadsheetApp does.
    const globals: Record<string, object> = { SpreadsheetApp: this.membrane.wrap(spreadsheetApp, 'SpreadsheetApp') };
    for (const [name, service] of Object.entries(this.services.globals)) globals[name] = this.membrane.wrap(service as object, name);
    // The services the runtime does not model: every member fails with the one "not modelled" message.
    for (const name of UNMODELLED_SERVICES) globals[name] = this.membrane.wrap({}, name);
    context = gas.require(distDir, globals, {
      filter: (f: string) => f.endsWith('/Code.js'),
    });
    this.context = context;
    // The script's `new Date()` is the simulated clock's now, as Apps Script's is the execution's.
    installClock(context, () => this.kernel.executionNow().getTime());
    this.book.attach({
      callCustom: (name, args, caller) => this.runCustomFunction(name, args, caller && `'${(this.book.engine.getSheetName(caller.sheet) ?? '').replace(/'/g, "''")}'!${columnLetters(caller.col + 1)}${caller.row + 1}`),
      toSheetsValue: (_unused, serial) => serialToDate(serial, this.book.timeZone),
      toSerial: (date) => dateToSerial(date, this.book.timeZone),
      now: () => this.kernel.executionNow(),
    });
    fillWorkbook(this.book, this.file);
  }

  /** Loads dist/ with a workbook. */
  static load(options: LoadOptions = {}): LocalAddon {
    return new LocalAddon(options);
  }

  /** True when the built bundle defines `name` as a global function. */
  hasGlobal(name: string): boolean {
    return typeof this.context[name] === 'function';
  }

  /** The names of every global function the bundle defines (what Apps Script would list). */
  globalNames(): string[] {
    return Object.keys(this.context).filter((k) => typeof this.context[k] === 'function');
  }

  private invoke(name: string, args: unknown[]): unknown {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args.map((a) => this.membrane.data(a)));
  }

  /**
   * Runs one execution and records it; an error the add-on throws is reported, not rethrown. It
   * runs as `user` (default: the active user — see {@link asUser}; a custom function recalculated
   * inside an execution, as that execution's user). What an interleaved `other` threw is thrown here, once the
   * top-level execution has ended and been logged.
   */
  execute<T>(name: string, kind: ExecutionKind, authMode: AuthModeName, body: () => T, user?: string): RunReport<T> {
    // A custom function recalculated inside an execution runs for that execution's user; anything
    // else (a concurrent execution included) for the active user unless told otherwise.
    const beside = kind === 'custom-function' ? this.kernel.execution()?.user : undefined;
    const report = this.executeOnce(name, kind, authMode, body, user ?? beside ?? this.services.state.session.activeUserEmail);
    if (this.kernel.execution() === null) {
      const pending = this.kernel.takeInterleaveError();
      if (pending) throw pending.error;
    }
    return report;
  }

  private executeOnce<T>(name: string, kind: ExecutionKind, authMode: AuthModeName, body: () => T, user: string): RunReport<T> {
    let report: RunReport<T>;
    const lastBefore = this.kernel.lastEnded;
    const seen = { alerts: this.services.uiState().alerts.length, logs: this.services.state.logs.length };
    try {
      const { value, execution } = this.kernel.run(kind, authMode, body, { user });
      report = this.report(name, kind, authMode, execution.calls, seen, { value }, user);
    } catch (err) {
      // Its own calls: the execution that ended last is this one, unless it never started (a
      // nesting or quota refusal), when it made none.
      const ended = this.kernel.lastEnded;
      const calls = ended !== lastBefore && ended ? ended.calls : [];
      report = this.report(name, kind, authMode, calls, seen, { error: errorMessage(err) }, user);
    }
    this.log.push(report);
    return report;
  }

  private report<T>(name: string, kind: ExecutionKind, authMode: AuthModeName, calls: Execution['calls'], seen: { alerts: number; logs: number }, outcome: { value?: T; error?: string }, user?: string): RunReport<T> {
    const alerts = this.services.uiState().alerts.slice(seen.alerts).map((a) => [a.title, a.prompt].filter((x) => x !== '').join('\n'));
    const loggedErrors = this.services.state.logs.slice(Math.min(seen.logs, this.services.state.logs.length)).filter((line) => line.startsWith('ERROR: '));
    return { name, ...(user !== undefined ? { user } : {}), kind, authMode, ...outcome, calls: countCalls(calls), callCount: calls.length, modelledMs: Math.round(modelledMs(calls, this.kernel.latency)), alerts, loggedErrors };
  }

  /**
   * Opens (or reloads) the spreadsheet: runs onOpen as a simple trigger, in AuthMode.NONE when the add-on is
   * not yet enabled in this file and LIMITED otherwise, and returns the menus it built.
   */
  open(): RunReport & { menus: unknown } {
    // Opening (or reloading) the file starts a fresh page: no menus yet, no sidebar or dialog.
    const ui = this.services.uiState();
    ui.menus.length = 0;
    ui.sidebar = null;
    ui.dialog = null;
    const authMode: AuthModeName = this.file.addonEnabled === false ? 'NONE' : 'LIMITED';
    const event = {
      authMode: this.services.authModeValue(authMode),
      source: authMode === 'NONE' ? undefined : this.membrane.wrap(this.spreadsheet, 'Spreadsheet'),
      user: undefined,
    };
    const report = this.execute('onOpen', 'simple-trigger', authMode, () => this.invoke('onOpen', [event]));
    return { ...report, menus: this.services.uiState().menus };
  }

  /**
   * Calls a global as a menu item or the sidebar would (AuthMode.FULL). A sidebar call's arguments
   * and return value must be what google.script.run can carry (no Dates, functions or cycles).
   */
  call(name: string, args: unknown[] = [], kind: 'menu' | 'sidebar' | 'script' = 'menu'): RunReport {
    if (kind === 'sidebar') {
      if (name.endsWith('_')) throw new Error(`${name} is private (ends with "_") and cannot be called from the sidebar`);
      args.forEach((a, i) => assertTransportable(a, `argument ${i + 1} of ${name}`));
    }
    const report = this.execute(name, kind, 'FULL', () => this.invoke(name, args));
    if (kind === 'sidebar' && report.error === undefined) assertTransportable(report.value, `the return value of ${name}`);
    // Using the add-on from its menu or sidebar enables it in this document: from now on onOpen
    // runs in LIMITED, not NONE.
    if (kind !== 'script') this.file.addonEnabled = true;
    return report;
  }

  /** Runs a global as an execution of any kind and auth mode (e.g. what a simple trigger may do). */
  callAs(name: string, args: unknown[], kind: ExecutionKind, authMode: AuthModeName): RunReport {
    return this.execute(name, kind, authMode, () => this.invoke(name, args));
  }

  /**
   * Runs JavaScript source in the bundle's global scope as one FULL execution, as code pasted into
   * the Apps Script editor would run: for tests that need to see values from inside the add-on's
   * realm. Returns its value; throws its error.
   */
  runScript(source: string): unknown {
    const report = this.execute('(script)', 'script', 'FULL', () => vm.runInContext(source, this.context));
    if (report.error !== undefined) throw new Error(report.error);
    return report.value;
  }

  /** Calls a global and returns its value, throwing its error (for tests). */
  callValue<T = unknown>(name: string, args: unknown[] = [], kind: 'menu' | 'sidebar' | 'script' = 'menu'): T {
    const report = this.call(name, args, kind);
    if (report.error !== undefined) throw new Error(report.error);
    return report.value as T;
  }

  /**
   * Sheets running a custom function from a cell: a read-only execution with a 30 s budget, whose
   * active range is the calling cell (`caller`, A1 with its sheet) when it runs from one.
   */
  runCustomFunction(name: string, args: unknown[], caller?: string): unknown {
    const previous = this.callingCell;
    this.callingCell = caller ?? null;
    try {
      const report = this.execute(name, 'custom-function', 'CUSTOM_FUNCTION', () => this.invoke(name, args));
      if (report.error !== undefined) throw new Error(report.error);
      return report.value;
    } finally {
      this.callingCell = previous;
    }
  }

  /** The cell whose formula is running a custom function right now (what getActiveRange returns then). */
  private callingCell: string | null = null;

  /**
   * Evaluates a formula typed into a scratch cell of a sheet (the first by default), just past its
   * last column, then clears it: a value, or a 2-D array when it spills. Dates come back as Dates,
   * errors as Sheets' error text followed by the message.
   */
  formula(text: string, sheetName?: string): unknown {
    const model = sheetName ? this.book.sheetByName(sheetName) : this.book.sheets[0];
    if (!model) throw new Error(`No sheet named ${sheetName}`);
    const col = Math.max(model.maxCols, this.book.extent(model).lastCol) + 1;
    this.book.write(model, 1, col, [[text.startsWith('=') ? text : `=${text}`]]);
    try {
      const area = this.book.spillAreas(model).find((a) => a.row === 1 && a.col === col) ?? { height: 1, width: 1 };
      const values = this.book.readBlock(model, 1, col, area.height, area.width);
      const message = this.book.errorMessage(model, 1, col);
      if (message !== null) return `${String(values[0][0])} ${message}`.trim();
      return area.height === 1 && area.width === 1 ? values[0][0] : values;
    } finally {
      this.book.write(model, 1, col, [['']]);
    }
  }

  /**
   * A tab's displayed values (what the user sees), without trailing rows and columns that show
   * nothing (a spilled "" shows nothing but still counts as content for getLastRow).
   */
  show(tab: string): string[][] {
    const model = this.book.sheetByName(tab);
    if (!model) throw new Error(`No tab named "${tab}". Tabs: ${this.book.sheets.map((s) => s.name).join(', ')}`);
    const { lastRow, lastCol } = this.book.extent(model);
    const values = this.book.readBlock(model, 1, 1, lastRow, lastCol);
    const shown = values.map((line, r) => line.map((v, c) => formatValue(v, model.formats.get(cellKey(r + 1, c + 1)), this.book.timeZone)));
    while (shown.length && shown[shown.length - 1].every((v) => v === '')) shown.pop();
    let width = 0;
    for (const line of shown) width = Math.max(width, line.findLastIndex((v) => v !== '') + 1);
    return shown.map((line) => line.slice(0, width));
  }

  /**
   * Moves the clock to `until`, firing each due time-driven trigger in order as its own execution
   * (AuthMode.FULL, 6-minute budget), as the user who created it: their email, locale, user
   * properties and daily trigger-runtime quota. Returns one report per run.
   */
  tick(until: Date): RunReport[] {
    // Moving the clock under a suspended execution would tear its time apart: inside an
    // interleave's `other`, fire a trigger with fireTrigger instead.
    if (this.kernel.execution() !== null) throw new Error('tick cannot run while an execution is running (inside an interleave, use fireTrigger)');
    const runs: RunReport[] = [];
    for (const due of this.services.dueTriggers(this.kernel.now().getTime(), until.getTime())) {
      this.kernel.setNow(new Date(Math.max(due.atMs, this.kernel.now().getTime())));
      runs.push(this.runTrigger(due.trigger, () => new Date(due.atMs)));
    }
    if (until.getTime() > this.kernel.now().getTime()) this.kernel.setNow(until);
    return runs;
  }

  /** Runs a time-driven trigger as its creator; `firedAt` gives the event's time once it starts. */
  private runTrigger(trigger: TriggerState, firedAt: () => Date): RunReport {
    const handler = trigger.handler;
    return this.execute(handler, 'time-trigger', 'FULL', () => this.invoke(handler, [this.services.clockEvent(trigger, firedAt())]), trigger.user);
  }

  /**
   * Fires one installed time-driven trigger now, as an extra run (its schedule is unchanged), as
   * the user who created it: the trigger calling `handler` — of user `email` when several users
   * have one. Inside an interleave's `other` it runs concurrently with the suspended execution.
   */
  fireTrigger(handler: string, email?: string): RunReport {
    const found = this.services.state.triggers.triggers.filter((t) => t.type === 'CLOCK' && t.handler === handler && (email === undefined || t.user === email));
    if (found.length !== 1) {
      throw new Error(`fireTrigger: ${found.length} time-driven triggers call ${handler}${email ? ` for ${email}` : ''} (users: ${found.map((t) => t.user).join(', ') || 'none'}); name one user`);
    }
    return this.runTrigger(found[0], () => this.kernel.executionNow());
  }

  /**
   * Makes `email` the user running the following executions (menu items, sidebar calls, scripts):
   * Session's active user, the owner of the user properties, user cache and user lock they use and
   * of the triggers they create. `locale` sets their account locale; a user met for the first time
   * without one gets the workbook file's user locale. Users are kept by {@link toFile}.
   */
  asUser(email: string, options: { locale?: string } = {}): this {
    const session = this.services.state.session;
    const users = (session.users ??= {});
    users[email] = { locale: options.locale ?? localeOf(session, email) };
    session.activeUserEmail = email;
    return this;
  }

  /**
   * A one-shot hook (see `Kernel.interleave`): when the running execution is about to make a
   * service call for which `when` is true (`index`: its position in that execution's call log),
   * `other()` runs right there. Executions it starts with `call`, `callAs`, `fireTrigger` … run
   * concurrently: their own id, budget, call log and user, from the suspended execution's now;
   * `asUser` inside `other` applies to those only. If `other` throws, the suspended execution
   * carries on and the error is thrown by the method that ran it, once it has ended.
   */
  interleave(when: (point: InterleavePoint) => boolean, other: () => void): Interleaving {
    return this.kernel.interleave(when, () => {
      const session = this.services.state.session;
      const active = session.activeUserEmail;
      try {
        other();
      } finally {
        session.activeUserEmail = active;
      }
    });
  }

  /** Trigger runtime `email` has used in the 24-hour quota window `at` falls in (default: now), ms. */
  triggerRuntimeUsedMs(email: string, at: Date = this.kernel.now()): number {
    return this.kernel.triggerRuntimeUsedMs(email, at);
  }

  /** The workbook file as it stands (what the runner saves back). */
  toFile(): WorkbookFile {
    const triggerRuntime = Object.fromEntries(
      Object.entries(this.kernel.triggerRuntime).map(([email, windows]) => [email, windows.map((w) => ({ start: new Date(w.startMs).toISOString(), usedMs: w.usedMs }))]),
    );
    return workbookToFile(this.book, {
      ...this.services.persistentState(),
      ...(Object.keys(triggerRuntime).length ? { quotas: { triggerRuntime } } : {}),
      clock: this.kernel.now().toISOString(),
      addonEnabled: this.file.addonEnabled,
    });
  }
}

/**
 * SpreadsheetApp as a loaded add-on sees it, with `getActiveRange`: in a custom function the calling
 * cell (documented for custom functions; an add-on reads its formula to name a row in a message),
 * otherwise A1 of the active sheet, as the runtime models no selection.
 */
class ActiveRangeSpreadsheetApp extends FakeSpreadsheetApp {
  constructor(
    private readonly kernel: Kernel,
    private readonly book: FakeSpreadsheet,
    ui: () => unknown,
    private readonly calling: () => string | null,
  ) {
    super(kernel, book, ui);
  }

  getActiveRange(): FakeRange {
    this.kernel.call('SpreadsheetApp.getActiveRange');
    const a1 = this.calling();
    return a1 === null ? this.book.activeSheet().rangeAt('A1') : this.book.activeSheet().rangeAt(a1);
  }
}

/** The message of an error from any realm (the bundle's errors are not Node's `Error`). */
function errorMessage(err: unknown): string {
  return typeof err === 'object' && err !== null && 'message' in err ? String((err as { message: unknown }).message) : String(err);
}

/** google.script.run's rule: numbers, booleans, strings, null, and arrays/objects of those. */
export function assertTransportable(value: unknown, what: string, seen = new Set<unknown>()): void {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return;
  if (typeof value === 'function') throw new Error(`${what}: a function cannot cross google.script.run`);
  if (Object.prototype.toString.call(value) === '[object Date]') throw new Error(`${what}: a Date cannot cross google.script.run (send an ISO string)`);
  if (typeof value !== 'object') throw new Error(`${what}: a ${typeof value} cannot cross google.script.run`);
  if (seen.has(value)) throw new Error(`${what}: a circular object cannot cross google.script.run`);
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== null && Object.getPrototypeOf(proto) !== null) {
    throw new Error(`${what}: only plain objects and arrays can cross google.script.run`);
  }
  for (const v of Object.values(value as object)) assertTransportable(v, what, seen);
  seen.delete(value);
}
