/**
 * LocalAddon's users, daily trigger-runtime quota, interleaved executions and latency factor, on a
 * small add-on written for these tests (no build needed): they test the runtime, not Ops Desk.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_MS, CALL_COST_MS, TRIGGER_QUOTA_MESSAGE, TRIGGER_RUNTIME_MS } from './kernel';
import { LocalAddon, type LoadOptions, type RunReport } from './local-addon';

const CODE = `
function enable(handler) {
  var mine = ScriptApp.getUserTriggers(SpreadsheetApp.getActive());
  for (var i = 0; i < mine.length; i++) if (mine[i].getHandlerFunction() === handler) return 'already';
  if (handler === 'daily') ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(6).create();
  else ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
  PropertiesService.getUserProperties().setProperty('greeting', Session.getActiveUserLocale() === 'zh_CN' ? 'zao' : 'hi');
  return 'on';
}
function myTriggers() {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) { return t.getHandlerFunction(); });
}
function whoAmI() {
  return [Session.getActiveUser().getEmail(), Session.getActiveUserLocale(), PropertiesService.getUserProperties().getProperty('greeting')];
}
function daily(e) {
  SpreadsheetApp.getActive().getSheets()[0].appendRow(whoAmI());
}
function busy(n) {
  var r = SpreadsheetApp.getActive().getSheets()[0].getRange('A1');
  for (var i = 0; i < n; i++) r.getValues();
  return n;
}
function heavy(e) { busy(3750); }
function locked(holdCalls) {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) return 'skipped';
  busy(holdCalls);
  return 'done';
}
function lockedTrigger(e) { return locked(10); }
function untilOwnBudget() {
  var start = Date.now(), n = 0, r = SpreadsheetApp.getActive().getSheets()[0].getRange('A1');
  while (Date.now() - start < 300000) { r.getValues(); n++; }
  return n;
}
function forever() {
  var r = SpreadsheetApp.getActive().getSheets()[0].getRange('A1');
  for (;;) r.getValues();
}
`;

let distDir = '';

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'ops-desk-local-addon-'));
  writeFileSync(join(distDir, 'Code.js'), CODE);
  writeFileSync(join(distDir, 'appsscript.json'), JSON.stringify({ timeZone: 'UTC' }));
});

const START = new Date('2026-11-27T09:00:00Z');
const HOUR = 3_600_000;
const OPERATOR = 'operator@example.com';
const PARTNER = 'partner@example.com';

function load(options: Omit<LoadOptions, 'distDir'> = {}): LocalAddon {
  return LocalAddon.load({ book: { timeZone: 'UTC', user: { email: OPERATOR, locale: 'en' }, sheets: [{ name: 'S' }] }, now: START, ...options, distDir });
}

/** The value of a run, failing the test with its error when it has one. */
function valueOf<T = unknown>(report: RunReport): T {
  if (report.error !== undefined) throw new Error(report.error);
  return report.value as T;
}

describe('users', () => {
  it('gives two users enabling the trigger one trigger each', () => {
    const addon = load();
    addon.call('enable', ['daily']);
    addon.asUser(PARTNER, { locale: 'zh-CN' }).call('enable', ['daily']);
    expect(addon.services.state.triggers.triggers.map((t) => t.user)).toEqual([OPERATOR, PARTNER]);
  });

  it('lists in getUserTriggers only the active user\'s triggers', () => {
    const addon = load();
    addon.call('enable', ['daily']);
    addon.asUser(PARTNER).call('enable', ['heavy']);
    const partner = valueOf(addon.call('myTriggers'));
    expect([valueOf(addon.asUser(OPERATOR).call('myTriggers')), partner]).toEqual([['daily'], ['heavy']]);
  });

  it('runs the following calls as the user asUser names, with their locale and user properties', () => {
    const addon = load();
    addon.asUser(PARTNER, { locale: 'zh-CN' }).call('enable', ['daily']);
    expect(valueOf(addon.call('whoAmI'))).toEqual([PARTNER, 'zh_CN', 'zao']);
  });

  it('gives a new user named without a locale the file\'s user locale', () => {
    const addon = load({ locale: 'zh-CN' });
    expect(valueOf(addon.asUser(PARTNER).call('whoAmI'))).toEqual([PARTNER, 'zh_CN', null]);
  });

  it('still runs as the user a test assigns to session.activeUserEmail directly', () => {
    const addon = load();
    addon.services.state.session.activeUserEmail = PARTNER;
    expect(valueOf<string[]>(addon.call('whoAmI'))[0]).toBe(PARTNER);
  });

  it('runs each time-driven trigger as its creator: their email, locale and user properties', () => {
    const addon = load();
    addon.call('enable', ['daily']);
    addon.asUser(PARTNER, { locale: 'zh-CN' }).call('enable', ['daily']);
    addon.asUser(OPERATOR);
    addon.tick(new Date('2026-11-28T07:00:00Z'));
    expect(addon.show('S').sort()).toEqual([
      [OPERATOR, 'en', 'hi'],
      [PARTNER, 'zh_CN', 'zao'],
    ]);
  });

  it('keeps the users, their locales, user properties and the active user through a save and reload', () => {
    const addon = load();
    addon.call('enable', ['daily']);
    addon.asUser(PARTNER, { locale: 'zh-TW' }).call('enable', ['daily']);
    const again = LocalAddon.load({ book: addon.toFile(), distDir });
    const partner = valueOf(again.call('whoAmI'));
    expect([partner, valueOf(again.asUser(OPERATOR).call('whoAmI'))]).toEqual([
      [PARTNER, 'zh_TW', 'hi'],
      [OPERATOR, 'en', 'hi'],
    ]);
  });
});

describe('the daily trigger-runtime quota', () => {
  /** Fires the 5-minute `heavy` trigger `times` times, one after the other. */
  function fireHeavy(addon: LocalAddon, times: number): RunReport[] {
    return Array.from({ length: times }, () => addon.fireTrigger('heavy'));
  }

  it('adds up the modelled runtime of the user\'s trigger runs', () => {
    const addon = load();
    addon.call('enable', ['heavy']);
    const runs = fireHeavy(addon, 2);
    expect(runs[0].modelledMs).toBeGreaterThan(3750 * CALL_COST_MS['Range.getValues']);
    // Each run counts its modelled time rounded up to the ms; the reports round it to the nearest.
    expect(Math.abs(addon.triggerRuntimeUsedMs(OPERATOR) - (runs[0].modelledMs + runs[1].modelledMs))).toBeLessThanOrEqual(2);
  });

  it('fails a trigger firing once the user\'s 90 minutes are spent, without running the handler', () => {
    const addon = load();
    addon.call('enable', ['heavy']);
    fireHeavy(addon, 18);
    const refused = addon.fireTrigger('heavy');
    expect([refused.error, refused.callCount, addon.triggerRuntimeUsedMs(OPERATOR)]).toEqual([TRIGGER_QUOTA_MESSAGE, 0, TRIGGER_RUNTIME_MS.consumer]);
  });

  it('fails the clock\'s firings too once the quota is spent, until 24 hours after the first run', () => {
    const addon = load();
    addon.call('enable', ['heavy']);
    const firstRun = addon.kernel.now().getTime();
    fireHeavy(addon, 18);
    const runs = addon.tick(new Date(firstRun + 26 * HOUR));
    const outcomes = runs.map((r) => r.error ?? 'ok');
    expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(0);
    expect(outcomes.slice(0, outcomes.indexOf('ok'))).toEqual(Array(outcomes.indexOf('ok')).fill(TRIGGER_QUOTA_MESSAGE));
  });

  it('gives a Workspace account 6 hours', () => {
    const addon = load({ account: 'workspace' });
    addon.call('enable', ['heavy']);
    fireHeavy(addon, 18);
    expect(addon.fireTrigger('heavy').error).toBeUndefined();
  });

  it('keeps the used runtime through a save and reload', () => {
    const addon = load();
    addon.call('enable', ['heavy']);
    fireHeavy(addon, 18);
    const again = LocalAddon.load({ book: addon.toFile(), distDir });
    expect(again.fireTrigger('heavy').error).toBe(TRIGGER_QUOTA_MESSAGE);
  });

  it('does not count menu and sidebar executions', () => {
    const addon = load();
    addon.call('busy', [100]);
    addon.call('busy', [100], 'sidebar');
    expect(addon.triggerRuntimeUsedMs(OPERATOR)).toBe(0);
  });
});

describe('interleaved executions', () => {
  it('runs a menu call at the Nth call of a trigger execution, which finds the document lock held and skips', () => {
    const addon = load();
    addon.call('enable', ['lockedTrigger']);
    let inner: RunReport | undefined;
    const hook = addon.interleave((p) => p.kind === 'time-trigger' && p.index === 5, () => {
      inner = addon.asUser(PARTNER).call('locked', [3]);
    });
    const outer = addon.fireTrigger('lockedTrigger');
    expect([hook.at?.index, inner?.value, outer.value]).toEqual([5, 'skipped', 'done']);
  });

  it('runs the interleaved call as its own user, and the trigger on as its creator', () => {
    const addon = load();
    addon.call('enable', ['lockedTrigger']);
    let who: unknown;
    addon.interleave((p) => p.kind === 'time-trigger' && p.index === 2, () => {
      who = valueOf(addon.asUser(PARTNER, { locale: 'zh-CN' }).call('whoAmI'));
    });
    addon.fireTrigger('lockedTrigger');
    expect([who, addon.services.state.session.activeUserEmail]).toEqual([[PARTNER, 'zh_CN', null], OPERATOR]);
  });

  it('lets a concurrent execution that takes the lock first finish, after which the trigger gets it', () => {
    const addon = load();
    addon.call('enable', ['lockedTrigger']);
    let inner: RunReport | undefined;
    // Index 0 is LockService.getDocumentLock: before the trigger tries for the lock.
    addon.interleave((p) => p.kind === 'time-trigger' && p.index === 0, () => {
      inner = addon.call('locked', [3]);
    });
    const outer = addon.fireTrigger('lockedTrigger');
    expect([inner?.value, outer.value]).toEqual(['done', 'done']);
  });

  it('logs each execution with its own calls', () => {
    const addon = load();
    addon.call('enable', ['lockedTrigger']);
    addon.interleave((p) => p.kind === 'time-trigger' && p.index === 5, () => {
      addon.call('busy', [7]);
    });
    const outer = addon.fireTrigger('lockedTrigger');
    const inner = addon.log.at(-2)!;
    expect([inner.name, inner.calls['Range.getValues'], outer.calls['Range.getValues']]).toEqual(['busy', 7, 10]);
  });

  it('ends with the clock at the later end: the skipped call waited its whole 10-second timeout', () => {
    const addon = load();
    addon.call('enable', ['lockedTrigger']);
    addon.interleave((p) => p.kind === 'time-trigger' && p.index === 5, () => {
      addon.call('locked', [3]);
    });
    const before = addon.kernel.now().getTime();
    addon.fireTrigger('lockedTrigger');
    expect(addon.kernel.now().getTime() - before).toBeGreaterThan(10_000);
  });

  it('fires a second trigger concurrently as its own creator', () => {
    const addon = load();
    addon.call('enable', ['lockedTrigger']);
    addon.asUser(PARTNER).call('enable', ['lockedTrigger']);
    let inner: RunReport | undefined;
    addon.interleave((p) => p.kind === 'time-trigger' && p.index === 5, () => {
      inner = addon.fireTrigger('lockedTrigger', PARTNER);
    });
    const outer = addon.fireTrigger('lockedTrigger', OPERATOR);
    expect([inner?.value, outer.value]).toEqual(['skipped', 'done']);
  });

  it('throws what `other` threw from the call that ran the suspended execution, once it has finished', () => {
    const addon = load();
    addon.interleave((p) => p.index === 3, () => {
      throw new Error('boom');
    });
    expect(() => addon.call('locked', [5])).toThrow('boom');
    expect([addon.log.at(-1)?.value, addon.services.state.lock.held]).toEqual(['done', {}]);
  });

  it('leaves the runtime usable after `other` threw', () => {
    const addon = load();
    addon.interleave((p) => p.index === 3, () => {
      addon.call('busy', [1]);
      throw new Error('boom');
    });
    expect(() => addon.call('locked', [5])).toThrow('boom');
    expect(addon.call('locked', [5]).value).toBe('done');
  });

  it('refuses to move the clock from inside `other`', () => {
    const addon = load();
    addon.interleave((p) => p.index === 1, () => {
      addon.tick(new Date('2026-11-28T00:00:00Z'));
    });
    expect(() => addon.call('locked', [3])).toThrow(/tick cannot run while an execution is running/);
  });

  it('names in each report the user it ran as', () => {
    const addon = load();
    addon.asUser(PARTNER).call('enable', ['lockedTrigger']);
    addon.asUser(OPERATOR);
    let inner: RunReport | undefined;
    addon.interleave((p) => p.index === 2, () => {
      inner = addon.asUser('third@example.com').call('busy', [1]);
    });
    const outer = addon.fireTrigger('lockedTrigger');
    expect([outer.user, inner?.user]).toEqual([PARTNER, 'third@example.com']);
  });

  it('refuses to fire a trigger several users share without naming the user', () => {
    const addon = load();
    addon.call('enable', ['lockedTrigger']);
    addon.asUser(PARTNER).call('enable', ['lockedTrigger']);
    expect(() => addon.fireTrigger('lockedTrigger')).toThrow(/name one user/);
  });
});

describe('the latency factor', () => {
  it('makes Date.now() in the add-on follow the slowed clock, so its own time budget comes after fewer calls', () => {
    const normal = valueOf<number>(load().call('untilOwnBudget'));
    const slow = valueOf<number>(load({ latency: 10 }).call('untilOwnBudget'));
    expect([normal, slow]).toEqual([300_000 / CALL_COST_MS['Range.getValues'], 300_000 / (10 * CALL_COST_MS['Range.getValues'])]);
  });

  it('makes a long loop hit the 6-minute stop after proportionally fewer calls', () => {
    const normal = load().call('forever');
    const slow = load({ latency: 10 }).call('forever');
    expect([normal.error, slow.error]).toEqual(['Exceeded maximum execution time', 'Exceeded maximum execution time']);
    expect(slow.calls['Range.getValues']).toBe(Math.floor(BUDGET_MS.menu / (10 * CALL_COST_MS['Range.getValues'])));
    expect(Math.round(normal.calls['Range.getValues'] / slow.calls['Range.getValues'])).toBe(10);
  });

  it('reports the slowed modelled time', () => {
    const addon = load();
    addon.kernel.latency = 2;
    expect(addon.call('busy', [10]).modelledMs).toBe(Math.round(2 * (10 * CALL_COST_MS['Range.getValues'] + 3 * 5)));
  });

  it('is 1 unless set', () => {
    expect(load().kernel.latency).toBe(1);
  });
});
