import { describe, expect, it } from 'vitest';
import { ExceededMaximumExecutionTime, type Kernel } from '../kernel';
import { FakeLockService, LOCK_TIMEOUT_MESSAGE, emptyLockState, holdLockElsewhere, lockKey } from './lock';
import { kernelAt, realmKit, run } from './test-kit';

function setup() {
  const kernel = kernelAt();
  const state = emptyLockState();
  const kit = realmKit();
  return { kernel, state, service: kit.view(new FakeLockService(kernel, state, kit.deps), 'LockService') };
}

/**
 * A menu execution of the default user that takes (or not) the document lock, then has `other`
 * interleaved at its next service call, then asks `after` of its lock.
 */
function interleaved<T>(kernel: Kernel, outerTakes: boolean, other: () => void, after: (lock: GoogleAppsScript.Lock.Lock) => T, service: FakeLockService): T {
  kernel.interleave((p) => p.method === 'Range.getValues', other);
  return kernel.run('menu', 'FULL', () => {
    const lock = service.getDocumentLock();
    if (outerTakes) lock.waitLock(1_000);
    kernel.call('Range.getValues');
    return after(lock);
  }).value;
}

describe('LockService', () => {
  it('a lock is not held until tryLock or waitLock', () => {
    const { kernel, service } = setup();
    run(kernel, 'FULL', () => {
      const lock = service.getDocumentLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(0)).toBe(true);
      expect(lock.hasLock()).toBe(true);
    });
  });

  it('waits for another execution to release, charging the wait as simulated time', () => {
    const { kernel, state, service } = setup();
    const start = kernel.now().getTime();
    holdLockElsewhere(state, 'document', start + 5_000);
    const { execution } = kernel.run('menu', 'FULL', () => service.getDocumentLock().waitLock(10_000));
    expect(execution.usedMs).toBeGreaterThanOrEqual(5_000);
  });

  it('waitLock throws "Lock timeout" when the other execution holds it too long', () => {
    const { kernel, state, service } = setup();
    holdLockElsewhere(state, 'document', kernel.now().getTime() + 60_000);
    expect(() => run(kernel, 'FULL', () => service.getDocumentLock().waitLock(10_000))).toThrow(LOCK_TIMEOUT_MESSAGE);
  });

  it('tryLock returns false after waiting out its timeout', () => {
    const { kernel, state, service } = setup();
    holdLockElsewhere(state, 'script', kernel.now().getTime() + 60_000);
    const { value, execution } = kernel.run('menu', 'FULL', () => service.getScriptLock().tryLock(2_000));
    expect(value).toBe(false);
    expect(execution.usedMs).toBeGreaterThanOrEqual(2_000);
  });

  it('a long wait in a custom function runs out its 30-second budget', () => {
    const { kernel, state, service } = setup();
    holdLockElsewhere(state, 'document', kernel.now().getTime() + 120_000);
    expect(() => run(kernel, 'CUSTOM_FUNCTION', () => service.getDocumentLock().waitLock(60_000))).toThrow(ExceededMaximumExecutionTime);
  });

  it('releases the execution\'s locks when it ends', () => {
    const { kernel, state, service } = setup();
    run(kernel, 'FULL', () => service.getUserLock().waitLock(1_000));
    expect(state.held).toEqual({});
  });

  it('releaseLock frees the lock during the execution', () => {
    const { kernel, state, service } = setup();
    run(kernel, 'FULL', () => {
      const lock = service.getDocumentLock();
      lock.waitLock(1_000);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
      expect(state.held.document).toBeUndefined();
    });
  });

  it('a nested custom-function execution ending leaves the outer execution\'s lock held', () => {
    const { kernel, state, service } = setup();
    const { value } = kernel.run('menu', 'FULL', () => {
      const lock = service.getDocumentLock();
      lock.waitLock(1_000);
      // Sheets recalculates a custom function while the menu item runs: its own execution.
      kernel.run('custom-function', 'CUSTOM_FUNCTION', () => 42);
      const afterNested = { hasLock: lock.hasLock(), held: { ...state.held } };
      return afterNested;
    });
    expect(value.hasLock).toBe(true);
    expect(value.held.document).toMatchObject({ by: 'execution' });
    // The outer execution's end releases it.
    expect(state.held).toEqual({});
  });

  it('a nested custom function cannot take a lock the outer execution holds, and leaves it in place', () => {
    const { kernel, state, service } = setup();
    const { value } = kernel.run('menu', 'FULL', () => {
      const outer = service.getScriptLock();
      outer.waitLock(1_000);
      const nested = kernel.run('custom-function', 'CUSTOM_FUNCTION', () => service.getScriptLock().tryLock(2_000));
      return { got: nested.value, waited: nested.execution.usedMs, outerHasLock: outer.hasLock() };
    });
    expect(value.got).toBe(false);
    expect(value.waited).toBeGreaterThanOrEqual(2_000);
    expect(value.outerHasLock).toBe(true);
    expect(state.held).toEqual({});
  });

  it('a lock the nested custom function takes is released when it ends, not the outer\'s', () => {
    const { kernel, state, service } = setup();
    kernel.run('menu', 'FULL', () => {
      const outer = service.getDocumentLock();
      outer.waitLock(1_000);
      kernel.run('custom-function', 'CUSTOM_FUNCTION', () => service.getUserLock().waitLock(1_000));
      expect(state.held[lockKey('user')]).toBeUndefined();
      expect(outer.hasLock()).toBe(true);
    });
  });

  it('two executions contending: B cannot tryLock(5000) while A holds the document lock', () => {
    const { kernel, state, service } = setup();
    // Execution A (a menu item, say, of another user) took the document lock and runs 60 s more.
    const start = kernel.now().getTime();
    holdLockElsewhere(state, 'document', start + 60_000);
    const { value, execution } = kernel.run('menu', 'FULL', () => service.getDocumentLock().tryLock(5_000));
    expect(value).toBe(false);
    expect(execution.usedMs).toBeGreaterThanOrEqual(5_000);
    // B gave up; A's hold is untouched.
    expect(state.held.document).toEqual({ by: 'other', until: start + 60_000 });
  });

  it('two executions contending: B\'s waitLock charges the timeout as simulated time, then throws Apps Script\'s text', () => {
    const { kernel, state, service } = setup();
    const start = kernel.now().getTime();
    holdLockElsewhere(state, 'document', start + 60_000);
    let used = 0;
    let message = '';
    try {
      kernel.run('menu', 'FULL', () => {
        try {
          service.getDocumentLock().waitLock(10_000);
        } finally {
          used = kernel.execution()?.usedMs ?? 0;
        }
      });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(used).toBeGreaterThanOrEqual(10_000);
    // The failed execution moved the simulated clock by the time it waited.
    expect(kernel.now().getTime() - start).toBeGreaterThanOrEqual(10_000);
  });

  it('two executions contending: once A has finished, B gets the lock after waiting for it', () => {
    const { kernel, state, service } = setup();
    const start = kernel.now().getTime();
    holdLockElsewhere(state, 'document', start + 3_000);
    const { value, execution } = kernel.run('menu', 'FULL', () => service.getDocumentLock().tryLock(5_000));
    expect(value).toBe(true);
    expect(execution.usedMs).toBeGreaterThanOrEqual(3_000);
    expect(execution.usedMs).toBeLessThan(5_000);
  });

  it('is refused in AuthMode.NONE', () => {
    const { kernel, service } = setup();
    expect(() => run(kernel, 'NONE', () => service.getDocumentLock())).toThrow(/permission/);
  });

  it('an execution interleaved while the suspended one holds the lock waits its whole timeout and fails', () => {
    const { kernel, service } = setup();
    let inner = { got: true, waited: 0 };
    interleaved(kernel, true, () => {
      const { value, execution } = kernel.run('time-trigger', 'FULL', () => service.getDocumentLock().tryLock(5_000), { user: 'b@example.com' });
      inner = { got: value, waited: execution.usedMs };
    }, () => null, service);
    expect(inner.got).toBe(false);
    expect(inner.waited).toBeGreaterThanOrEqual(5_000);
  });

  it('the suspended execution keeps its lock after the interleaved one gave up', () => {
    const { kernel, service } = setup();
    const kept = interleaved(kernel, true, () => {
      kernel.run('sidebar', 'FULL', () => service.getDocumentLock().tryLock(100));
    }, (lock) => lock.hasLock(), service);
    expect(kept).toBe(true);
  });

  it('an interleaved execution that takes the lock first releases it at its end, and the suspended one then gets it', () => {
    const { kernel, service } = setup();
    let innerGot = false;
    const outer = interleaved(kernel, false, () => {
      innerGot = kernel.run('sidebar', 'FULL', () => service.getDocumentLock().tryLock(0)).value;
    }, (lock) => {
      const t0 = kernel.executionNow().getTime();
      return { got: lock.tryLock(0), waited: kernel.executionNow().getTime() - t0 };
    }, service);
    expect([innerGot, outer.got]).toEqual([true, true]);
    expect(outer.waited).toBeLessThan(100);
  });

  it('an interleaved execution ending releases only its own locks', () => {
    const { kernel, state, service } = setup();
    const held = interleaved(kernel, true, () => {
      kernel.run('sidebar', 'FULL', () => service.getScriptLock().waitLock(0));
    }, () => Object.keys(state.held).sort(), service);
    expect(held).toEqual(['document']);
  });

  it('gives each user a user lock of their own', () => {
    const { kernel, service } = setup();
    let partner: boolean | null = null;
    let same: boolean | null = null;
    kernel.interleave((p) => p.method === 'Range.getValues', () => {
      partner = kernel.run('sidebar', 'FULL', () => service.getUserLock().tryLock(0), { user: 'b@example.com' }).value;
      same = kernel.run('sidebar', 'FULL', () => service.getUserLock().tryLock(0), { user: 'a@example.com' }).value;
    });
    kernel.run('menu', 'FULL', () => {
      service.getUserLock().waitLock(0);
      kernel.call('Range.getValues');
    }, { user: 'a@example.com' });
    expect([partner, same]).toEqual([true, false]);
  });
});
