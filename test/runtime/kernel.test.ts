import { describe, expect, it } from 'vitest';
import { BUDGET_MS, ExceededMaximumExecutionTime, Kernel, QUOTA_WINDOW_MS, TRIGGER_QUOTA_MESSAGE, TRIGGER_RUNTIME_MS, modelledMs, type Execution, type InterleavePoint } from './kernel';

const START = new Date('2026-11-27T06:00:00Z');
const MINUTE = 60_000;

/** A kernel at {@link START}. */
const kernelAtStart = () => new Kernel(START);

/** Runs a time-driven execution of `user` that makes `calls` Range.setValues calls (100 ms each); its error's message or null. */
function triggerRun(kernel: Kernel, user: string, calls: number): { error: string | null; ran: boolean } {
  let ran = false;
  try {
    kernel.run('time-trigger', 'FULL', () => {
      ran = true;
      for (let i = 0; i < calls; i++) kernel.call('Range.setValues');
    }, { user });
    return { error: null, ran };
  } catch (err) {
    return { error: (err as Error).message, ran };
  }
}

/** Runs time-driven executions of 5 modelled minutes each (3,000 × 100 ms) for `user` until `totalMin` minutes are used. */
function spendTriggerMinutes(kernel: Kernel, user: string, totalMin: number): void {
  for (let m = 0; m < totalMin; m += 5) expect(triggerRun(kernel, user, 3_000).error).toBeNull();
}

describe('the kernel', () => {
  it('stops a custom function whose own computing runs past 30 seconds', () => {
    let cpu = 0;
    const kernel = new Kernel(new Date('2026-11-27T00:00:00Z'), () => cpu);
    expect(() => kernel.run('custom-function', 'CUSTOM_FUNCTION', () => (cpu += 30_001))).toThrow(ExceededMaximumExecutionTime);
    expect(kernel.run('custom-function', 'CUSTOM_FUNCTION', () => (cpu += 29_000)).value).toBeGreaterThan(0);
  });

  it('stops an execution whose service calls spend its budget, 30 s for simple triggers and 6 min for menus', () => {
    const kernel = new Kernel(new Date('2026-11-27T00:00:00Z'));
    const callsUntilStopped = (kind: 'simple-trigger' | 'menu') => {
      let calls = 0;
      try {
        kernel.run(kind, 'FULL', () => {
          for (;;) {
            kernel.call('Range.setValues');
            calls++;
          }
        });
      } catch (err) {
        expect(err).toBeInstanceOf(ExceededMaximumExecutionTime);
      }
      return calls;
    };
    expect(callsUntilStopped('simple-trigger')).toBe(BUDGET_MS['simple-trigger'] / 100);
    expect(callsUntilStopped('menu')).toBe(BUDGET_MS.menu / 100);
  });

  it('moves the simulated clock by the modelled time of an execution, not by real time', () => {
    const kernel = new Kernel(new Date('2026-11-27T00:00:00Z'));
    kernel.run('menu', 'FULL', () => kernel.call('Range.getValues'));
    expect(kernel.now().toISOString()).toBe('2026-11-27T00:00:00.080Z');
  });

  it('never moves the clock back', () => {
    const kernel = new Kernel(new Date('2026-11-27T00:00:00Z'));
    expect(() => kernel.setNow(new Date('2026-11-26T00:00:00Z'))).toThrow(/cannot go back/);
  });

  it('runs a custom function beside the execution that triggered its recalculation, with its own call log', () => {
    const kernel = new Kernel(new Date('2026-11-27T00:00:00Z'));
    const outer = kernel.run('menu', 'FULL', () => {
      kernel.call('Range.setValues');
      const inner = kernel.run('custom-function', 'CUSTOM_FUNCTION', () => kernel.call('Session.getActiveUserLocale'));
      expect(inner.execution.calls.map((c) => c.method)).toEqual(['Session.getActiveUserLocale']);
      expect(kernel.authMode()).toBe('FULL');
    });
    expect(outer.execution.calls.map((c) => c.method)).toEqual(['Range.setValues']);
    expect(() => kernel.run('menu', 'FULL', () => kernel.run('menu', 'FULL', () => 0))).toThrow(/do not nest/);
  });
});

describe('the latency factor ("a slow day")', () => {
  it('multiplies every call\'s modelled cost', () => {
    const kernel = kernelAtStart();
    kernel.latency = 3;
    const { execution } = kernel.run('menu', 'FULL', () => {
      kernel.call('Range.getValues', 1000);
      kernel.call('Session.getActiveUserLocale');
    });
    expect(execution.usedMs).toBeCloseTo(3 * (80 + 1000 * 0.002 + 5), 6);
    expect(modelledMs(execution.calls, 3)).toBeCloseTo(execution.usedMs, 6);
  });

  it('does not multiply explicit waits (Utilities.sleep, lock waits)', () => {
    const kernel = kernelAtStart();
    kernel.latency = 10;
    const { execution } = kernel.run('menu', 'FULL', () => kernel.spend(1_000));
    expect(execution.usedMs).toBe(1_000);
  });

  it('makes an execution reach its 6-minute budget after proportionally fewer calls', () => {
    const kernel = kernelAtStart();
    kernel.latency = 4;
    let calls = 0;
    expect(() =>
      kernel.run('menu', 'FULL', () => {
        for (;;) {
          kernel.call('Range.setValues');
          calls++;
        }
      }),
    ).toThrow(ExceededMaximumExecutionTime);
    expect(calls).toBe(BUDGET_MS.menu / 400);
  });

  it('moves the clock by the slowed execution\'s time', () => {
    const kernel = kernelAtStart();
    kernel.latency = 2;
    kernel.run('menu', 'FULL', () => kernel.call('Range.setValues'));
    expect(kernel.now().getTime() - START.getTime()).toBe(200);
  });
});

describe('the daily trigger-runtime quota', () => {
  it('adds each time-driven execution\'s runtime to its user\'s window', () => {
    const kernel = kernelAtStart();
    triggerRun(kernel, 'a@example.com', 10);
    triggerRun(kernel, 'a@example.com', 5);
    expect(kernel.triggerRuntimeUsedMs('a@example.com')).toBe(1_500);
  });

  it('counts only time-driven executions', () => {
    const kernel = kernelAtStart();
    kernel.run('menu', 'FULL', () => kernel.call('Range.setValues'), { user: 'a@example.com' });
    expect(kernel.triggerRuntimeUsedMs('a@example.com')).toBe(0);
  });

  it('keeps each user\'s runtime apart', () => {
    const kernel = kernelAtStart();
    triggerRun(kernel, 'a@example.com', 10);
    triggerRun(kernel, 'b@example.com', 3);
    expect([kernel.triggerRuntimeUsedMs('a@example.com'), kernel.triggerRuntimeUsedMs('b@example.com')]).toEqual([1_000, 300]);
  });

  it('refuses a trigger run once the user\'s 90 minutes are spent, without running it', () => {
    const kernel = kernelAtStart();
    spendTriggerMinutes(kernel, 'a@example.com', 90);
    expect(triggerRun(kernel, 'a@example.com', 1)).toEqual({ error: TRIGGER_QUOTA_MESSAGE, ran: false });
  });

  it('leaves another user\'s triggers running when one user\'s quota is spent', () => {
    const kernel = kernelAtStart();
    spendTriggerMinutes(kernel, 'a@example.com', 90);
    expect(triggerRun(kernel, 'b@example.com', 1).error).toBeNull();
  });

  it('stops a run that spends the rest of the quota mid-run with the quota\'s message', () => {
    const kernel = kernelAtStart();
    spendTriggerMinutes(kernel, 'a@example.com', 85);
    // 6,000 calls would take 10 minutes; 5 remain.
    expect(triggerRun(kernel, 'a@example.com', 6_000)).toEqual({ error: TRIGGER_QUOTA_MESSAGE, ran: true });
    expect(kernel.triggerRuntimeUsedMs('a@example.com')).toBe(TRIGGER_RUNTIME_MS.consumer);
  });

  it('stops a run with the 6-minute error when more than 6 minutes of quota remain', () => {
    const kernel = kernelAtStart();
    expect(triggerRun(kernel, 'a@example.com', 10_000).error).toBe('Exceeded maximum execution time');
    expect(kernel.triggerRuntimeUsedMs('a@example.com')).toBe(BUDGET_MS['time-trigger']);
  });

  it('resets 24 hours after the user\'s first trigger run, not at midnight', () => {
    const kernel = kernelAtStart();
    spendTriggerMinutes(kernel, 'a@example.com', 90);
    const firstRun = START.getTime();
    kernel.setNow(new Date(firstRun + QUOTA_WINDOW_MS - MINUTE));
    expect(triggerRun(kernel, 'a@example.com', 1).error).toBe(TRIGGER_QUOTA_MESSAGE);
    kernel.setNow(new Date(firstRun + QUOTA_WINDOW_MS));
    expect(triggerRun(kernel, 'a@example.com', 1).error).toBeNull();
    expect(kernel.triggerRuntimeUsedMs('a@example.com')).toBe(100);
  });

  it('gives a Workspace account 6 hours', () => {
    const kernel = kernelAtStart();
    kernel.accountType = 'workspace';
    spendTriggerMinutes(kernel, 'a@example.com', 90);
    expect(triggerRun(kernel, 'a@example.com', 1).error).toBeNull();
    expect(TRIGGER_RUNTIME_MS.workspace).toBe(6 * 60 * MINUTE);
  });
});

describe('interleaved executions', () => {
  /** An outer menu execution of `a` making `n` calls, with `other` interleaved before call `at`. */
  function outerWithHook(kernel: Kernel, n: number, at: number, other: () => void) {
    const hook = kernel.interleave((p) => p.index === at, other);
    const { execution } = kernel.run('menu', 'FULL', () => {
      for (let i = 0; i < n; i++) kernel.call('Range.setValues');
    }, { user: 'a@example.com' });
    return { hook, outer: execution };
  }

  it('runs `other` once, before the call the predicate picks, with that call\'s method and index', () => {
    const kernel = kernelAtStart();
    const seen: number[] = [];
    const { hook } = outerWithHook(kernel, 10, 4, () => {
      seen.push(kernel.execution()!.calls.length);
    });
    expect(seen).toEqual([4]);
    expect(hook.at).toMatchObject({ method: 'Range.setValues', index: 4, kind: 'menu', user: 'a@example.com' });
  });

  it('fires once only, however many calls match', () => {
    const kernel = kernelAtStart();
    let fired = 0;
    kernel.interleave(() => true, () => fired++);
    kernel.run('menu', 'FULL', () => {
      for (let i = 0; i < 5; i++) kernel.call('Range.getValues');
    });
    expect(fired).toBe(1);
  });

  it('passes the method to the predicate, so it can wait for one kind of call', () => {
    const kernel = kernelAtStart();
    const points: InterleavePoint[] = [];
    const hook = kernel.interleave((p) => (points.push(p), p.method === 'Properties.setProperty'), () => undefined);
    kernel.run('menu', 'FULL', () => ['Range.getValues', 'Range.getValues', 'Properties.setProperty'].forEach((m) => kernel.call(m)));
    expect(hook.at).toMatchObject({ method: 'Properties.setProperty', index: 2 });
    expect(points.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it('does not fire in a custom function', () => {
    const kernel = kernelAtStart();
    const hook = kernel.interleave(() => true, () => undefined);
    kernel.run('custom-function', 'CUSTOM_FUNCTION', () => kernel.call('Range.getValues'));
    expect(hook.fired).toBe(false);
  });

  it('runs the other execution concurrently: its own id, user, call log and start at the outer one\'s now', () => {
    const kernel = kernelAtStart();
    let inner: Execution | null = null;
    let outerNow = 0;
    const { outer } = outerWithHook(kernel, 10, 3, () => {
      outerNow = kernel.executionNow().getTime();
      inner = kernel.run('sidebar', 'FULL', () => kernel.call('Properties.getProperty'), { user: 'b@example.com' }).execution;
    });
    expect(outerNow).toBe(START.getTime() + 300);
    expect(inner).toMatchObject({ kind: 'sidebar', user: 'b@example.com', startedAt: START.getTime() + 300, calls: [{ method: 'Properties.getProperty', cells: 0 }] });
    expect(inner!.id).not.toBe(outer.id);
    expect(outer.calls).toHaveLength(10);
  });

  it('adds nothing of the other execution\'s time to the outer one', () => {
    const kernel = kernelAtStart();
    const { outer } = outerWithHook(kernel, 10, 3, () => {
      kernel.run('sidebar', 'FULL', () => kernel.spend(60_000));
    });
    expect(outer.usedMs).toBe(1_000);
  });

  it('leaves the clock at the later end: the other execution\'s when it runs longer', () => {
    const kernel = kernelAtStart();
    outerWithHook(kernel, 10, 3, () => {
      kernel.run('sidebar', 'FULL', () => kernel.spend(60_000));
    });
    expect(kernel.now().getTime()).toBe(START.getTime() + 300 + 60_000);
  });

  it('leaves the clock at the later end: the outer execution\'s when it runs longer', () => {
    const kernel = kernelAtStart();
    outerWithHook(kernel, 10, 3, () => {
      kernel.run('sidebar', 'FULL', () => kernel.spend(200));
    });
    expect(kernel.now().getTime()).toBe(START.getTime() + 1_000);
  });

  it('starts a second concurrent execution where the first ended', () => {
    const kernel = kernelAtStart();
    const starts: number[] = [];
    outerWithHook(kernel, 10, 3, () => {
      starts.push(kernel.run('sidebar', 'FULL', () => kernel.spend(5_000)).execution.startedAt);
      starts.push(kernel.run('sidebar', 'FULL', () => kernel.spend(5_000)).execution.startedAt);
    });
    expect(starts).toEqual([START.getTime() + 300, START.getTime() + 5_300]);
  });

  it('gives the concurrent execution its own budget', () => {
    const kernel = kernelAtStart();
    let innerError = '';
    const { outer } = outerWithHook(kernel, 10, 0, () => {
      try {
        kernel.run('simple-trigger', 'LIMITED', () => kernel.spend(31_000));
      } catch (err) {
        innerError = (err as Error).message;
      }
    });
    expect([innerError, outer.calls.length]).toEqual(['Exceeded maximum execution time', 10]);
  });

  it('keeps the outer execution intact when `other` throws, and hands the error over once', () => {
    const kernel = kernelAtStart();
    const { hook, outer } = outerWithHook(kernel, 10, 3, () => {
      kernel.run('sidebar', 'FULL', () => kernel.call('Range.getValues'));
      throw new Error('boom');
    });
    expect([outer.calls.length, outer.usedMs, (hook.error as Error).message]).toEqual([10, 1_000, 'boom']);
    expect((kernel.takeInterleaveError()?.error as Error).message).toBe('boom');
    expect(kernel.takeInterleaveError()).toBeNull();
    expect(kernel.execution()).toBeNull();
  });

  it('still refuses a nested execution started outside an interleave hook', () => {
    const kernel = kernelAtStart();
    expect(() => kernel.run('menu', 'FULL', () => kernel.run('sidebar', 'FULL', () => 1))).toThrow(/do not nest/);
  });

  it('refuses an execution nested inside a concurrent one', () => {
    const kernel = kernelAtStart();
    let message = '';
    outerWithHook(kernel, 3, 1, () => {
      kernel.run('sidebar', 'FULL', () => {
        try {
          kernel.run('menu', 'FULL', () => 1);
        } catch (err) {
          message = (err as Error).message;
        }
      });
    });
    expect(message).toMatch(/do not nest/);
  });

  it('charges a concurrent time-driven execution to its own user\'s quota, at its own start', () => {
    const kernel = kernelAtStart();
    outerWithHook(kernel, 10, 3, () => {
      kernel.run('time-trigger', 'FULL', () => kernel.call('Range.setValues'), { user: 'b@example.com' });
    });
    expect([kernel.triggerRuntimeUsedMs('a@example.com'), kernel.triggerRuntimeUsedMs('b@example.com')]).toEqual([0, 100]);
    expect(kernel.triggerRuntime['b@example.com'][0].startMs).toBe(START.getTime() + 300);
  });
});
