/**
 * PropertiesService: three string-only key/value stores (document, user, script).
 *
 * Faithful: values are strings (anything else goes through `String()`); one property (key plus
 * value, in UTF-8 bytes) may hold 9 KB and one store 500 KB, with Apps Script's error texts;
 * the service is refused in AuthMode.NONE; in a custom function the user store is read-only
 * (the reference: editors can't set user properties there). User properties are per user (the
 * properties guide: "specific to the current user"): each user's store is kept under their email,
 * and `getUserProperties()` opens the store of the user running (a trigger's creator in a
 * time-driven execution).
 */
import type { Kernel } from '../kernel';
import { ServiceContext, utf8Bytes, type ServiceDeps } from './context';

/** The stores. */
export interface PropertiesState {
  document: Record<string, string>;
  /** Each user's own user-properties store, by email. */
  users: Record<string, Record<string, string>>;
  script: Record<string, string>;
}

/** Which store. */
export type PropertyStoreName = 'document' | 'user' | 'script';

/** A fresh state: every store empty. */
export function emptyPropertiesState(): PropertiesState {
  return { document: {}, users: {}, script: {} };
}

/** 9 KB per property (key + value). */
export const MAX_PROPERTY_BYTES = 9 * 1024;
/** 500 KB per store. */
export const MAX_STORE_BYTES = 500 * 1024;

const MODES_ALLOWED = ['LIMITED', 'CUSTOM_FUNCTION', 'FULL'] as const;

/** Bytes a store uses (keys plus values). */
export function storeBytes(store: Readonly<Record<string, string>>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += utf8Bytes(k) + utf8Bytes(v);
  return n;
}

/** One property store. */
export class FakeProperties implements GoogleAppsScript.Properties.Properties {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly state: PropertiesState,
    private readonly store: PropertyStoreName,
  ) {}

  private enter(method: string, writes: boolean): Record<string, string> {
    this.ctx.call(`Properties.${method}`);
    this.ctx.requireAuth('PropertiesService', MODES_ALLOWED);
    if (writes && this.store === 'user' && this.ctx.kernel.authMode() === 'CUSTOM_FUNCTION') {
      throw this.ctx.error(`You do not have permission to call Properties.${method} on user properties from a custom function.`);
    }
    return this.read();
  }

  /** The store's live object (the running user's, for user properties). */
  private read(): Record<string, string> {
    if (this.store !== 'user') return this.state[this.store];
    return (this.state.users[this.ctx.activeUser()] ??= {});
  }

  private replace(next: Record<string, string>): void {
    if (this.store === 'user') this.state.users[this.ctx.activeUser()] = next;
    else this.state[this.store] = next;
  }

  /** Replaces the store with `next` after the size checks (all or nothing, like one API call). */
  private commit(next: Record<string, string>): void {
    for (const [k, v] of Object.entries(next)) {
      if (utf8Bytes(k) + utf8Bytes(v) > MAX_PROPERTY_BYTES) throw this.ctx.error('Argument too large: value');
    }
    if (storeBytes(next) > MAX_STORE_BYTES) {
      throw this.ctx.error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.replace(next);
  }

  deleteAllProperties(): this {
    this.enter('deleteAllProperties', true);
    this.replace({});
    return this;
  }

  deleteProperty(key: string): this {
    const current = this.enter('deleteProperty', true);
    const next = { ...current };
    delete next[String(key)];
    this.replace(next);
    return this;
  }

  getKeys(): string[] {
    return this.ctx.realm.array(Object.keys(this.enter('getKeys', false)));
  }

  getProperties(): { [key: string]: string } {
    return this.ctx.realm.object({ ...this.enter('getProperties', false) });
  }

  getProperty(key: string): string | null {
    const store = this.enter('getProperty', false);
    const k = String(key);
    return Object.prototype.hasOwnProperty.call(store, k) ? store[k] : null;
  }

  setProperties(properties: { [key: string]: unknown }, deleteAllOthers = false): this {
    const current = this.enter('setProperties', true);
    const next: Record<string, string> = deleteAllOthers ? {} : { ...current };
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this.commit(next);
    return this;
  }

  setProperty(key: string, value: unknown): this {
    const current = this.enter('setProperty', true);
    this.commit({ ...current, [String(key)]: String(value) });
    return this;
  }
}

/** `PropertiesService`. */
export class FakePropertiesService implements GoogleAppsScript.Properties.PropertiesService {
  private readonly ctx: ServiceContext;

  constructor(
    kernel: Kernel,
    private readonly state: PropertiesState,
    deps?: ServiceDeps,
  ) {
    this.ctx = new ServiceContext(kernel, deps);
  }

  private open(method: string, store: PropertyStoreName): FakeProperties {
    this.ctx.call(`PropertiesService.${method}`);
    this.ctx.requireAuth('PropertiesService', MODES_ALLOWED);
    return new FakeProperties(this.ctx, this.state, store);
  }

  getDocumentProperties(): FakeProperties {
    return this.open('getDocumentProperties', 'document');
  }

  getScriptProperties(): FakeProperties {
    return this.open('getScriptProperties', 'script');
  }

  getUserProperties(): FakeProperties {
    return this.open('getUserProperties', 'user');
  }
}
