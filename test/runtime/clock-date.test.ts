import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { installClock } from './clock-date';

function clockContext(ms: number): vm.Context {
  const context = vm.createContext({});
  installClock(context, () => ms);
  return context;
}

describe("the script's clock", () => {
  it('gives new Date() and Date.now() the simulated time', () => {
    const context = clockContext(Date.UTC(2026, 10, 30, 8));
    expect(vm.runInContext('new Date().toISOString()', context)).toBe('2026-11-30T08:00:00.000Z');
    expect(vm.runInContext('Date.now()', context)).toBe(Date.UTC(2026, 10, 30, 8));
  });

  it('leaves a Date built from a value, Date.UTC and Date.parse as they are', () => {
    const context = clockContext(0);
    expect(vm.runInContext('new Date(2026, 0, 2).getDate()', context)).toBe(2);
    expect(vm.runInContext('new Date(86400000).toISOString()', context)).toBe('1970-01-02T00:00:00.000Z');
    expect(vm.runInContext('Date.UTC(2026, 0, 1) === Date.parse("2026-01-01T00:00:00Z")', context)).toBe(true);
  });

  it('adds no enumerable global', () => {
    expect(Object.keys(clockContext(0))).toEqual([]);
  });

  it('keeps its dates real Dates of the realm', () => {
    const context = clockContext(0);
    expect(vm.runInContext('var d = new Date(); d instanceof Date && Object.prototype.toString.call(d) === "[object Date]"', context)).toBe(true);
  });
});
