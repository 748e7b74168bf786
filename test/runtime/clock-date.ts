/**
 * The script's clock. In Apps Script `new Date()` and `Date.now()` read the time the execution runs
 * at; here that time is the kernel's simulated clock, so advancing the clock (a test, the local
 * page's clock) moves the add-on's "now" with it: its day rolls over at the spreadsheet's midnight
 * when the simulated clock passes it, not the machine's.
 */
import vm from 'node:vm';

/** Replaces the `Date` of the vm `context` with one whose "now" is `nowMs()`; everything else is Date's. */
export function installClock(context: vm.Context, nowMs: () => number): void {
  const install = vm.runInContext(
    `(function (nowMs) {
      var RealDate = Date;
      function ClockDate() {
        if (!new.target) return new RealDate(nowMs()).toString();
        var args = arguments.length === 0 ? [nowMs()] : Array.prototype.slice.call(arguments);
        return Reflect.construct(RealDate, args, new.target);
      }
      ClockDate.prototype = RealDate.prototype;
      Object.setPrototypeOf(ClockDate, RealDate);
      ClockDate.now = function now() { return nowMs(); };
      // Not enumerable, as the built-in it replaces: the script's globals stay its own functions.
      Object.defineProperty(globalThis, 'Date', { value: ClockDate, writable: true, configurable: true, enumerable: false });
    })`,
    context,
  ) as (nowMs: () => number) => void;
  install(nowMs);
}
