/**
 * Logger and console: both write lines to `logs` (the execution log). `Logger.log(format, …)`
 * formats like `Utilities.formatString`; console formats like Node's (close to V8 Apps Script's).
 * console.warn/error lines are prefixed `WARNING: ` / `ERROR: `; console.time measures simulated time.
 */
import { format } from 'node:util';
import type { Kernel } from '../kernel';
import { ServiceContext, type ServiceDeps } from './context';
import { formatStringText } from './utilities';

function text(data: unknown): string {
  if (data !== null && typeof data === 'object' && Object.prototype.toString.call(data) !== '[object Date]') {
    try {
      return JSON.stringify(data);
    } catch {
      return String(data);
    }
  }
  return String(data);
}

/** `Logger`. */
export class FakeLogger implements GoogleAppsScript.Base.Logger {
  private readonly ctx: ServiceContext;

  constructor(
    kernel: Kernel,
    private readonly logs: string[],
    deps?: ServiceDeps,
  ) {
    this.ctx = new ServiceContext(kernel, deps);
  }

  clear(): void {
    this.ctx.call('Logger.clear');
    this.logs.length = 0;
  }

  getLog(): string {
    this.ctx.call('Logger.getLog');
    return this.logs.join('\n');
  }

  log(data: unknown, ...values: unknown[]): this {
    this.ctx.call('Logger.log');
    this.logs.push(values.length ? formatStringText(String(data), values) : text(data));
    return this;
  }
}

/** The console methods Apps Script documents. */
export type FakeConsole = Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>;

/** A console writing to `logs`. */
export function createConsole(kernel: Kernel, logs: string[], deps?: ServiceDeps): FakeConsole {
  const ctx = new ServiceContext(kernel, deps);
  const timers = new Map<string, number>();
  const line = (method: string, prefix: string, args: unknown[]): void => {
    ctx.call(`console.${method}`);
    logs.push(prefix + format(...args));
  };
  return {
    log: (...args: unknown[]) => line('log', '', args),
    info: (...args: unknown[]) => line('info', '', args),
    warn: (...args: unknown[]) => line('warn', 'WARNING: ', args),
    error: (...args: unknown[]) => line('error', 'ERROR: ', args),
    time(label = 'default') {
      ctx.call('console.time');
      timers.set(String(label), kernel.executionNow().getTime());
    },
    timeEnd(label = 'default') {
      ctx.call('console.timeEnd');
      const start = timers.get(String(label));
      if (start === undefined) return;
      timers.delete(String(label));
      logs.push(`${label}: ${kernel.executionNow().getTime() - start}ms`);
    },
  };
}
