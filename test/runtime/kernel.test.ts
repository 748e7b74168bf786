import { describe, expect, it } from 'vitest';
import { BUDGET_MS, ExceededMaximumExecutionTime, Kernel } from './kernel';

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
