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

/** The state one execution runs in. */
export interface Execution {
  /** Unique per kernel: what a lock hold or other per-execution state is tagged with. */
  readonly id: number;
  readonly kind: ExecutionKind;
  readonly authMode: AuthModeName;
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

  /** Runs `body` as one Apps Script execution and returns its result plus the calls it made. */
  run<T>(kind: ExecutionKind, authMode: AuthModeName, body: () => T): { value: T; execution: Execution } {
    // A custom function may be recalculated while another execution writes the cells it reads: in
    // Sheets that is a separate execution on Google's side, so it runs "beside" the outer one here:
    // its own budget and call log, and it does not move the clock.
    const outer = this.current;
    if (outer && kind !== 'custom-function') throw new Error('An execution is already running (executions do not nest).');
    const execution: Execution = { id: ++this.executionCount, kind, authMode, usedMs: 0, calls: [] };
    this.current = execution;
    const startedAt = this.nowMs;
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
      // Simulated time passes as the modelled work did — except for custom functions: Sheets
      // recalculates them on its own, and a saved workbook must not drift each time it is loaded.
      if (!outer && kind !== 'custom-function') this.nowMs = startedAt + Math.ceil(execution.usedMs);
      this.onExecutionEnd.forEach((fn) => fn(execution));
    }
  }

  /** Hooks run after each execution (locks release, caches expire …). */
  readonly onExecutionEnd: ((e: Execution) => void)[] = [];

  /** Records one service call; throws when the execution's budget is spent. */
  call(method: string, cells = 0): void {
    const record = { method, cells };
    this.allCalls.push(record);
    const e = this.current;
    if (!e) return;
    e.calls.push(record);
    this.spend((CALL_COST_MS[method] ?? DEFAULT_CALL_MS) + cells * PER_CELL_MS);
  }

  /** Adds simulated time to the running execution (Utilities.sleep, lock waits). */
  spend(ms: number): void {
    const e = this.current;
    if (!e) {
      this.nowMs += ms;
      return;
    }
    e.usedMs += ms;
    if (e.usedMs > BUDGET_MS[e.kind]) throw new ExceededMaximumExecutionTime();
  }

  /** Simulated now inside an execution: start time plus the time it has used. */
  executionNow(): Date {
    return new Date(this.nowMs + Math.ceil(this.current?.usedMs ?? 0));
  }

  /** Throws Apps Script's permission error when the running auth mode forbids `service`. */
  requireAuth(service: string, allowed: readonly AuthModeName[]): void {
    const mode = this.authMode();
    if (!allowed.includes(mode)) {
      throw new Error(`You do not have permission to call ${service}. (AuthMode ${mode})`);
    }
  }
}

/** Modelled Apps Script time of a list of calls, in ms. */
export function modelledMs(calls: readonly CallRecord[]): number {
  return calls.reduce((sum, c) => sum + (CALL_COST_MS[c.method] ?? DEFAULT_CALL_MS) + c.cells * PER_CELL_MS, 0);
}

/** Calls grouped by method: `{ 'Range.getValues': 2, … }`. */
export function countCalls(calls: readonly CallRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of calls) out[c.method] = (out[c.method] ?? 0) + 1;
  return out;
}
