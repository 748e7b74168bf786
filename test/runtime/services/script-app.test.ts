import { describe, expect, it } from 'vitest';
import { SCOPES } from './context';
import { FakeScriptApp, dueTriggers, emptyScriptAppState, minuteOf, timeDrivenEvent, type ScriptAppState } from './script-app';
import { defaultSessionState, type SessionState } from './session';
import { kernelAt, realmKit, run } from './test-kit';

const SHEET = { getId: () => 'sheet-1' };

function setup(options: { session?: Partial<SessionState>; scopes?: string[]; now?: string } = {}) {
  const kernel = kernelAt(options.now);
  const state: ScriptAppState = emptyScriptAppState();
  const session = { ...defaultSessionState(), ...options.session };
  const kit = realmKit();
  const app = kit.view(new FakeScriptApp(kernel, state, { ...kit.deps, session, documentId: 'sheet-1', scopes: options.scopes }), 'ScriptApp');
  const full = <T>(body: () => T): T => run(kernel, 'FULL', body);
  return { kernel, state, session, app, full };
}

const HOUR = 3_600_000;

describe('ScriptApp triggers (editor add-on limits)', () => {
  it('creates a time-driven trigger that reports its handler, type and source', () => {
    const { app, full } = setup();
    const t = full(() => app.newTrigger('refresh').timeBased().everyHours(1).create());
    expect(t.getHandlerFunction()).toBe('refresh');
    expect(t.getEventType()).toBe(app.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(t.getUniqueId()).toBe('1');
  });

  it('refuses a second time-driven trigger for the same user and document', () => {
    const { app, full } = setup();
    full(() => app.newTrigger('refresh').timeBased().everyHours(1).create());
    expect(() => full(() => app.newTrigger('other').timeBased().everyDays(1).create())).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
  });

  it('allows one trigger of each type side by side, but not two edit triggers', () => {
    const { app, full } = setup();
    full(() => {
      app.newTrigger('refresh').timeBased().everyHours(6).create();
      app.newTrigger('onOpenInstalled').forSpreadsheet(SHEET as never).onOpen().create();
      app.newTrigger('onEditInstalled').forSpreadsheet(SHEET as never).onEdit().create();
    });
    expect(() => full(() => app.newTrigger('again').forSpreadsheet(SHEET as never).onEdit().create())).toThrow(/too many edit triggers/);
  });

  it('lets another user of the same document have their own time-driven trigger', () => {
    const { app, full, session } = setup();
    full(() => app.newTrigger('refresh').timeBased().everyHours(1).create());
    session.activeUserEmail = 'colleague@example.com';
    expect(() => full(() => app.newTrigger('refresh').timeBased().everyHours(1).create())).not.toThrow();
    expect(full(() => app.getUserTriggers(SHEET as never))).toHaveLength(1);
  });

  it('refuses everyMinutes: add-on time-driven triggers run at most hourly', () => {
    const { app, full } = setup();
    expect(() => full(() => app.newTrigger('refresh').timeBased().everyMinutes(30).create())).toThrow(/at most once per hour/);
  });

  it('refuses everyHours(0) and fractional hours', () => {
    const { app, full } = setup();
    expect(() => full(() => app.newTrigger('f').timeBased().everyHours(0))).toThrow(/Invalid argument/);
    expect(() => full(() => app.newTrigger('f').timeBased().everyHours(1.5))).toThrow(/Invalid argument/);
  });

  it('refuses creation outside AuthMode.FULL', () => {
    const { app, kernel } = setup();
    expect(() => run(kernel, 'LIMITED', () => app.newTrigger('f').timeBased().everyHours(1).create())).toThrow(/permission/);
  });

  it('refuses creation when the manifest lacks the script.scriptapp scope', () => {
    const { app, full } = setup({ scopes: [SCOPES.containerUi] });
    expect(() => full(() => app.newTrigger('f'))).toThrow(`Required permissions: ${SCOPES.scriptApp}`);
  });

  it('keeps the 20-triggers-per-user limit across documents', () => {
    const { app, full, state, session } = setup();
    for (let i = 0; i < 20; i++) {
      state.triggers.push({ id: `x${i}`, handler: 'f', type: 'CLOCK', user: session.activeUserEmail, documentId: `doc-${i}`, timezone: 'UTC', createdAt: '2026-01-01T00:00:00Z' });
    }
    expect(() => full(() => app.newTrigger('f').timeBased().everyHours(1).create())).toThrow(/too many triggers/);
  });

  it('deleting the trigger makes room for a new one', () => {
    const { app, full } = setup();
    full(() => {
      const t = app.newTrigger('refresh').timeBased().everyHours(1).create();
      app.deleteTrigger(t);
      app.newTrigger('refresh').timeBased().everyHours(2).create();
    });
    const listed = full(() => app.getProjectTriggers());
    expect(listed.map((t) => t.getUniqueId())).toEqual(['2']);
  });

  it('exposes the AuthMode enum in AuthMode.NONE, where onOpen compares against it', () => {
    const { app, kernel } = setup();
    expect(run(kernel, 'NONE', () => app.AuthMode.NONE)).toBe('NONE');
  });

  it('reports authorization as not required unless the state says otherwise', () => {
    const { app, full, state } = setup();
    expect(full(() => app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus())).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    state.authorizationRequired = true;
    expect(full(() => app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus())).toBe(app.AuthorizationStatus.REQUIRED);
  });
});

describe('dueTriggers (the scheduling model)', () => {
  it('fires an hourly trigger once an hour at the minute derived from its id', () => {
    const { app, full, state, kernel } = setup();
    full(() => app.newTrigger('refresh').timeBased().everyHours(1).create());
    const from = kernel.now().getTime();
    const due = dueTriggers(state, from, from + 3 * HOUR);
    expect(due).toHaveLength(3);
    expect(due.map((d) => new Date(d.fireAtMs).getUTCMinutes())).toEqual([minuteOf('1'), minuteOf('1'), minuteOf('1')]);
    expect(due[1].fireAtMs - due[0].fireAtMs).toBe(HOUR);
  });

  it('fires nearMinute exactly at that minute', () => {
    const { app, full, state, kernel } = setup();
    full(() => app.newTrigger('refresh').timeBased().everyHours(1).nearMinute(5).create());
    const due = dueTriggers(state, kernel.now().getTime(), kernel.now().getTime() + HOUR);
    expect(new Date(due[0].fireAtMs).toISOString()).toBe('2026-03-02T10:05:00.000Z');
  });

  it('fires a daily 9 AM trigger at 9 AM in Asia/Shanghai (01:xx UTC)', () => {
    const { app, full, state, kernel } = setup();
    full(() => app.newTrigger('daily').timeBased().everyDays(1).atHour(9).nearMinute(0).inTimezone('Asia/Shanghai').create());
    const due = dueTriggers(state, kernel.now().getTime(), kernel.now().getTime() + 48 * HOUR);
    expect(due.map((d) => new Date(d.fireAtMs).toISOString())).toEqual(['2026-03-03T01:00:00.000Z', '2026-03-04T01:00:00.000Z']);
  });

  it('keeps a daily Los Angeles trigger at 9 AM local across the March DST change', () => {
    const { app, full, state, kernel } = setup({ session: { scriptTimeZone: 'America/Los_Angeles' }, now: '2026-03-06T20:00:00Z' });
    full(() => app.newTrigger('daily').timeBased().everyDays(1).atHour(9).nearMinute(0).create());
    const due = dueTriggers(state, kernel.now().getTime(), kernel.now().getTime() + 72 * HOUR);
    // 7 March is PST (UTC-8); 8 and 9 March are PDT (UTC-7).
    expect(due.map((d) => new Date(d.fireAtMs).toISOString())).toEqual(['2026-03-07T17:00:00.000Z', '2026-03-08T16:00:00.000Z', '2026-03-09T16:00:00.000Z']);
  });

  it('fires a weekly trigger on the chosen weekday', () => {
    const { app, full, state, kernel } = setup();
    full(() => app.newTrigger('weekly').timeBased().onWeekDay(app.WeekDay.FRIDAY).atHour(8).nearMinute(30).inTimezone('UTC').create());
    const due = dueTriggers(state, kernel.now().getTime(), kernel.now().getTime() + 14 * 24 * HOUR);
    expect(due.map((d) => new Date(d.fireAtMs).toISOString())).toEqual(['2026-03-06T08:30:00.000Z', '2026-03-13T08:30:00.000Z']);
  });

  it('fires a one-off trigger once and keeps it listed until deleted', () => {
    const { app, full, state, kernel } = setup();
    full(() => app.newTrigger('once').timeBased().after(10 * 60_000).create());
    const now = kernel.now().getTime();
    expect(dueTriggers(state, now, now + HOUR)).toHaveLength(1);
    expect(dueTriggers(state, now + HOUR, now + 5 * HOUR)).toHaveLength(0);
    expect(state.triggers[0].nextRunAt).toBeNull();
    expect(full(() => app.getProjectTriggers())).toHaveLength(1);
  });

  it('does not catch up firings that fell before the window', () => {
    const { app, full, state, kernel } = setup();
    full(() => app.newTrigger('refresh').timeBased().everyHours(1).create());
    const now = kernel.now().getTime();
    const due = dueTriggers(state, now + 10 * HOUR, now + 11 * HOUR);
    expect(due).toHaveLength(1);
  });

  it('lists firings of several triggers in time order', () => {
    const { app, full, state, kernel, session } = setup();
    full(() => app.newTrigger('a').timeBased().everyHours(1).nearMinute(40).create());
    session.activeUserEmail = 'b@example.com';
    full(() => app.newTrigger('b').timeBased().everyHours(1).nearMinute(20).create());
    const now = kernel.now().getTime();
    expect(dueTriggers(state, now, now + 2 * HOUR).map((d) => d.trigger.handler)).toEqual(['b', 'a', 'b', 'a']);
  });

  it('fires a daily trigger every day across New Year (2026-12-31 → 2027-01-01)', () => {
    const { app, full, state, kernel } = setup({ now: '2026-12-30T10:00:00Z' });
    full(() => app.newTrigger('daily').timeBased().everyDays(1).atHour(9).nearMinute(0).inTimezone('UTC').create());
    const due = dueTriggers(state, kernel.now().getTime(), Date.parse('2027-01-02T12:00:00Z'));
    expect(due.map((d) => new Date(d.fireAtMs).toISOString())).toEqual(['2026-12-31T09:00:00.000Z', '2027-01-01T09:00:00.000Z', '2027-01-02T09:00:00.000Z']);
    expect(state.triggers[0].nextRunAt).toBe('2027-01-03T09:00:00.000Z');
  });

  it('fires a daily Shanghai trigger across the local New Year, which falls at 16:00 UTC', () => {
    const { app, full, state, kernel } = setup({ now: '2026-12-30T10:00:00Z' });
    full(() => app.newTrigger('daily').timeBased().everyDays(1).atHour(9).nearMinute(0).inTimezone('Asia/Shanghai').create());
    const due = dueTriggers(state, kernel.now().getTime(), Date.parse('2027-01-02T00:00:00Z'));
    expect(due.map((d) => new Date(d.fireAtMs).toISOString())).toEqual(['2026-12-31T01:00:00.000Z', '2027-01-01T01:00:00.000Z']);
  });

  it('fires a weekly trigger across New Year on the same weekday', () => {
    const { app, full, state, kernel } = setup({ now: '2026-12-20T00:00:00Z' });
    full(() => app.newTrigger('weekly').timeBased().onWeekDay(app.WeekDay.FRIDAY).atHour(8).nearMinute(30).inTimezone('Asia/Shanghai').create());
    const due = dueTriggers(state, kernel.now().getTime(), Date.parse('2027-01-10T00:00:00Z'));
    // 25 December 2026, 1 January and 8 January 2027 are Fridays; 08:30 in Shanghai is 00:30 UTC.
    expect(due.map((d) => new Date(d.fireAtMs).toISOString())).toEqual(['2026-12-25T00:30:00.000Z', '2027-01-01T00:30:00.000Z', '2027-01-08T00:30:00.000Z']);
  });

  it('fires onMonthDay(30) on the last day of February (the documented clamp), not on 1 February', () => {
    const { app, full, state, kernel } = setup({ now: '2027-01-15T10:00:00Z' });
    full(() => app.newTrigger('monthly').timeBased().onMonthDay(30).atHour(9).nearMinute(0).inTimezone('UTC').create());
    const due = dueTriggers(state, kernel.now().getTime(), Date.parse('2027-04-01T00:00:00Z'));
    expect(due.map((d) => new Date(d.fireAtMs).toISOString())).toEqual(['2027-01-30T09:00:00.000Z', '2027-02-28T09:00:00.000Z', '2027-03-30T09:00:00.000Z']);
  });

  it('fires onMonthDay(31) on each month\'s last day, 29 February in a leap year, and across New Year', () => {
    const { app, full, state, kernel } = setup({ now: '2027-11-15T10:00:00Z' });
    full(() => app.newTrigger('monthly').timeBased().onMonthDay(31).atHour(9).nearMinute(0).inTimezone('UTC').create());
    const due = dueTriggers(state, kernel.now().getTime(), Date.parse('2028-05-01T00:00:00Z'));
    expect(due.map((d) => new Date(d.fireAtMs).toISOString().slice(0, 10))).toEqual(['2027-11-30', '2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
  });

  it('builds the time-driven event object in the trigger\'s zone', () => {
    const { app, full, state } = setup();
    full(() => app.newTrigger('daily').timeBased().everyDays(1).atHour(9).inTimezone('Asia/Shanghai').create());
    const e = timeDrivenEvent(state.triggers[0], Date.parse('2026-03-03T01:05:00Z'));
    expect(e).toMatchObject({ authMode: 'FULL', year: 2026, month: 3, 'day-of-month': 3, 'day-of-week': 2, hour: 9, minute: 5, timezone: 'Asia/Shanghai', triggerUid: '1' });
  });

  it('gives two users one trigger each of the same type in the same document', () => {
    const { app, session, state, kernel } = setup();
    run(kernel, 'FULL', () => app.newTrigger('daily').timeBased().everyDays(1).create());
    session.activeUserEmail = 'partner@example.com';
    run(kernel, 'FULL', () => app.newTrigger('daily').timeBased().everyDays(1).create());
    expect(state.triggers.map((t) => t.user)).toEqual(['operator@example.com', 'partner@example.com']);
  });

  it('lists only the running user\'s triggers in getUserTriggers and getProjectTriggers', () => {
    const { app, session, kernel } = setup();
    run(kernel, 'FULL', () => app.newTrigger('daily').timeBased().everyDays(1).create());
    session.activeUserEmail = 'partner@example.com';
    run(kernel, 'FULL', () => app.newTrigger('daily').timeBased().everyDays(1).create());
    const ids = (user: string) => kernel.run('time-trigger', 'FULL', () => [app.getUserTriggers(SHEET).map((t) => t.getUniqueId()), app.getProjectTriggers().map((t) => t.getUniqueId())], { user }).value;
    expect([ids('operator@example.com'), ids('partner@example.com'), ids('nobody@example.com')]).toEqual([[['1'], ['1']], [['2'], ['2']], [[], []]]);
  });

  it('deletes only a trigger of the running user', () => {
    const { app, session, state, kernel } = setup();
    const mine = run(kernel, 'FULL', () => app.newTrigger('daily').timeBased().everyDays(1).create());
    session.activeUserEmail = 'partner@example.com';
    run(kernel, 'FULL', () => app.deleteTrigger(mine));
    expect(state.triggers.map((t) => t.user)).toEqual(['operator@example.com']);
  });

  it('gives a trigger created in an execution that names its user to that user', () => {
    const { app, state, kernel } = setup();
    kernel.run('time-trigger', 'FULL', () => app.newTrigger('daily').timeBased().everyDays(1).create(), { user: 'creator@example.com' });
    expect(state.triggers.map((t) => t.user)).toEqual(['creator@example.com']);
  });
});
