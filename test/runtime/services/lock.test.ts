import { describe, expect, it } from 'vitest';
import { ExceededMaximumExecutionTime } from '../kernel';
import { FakeLockService, LOCK_TIMEOUT_MESSAGE, emptyLockState, holdLockElsewhere } from './lock';
import { kernelAt, run } from './test-kit';

function setup() {
  const kernel = kernelAt();
  const state = emptyLockState();
  return { kernel, state, service: new FakeLockService(kernel, state) };
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

  it('is refused in AuthMode.NONE', () => {
    const { kernel, service } = setup();
    expect(() => run(kernel, 'NONE', () => service.getDocumentLock())).toThrow(/permission/);
  });
});
