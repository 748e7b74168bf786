/**
 * The daily refresh in the local runtime, on the demo store, with the simulated clock: the
 * switches, the trigger per user, the lock, one refresh per day, a week of ticks, a failed run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import { holdLockElsewhere } from '../runtime/services';
import type { WorkbookFile } from '../runtime/workbook-file';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { rows, runLog } from './refresh-helpers';
import { SHEETS_FAILURE, withFirstWriteFailing, withWritesFailing } from './faults';

let store: WorkbookFile;
beforeAll(() => {
  store = generateDemoStore();
}, 120_000);

/** The demo store, loaded fresh (its clock: 27 Nov 2026, 09:00 in Los Angeles). */
const load = () => LocalAddon.load({ book: structuredClone(store), locale: 'en' });

/** How many rows of a tab are dated `day` (yyyy-mm-dd, first column). */
const datedRows = (addon: LocalAddon, tab: string, day: string) => rows(addon, tab).filter((r) => r[0].startsWith(day)).length;

/** The refresh triggers, by user. */
const triggers = (addon: LocalAddon) => addon.services.state.triggers.triggers.filter((t) => t.handler === 'dailyRefresh').map((t) => t.user);

/** Today's alert titles (the rows under the alerts' heading). */
function todayAlerts(addon: LocalAddon): string[] {
  const shown = addon.show('Today').map((r) => r[0] ?? '');
  const heading = shown.findIndex((s) => s.startsWith('Alerts ·'));
  if (heading < 0) return [];
  const end = shown.findIndex((s, i) => i > heading && s === '');
  return shown.slice(heading + 1, end < 0 ? undefined : end);
}

/** The same time `days` after the store's start, as an instant. */
const at = (iso: string) => new Date(iso);

const asUser = (addon: LocalAddon, email: string) => {
  addon.services.state.session.activeUserEmail = email;
};

describe('turning the daily refresh on and off', () => {
  it('leaves one trigger when turned on twice', () => {
    const addon = load();
    addon.callValue('enableDailyRefresh');
    addon.callValue('enableDailyRefresh');
    expect(triggers(addon)).toEqual(['operator@lotushome.example']);
  });

  it('removes the trigger when turned off', () => {
    const addon = load();
    addon.callValue('enableDailyRefresh');
    addon.callValue('disableDailyRefresh');
    expect(triggers(addon)).toEqual([]);
  });

  it('gives a second user a trigger of their own', () => {
    const addon = load();
    addon.callValue('enableDailyRefresh');
    asUser(addon, 'partner@lotushome.example');
    addon.callValue('enableDailyRefresh');
    expect(triggers(addon).sort()).toEqual(['operator@lotushome.example', 'partner@lotushome.example']);
  });

  it('says in the user\'s language that it is on, at the Settings hour', () => {
    const addon = LocalAddon.load({ book: structuredClone(store), locale: 'zh-CN' });
    addon.callValue('enableDailyRefresh');
    expect(addon.services.uiState().alerts.at(-1)?.prompt).toContain('每天 6:00');
  });
});

describe('two users with the refresh on', () => {
  it('refresh the document once a day between them', () => {
    const addon = load();
    addon.callValue('enableDailyRefresh');
    asUser(addon, 'partner@lotushome.example');
    addon.callValue('enableDailyRefresh');
    const runs = addon.tick(at('2026-11-29T16:00:00Z'));
    expect([runs.filter((r) => r.error === undefined).length > 40, runLog(addon).map((r) => [r.started.slice(0, 10), r.outcome])]).toEqual([
      true,
      [
        ['2026-11-27', 'Done'],
        ['2026-11-28', 'Done'],
        ['2026-11-29', 'Done'],
      ],
    ]);
  });
});

describe('a week of daily refreshes on the demo store', () => {
  let addon: LocalAddon;
  const alertsOn = new Map<string, string[]>();
  const days = ['2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'];
  beforeAll(() => {
    addon = load();
    addon.callValue('enableDailyRefresh');
    // 15:00 UTC is 07:00 in Los Angeles: each day's refresh (from 06:00) has run.
    for (const day of days) {
      const [y, m, d] = day.split('-').map(Number);
      addon.tick(new Date(Date.UTC(y, m - 1, d, 15, 30)));
      if (day === '2026-11-27') addon.tick(new Date(Date.UTC(y, m - 1, d, 18, 0)));
      alertsOn.set(day, todayAlerts(addon));
    }
  }, 300_000);

  it('writes one clean run-log row per day', () => {
    expect(runLog(addon).map((r) => [r.started.slice(0, 10), r.outcome, r.errors])).toEqual(days.map((d) => [d, 'Done', '']));
  });

  it('names the trigger\'s owner as the user of every daily run', () => {
    expect(runLog(addon).map((r) => [r.run, r.user])).toEqual(days.map(() => ['Daily', 'operator@lotushome.example']));
  });

  it.each([
    ['Competitors', 6],
    ['Keywords', 20],
    ['Listing Check', 3],
  ])('adds one set of %s rows per day (%i)', (tab, count) => {
    expect(days.map((d) => datedRows(addon, tab, d))).toEqual(days.map(() => count));
  });

  it('leaves today\'s measurements blank (never invented)', () => {
    const header = addon.show('Keywords')[0];
    const rank = header.indexOf('Organic rank');
    const today = rows(addon, 'Keywords').filter((r) => r[0] === '2026-12-03');
    expect(today.map((r) => r[rank])).toEqual(today.map(() => ''));
  });

  it('puts the previous rank beside today\'s blank one', () => {
    const header = addon.show('Keywords')[0];
    const [keyword, rank, previous] = ['Keyword', 'Organic rank', 'Previous rank'].map((h) => header.indexOf(h));
    const measured = rows(addon, 'Keywords').filter((r) => r[0] === '2026-11-26' && r[keyword] === 'study lamp')[0][rank];
    const rolled = rows(addon, 'Keywords').filter((r) => r[0] === '2026-11-27' && r[keyword] === 'study lamp')[0][previous];
    expect(rolled).toBe(measured);
  });

  it('raises the stale-inventory alert on the third day without data, not before', () => {
    const stale = (day: string) => (alertsOn.get(day) ?? []).some((t) => t.startsWith('Inventory: no new data'));
    expect(days.map(stale)).toEqual([false, false, true, true, true, true, true]);
  });

  it('lists the Lightning Deal as ending soon in its last 48 hours only', () => {
    // It runs through 29 Nov: 62 h left at the 27th's refresh, 41 h on the 28th, 17 h on the 29th.
    const ending = (day: string) => (alertsOn.get(day) ?? []).some((t) => t.includes('LD-MUG-1128') && t.includes('ends in'));
    expect(days.map(ending)).toEqual([false, true, true, false, false, false, false]);
  });

  it('shows every alert title as text, quotes in a keyword included (never a formula error)', () => {
    const titles = [...alertsOn.values()].flat();
    expect([titles.some((t) => t.includes('"')), titles.filter((t) => t.startsWith('#'))]).toEqual([true, []]);
  });

  it('links each alert to its rows', () => {
    const header = addon.show('Today')[0];
    void header;
    const sheet = addon.toFile().sheets.find((s) => s.name === 'Today');
    const cells = Object.values(sheet?.cells ?? {}).map((c) => (typeof c === 'object' && c !== null ? c.input : c));
    expect(cells.some((c) => typeof c === 'string' && /^=HYPERLINK\("#gid=\d+&range=A\d+:[A-Z]+\d+", "/.test(c))).toBe(true);
  });
});

describe('a run paused on its time budget', () => {
  it('resumes at the next hourly firing, before the refresh hour', () => {
    const addon = load();
    addon.callValue('enableDailyRefresh');
    // 01:00 on the 28th in Los Angeles: the 27th's refresh is done, the 28th's is hours away (06:00).
    addon.tick(at('2026-11-28T09:00:00Z'));
    // As a run of the 28th that stopped between phases leaves it.
    addon.services.state.properties.document['opsdesk.refresh.paused'] = '2026-11-28';
    addon.tick(at('2026-11-28T11:00:00Z'));
    expect(runLog(addon).map((r) => [r.started.slice(0, 13), r.outcome])).toEqual([
      ['2026-11-27 09', 'Done'],
      ['2026-11-28 01', 'Done'],
    ]);
  });
});

describe('one refresh at a time', () => {
  it('skips with a log row while another execution holds the document lock', () => {
    const addon = load();
    holdLockElsewhere(addon.services.state.lock, 'document', addon.kernel.now().getTime() + 60_000);
    const before = rows(addon, 'Competitors').length;
    const report = addon.call('refreshNow');
    expect([report.error, rows(addon, 'Competitors').length - before, runLog(addon).map((r) => r.outcome)]).toEqual([undefined, 0, ['Skipped']]);
  });

  it('tells the user another refresh is running', () => {
    const addon = load();
    holdLockElsewhere(addon.services.state.lock, 'document', addon.kernel.now().getTime() + 60_000);
    addon.call('refreshNow');
    expect(addon.services.uiState().alerts.at(-1)?.prompt).toBe('Another refresh is running on this spreadsheet: try again in a minute.');
  });

  it('says in the run log what it added and what it rebuilt', () => {
    const addon = load();
    addon.callValue('refreshNow');
    expect(runLog(addon).map((r) => r.changed)).toEqual(['Competitors +6, Keywords +20, Listing Check +3, SKU Sales rebuilt (3 rows)']);
  });

  it('names the user who clicked Refresh now in the run log', () => {
    const addon = load();
    asUser(addon, 'partner@lotushome.example');
    addon.callValue('refreshNow');
    expect(runLog(addon).map((r) => [r.run, r.user])).toEqual([['Manual', 'partner@lotushome.example']]);
  });

  it('adds no duplicate rows when run twice the same day', () => {
    const addon = load();
    addon.callValue('refreshNow');
    const once = ['Competitors', 'Keywords', 'Listing Check', 'Today'].map((t) => rows(addon, t).length);
    addon.callValue('refreshNow');
    expect(['Competitors', 'Keywords', 'Listing Check', 'Today'].map((t) => rows(addon, t).length)).toEqual(once);
  });
});

describe('a refresh that fails', () => {
  let addon: LocalAddon;
  let before: Record<string, string[][]>;
  const tabs = ['Competitors', 'Keywords', 'Listing Check'];
  beforeAll(() => {
    addon = load();
    before = Object.fromEntries(tabs.map((t) => [t, addon.show(t)]));
    // The first write to Today fails, as a service call can: everything before it must be undone.
    withFirstWriteFailing('Today', () => addon.call('refreshNow'));
  }, 120_000);

  it.each(tabs)('leaves %s as it was', (tab) => {
    expect(addon.show(tab)).toEqual(before[tab]);
  });

  it('writes a failed row with the error in the run log', () => {
    expect(runLog(addon).map((r) => [r.outcome, r.errors])).toEqual([['Failed', SHEETS_FAILURE]]);
  });

  it('shows the failure on Today', () => {
    expect(addon.show('Today').some((r) => r[0].startsWith('Last refresh FAILED at 2026-11-27 09:00'))).toBe(true);
  });

  it('tells the user it changed nothing', () => {
    expect(addon.services.uiState().alerts.at(-1)?.prompt).toContain('The refresh failed and changed nothing');
  });
});

describe('a refresh that fails and cannot put everything back', () => {
  let addon: LocalAddon;
  beforeAll(() => {
    addon = load();
    // Today's write fails; putting back the rows appended to Competitors fails too (Sheets still down).
    let down = false;
    const fails = (tab: string) => {
      if (tab === 'Today') down = true;
      return down && (tab === 'Today' || tab === 'Competitors');
    };
    withWritesFailing(fails, () => addon.call('refreshNow'));
  }, 120_000);

  // The rows appended to Competitors went in as four blocks (its input columns are in four runs).
  it('says in the run log how many writes stay', () => {
    expect(runLog(addon).map((r) => [r.outcome, r.changed])).toEqual([['Failed', 'Writes not put back: 4']]);
  });

  it('does not tell the user it changed nothing', () => {
    expect(addon.services.uiState().alerts.at(-1)?.prompt).toBe('The refresh failed: Service Spreadsheets failed while accessing document. 4 of its writes could not be put back; the Run Log has the details.');
  });

  it('shows the sidebar the same', () => {
    expect(addon.callValue<{ refresh: { failure: unknown } }>('getSidebarState', [], 'sidebar').refresh.failure).toEqual({ time: '2026-11-27 09:00', error: SHEETS_FAILURE, stuck: 4 });
  });
});

