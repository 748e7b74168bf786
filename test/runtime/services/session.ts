/**
 * Session: the user's locale, the script's time zone, and who is running.
 *
 * Faithful: the locale is available in every auth mode, in Apps Script's form — a language code
 * such as `en` (the reference's example), with the region joined by an underscore as Java
 * writes locales (`zh_CN`, `zh_TW`); a BCP 47 tag given in the state (`zh-CN`) is converted.
 * The email is blank where Apps Script blanks it: custom functions, simple triggers, and any
 * mode but FULL. When the manifest's scopes are known and lack `userinfo.email`, asking for the
 * email fails with Apps Script's permission error.
 *
 * Several users: `users` holds each known user's own account locale. The user running is the
 * running execution's (a time-driven trigger runs as its creator), else `activeUserEmail`; a user
 * without an entry has `locale`, the workbook file's user locale.
 */
import { createHash } from 'node:crypto';
import type { Kernel } from '../kernel';
import { DEFAULT_USER_EMAIL, SCOPES, ServiceContext, type ServiceDeps } from './context';

/** Who the user is and where the script lives. JSON-able. */
export interface SessionState {
  /** The user running the add-on (and the creator of any trigger made now). */
  activeUserEmail: string;
  /** Who the script runs as; defaults to the active user (add-ons run as the user). */
  effectiveUserEmail?: string;
  /**
   * The Google account's language of a user with no entry in `users` (the workbook file's user):
   * `en`, `zh_CN`, `zh_TW` (a `zh-CN` tag is accepted too).
   */
  locale: string;
  /** Each known user's own account, by email (their locale). */
  users?: Record<string, { locale: string }>;
  /** The manifest's `timeZone`. */
  scriptTimeZone: string;
}

/** A fresh session: an English-speaking user in the manifest's default zone. */
export function defaultSessionState(): SessionState {
  return { activeUserEmail: DEFAULT_USER_EMAIL, locale: 'en', scriptTimeZone: 'America/Los_Angeles' };
}

/** The account locale of `email` as the state has it (their own, else the file's user locale). */
export function localeOf(state: SessionState, email: string): string {
  return state.users?.[email]?.locale ?? state.locale;
}

/** `zh-Hant-TW`/`zh-CN`/`en` → Apps Script's `zh_TW`/`zh_CN`/`en`. */
export function appsScriptLocale(tag: string): string {
  const parts = tag.trim().split(/[-_]/).filter(Boolean);
  if (!parts.length) return '';
  const lang = parts[0].toLowerCase();
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$|^\d{3}$/.test(p));
  if (region) return `${lang}_${region.toUpperCase()}`;
  // Java has no script subtag in toString(); the script implies the usual region.
  const script = parts.slice(1).find((p) => /^[A-Za-z]{4}$/.test(p))?.toLowerCase();
  if (lang === 'zh' && script === 'hant') return 'zh_TW';
  if (lang === 'zh' && script === 'hans') return 'zh_CN';
  return lang;
}

/** A User object. */
export class FakeUser implements GoogleAppsScript.Base.User {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly email: string,
    /** Whether the scope matters: only where the email would be shown at all. */
    private readonly checkScope: boolean,
  ) {}

  getEmail(): string {
    this.ctx.call('User.getEmail');
    if (this.checkScope) this.ctx.requireScope('Session.getActiveUser', SCOPES.userEmail);
    return this.email;
  }

  /** @deprecated as in Apps Script. */
  getUserLoginId(): string {
    this.ctx.call('User.getUserLoginId');
    return this.email;
  }
}

/** `Session`. */
export class FakeSession implements GoogleAppsScript.Base.Session {
  private readonly ctx: ServiceContext;
  private readonly scriptId: string;

  constructor(
    kernel: Kernel,
    private readonly state: SessionState,
    deps?: ServiceDeps & { readonly scriptId?: string },
  ) {
    this.ctx = new ServiceContext(kernel, { ...deps, activeUser: deps?.activeUser ?? (() => state.activeUserEmail) });
    this.scriptId = deps?.scriptId ?? 'local-script';
  }

  /** Whether identity is visible to the running execution. */
  private identityVisible(): boolean {
    const e = this.ctx.kernel.execution();
    if (!e) return true;
    return e.authMode === 'FULL' && e.kind !== 'simple-trigger' && e.kind !== 'custom-function';
  }

  getActiveUser(): FakeUser {
    this.ctx.call('Session.getActiveUser');
    return this.user(this.ctx.activeUser());
  }

  private user(email: string): FakeUser {
    const visible = this.identityVisible();
    return new FakeUser(this.ctx, visible ? email : '', visible);
  }

  getActiveUserLocale(): string {
    this.ctx.call('Session.getActiveUserLocale');
    return appsScriptLocale(localeOf(this.state, this.ctx.activeUser()));
  }

  getEffectiveUser(): FakeUser {
    this.ctx.call('Session.getEffectiveUser');
    const email = this.state.effectiveUserEmail ?? this.ctx.activeUser();
    return this.user(email);
  }

  getScriptTimeZone(): string {
    this.ctx.call('Session.getScriptTimeZone');
    return this.state.scriptTimeZone;
  }

  /**
   * A key that is stable for this user and script but is not the email; same shape as Apps
   * Script's (opaque base64) but not its value.
   */
  getTemporaryActiveUserKey(): string {
    this.ctx.call('Session.getTemporaryActiveUserKey');
    return createHash('sha256').update(`${this.scriptId}\n${this.ctx.activeUser()}`).digest('base64').slice(0, 43);
  }

  /** @deprecated as in Apps Script. */
  getTimeZone(): string {
    this.ctx.call('Session.getTimeZone');
    return this.state.scriptTimeZone;
  }

  /** @deprecated as in Apps Script. */
  getUser(): FakeUser {
    this.ctx.call('Session.getUser');
    return this.user(this.ctx.activeUser());
  }
}
