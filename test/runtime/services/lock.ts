/**
 * LockService: the document, script and user locks.
 *
 * A held lock belongs to the execution that took it, tagged with its `Execution.id`. The user
 * lock is one per user ("prevents concurrent access to a section of code by the current user"),
 * kept under `user:<email>`. Contention comes from:
 * - {@link holdLockElsewhere}: "an execution running elsewhere (another user's, a trigger) holds
 *   this lock until T", what two concurrent executions look like to each other — waiting for it
 *   charges the wait as simulated time (`kernel.spend`), so a long wait can also exhaust the
 *   execution's 30 s / 6 min budget, as in Apps Script;
 * - a lock held by an execution that is suspended while this one runs: the outer execution of a
 *   recalculated custom function, or the execution an interleave hook suspended
 *   (`Kernel.interleave`). That holder cannot go on before this one ends, so the wait always
 *   lasts the whole timeout and fails — the pessimistic case of two real concurrent executions
 *   (in Apps Script the holder might finish and release within the timeout).
 * `waitLock` throws Apps Script's timeout error. When an execution ends, the locks it holds are
 * released — only its own: a nested custom function or a concurrent execution ending leaves the
 * suspended execution's locks.
 */
import type { Kernel } from '../kernel';
import { DEFAULT_USER_EMAIL, ServiceContext, type ServiceDeps } from './context';

/** Which lock. */
export type LockScope = 'document' | 'script' | 'user';

/**
 * Who holds a lock: an execution of this kernel (by `Execution.id`; 0 outside any execution, i.e.
 * test set-up code), or another user's execution until a simulated time.
 */
export type LockHold = { by: 'execution'; id: number } | { by: 'other'; until: number };

/** The locks, JSON-able: by key, `document`, `script` or `user:<email>`. */
export interface LockState {
  held: Record<string, LockHold>;
}

/** The key a lock is held under: the user lock is each user's own. */
export function lockKey(scope: LockScope, email: string = DEFAULT_USER_EMAIL): string {
  return scope === 'user' ? `user:${email}` : scope;
}

/** Apps Script's text when `waitLock` gives up. */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** A fresh state: every lock free. */
export function emptyLockState(): LockState {
  return { held: {} };
}

/**
 * Test helper: an execution running elsewhere (another user's, a trigger) holds `scope` until
 * `untilMs` (epoch ms of the simulated clock), as if it were running concurrently. For the user
 * lock, `email` names whose (default: the default user's).
 */
export function holdLockElsewhere(state: LockState, scope: LockScope, untilMs: number, email?: string): void {
  state.held[lockKey(scope, email)] = { by: 'other', until: untilMs };
}

/** Releases every lock execution `executionId` holds (wired to `kernel.onExecutionEnd`). */
export function releaseExecutionLocks(state: LockState, executionId: number): void {
  for (const key of Object.keys(state.held)) {
    if (isHeldBy(state.held[key], executionId)) delete state.held[key];
  }
}

function isHeldBy(hold: LockHold | undefined, executionId: number): boolean {
  return hold?.by === 'execution' && hold.id === executionId;
}

const MODES_ALLOWED = ['LIMITED', 'CUSTOM_FUNCTION', 'FULL'] as const;

/** One lock object. `hasLock` is per object, as documented. */
export class FakeLock implements GoogleAppsScript.Lock.Lock {
  /** The execution this object took the lock for, or null when it holds none. */
  private owner: number | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly state: LockState,
    /** The lock's key (see {@link lockKey}). */
    private readonly scope: string,
  ) {}

  /** Tries for up to `timeoutMs`; spends the time waited. */
  private acquire(timeoutMs: number): boolean {
    this.ctx.requireAuth('LockService', MODES_ALLOWED);
    const timeout = Math.max(0, Number(timeoutMs) || 0);
    const me = this.ctx.kernel.execution()?.id ?? 0;
    const hold = this.state.held[this.scope];
    const now = this.ctx.kernel.executionNow().getTime();
    if (hold?.by === 'other' && hold.until > now) {
      const wait = hold.until - now;
      if (wait > timeout) {
        this.ctx.kernel.spend(timeout);
        return false;
      }
      this.ctx.kernel.spend(wait);
    } else if (hold?.by === 'execution' && hold.id !== me) {
      // A suspended execution holds it (this one's caller or the execution interleaved with), and
      // it cannot go on, so cannot release, while this one runs.
      this.ctx.kernel.spend(timeout);
      return false;
    }
    // Free, expired or already ours (a second lock object in the same execution shares the hold).
    this.state.held[this.scope] = { by: 'execution', id: me };
    this.owner = me;
    return true;
  }

  /** True while the hold this object took is still in place. */
  private holding(): boolean {
    return this.owner !== null && isHeldBy(this.state.held[this.scope], this.owner);
  }

  hasLock(): boolean {
    this.ctx.call('Lock.hasLock');
    return this.holding();
  }

  releaseLock(): void {
    this.ctx.call('Lock.releaseLock');
    if (this.holding()) delete this.state.held[this.scope];
    this.owner = null;
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
    kernel.onExecutionEnd.push((execution) => releaseExecutionLocks(state, execution.id));
  }

  private open(method: string, scope: LockScope): FakeLock {
    this.ctx.call(`LockService.${method}`);
    this.ctx.requireAuth('LockService', MODES_ALLOWED);
    return new FakeLock(this.ctx, this.state, lockKey(scope, this.ctx.activeUser()));
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
