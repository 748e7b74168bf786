/**
 * The runtime's kernel: the simulated clock, the execution being run (its auth mode and time
 * budget) and the log of every service call. Every service class takes a Kernel and calls
 * `kernel.call('Range.getValues')` on entry to each public method it implements.
 */

/** Apps Script's AuthMode values (the enum's names are its values here, as on ScriptApp.AuthMode). */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** What kind of execution is running; decides the time budget and what services allow. */
export type ExecutionKind = 'simple-trigger' | 'custom-function' | 'menu' | 'sidebar' | 'time-trigger' | 'script';

/** Time budgets from the quotas page: 30 s for custom functions and simple triggers, 6 min otherwise. */
export const BUDGET_MS: Record<ExecutionKind, number> = {
  'simple-trigger': 30_000,
  'custom-function': 30_000,
  menu: 360_000,
  sidebar: 360_000,
  'time-trigger': 360_000,
  script: 360_000,
};

/**
 * Modelled cost of one call, in milliseconds of Apps Script time. Assumptions, from Google's
 * best-practices guide (service calls dominate; batch reads/writes cost about one call each) and
 * commonly reported timings: a Sheets read or write round trip ~ 50–100 ms, a flush similar,
 * Properties/Cache ~ 20–40 ms, in-process services (Session, Utilities, builders) ~ 1 ms.
 * Per-cell work on getValues/setValues adds `perCellMs`. These are a model, for comparing
 * designs (calls per operation against the minimum), not a prediction of wall time.
 */
export const CALL_COST_MS: Record<string, number> = {
  'Range.getValues': 80,
  'Range.getDisplayValues': 80,
  'Range.getFormulas': 80,
  'Range.setValues': 100,
  'Range.setFormulas': 100,
  'Range.setValue': 100,
  'Range.getValue': 80,
  'SpreadsheetApp.flush': 80,
  'Sheet.getLastRow': 40,
  'Sheet.getLastColumn': 40,
  'Spreadsheet.insertSheet': 300,
  'Properties.getProperty': 30,
  'Properties.setProperty': 40,
  'Properties.getProperties': 30,
  'Properties.setProperties': 40,
  'Cache.get': 20,
  'Cache.put': 20,
  'Ui.showSidebar': 200,
  'HtmlTemplate.evaluate': 20,
  'ScriptApp.newTrigger': 200,
};
/** Cost of any call not in {@link CALL_COST_MS}. */
export const DEFAULT_CALL_MS = 5;
/** Per-cell cost of bulk reads and writes. */
export const PER_CELL_MS = 0.002;

/** One service call as logged. */
export interface CallRecord {
  readonly method: string;
  readonly cells: number;
}

/** Thrown when an execution exceeds its budget, as Apps Script stops it. */
export class ExceededMaximumExecutionTime extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'Exception';
  }
}

/**
 * Apps Script's text when a user's daily trigger runtime is spent (the quotas page lists "Triggers
 * total runtime"; the message is the one users report, e.g. webdigi/GmailScheduler's commit
 * "Fix Error: Service using too much computer time for one day").
 */
export const TRIGGER_QUOTA_MESSAGE = 'Service using too much computer time for one day';

/** Thrown when a time-driven execution finds, or makes, its user's daily trigger runtime spent. */
export class TriggerRuntimeQuotaExceeded extends Error {
  constructor() {
    super(TRIGGER_QUOTA_MESSAGE);
    this.name = 'Exception';
  }
}

/** The account types the quotas page tells apart. */
export type AccountType = 'consumer' | 'workspace';

/** "Triggers total runtime" per user per day, from the quotas page: 90 min consumer, 6 h Workspace. */
export const TRIGGER_RUNTIME_MS: Record<AccountType, number> = { consumer: 90 * 60_000, workspace: 6 * 3_600_000 };

/** The quotas page: "Quotas are per user and reset 24 hours after the first request." */
export const QUOTA_WINDOW_MS = 24 * 3_600_000;

/** One user's quota window: it opens at their first trigger run and lasts {@link QUOTA_WINDOW_MS}. */
export interface QuotaWindow {
  /** Epoch ms of the first trigger execution of the window. */
  startMs: number;
  /** Modelled trigger runtime used in it, ms. */
  usedMs: number;
}

/** Every user's trigger-runtime windows, oldest first, by email. JSON-able. */
export type TriggerRuntimeState = Record<string, QuotaWindow[]>;

/** What `when` of {@link Kernel.interleave} is shown of each service call. */
export interface InterleavePoint {
  /** The call, as logged (`Range.getValues`). */
  readonly method: string;
  /** Its position in its execution's call log (0 for the first call). */
  readonly index: number;
  /** The execution making it. */
  readonly executionId: number;
  readonly kind: ExecutionKind;
  readonly user: string | undefined;
}

/** What an interleave hook did: whether it fired, where, and what `other` threw. */
export interface Interleaving {
  fired: boolean;
  /** The call it fired at. */
  at?: InterleavePoint;
  /** What `other` threw, if it did (the outer execution carried on). */
  error?: unknown;
}

/** The state one execution runs in. */
export interface Execution {
  /** Unique per kernel: what a lock hold or other per-execution state is tagged with. */
  readonly id: number;
  readonly kind: ExecutionKind;
  readonly authMode: AuthModeName;
  /** Email of the user it runs as; undefined when the caller named none (the services' default user). */
  readonly user?: string;
  /** Simulated epoch ms it started at. */
  readonly startedAt: number;
  /** Its time budget: 30 s / 6 min, or less when the user's daily trigger runtime is nearly spent. */
  readonly budgetMs: number;
  /** True when {@link budgetMs} is the rest of the daily trigger quota rather than the 6 minutes. */
  readonly quotaBound: boolean;
  /** Simulated ms used so far (modelled service time + explicit sleeps). */
  usedMs: number;
  readonly calls: CallRecord[];
}

/** Shared by every service object of one loaded add-on. */
export class Kernel {
  /** Simulated "now" in epoch ms; moved only by `advance` / `setNow`. */
  private nowMs: number;
  private current: Execution | null = null;
  private executionCount = 0;
  /** Every call since load, across executions (for the benchmark). */
  readonly allCalls: CallRecord[] = [];
  /**
   * "A slow day": every call's modelled cost is multiplied by this (service latency varies a lot
   * in Apps Script). 1 is the cost model as documented; the bench always runs at 1.
   */
  latency = 1;
  /** Which daily trigger-runtime quota applies. */
  accountType: AccountType = 'consumer';
  /** Each user's trigger-runtime windows (persisted in the workbook file). */
  triggerRuntime: TriggerRuntimeState = {};
  /** The pending one-shot interleave hook. */
  private hook: { when: (p: InterleavePoint) => boolean; other: () => void; result: Interleaving } | null = null;
  /** The execution suspended while `other` of an interleave hook runs (concurrent runs allowed). */
  private suspended: Execution | null = null;
  /** Where the next concurrent execution starts: the suspended one's now, then each one's end. */
  private cursorMs = 0;
  /** The latest end of a concurrent execution since the top-level execution began. */
  private laterEndMs = 0;
  /** The execution that ended last (what a caller whose `run` threw reads the calls of). */
  lastEnded: Execution | null = null;
  /** What an interleave's `other` threw, until the caller takes it. */
  private pendingError: { error: unknown } | null = null;

  /**
   * @param now the simulated start time.
   * @param cpuClock reads real elapsed ms: a custom function's own computing counts against its
   *   30-second budget as well as its service calls (injectable so a test can fake a slow one).
   */
  constructor(
    now: Date,
    private readonly cpuClock: () => number = () => performance.now(),
  ) {
    this.nowMs = now.getTime();
  }

  /** The simulated time. */
  now(): Date {
    return new Date(this.nowMs);
  }

  /** Sets the simulated time (never backwards). */
  setNow(date: Date): void {
    if (date.getTime() < this.nowMs) throw new Error(`The clock cannot go back (${date.toISOString()} < ${this.now().toISOString()})`);
    this.nowMs = date.getTime();
  }

  /** The execution running now, or null between executions. */
  execution(): Execution | null {
    return this.current;
  }

  /** The auth mode of the running execution; FULL outside one (test set-up code). */
  authMode(): AuthModeName {
    return this.current?.authMode ?? 'FULL';
  }

  /**
   * Runs `body` as one Apps Script execution and returns its result plus the calls it made.
   * `options.user` is the email it runs as. A time-driven execution of a user draws on that
   * user's daily trigger runtime: it fails at once when it is spent, and is stopped when it
   * spends the rest of it.
   */
  run<T>(kind: ExecutionKind, authMode: AuthModeName, body: () => T, options: { user?: string } = {}): { value: T; execution: Execution } {
    // A custom function may be recalculated while another execution writes the cells it reads: in
    // Sheets that is a separate execution on Google's side, so it runs "beside" the outer one here:
    // its own budget and call log, and it does not move the clock. Other executions run beside the
    // outer one only when an interleave hook has suspended it (see `interleave`).
    const outer = this.current;
    const concurrent = outer !== null && kind !== 'custom-function';
    if (concurrent && outer !== this.suspended) throw new Error('An execution is already running (executions do not nest).');
    const startedAt = concurrent ? this.cursorMs : outer ? this.nowOf(outer) : this.nowMs;
    const user = options.user ?? (kind === 'custom-function' ? outer?.user : undefined);
    const window = kind === 'time-trigger' && user !== undefined ? this.quotaWindow(user, startedAt) : null;
    const remaining = window ? TRIGGER_RUNTIME_MS[this.accountType] - window.usedMs : Infinity;
    if (remaining <= 0) throw new TriggerRuntimeQuotaExceeded();
    const budgetMs = Math.min(BUDGET_MS[kind], remaining);
    const execution: Execution = { id: ++this.executionCount, kind, authMode, user, startedAt, budgetMs, quotaBound: remaining < BUDGET_MS[kind], usedMs: 0, calls: [] };
    this.current = execution;
    const cpuStart = this.cpuClock();
    try {
      const value = body();
      if (kind === 'custom-function') {
        // Service calls are charged as they happen; the function's own arithmetic is charged here,
        // after the fact (nothing can interrupt it), so a call over 30 s fails as in Sheets.
        // Kept out of usedMs so the simulated clock stays deterministic.
        if (execution.usedMs + (this.cpuClock() - cpuStart) > BUDGET_MS[kind]) throw new ExceededMaximumExecutionTime();
      }
      return { value, execution };
    } finally {
      this.current = outer;
      if (window) window.usedMs += Math.min(Math.ceil(execution.usedMs), budgetMs);
      const endMs = startedAt + Math.ceil(execution.usedMs);
      if (concurrent) {
        // A concurrent execution leaves the clock to the outer one; the next one starts at its end.
        this.cursorMs = endMs;
        this.laterEndMs = Math.max(this.laterEndMs, endMs);
      } else if (!outer && kind !== 'custom-function') {
        // Simulated time passes as the modelled work did — except for custom functions: Sheets
        // recalculates them on its own, and a saved workbook must not drift each time it is loaded.
        // When executions ran concurrently, the clock is at the later of their ends.
        this.nowMs = Math.max(endMs, this.laterEndMs);
        this.laterEndMs = 0;
      }
      this.lastEnded = execution;
      this.onExecutionEnd.forEach((fn) => fn(execution));
    }
  }

  /** The user's quota window that `atMs` falls in, opened there when none is open. */
  private quotaWindow(user: string, atMs: number): QuotaWindow {
    const windows = (this.triggerRuntime[user] ??= []);
    const last = windows.at(-1);
    if (last && atMs >= last.startMs && atMs < last.startMs + QUOTA_WINDOW_MS) return last;
    const opened = { startMs: atMs, usedMs: 0 };
    windows.push(opened);
    return opened;
  }

  /** Trigger runtime `user` has used in the quota window that `at` falls in (0 when none is open). */
  triggerRuntimeUsedMs(user: string, at: Date = this.now()): number {
    const t = at.getTime();
    return (this.triggerRuntime[user] ?? []).find((w) => t >= w.startMs && t < w.startMs + QUOTA_WINDOW_MS)?.usedMs ?? 0;
  }

  /**
   * A one-shot hook: when the running execution (any but a custom function) is about to make a
   * service call for which `when` is true, `other` runs right there, before the call proceeds.
   * Executions `other` starts run concurrently with the suspended one: their own id, budget, call
   * log and user, starting at its `executionNow()` (each next one where the previous ended); they
   * add nothing to its used time, and when it ends the clock is at the later of the ends. What
   * `other` throws does not reach the suspended execution: it is kept in the returned record and
   * handed to the caller by {@link takeInterleaveError} once the top-level execution has ended.
   */
  interleave(when: (p: InterleavePoint) => boolean, other: () => void): Interleaving {
    const result: Interleaving = { fired: false };
    this.hook = { when, other, result };
    return result;
  }

  /** The error an interleaved `other` threw, once (null when none is pending). */
  takeInterleaveError(): { error: unknown } | null {
    const e = this.pendingError;
    this.pendingError = null;
    return e;
  }

  /** Runs a fired hook's `other` with `e` suspended. */
  private runInterleaved(e: Execution, hook: NonNullable<Kernel['hook']>, point: InterleavePoint): void {
    const saved = { suspended: this.suspended, cursorMs: this.cursorMs };
    this.suspended = e;
    this.cursorMs = this.nowOf(e);
    hook.result.fired = true;
    hook.result.at = point;
    try {
      hook.other();
    } catch (err) {
      hook.result.error = err;
      this.pendingError ??= { error: err };
    } finally {
      this.current = e;
      this.suspended = saved.suspended;
      this.cursorMs = saved.cursorMs;
    }
  }

  /** Hooks run after each execution (locks release, caches expire …). */
  readonly onExecutionEnd: ((e: Execution) => void)[] = [];

  /** Records one service call; throws when the execution's budget is spent. */
  call(method: string, cells = 0): void {
    const e = this.current;
    const hook = this.hook;
    if (e && hook && e.kind !== 'custom-function') {
      const point: InterleavePoint = { method, index: e.calls.length, executionId: e.id, kind: e.kind, user: e.user };
      if (hook.when(point)) {
        this.hook = null;
        this.runInterleaved(e, hook, point);
      }
    }
    const record = { method, cells };
    this.allCalls.push(record);
    if (!e) return;
    e.calls.push(record);
    this.spend(callCostMs(record) * this.latency);
  }

  /** Adds simulated time to the running execution (Utilities.sleep, lock waits). */
  spend(ms: number): void {
    const e = this.current;
    if (!e) {
      this.nowMs += ms;
      return;
    }
    e.usedMs += ms;
    if (e.usedMs > e.budgetMs) throw e.quotaBound ? new TriggerRuntimeQuotaExceeded() : new ExceededMaximumExecutionTime();
  }

  /** Simulated now inside an execution: start time plus the time it has used. */
  executionNow(): Date {
    return new Date(this.current ? this.nowOf(this.current) : this.nowMs);
  }

  private nowOf(e: Execution): number {
    return e.startedAt + Math.ceil(e.usedMs);
  }

  /** Throws Apps Script's permission error when the running auth mode forbids `service`. */
  requireAuth(service: string, allowed: readonly AuthModeName[]): void {
    const mode = this.authMode();
    if (!allowed.includes(mode)) {
      throw new Error(`You do not have permission to call ${service}. (AuthMode ${mode})`);
    }
  }
}

/** Modelled cost of one call at latency 1, ms. */
export function callCostMs(c: CallRecord): number {
  return (CALL_COST_MS[c.method] ?? DEFAULT_CALL_MS) + c.cells * PER_CELL_MS;
}

/** Modelled Apps Script time of a list of calls, in ms, at the given latency factor (default 1). */
export function modelledMs(calls: readonly CallRecord[], latency = 1): number {
  return calls.reduce((sum, c) => sum + callCostMs(c) * latency, 0);
}

/** Calls grouped by method: `{ 'Range.getValues': 2, … }`. */
export function countCalls(calls: readonly CallRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of calls) out[c.method] = (out[c.method] ?? 0) + 1;
  return out;
}
