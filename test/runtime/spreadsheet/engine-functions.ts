/**
 * Teaches HyperFormula the functions a Sheets workbook of ours uses that it lacks: the add-on's
 * custom functions (dispatched to the loaded bundle, as Sheets dispatches to Apps Script) and
 * SPARKLINE (Sheets draws a chart in the cell; here the cell holds a text stand-in).
 *
 * HyperFormula registers plugins once per process, so calls are routed to the workbook that is
 * evaluating right now (`withHost`); evaluation is synchronous, so one active host is enough.
 */
import { ArraySize, CellError, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, EmptyValue } from 'hyperformula';

// The engine's internal types are not exported; these are the parts we touch.
type ProcedureAst = { procedureName: string; args: never[] };
type InterpreterState = never;

/** What the engine needs from a loaded add-on to evaluate one of its custom functions. */
export interface CustomFunctionHost {
  /**
   * Runs the custom function as Sheets would: a separate read-only execution, whose active range is
   * the calling cell (`caller`: the engine's sheet id, 0-based row and column). Throws its error.
   */
  callCustom(name: string, args: unknown[], caller?: { sheet: number; row: number; col: number }): unknown;
  /** The spill size the function will return for arguments of these shapes. */
  resultShape(name: string, shapes: { rows: number; cols: number; scalar: boolean }[]): { rows: number; cols: number };
  /** A serial date number → the Date a script sees (wall time in the spreadsheet's zone). */
  toSheetsValue(unused: Date, serial: number): Date;
  /** Sheets value (a Date) → serial day number for the engine. */
  toSerial(date: Date): number;
  /** The simulated "now": TODAY() and NOW() read it, not the machine's clock. */
  now(): Date;
}

let activeHost: CustomFunctionHost | null = null;

/** Runs `body` with `host` answering custom-function calls. */
export function withHost<T>(host: CustomFunctionHost, body: () => T): T {
  const previous = activeHost;
  activeHost = host;
  try {
    return body();
  } finally {
    activeHost = previous;
  }
}

const registered = new Set<string>();

function host(): CustomFunctionHost {
  if (!activeHost) throw new Error('A custom function was evaluated outside a loaded add-on');
  return activeHost;
}

function toSheetsArg(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) {
    return value.data.map((row) => row.map((cell) => toSheetsArg(cell)));
  }
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

/** The plugin class for a set of custom function names (one class per registration). */
function pluginFor(names: readonly { name: string; arity: number }[]) {
  class CustomFunctions extends FunctionPlugin {
    static implementedFunctions = Object.fromEntries(
      names.map(({ name, arity }) => [
        name,
        {
          method: 'dispatch',
          sizeOfResultArrayMethod: 'predictSize',
          vectorizationForbidden: true,
          parameters: Array.from({ length: arity }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
        },
      ]),
    );

    dispatch(ast: ProcedureAst, state: InterpreterState) {
      // Arguments are evaluated here rather than through runFunction, which would coerce date
      // cells to bare numbers: Sheets hands a custom function a Date for a date cell.
      const args = ast.args.map((arg: never) => this.evaluateAst(arg, state));
      const error = args.find((a) => a instanceof CellError);
      if (error) return this.anchorOnly(error as CellError, ast, state);
      const dateOut = (value: unknown) =>
        isDateValue(value) ? this.returnNumberWrapper(host().toSerial(value as Date), 'NUMBER_DATE' as never) : toEngineValue(value);
      try {
        const caller = (state as unknown as { formulaAddress?: { sheet: number; row: number; col: number } }).formulaAddress;
        const out = host().callCustom(ast.procedureName, args.map(toSheetsArg), caller);
        if (Array.isArray(out)) {
          const rows = out.map((row: unknown) => (Array.isArray(row) ? row : [row]).map(dateOut));
          if (rows.length === 1 && rows[0].length === 1) return rows[0][0] as never;
          return SimpleRangeValue.onlyValues(rows as never) as never;
        }
        return dateOut(out) as never;
      } catch (err) {
        return this.anchorOnly(new CellError('ERROR' as never, err instanceof Error ? err.message : String(err)), ast, state);
      }
    }

    /**
     * An error of a call predicted to spill: Sheets shows it in the calling cell only, and the
     * cells the result would have covered stay empty (the engine would repeat it across them).
     */
    private anchorOnly(error: CellError, ast: ProcedureAst, state: InterpreterState): never {
      const size = this.predictSize(ast, state);
      if (size.isScalar()) return error as never;
      const rows = Array.from({ length: size.height }, (_, r) => Array.from({ length: size.width }, (_, c) => (r === 0 && c === 0 ? error : EmptyValue)));
      return SimpleRangeValue.onlyValues(rows as never) as never;
    }

    predictSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      const shapes = ast.args.map((arg: never) => {
        const size = this.arraySizeForAst(arg, state);
        return { rows: size.height, cols: size.width, scalar: size.isScalar() };
      });
      const { rows, cols } = host().resultShape(ast.procedureName, shapes);
      return rows === 1 && cols === 1 ? ArraySize.scalar() : new ArraySize(cols, rows);
    }
  }
  return CustomFunctions;
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
  if (activeHost) return activeHost.toSerial(activeHost.now());
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
