/**
 * LockService: the document, script and user locks.
 *
 * A held lock belongs to an execution. The kernel runs one execution at a time, so contention
 * comes from {@link holdLockElsewhere}: "another execution holds this lock until T". Waiting for
 * it charges simulated time (`kernel.spend`), so a long wait can also exhaust the execution's
 * 30 s / 6 min budget, as in Apps Script. `waitLock` throws Apps Script's timeout error; locks held
 * by the execution are released when it ends.
 */
import type { Kernel } from '../kernel';
import { ServiceContext, type ServiceDeps } from './context';

/** Which lock. */
export type LockScope = 'document' | 'script' | 'user';

/** Who holds a lock: the running execution, or another one until a simulated time. */
export type LockHold = { by: 'this-execution' } | { by: 'other'; until: number };

/** The locks, JSON-able. */
export interface LockState {
  held: Partial<Record<LockScope, LockHold>>;
}

/** Apps Script's text when `waitLock` gives up. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** A fresh state: every lock free. */
export function emptyLockState(): LockState {
  return { held: {} };
}

/**
 * Test helper: another execution holds `scope` until `untilMs` (epoch ms of the simulated clock).
 */
export function holdLockElsewhere(state: LockState, scope: LockScope, untilMs: number): void {
  state.held[scope] = { by: 'other', until: untilMs };
}

/** Releases every lock the running execution holds (wired to `kernel.onExecutionEnd`). */
export function releaseExecutionLocks(state: LockState): void {
  for (const scope of Object.keys(state.held) as LockScope[]) {
    if (state.held[scope]?.by === 'this-execution') delete state.held[scope];
  }
}

const MODES_ALLOWED = ['LIMITED', 'CUSTOM_FUNCTION', 'FULL'] as const;

/** One lock object. `hasLock` is per object, as documented. */
export class FakeLock implements GoogleAppsScript.Lock.Lock {
  private acquired = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly state: LockState,
    private readonly scope: LockScope,
  ) {}

  /** Tries for up to `timeoutMs`; spends the time waited. */
  private acquire(timeoutMs: number): boolean {
    this.ctx.requireAuth('LockService', MODES_ALLOWED);
    const timeout = Math.max(0, Number(timeoutMs) || 0);
    const hold = this.state.held[this.scope];
    const now = this.ctx.kernel.executionNow().getTime();
    if (hold?.by === 'other' && hold.until > now) {
      const wait = hold.until - now;
      if (wait > timeout) {
        this.ctx.kernel.spend(timeout);
        return false;
      }
      this.ctx.kernel.spend(wait);
    }
    // Free, expired or already ours (a second lock object in the same execution shares the hold).
    this.state.held[this.scope] = { by: 'this-execution' };
    this.acquired = true;
    return true;
  }

  hasLock(): boolean {
    this.ctx.call('Lock.hasLock');
    return this.acquired && this.state.held[this.scope]?.by === 'this-execution';
  }

  releaseLock(): void {
    this.ctx.call('Lock.releaseLock');
    if (this.acquired && this.state.held[this.scope]?.by === 'this-execution') delete this.state.held[this.scope];
    this.acquired = false;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.ctx.call('Lock.tryLock');
    return this.acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.ctx.call('Lock.waitLock');
    if (!this.acquire(timeoutInMillis)) throw this.ctx.error(LOCK_TIMEOUT_MESSAGE);
  }
}

/** `LockService`. */
export class FakeLockService implements GoogleAppsScript.Lock.LockService {
  private readonly ctx: ServiceContext;

  constructor(
    kernel: Kernel,
    private readonly state: LockState,
    deps?: ServiceDeps,
  ) {
    this.ctx = new ServiceContext(kernel, deps);
    kernel.onExecutionEnd.push(() => releaseExecutionLocks(state));
  }

  private open(method: string, scope: LockScope): FakeLock {
    this.ctx.call(`LockService.${method}`);
    this.ctx.requireAuth('LockService', MODES_ALLOWED);
    return new FakeLock(this.ctx, this.state, scope);
  }

  getDocumentLock(): FakeLock {
    return this.open('getDocumentLock', 'document');
  }

  getScriptLock(): FakeLock {
    return this.open('getScriptLock', 'script');
  }

  getUserLock(): FakeLock {
    return this.open('getUserLock', 'user');
  }
}
