/**
 * ScriptApp: enums, installable triggers with the editor add-on limits, authorization info.
 *
 * Add-on limits (reference §3.2), enforced at creation:
 * - one trigger of each event type per user per document ("This add-on has created too many
 *   time-based triggers in this document for this Google user account.");
 * - time-driven at most hourly: `everyMinutes` throws, `everyHours(n)` needs an integer n ≥ 1;
 * - creation (and listing/deleting) only in AuthMode.FULL, with the `script.scriptapp` scope
 *   when the manifest's scopes are known; 20 triggers per user per script.
 *
 * Scheduling model (deterministic on purpose). Apps Script picks a random minute for a trigger
 * (a 9 AM daily trigger fires somewhere in 9–10 AM, then keeps that slot). Here the slot's minute
 * is derived from the trigger id (`minuteOf(id)`), or is exactly the `nearMinute` given (Apps
 * Script: ±15 min). Then:
 * - `everyHours(n)`: first at that minute after creation, then every n hours (absolute time);
 * - `everyDays(n)`: at `atHour` (default: the creation hour) and the minute, in the trigger's
 *   zone, first after creation, then every n calendar days (so it stays at 9 AM across DST);
 * - `onWeekDay(d)` / `everyWeeks(n)`: on weekday d (default: the creation weekday), every n weeks;
 * - `onMonthDay(d)`: monthly on day d; in a month without day d (30 or 31 in February, 31 in
 *   April) on the month's last day, so onMonthDay(31) is "the last day of every month". Google's
 *   reference does not say; this follows reported behaviour, and is a choice, unconfirmed;
 * - `at(date)` / `after(ms)` / `atDate(y, m, d)`: once. A fired one-off trigger stays in the
 *   project's trigger list (and counts against the limits) until deleted, as Apps Script keeps
 *   them; its `nextRunAt` becomes null.
 * The runner's clock tick calls {@link dueTriggers} to learn what fires.
 */
import { createHash } from 'node:crypto';
import type { Kernel } from '../kernel';
import { SCOPES, ServiceContext, isDate, type ServiceDeps } from './context';
import {
  AuthModeEnum,
  AuthorizationStatusEnum,
  EventTypeEnum,
  InstallationSourceEnum,
  TriggerSourceEnum,
  WEEK_DAY,
  WeekDayEnum,
  enumName,
  type WeekDayName,
} from './enums';
import type { SessionState } from './session';
import { isIanaZone, javaZone, utcMs, zonedParts, zonedToEpoch, type Zone } from './time-zone';

/** Installable trigger kinds this runtime models. */
export type TriggerType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE';

/** Units of a recurring time-driven trigger. */
export type RecurrenceUnit = 'hours' | 'days' | 'weeks' | 'months';

/** One installable trigger, as persisted in the workbook file. */
export interface TriggerState {
  id: string;
  /** Global function it calls. */
  handler: string;
  type: TriggerType;
  /** Email of the user who created it; it runs as them. */
  user: string;
  /** The document the add-on created it in (add-on triggers belong to one document). */
  documentId: string;
  /** IANA zone its schedule is read in. */
  timezone: string;
  /** ISO time of creation. */
  createdAt: string;
  /** Recurrence of a recurring time-driven trigger. */
  every?: { unit: RecurrenceUnit; n: number };
  /** Hour of day (0–23) for daily, weekly and monthly triggers. */
  atHour?: number;
  /** Minute of the hour the trigger fires at (see the scheduling model). */
  minute?: number;
  weekDay?: WeekDayName;
  monthDay?: number;
  /** ISO time of the next firing; null for a one-off that has fired; absent for non-clock types. */
  nextRunAt?: string | null;
}

/** All triggers of the project. JSON-able. */
export interface ScriptAppState {
  triggers: TriggerState[];
  nextId: number;
  /** Simulates a published add-on whose new version needs re-authorization. */
  authorizationRequired?: boolean;
}

/** A fresh state: no triggers. */
export function emptyScriptAppState(): ScriptAppState {
  return { triggers: [], nextId: 1 };
}

/** Per user per script (quotas page). */
export const MAX_TRIGGERS_PER_USER = 20;

const HOUR_MS = 3_600_000;

const TYPE_WORDS: Record<TriggerType, string> = { CLOCK: 'time-based', ON_OPEN: 'open', ON_EDIT: 'edit', ON_CHANGE: 'change' };

/** The deterministic minute of the hour a trigger without `nearMinute` fires at. */
export function minuteOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % 60;
}

function zoneOf(t: TriggerState): Zone {
  return javaZone(t.timezone);
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** The instant `days` calendar days after the local date of `fromMs`, at hour:minute local. */
function localDayAt(zone: Zone, fromMs: number, days: number, hour: number, minute: number): number {
  const p = zonedParts(fromMs, zone);
  const d = new Date(utcMs(p.year, p.month, p.day + days));
  return zonedToEpoch(zone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute);
}

/** Day `monthDay` (clamped) of the month `months` after the local month of `fromMs`, at hour:minute. */
function localMonthDayAt(zone: Zone, fromMs: number, months: number, monthDay: number, hour: number, minute: number): number {
  const p = zonedParts(fromMs, zone);
  const m0 = p.month - 1 + months;
  const year = p.year + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  return zonedToEpoch(zone, year, month, Math.min(monthDay, daysInMonth(year, month)), hour, minute);
}

/** First firing of a recurring trigger strictly after `createdMs`. */
function firstRun(t: TriggerState, createdMs: number): number {
  const zone = zoneOf(t);
  const every = t.every!;
  const minute = t.minute ?? 0;
  const hour = t.atHour ?? 0;
  if (every.unit === 'hours') {
    const p = zonedParts(createdMs, zone);
    let candidate = createdMs - (p.minute * 60_000 + p.second * 1000 + p.millisecond) + minute * 60_000;
    while (candidate <= createdMs) candidate += HOUR_MS;
    return candidate;
  }
  if (every.unit === 'days') {
    let day = 0;
    while (localDayAt(zone, createdMs, day, hour, minute) <= createdMs) day++;
    return localDayAt(zone, createdMs, day, hour, minute);
  }
  if (every.unit === 'weeks') {
    const target = Object.keys(WEEK_DAY).indexOf(t.weekDay!);
    for (let day = 0; ; day++) {
      const at = localDayAt(zone, createdMs, day, hour, minute);
      if (at > createdMs && zonedParts(at, zone).weekday === target) return at;
    }
  }
  for (let months = 0; ; months++) {
    const at = localMonthDayAt(zone, createdMs, months, t.monthDay!, hour, minute);
    if (at > createdMs) return at;
  }
}

/** The firing after `prevMs` of a recurring trigger. */
function followingRun(t: TriggerState, prevMs: number): number {
  const zone = zoneOf(t);
  const { unit, n } = t.every!;
  const minute = t.minute ?? 0;
  const hour = t.atHour ?? 0;
  if (unit === 'hours') return prevMs + n * HOUR_MS;
  if (unit === 'days') return localDayAt(zone, prevMs, n, hour, minute);
  if (unit === 'weeks') return localDayAt(zone, prevMs, 7 * n, hour, minute);
  return localMonthDayAt(zone, prevMs, n, t.monthDay!, hour, minute);
}

/** One firing found by {@link dueTriggers}. */
export interface DueFiring {
  readonly trigger: TriggerState;
  readonly fireAtMs: number;
}

/**
 * The time-driven firings due in (fromMs, toMs], in time order (ties by trigger id), advancing
 * each trigger's `nextRunAt` past `toMs` (a one-off's becomes null). Firings at or before
 * `fromMs` that were never run are skipped, as Apps Script does not catch up missed runs.
 * Mutates only `state`; touches no kernel.
 */
export function dueTriggers(state: ScriptAppState, fromMs: number, toMs: number): DueFiring[] {
  const out: DueFiring[] = [];
  for (const t of state.triggers) {
    if (t.type !== 'CLOCK' || !t.nextRunAt) continue;
    let next = Date.parse(t.nextRunAt);
    if (!t.every) {
      if (next <= toMs) {
        if (next > fromMs) out.push({ trigger: t, fireAtMs: next });
        t.nextRunAt = null;
      }
      continue;
    }
    if (t.every.unit === 'hours' && next <= fromMs) {
      const step = t.every.n * HOUR_MS;
      next += Math.floor((fromMs - next) / step) * step;
    }
    for (let guard = 0; next <= toMs; guard++) {
      if (guard > 100_000) throw new Error(`dueTriggers: trigger ${t.id} fires too often in (${fromMs}, ${toMs}]`);
      if (next > fromMs) out.push({ trigger: t, fireAtMs: next });
      next = followingRun(t, next);
    }
    t.nextRunAt = new Date(next).toISOString();
  }
  return out.sort((a, b) => a.fireAtMs - b.fireAtMs || Number(a.trigger.id) - Number(b.trigger.id) || a.trigger.id.localeCompare(b.trigger.id));
}

/** The event object of a time-driven firing (reference §3.1), for the runner to pass the handler. */
export function timeDrivenEvent(trigger: TriggerState, fireAtMs: number): Record<string, unknown> {
  const zone = zoneOf(trigger);
  const p = zonedParts(fireAtMs, zone);
  // ISO week number of the local date.
  const day = new Date(utcMs(p.year, p.month, p.day));
  const isoDay = p.weekday === 0 ? 7 : p.weekday;
  day.setUTCDate(day.getUTCDate() + 4 - isoDay);
  const week = Math.ceil(((day.getTime() - utcMs(day.getUTCFullYear(), 1, 1)) / 86_400_000 + 1) / 7);
  return {
    authMode: 'FULL',
    year: p.year,
    month: p.month,
    'day-of-month': p.day,
    'day-of-week': isoDay,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
    timezone: trigger.timezone,
    triggerUid: trigger.id,
    'week-of-year': week,
  };
}

/** Shared by the builders and the service. */
interface ScriptAppCore {
  readonly ctx: ServiceContext;
  readonly state: ScriptAppState;
  readonly session: SessionState;
  /** Undefined: one-document mode, where every spreadsheet id is this document. */
  readonly documentId: string | undefined;
}

/** Id recorded on triggers in one-document mode. */
export const SINGLE_DOCUMENT_ID = 'local-spreadsheet';

/** A Trigger. */
export class FakeTrigger implements GoogleAppsScript.Script.Trigger {
  constructor(
    private readonly ctx: ServiceContext,
    /** The persisted trigger (internal). */
    readonly data: TriggerState,
  ) {}

  getEventType(): GoogleAppsScript.Script.EventType {
    this.ctx.call('Trigger.getEventType');
    return EventTypeEnum[this.data.type];
  }

  getHandlerFunction(): string {
    this.ctx.call('Trigger.getHandlerFunction');
    return this.data.handler;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.ctx.call('Trigger.getTriggerSource');
    return this.data.type === 'CLOCK' ? TriggerSourceEnum.CLOCK : TriggerSourceEnum.SPREADSHEETS;
  }

  /** The spreadsheet id for spreadsheet triggers; null for time-driven ones. */
  getTriggerSourceId(): string {
    this.ctx.call('Trigger.getTriggerSourceId');
    return (this.data.type === 'CLOCK' ? null : this.data.documentId) as string;
  }

  getUniqueId(): string {
    this.ctx.call('Trigger.getUniqueId');
    return this.data.id;
  }
}

/** Adds a trigger after the add-on limits; returns it. */
function install(core: ScriptAppCore, draft: Omit<TriggerState, 'id' | 'user' | 'documentId' | 'createdAt'>, createdMs: number): FakeTrigger {
  const { ctx, state } = core;
  const documentId = core.documentId ?? SINGLE_DOCUMENT_ID;
  // The user running: a trigger made from a time-driven execution belongs to its creator too.
  const user = ctx.activeUser();
  const mine = state.triggers.filter((t) => t.user === user);
  if (mine.some((t) => t.documentId === documentId && t.type === draft.type)) {
    throw ctx.error(`This add-on has created too many ${TYPE_WORDS[draft.type]} triggers in this document for this Google user account.`);
  }
  if (mine.length >= MAX_TRIGGERS_PER_USER) {
    throw ctx.error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  }
  const id = String(state.nextId++);
  const t: TriggerState = { id, user, documentId, createdAt: new Date(createdMs).toISOString(), ...draft };
  if (t.type === 'CLOCK' && t.every) {
    t.minute ??= minuteOf(id);
    t.nextRunAt = new Date(firstRun(t, createdMs)).toISOString();
  }
  state.triggers.push(t);
  return new FakeTrigger(ctx, t);
}

/** Time-driven trigger builder. */
export class FakeClockTriggerBuilder implements GoogleAppsScript.Script.ClockTriggerBuilder {
  private every?: { unit: RecurrenceUnit; n: number };
  private once?: { atMs?: number; afterMs?: number; date?: [number, number, number] };
  private atHourValue?: number;
  private nearMinuteValue?: number;
  private weekDay?: WeekDayName;
  private monthDay?: number;
  private timezone?: string;

  constructor(
    private readonly core: ScriptAppCore,
    private readonly handler: string,
  ) {}

  private enter(method: string): void {
    this.core.ctx.call(`ClockTriggerBuilder.${method}`);
  }

  private fail(message: string): never {
    throw this.core.ctx.error(message);
  }

  private setEvery(unit: RecurrenceUnit, n: unknown): this {
    const v = Number(n);
    if (!Number.isInteger(v) || v < 1) this.fail(`Invalid argument: ${n} (every${unit[0].toUpperCase()}${unit.slice(1)} needs a whole number ≥ 1)`);
    if (this.every && this.every.unit !== unit) this.fail(`A time-based trigger has one recurrence: every ${this.every.unit} was already set.`);
    this.every = { unit, n: v };
    return this;
  }

  after(durationMilliseconds: number): this {
    this.enter('after');
    this.once = { afterMs: Math.max(0, Number(durationMilliseconds)) };
    return this;
  }

  at(date: GoogleAppsScript.Base.Date): this {
    this.enter('at');
    if (!isDate(date)) this.fail('Invalid argument: date');
    this.once = { atMs: date.getTime() };
    return this;
  }

  atDate(year: number, month: number, day: number): this {
    this.enter('atDate');
    this.once = { date: [Number(year), Number(month), Number(day)] };
    return this;
  }

  atHour(hour: number): this {
    this.enter('atHour');
    const h = Number(hour);
    if (!Number.isInteger(h) || h < 0 || h > 23) this.fail(`Invalid argument: hour (${hour})`);
    this.atHourValue = h;
    return this;
  }

  everyDays(n: number): this {
    this.enter('everyDays');
    return this.setEvery('days', n);
  }

  everyHours(n: number): this {
    this.enter('everyHours');
    return this.setEvery('hours', n);
  }

  /** Refused: an add-on's time-driven triggers may run at most once per hour. */
  everyMinutes(n: number): this {
    this.enter('everyMinutes');
    return this.fail(`Add-on time-based triggers may run at most once per hour: everyMinutes(${n}) is not allowed; use everyHours(1) or longer.`);
  }

  everyWeeks(n: number): this {
    this.enter('everyWeeks');
    return this.setEvery('weeks', n);
  }

  inTimezone(timezone: string): this {
    this.enter('inTimezone');
    if (!isIanaZone(String(timezone))) this.fail(`Invalid argument: timezone (${timezone})`);
    this.timezone = String(timezone);
    return this;
  }

  nearMinute(minute: number): this {
    this.enter('nearMinute');
    const m = Number(minute);
    if (!Number.isInteger(m) || m < 0 || m > 59) this.fail(`Invalid argument: minute (${minute})`);
    this.nearMinuteValue = m;
    return this;
  }

  onMonthDay(day: number): this {
    this.enter('onMonthDay');
    const d = Number(day);
    if (!Number.isInteger(d) || d < 1 || d > 31) this.fail(`Invalid argument: day (${day})`);
    this.monthDay = d;
    return this;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): this {
    this.enter('onWeekDay');
    const name = enumName(day);
    if (!(name in WEEK_DAY)) this.fail(`Invalid argument: day (${name})`);
    this.weekDay = name as WeekDayName;
    return this;
  }

  create(): FakeTrigger {
    this.enter('create');
    const { ctx, session } = this.core;
    ctx.requireAuth('ScriptApp.newTrigger', ['FULL']);
    ctx.requireScope('ScriptApp.newTrigger', SCOPES.scriptApp);
    const timezone = this.timezone ?? session.scriptTimeZone;
    const now = ctx.kernel.executionNow().getTime();
    const created = new Date(now);
    const recurring = this.every !== undefined || this.weekDay !== undefined || this.monthDay !== undefined;
    if (this.once && recurring) this.fail('A time-based trigger is either one-off (at/after/atDate) or recurring, not both.');
    if (this.once) {
      if (this.atHourValue !== undefined) this.fail('atHour can only be used with everyDays or everyWeeks.');
      const o = this.once;
      const at = o.atMs ?? (o.afterMs !== undefined ? now + o.afterMs : zonedToEpoch(javaZone(timezone), o.date![0], o.date![1], o.date![2]));
      return install(this.core, { handler: this.handler, type: 'CLOCK', timezone, nextRunAt: new Date(at).toISOString() }, now);
    }
    let every = this.every;
    if (this.monthDay !== undefined) {
      if (every || this.weekDay) this.fail('onMonthDay cannot be combined with another recurrence.');
      every = { unit: 'months', n: 1 };
    }
    if (this.weekDay !== undefined) {
      if (every && every.unit !== 'weeks') this.fail('onWeekDay can only be used with everyWeeks.');
      every ??= { unit: 'weeks', n: 1 };
    }
    if (!every) this.fail('The trigger needs a schedule: call everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay, at, atDate or after before create().');
    if (this.atHourValue !== undefined && every.unit === 'hours') this.fail('atHour can only be used with everyDays or everyWeeks.');
    const zone = javaZone(timezone);
    const local = zonedParts(created.getTime(), zone);
    const draft: Omit<TriggerState, 'id' | 'user' | 'documentId' | 'createdAt'> = { handler: this.handler, type: 'CLOCK', timezone, every };
    if (this.nearMinuteValue !== undefined) draft.minute = this.nearMinuteValue;
    if (every.unit !== 'hours') draft.atHour = this.atHourValue ?? local.hour;
    if (every.unit === 'weeks') draft.weekDay = this.weekDay ?? (Object.keys(WEEK_DAY)[local.weekday] as WeekDayName);
    if (every.unit === 'months') draft.monthDay = this.monthDay;
    return install(this.core, draft, now);
  }
}

/** Spreadsheet trigger builder. */
export class FakeSpreadsheetTriggerBuilder implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  private type?: TriggerType;

  constructor(
    private readonly core: ScriptAppCore,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  private set(method: string, type: TriggerType): this {
    this.core.ctx.call(`SpreadsheetTriggerBuilder.${method}`);
    this.type = type;
    return this;
  }

  onChange(): this {
    return this.set('onChange', 'ON_CHANGE');
  }

  onEdit(): this {
    return this.set('onEdit', 'ON_EDIT');
  }

  onFormSubmit(): this {
    return this.core.ctx.unsupported('SpreadsheetTriggerBuilder.onFormSubmit');
  }

  onOpen(): this {
    return this.set('onOpen', 'ON_OPEN');
  }

  create(): FakeTrigger {
    const { ctx } = this.core;
    ctx.call('SpreadsheetTriggerBuilder.create');
    ctx.requireAuth('ScriptApp.newTrigger', ['FULL']);
    ctx.requireScope('ScriptApp.newTrigger', SCOPES.scriptApp);
    if (!this.type) throw ctx.error('The trigger needs an event: call onOpen, onEdit or onChange before create().');
    // Add-on triggers work only for the file the add-on is used in.
    if (this.core.documentId !== undefined && this.spreadsheetId !== this.core.documentId) throw ctx.error(`An add-on can only create triggers for the document it runs in (${this.spreadsheetId}).`);
    const timezone = this.core.session.scriptTimeZone;
    return install(this.core, { handler: this.handler, type: this.type, timezone }, ctx.kernel.executionNow().getTime());
  }
}

/** `ScriptApp.newTrigger(fn)`. */
export class FakeTriggerBuilder implements GoogleAppsScript.Script.TriggerBuilder {
  constructor(
    private readonly core: ScriptAppCore,
    private readonly handler: string,
  ) {}

  forDocument(): GoogleAppsScript.Script.DocumentTriggerBuilder {
    return this.core.ctx.unsupported('TriggerBuilder.forDocument');
  }

  forForm(): GoogleAppsScript.Script.FormTriggerBuilder {
    return this.core.ctx.unsupported('TriggerBuilder.forForm');
  }

  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): FakeSpreadsheetTriggerBuilder {
    this.core.ctx.call('TriggerBuilder.forSpreadsheet');
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return new FakeSpreadsheetTriggerBuilder(this.core, this.handler, id);
  }

  forUserCalendar(): GoogleAppsScript.Script.CalendarTriggerBuilder {
    return this.core.ctx.unsupported('TriggerBuilder.forUserCalendar');
  }

  timeBased(): FakeClockTriggerBuilder {
    this.core.ctx.call('TriggerBuilder.timeBased');
    return new FakeClockTriggerBuilder(this.core, this.handler);
  }
}

/** The authorization info `getAuthorizationInfo` returns. */
class FakeAuthorizationInfo implements GoogleAppsScript.Script.AuthorizationInfo {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly required: boolean,
  ) {}

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    this.ctx.call('AuthorizationInfo.getAuthorizationStatus');
    return this.required ? AuthorizationStatusEnum.REQUIRED : AuthorizationStatusEnum.NOT_REQUIRED;
  }

  /** A URL when authorization is required, else null (as documented). */
  getAuthorizationUrl(): string {
    this.ctx.call('AuthorizationInfo.getAuthorizationUrl');
    return (this.required ? 'https://script.google.com/local-runtime/authorize' : null) as string;
  }
}

/** Options of {@link FakeScriptApp}. */
export interface ScriptAppOptions extends ServiceDeps {
  /** Who is running (their email owns new triggers) and the script's time zone. */
  readonly session: SessionState;
  /** Id of the spreadsheet the add-on runs in; omitted: one-document mode (any id is this one). */
  readonly documentId?: string;
  readonly scriptId?: string;
}

type ImplementedScriptApp = Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'InstallationSource'
  | 'TriggerSource'
  | 'WeekDay'
  | 'deleteTrigger'
  | 'getAuthorizationInfo'
  | 'getProjectTriggers'
  | 'getScriptId'
  | 'getUserTriggers'
  | 'newTrigger'
>;

/** `ScriptApp`. Not modelled: OAuth/identity tokens, state tokens, getService, requireScopes. */
export class FakeScriptApp implements ImplementedScriptApp {
  readonly AuthMode = AuthModeEnum;
  readonly AuthorizationStatus = AuthorizationStatusEnum;
  readonly EventType = EventTypeEnum;
  readonly InstallationSource = InstallationSourceEnum;
  readonly TriggerSource = TriggerSourceEnum;
  readonly WeekDay = WeekDayEnum;
  private readonly core: ScriptAppCore;
  private readonly scriptId: string;

  constructor(kernel: Kernel, state: ScriptAppState, options: ScriptAppOptions) {
    const ctx = new ServiceContext(kernel, { ...options, activeUser: options.activeUser ?? (() => options.session.activeUserEmail) });
    this.core = { ctx, state, session: options.session, documentId: options.documentId };
    this.scriptId = options.scriptId ?? 'local-script';
  }

  private guard(method: string): void {
    this.core.ctx.requireAuth(`ScriptApp.${method}`, ['FULL']);
    this.core.ctx.requireScope(`ScriptApp.${method}`, SCOPES.scriptApp);
  }

  /** The running user's triggers: getProjectTriggers and getUserTriggers list only "the current user's". */
  private mine(): TriggerState[] {
    const user = this.core.ctx.activeUser();
    return this.core.state.triggers.filter((t) => t.user === user);
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.core.ctx.call('ScriptApp.deleteTrigger');
    this.guard('deleteTrigger');
    const id = trigger instanceof FakeTrigger ? trigger.data.id : trigger.getUniqueId();
    const user = this.core.ctx.activeUser();
    this.core.state.triggers = this.core.state.triggers.filter((t) => !(t.id === id && t.user === user));
  }

  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): FakeAuthorizationInfo {
    this.core.ctx.call('ScriptApp.getAuthorizationInfo');
    void authMode;
    return new FakeAuthorizationInfo(this.core.ctx, this.core.state.authorizationRequired === true);
  }

  getProjectTriggers(): FakeTrigger[] {
    this.core.ctx.call('ScriptApp.getProjectTriggers');
    this.guard('getProjectTriggers');
    return this.core.ctx.realm.array(this.mine().map((t) => new FakeTrigger(this.core.ctx, t)));
  }

  getScriptId(): string {
    this.core.ctx.call('ScriptApp.getScriptId');
    return this.scriptId;
  }

  /** This user's triggers in that document, for this add-on. */
  getUserTriggers(source: { getId(): string }): FakeTrigger[] {
    this.core.ctx.call('ScriptApp.getUserTriggers');
    this.guard('getUserTriggers');
    const id = this.core.documentId === undefined ? SINGLE_DOCUMENT_ID : source.getId();
    return this.core.ctx.realm.array(this.mine().filter((t) => t.documentId === id).map((t) => new FakeTrigger(this.core.ctx, t)));
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    this.core.ctx.call('ScriptApp.newTrigger');
    this.guard('newTrigger');
    return new FakeTriggerBuilder(this.core, String(functionName));
  }
}
