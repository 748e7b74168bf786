/**
 * The daily refresh against the platform's hard edges, in the local runtime: two executions at once
 * (the lock, interleaved for real at every kind of point), a slow day that reaches the run's own
 * time budget (it pauses and resumes at the next firing), and the daily trigger-runtime quota
 * (held back before Apps Script would stop the user's triggers).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import type { WorkbookFile } from '../runtime/workbook-file';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { rows, runLog } from './refresh-helpers';
import { DAILY_TRIGGER_QUOTA_MS } from '../../src/core/refresh/trigger-quota';

// Generated at collection: the interleaving points below are found from a run on it.
const store: WorkbookFile = generateDemoStore();

const OPERATOR = 'operator@lotushome.example';
const PARTNER = 'partner@lotushome.example';
/** The tabs a refresh appends to. */
const ROLLED = ['Competitors', 'Keywords', 'Listing Check'];

/** The demo store (its clock: 27 Nov 2026, 09:00 in Los Angeles), loaded fresh. */
const load = (options: { latency?: number } = {}) => LocalAddon.load({ book: structuredClone(store), locale: 'en', ...options });

const rowCounts = (addon: LocalAddon) => ROLLED.map((tab) => rows(addon, tab).length);

let alone: number[] | undefined;
/** The rows a Refresh now adds on its own, with nothing else running (worked out once). */
function rowsAlone(): number[] {
  if (!alone) {
    const reference = load();
    reference.callValue('refreshNow');
    alone = rowCounts(reference);
  }
  return alone;
}

/** The service calls a daily run makes, in order (recorded through a hook that never fires). */
function dailyRunCalls(): string[] {
  const addon = load();
  addon.callValue('enableDailyRefresh');
  const calls: string[] = [];
  addon.interleave((point) => {
    if (point.kind === 'time-trigger') calls.push(point.method);
    return false;
  }, () => undefined);
  addon.fireTrigger('dailyRefresh', OPERATOR);
  return calls;
}

describe('a Refresh now clicked while the daily run is writing', () => {
  let addon: LocalAddon;
  beforeAll(() => {
    addon = load();
    addon.callValue('enableDailyRefresh');
    // The partner clicks Refresh now at the daily run's first write, while it holds the lock.
    addon.interleave(
      (point) => point.kind === 'time-trigger' && point.method === 'Range.setValues',
      () => addon.asUser(PARTNER).call('refreshNow'),
    );
    addon.fireTrigger('dailyRefresh', OPERATOR);
  }, 120_000);

  it('is refused by the lock and logged as skipped, while the daily run finishes', () => {
    expect(runLog(addon).map((r) => [r.run, r.user, r.outcome])).toEqual([
      ['Manual', PARTNER, 'Skipped'],
      ['Daily', OPERATOR, 'Done'],
    ]);
  });

  it('tells the partner another refresh is running', () => {
    expect(addon.services.uiState().alerts.at(-1)?.prompt).toBe('Another refresh is running on this spreadsheet: try again in a minute.');
  });

  it('leaves one set of rows, as a refresh alone does', () => {
    expect(rowCounts(addon)).toEqual(rowsAlone());
  });
});

describe('a second execution at any point of a daily run', () => {
  /** Points spread over the run: its start, around the lock, its writes, its end. */
  const calls = dailyRunCalls();
  const lockAt = calls.indexOf('Lock.tryLock');
  const releaseAt = calls.indexOf('Lock.releaseLock');
  const firstWrite = calls.indexOf('Range.setValues');
  const points = [...new Set([0, 1, lockAt - 1, lockAt, lockAt + 1, firstWrite, Math.floor((firstWrite + releaseAt) / 2), releaseAt, releaseAt + 1, calls.length - 1])].filter((i) => i >= 0 && i < calls.length);

  it('finds a run that takes the lock before it writes', () => {
    expect([lockAt > 0, firstWrite > lockAt, releaseAt > firstWrite]).toEqual([true, true, true]);
  });

  it.each(points)('never makes two writers, interleaved at call %i', (at) => {
    const addon = load();
    addon.callValue('enableDailyRefresh');
    addon.interleave(
      (point) => point.kind === 'time-trigger' && point.index === at,
      () => addon.asUser(PARTNER).call('refreshNow'),
    );
    addon.fireTrigger('dailyRefresh', OPERATOR);
    const manual = runLog(addon).filter((r) => r.run === 'Manual').map((r) => r.outcome);
    // The hook runs before call `at`: from just after tryLock to releaseLock itself the daily run
    // holds the lock, and the click is refused; before or after, it runs alone (adding nothing the
    // daily run adds, or finding nothing left to add).
    const held = at > lockAt && at <= releaseAt;
    expect([rowCounts(addon), manual]).toEqual([rowsAlone(), [held ? 'Skipped' : 'Done']]);
  });
});

describe('two users\' triggers firing at once', () => {
  it('refresh the day once: the second is refused by the lock, the next firing finds the day done', () => {
    const addon = load();
    addon.callValue('enableDailyRefresh');
    addon.asUser(PARTNER).callValue('enableDailyRefresh');
    addon.interleave(
      (point) => point.kind === 'time-trigger' && point.user === OPERATOR && point.method === 'Range.setValues',
      () => addon.fireTrigger('dailyRefresh', PARTNER),
    );
    addon.fireTrigger('dailyRefresh', OPERATOR);
    const afterBoth = runLog(addon).map((r) => [r.user, r.outcome]);
    addon.fireTrigger('dailyRefresh', PARTNER);
    expect([afterBoth, runLog(addon).length]).toEqual([
      [
        [PARTNER, 'Skipped'],
        [OPERATOR, 'Done'],
      ],
      2,
    ]);
  });
});

describe('a slow day', () => {
  let addon: LocalAddon;
  beforeAll(() => {
    // Every service call 150 times slower than the model's usual figures: the refresh needs more
    // than its 270-second budget.
    addon = load({ latency: 150 });
    addon.callValue('enableDailyRefresh');
    addon.tick(new Date('2026-11-27T23:30:00Z'));
  }, 120_000);

  it('pauses at its own time budget and finishes at a later firing, before Apps Script would stop it', () => {
    const outcomes = runLog(addon).map((r) => r.outcome);
    expect([outcomes[0], outcomes.at(-1), outcomes.slice(1, -1).every((o) => o === 'Paused')]).toEqual(['Paused', 'Done', true]);
  });

  it('never hits the 6-minute limit', () => {
    const stopped = addon.log.filter((r) => r.error !== undefined || r.loggedErrors.length > 0);
    expect(stopped.map((r) => r.error ?? r.loggedErrors.join())).toEqual([]);
  });

  it('ends with one set of rows, as a refresh on a normal day', () => {
    expect(rowCounts(addon)).toEqual(rowsAlone());
  });
});

describe('the daily trigger-runtime quota', () => {
  let addon: LocalAddon;
  beforeAll(() => {
    // So slow that no run can finish: each is stopped at 6 minutes while it reads the tabs, and
    // the trigger fires hourly (24 × 6 minutes would be 144 minutes).
    addon = load({ latency: 300 });
    addon.callValue('enableDailyRefresh');
    addon.tick(new Date('2026-11-28T17:00:00Z'));
  }, 300_000);

  it('holds the refresh back before Apps Script would stop the user\'s triggers', () => {
    const refused = addon.log.filter((r) => /too much computer time/.test(r.error ?? '') || r.loggedErrors.some((e) => /too much computer time/.test(e)));
    const stoppedAtSixMinutes = addon.log.filter((r) => /Exceeded maximum execution time/.test(r.error ?? '')).length;
    expect([refused.length, stoppedAtSixMinutes > 0, addon.triggerRuntimeUsedMs(OPERATOR, addon.kernel.now()) < DAILY_TRIGGER_QUOTA_MS]).toEqual([0, true, true]);
  });

  it('logs each run Apps Script stopped as failed, at the next run', () => {
    const stopped = runLog(addon).filter((r) => r.errors.startsWith('The run started at'));
    expect([stopped.length > 0, stopped.every((r) => r.outcome === 'Failed')]).toEqual([true, true]);
  });

  it('says so in the run log once a day, each day it holds back', () => {
    const held = runLog(addon).filter((r) => r.errors.startsWith('Held back'));
    // Ten stopped runs fill the 27th's share by 19:00; on the 28th they are still inside the last 24 hours.
    expect(held.map((r) => [r.run, r.outcome, r.started.slice(0, 10)])).toEqual([
      ['Daily', 'Skipped', '2026-11-27'],
      ['Daily', 'Skipped', '2026-11-28'],
    ]);
  });
});

describe('a run Apps Script stops at 6 minutes', () => {
  let addon: LocalAddon;
  let seen: unknown;
  let after: unknown;
  beforeAll(() => {
    addon = load({ latency: 300 });
    addon.callValue('enableDailyRefresh');
    addon.fireTrigger('dailyRefresh', OPERATOR);
    addon.kernel.latency = 1;
    // Opened a few minutes later: until 6 minutes after its start a run may still be going.
    addon.kernel.setNow(new Date(addon.kernel.now().getTime() + 5 * 60_000));
    seen = addon.callValue<{ refresh: unknown }>('getSidebarState', [], 'sidebar').refresh;
    addon.callValue('refreshNow');
    after = addon.callValue<{ refresh: unknown }>('getSidebarState', [], 'sidebar').refresh;
  }, 120_000);

  it('was stopped by the runtime, not by the refresh', () => {
    expect(addon.log.filter((r) => r.name === 'dailyRefresh').map((r) => r.error)).toEqual(['Exceeded maximum execution time']);
  });

  it('shows in the sidebar as not finished, until a refresh finishes', () => {
    expect([seen, after]).toMatchObject([{ stopped: expect.stringMatching(/^2026-11-27 \d\d:\d\d$/) }, { stopped: null, failure: null }]);
  });

  it('is logged as failed by the next run, which then finishes', () => {
    expect(runLog(addon).map((r) => [r.outcome, r.errors.slice(0, 27)])).toEqual([
      ['Failed', 'The run started at 2026-11-'],
      ['Done', ''],
    ]);
  });
});

