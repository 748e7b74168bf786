/**
 * Teaches HyperFormula the functions a Sheets workbook of ours uses that it lacks: the add-on's
 * custom functions (dispatched to the loaded bundle, as Sheets dispatches to Apps Script) and
 * SPARKLINE (Sheets draws a chart in the cell; here the cell holds a text stand-in).
 *
 * A custom function's spill is sized by what it returns, as in Sheets ({@link SpillLedger}), and
 * it receives an error argument as the error's text (test/runtime/README.md, "Error cells").
 *
 * HyperFormula registers plugins once per process, so calls are routed to the workbook that is
 * evaluating right now (`withHost`); evaluation is synchronous, so one active host is enough.
 */
import { ArraySize, CellError, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, EmptyValue } from 'hyperformula';

// The engine's internal types are not exported; these are the parts we touch.
type ProcedureAst = { procedureName: string; args: never[] };
type InterpreterState = never;

/** A cell address as the engine gives it (0-based, engine sheet id). */
export interface EngineAddress {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

/** What the engine needs from a loaded add-on to evaluate one of its custom functions. */
export interface CustomFunctionHost {
  /**
   * Runs the custom function as Sheets would: a separate read-only execution, whose active range is
   * the calling cell (`caller`). Throws its error.
   */
  callCustom(name: string, args: unknown[], caller?: EngineAddress): unknown;
  /** A serial date number → the Date a script sees (wall time in the spreadsheet's zone). */
  toSheetsValue(unused: Date, serial: number): Date;
  /** Sheets value (a Date) → serial day number for the engine. */
  toSerial(date: Date): number;
  /** The simulated "now": TODAY() and NOW() read it, not the machine's clock. */
  now(): Date;
}

/** Rows × columns of a result; 1 × 1 is a single value, which reserves no cells around it. */
export interface ResultSize {
  readonly rows: number;
  readonly cols: number;
}

const SINGLE: ResultSize = { rows: 1, cols: 1 };

/** What one call returned: a value, or the message it threw. */
type Outcome = { readonly value: unknown } | { readonly error: string };

/**
 * Sheets sizes a custom function's spill by what the function returns; HyperFormula fixes an
 * array's size when the formula is entered, before anything is evaluated. The ledger bridges
 * the two for one workbook: each call site (formula cell, function, argument expressions)
 * is sized by what it last returned — a single value until it has returned anything — and a
 * call whose result no longer fits its size is noted so the workbook enters its formula again,
 * now sized by the result. Within one recalculation the result of a call site for the same
 * arguments is reused, so entering the formula again does not run the function twice.
 */
export class SpillLedger {
  private readonly sizes = new Map<string, ResultSize>();
  private readonly pending = new Map<string, EngineAddress>();
  private readonly results = new Map<string, Outcome>();

  /** The size the engine should reserve for a call site. */
  sizeOf(site: string): ResultSize {
    return this.sizes.get(site) ?? SINGLE;
  }

  /** Records what a call site returned; a size other than the reserved one queues its cell. */
  learn(site: string, at: EngineAddress, size: ResultSize): void {
    const reserved = this.sizeOf(site);
    if (reserved.rows === size.rows && reserved.cols === size.cols) return;
    if (size.rows === 1 && size.cols === 1) this.sizes.delete(site);
    else this.sizes.set(site, size);
    this.pending.set(`${at.sheet},${at.row},${at.col}`, at);
  }

  /** The formula cells to enter again (and forgets them). */
  takePending(): EngineAddress[] {
    const cells = [...this.pending.values()];
    this.pending.clear();
    return cells;
  }

  /** This recalculation's outcome for a call site and arguments, running `call` only the first time. */
  outcome(site: string, args: readonly unknown[], call: () => Outcome): Outcome {
    const key = `${site}\u0000${argumentsKey(args)}`;
    let outcome = this.results.get(key);
    if (!outcome) {
      outcome = call();
      this.results.set(key, outcome);
    }
    return outcome;
  }

  /** Ends a recalculation: the next one runs every function afresh. */
  endRecalculation(): void {
    this.results.clear();
    this.pending.clear();
  }
}

/** Arguments as text for the result cache (Dates by their instant). */
function argumentsKey(args: readonly unknown[]): string {
  return JSON.stringify(args, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return isDateValue(raw) ? `\u0000date:${(raw as Date).getTime()}` : value;
  });
}

let active: { host: CustomFunctionHost; ledger: SpillLedger } | null = null;

/** Runs `body` with `host` answering custom-function calls and `ledger` sizing their spills. */
export function withHost<T>(host: CustomFunctionHost, ledger: SpillLedger, body: () => T): T {
  const previous = active;
  active = { host, ledger };
  try {
    return body();
  } finally {
    active = previous;
  }
}

const registered = new Set<string>();

function current(): { host: CustomFunctionHost; ledger: SpillLedger } {
  if (!active) throw new Error('A custom function was evaluated outside a loaded add-on');
  return active;
}

function host(): CustomFunctionHost {
  return current().host;
}

/**
 * Sheets' text for each engine error. A custom function receives an error argument as this text
 * (see the README, "Error cells"); the engine's #CYCLE! and #SPILL! are Sheets' #REF!, and its
 * licence error cannot happen in Sheets.
 */
export const SHEETS_ERROR_TEXT: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: '#DIV/0!',
  NAME: '#NAME?',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NA: '#N/A',
  CYCLE: '#REF!',
  REF: '#REF!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
  ERROR: '#ERROR!',
};

/** An engine value as a custom function receives it. */
function toSheetsArg(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) {
    return value.data.map((row) => row.map((cell) => toSheetsArg(cell)));
  }
  if (value instanceof CellError) return SHEETS_ERROR_TEXT[value.type] ?? '#ERROR!';
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (typeof value === 'object' && 'val' in value && typeof (value as { getDetailedType?: unknown }).getDetailedType === 'function') {
    const rich = value as { val: number; getDetailedType(): string };
    const type = rich.getDetailedType();
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' || type === 'NUMBER_TIME' ? host().toSheetsValue(new Date(NaN), rich.val) : rich.val;
  }
  return value;
}

const isDateValue = (value: unknown) => Object.prototype.toString.call(value) === '[object Date]';

function toEngineValue(value: unknown): unknown {
  if (value === null || value === undefined) return EmptyValue;
  if (typeof value === 'number' && !Number.isFinite(value)) return new CellError('NUM' as never, 'Result is not a finite number');
  return value;
}

/** The call site of a custom function: its formula cell, its name and its argument expressions. */
function siteOf(ast: ProcedureAst, at: EngineAddress): string {
  let args: string;
  try {
    args = JSON.stringify(ast.args);
  } catch {
    args = String(ast.args.length);
  }
  return `${at.sheet},${at.row},${at.col}|${ast.procedureName}|${args}`;
}

function addressOf(state: InterpreterState): EngineAddress | null {
  return (state as { formulaAddress?: EngineAddress } | undefined)?.formulaAddress ?? null;
}

/** The plugin class for a set of custom function names (one class per registration). */
function pluginFor(names: readonly { name: string; arity: number }[]) {
  class CustomFunctions extends FunctionPlugin {
    static implementedFunctions = Object.fromEntries(
      names.map(({ name, arity }) => [
        name,
        {
          method: 'dispatch',
          sizeOfResultArrayMethod: 'reservedSize',
          vectorizationForbidden: true,
          parameters: Array.from({ length: arity }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
        },
      ]),
    );

    dispatch(ast: ProcedureAst, state: InterpreterState) {
      // Arguments are evaluated here rather than through runFunction, which would coerce date
      // cells to bare numbers and stop at an error argument: Sheets hands a custom function a
      // Date for a date cell and an error's text for an error, and calls it all the same.
      const args = ast.args.map((arg: never) => toSheetsArg(this.evaluateAst(arg, state)));
      const { ledger } = current();
      const at = addressOf(state);
      const site = at ? siteOf(ast, at) : null;
      const outcome = site ? ledger.outcome(site, args, () => call(ast.procedureName, args, at ?? undefined)) : call(ast.procedureName, args, at ?? undefined);
      if ('error' in outcome) {
        // An error shows in the calling cell alone and reserves nothing around it.
        if (site && at) ledger.learn(site, at, SINGLE);
        return new CellError('ERROR' as never, outcome.error) as never;
      }
      const dateOut = (value: unknown) =>
        isDateValue(value) ? this.returnNumberWrapper(host().toSerial(value as Date), 'NUMBER_DATE' as never) : toEngineValue(value);
      const result = shapeOf(outcome.value, dateOut);
      const size = result.rows ? { rows: result.rows.length, cols: result.rows[0].length } : SINGLE;
      const reserved = site ? ledger.sizeOf(site) : SINGLE;
      if (site && at) ledger.learn(site, at, size);
      if (!result.rows) return result.single as never;
      // Until the formula is entered again at its new size, the array is cut or padded to the
      // size the engine reserved (which refuses anything larger); a single cell takes the first value.
      if (reserved.rows === 1 && reserved.cols === 1) return result.rows[0][0] as never;
      const fitted = Array.from({ length: reserved.rows }, (_, r) => Array.from({ length: reserved.cols }, (_, c) => result.rows?.[r]?.[c] ?? EmptyValue));
      return SimpleRangeValue.onlyValues(fitted as never) as never;
    }

    /** What the engine reserves for a call: what it returned last time, else a single cell. */
    reservedSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      const at = addressOf(state);
      const { rows, cols } = at && active ? active.ledger.sizeOf(siteOf(ast, at)) : SINGLE;
      return rows === 1 && cols === 1 ? ArraySize.scalar() : new ArraySize(cols, rows);
    }
  }

  /** Runs the function in the add-on; its error becomes the message the cell shows. */
  function call(name: string, args: unknown[], caller?: EngineAddress): Outcome {
    try {
      return { value: host().callCustom(name, args, caller) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : typeof err === 'object' && err !== null && 'message' in err ? String((err as { message: unknown }).message) : String(err) };
    }
  }

  return CustomFunctions;
}

/**
 * A returned value as the engine takes it: rectangular rows for an array (a 1-D array is one
 * column, as in Sheets; short rows are padded with empty cells), else a single value (a 1 × 1
 * array and an empty array included).
 */
function shapeOf(out: unknown, toEngine: (value: unknown) => unknown): { rows: unknown[][] | null; single?: unknown } {
  if (!Array.isArray(out)) return { rows: null, single: toEngine(out) };
  const rows = out.map((row: unknown) => (Array.isArray(row) ? row : [row]).map(toEngine));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || width === 0) return { rows: null, single: EmptyValue };
  for (const row of rows) while (row.length < width) row.push(EmptyValue);
  if (rows.length === 1 && width === 1) return { rows: null, single: rows[0][0] };
  return { rows };
}

/** SPARKLINE(data, [options]): Sheets draws a chart; the engine shows a text stand-in. */
class Sparkline extends FunctionPlugin {
  static implementedFunctions = {
    SPARKLINE: {
      method: 'sparkline',
      vectorizationForbidden: true,
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY, optionalArg: true }],
    },
  };

  sparkline(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('SPARKLINE'), (data: unknown): never => {
      const values = data instanceof SimpleRangeValue ? data.valuesFromTopLeftCorner().filter((v) => typeof v === 'number') : [data];
      return `[sparkline: ${values.length} points]` as never;
    }) as never;
  }
}

/**
 * TODAY() and NOW() on the runtime's simulated clock, in the spreadsheet's time zone (the engine's
 * own read the machine's clock in its zone, so a workbook file's `clock` and `--now` had no effect).
 */
/** Serial "now": the add-on's simulated clock, or the machine's (UTC) in a workbook with no add-on. */
function nowSerial(): number {
  if (active) return active.host.toSerial(active.host.now());
  return (Date.now() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

class SimulatedClock extends FunctionPlugin {
  static implementedFunctions = {
    TODAY: { method: 'today', parameters: [], isVolatile: true },
    NOW: { method: 'now', parameters: [], isVolatile: true },
  };

  today(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), (): never =>
      this.returnNumberWrapper(Math.floor(nowSerial()), 'NUMBER_DATE' as never) as never,
    ) as never;
  }

  now(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata('NOW'), (): never =>
      this.returnNumberWrapper(nowSerial(), 'NUMBER_DATETIME' as never) as never,
    ) as never;
  }
}

const translations = (names: readonly string[]) => {
  const map = Object.fromEntries(names.map((n) => [n, n]));
  return { enGB: map };
};

/**
 * Registers the custom functions (by name and parameter count, as found in the built bundle) and
 * SPARKLINE with HyperFormula, once per name per process.
 */
export function registerEngineFunctions(functions: readonly { name: string; arity: number }[]): void {
  const fresh = functions.filter((f) => !registered.has(f.name.toUpperCase()));
  if (fresh.length) {
    HyperFormula.registerFunctionPlugin(pluginFor(fresh), translations(fresh.map((f) => f.name)));
    fresh.forEach((f) => registered.add(f.name.toUpperCase()));
  }
  if (!registered.has('SPARKLINE')) {
    HyperFormula.registerFunctionPlugin(Sparkline, translations(['SPARKLINE']));
    registered.add('SPARKLINE');
    HyperFormula.unregisterFunction('TODAY');
    HyperFormula.unregisterFunction('NOW');
    HyperFormula.registerFunctionPlugin(SimulatedClock, translations(['TODAY', 'NOW']));
  }
}
