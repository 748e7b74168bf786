/**
 * CacheService: three expiring string caches (document, user, script).
 *
 * Faithful: default expiry 600 s, at most 21,600 s; keys up to 250 characters, values up to
 * 100 KB (102,400 UTF-8 bytes), both strict; non-strings coerced to strings; at most 1,000 items,
 * and a full cache drops its oldest ~10 % by creation time (FIFO, as measured by J. Poehnelt,
 * "Exploring Apps Script CacheService limits"); expiry follows the kernel's clock.
 * Apps Script may also evict any item early, so **every read may miss**: set `evictEveryNth`
 * (every n-th key read misses and drops the item) or `missRate` + `seed` (a deterministic
 * pseudo-random miss rate) to prove the add-on survives that.
 */
import type { Kernel } from '../kernel';
import { ServiceContext, utf8Bytes, type ServiceDeps } from './context';

/** One cached item. */
export interface CacheEntry {
  value: string;
  /** Epoch ms after which the item is gone. */
  expiresAt: number;
  /** Creation order, for FIFO eviction when the cache is full. */
  seq: number;
}

/** The caches plus the eviction policy. JSON-able; persisting it is optional. */
export interface CacheState {
  document: Record<string, CacheEntry>;
  /** Each user's own user cache, by email ("specific to the current user"). */
  users: Record<string, Record<string, CacheEntry>>;
  script: Record<string, CacheEntry>;
  /** When set to n > 0, every n-th key read (across the caches) misses and evicts the item. */
  evictEveryNth?: number;
  /** When set (0…1), each key read misses with this probability, drawn from `seed`. */
  missRate?: number;
  /** State of the deterministic generator behind `missRate`; advanced on every draw. */
  seed?: number;
  /** Key reads so far (drives `evictEveryNth`). */
  reads: number;
  /** Next creation number. */
  nextSeq: number;
}

/** Which cache. */
export type CacheName = 'document' | 'user' | 'script';

export const DEFAULT_EXPIRY_S = 600;
export const MAX_EXPIRY_S = 21_600;
export const MAX_KEY_CHARS = 250;
export const MAX_VALUE_BYTES = 100 * 1024;
export const MAX_ITEMS = 1000;

/** A fresh, empty cache state with no early evictions. */
export function emptyCacheState(): CacheState {
  return { document: {}, users: {}, script: {}, reads: 0, nextSeq: 1 };
}

/** mulberry32: a tiny deterministic generator; returns [value in 0…1, next seed]. */
function draw(seed: number): [number, number] {
  const next = (seed + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

// NONE allows only Logger and Utilities; the cache works in custom functions ("not particularly useful").
const MODES_ALLOWED = ['LIMITED', 'CUSTOM_FUNCTION', 'FULL'] as const;

/** One cache. */
export class FakeCache implements GoogleAppsScript.Cache.Cache {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly state: CacheState,
    private readonly name: CacheName,
  ) {}

  private enter(method: string): Record<string, CacheEntry> {
    this.ctx.call(`Cache.${method}`);
    this.ctx.requireAuth('CacheService', MODES_ALLOWED);
    const items = this.name === 'user' ? (this.state.users[this.ctx.activeUser()] ??= {}) : this.state[this.name];
    const now = this.ctx.kernel.executionNow().getTime();
    for (const [k, e] of Object.entries(items)) if (e.expiresAt <= now) delete items[k];
    return items;
  }

  /** Whether this read is one of the early evictions. */
  private evicted(): boolean {
    const s = this.state;
    s.reads += 1;
    if (s.evictEveryNth && s.evictEveryNth > 0 && s.reads % s.evictEveryNth === 0) return true;
    if (s.missRate && s.missRate > 0) {
      const [r, next] = draw(s.seed ?? 0);
      s.seed = next;
      if (r < s.missRate) return true;
    }
    return false;
  }

  private read(items: Record<string, CacheEntry>, key: string): string | null {
    const k = this.checkKey(key);
    const miss = this.evicted();
    const entry = Object.prototype.hasOwnProperty.call(items, k) ? items[k] : undefined;
    if (!entry) return null;
    if (miss) {
      delete items[k];
      return null;
    }
    return entry.value;
  }

  private checkKey(key: unknown): string {
    const k = String(key);
    if (k.length > MAX_KEY_CHARS) throw this.ctx.error('Argument too large: key');
    return k;
  }

  private expiry(seconds: unknown): number {
    let s = seconds === undefined || seconds === null ? DEFAULT_EXPIRY_S : Math.floor(Number(seconds));
    // Observed: a non-positive expiry is not an error; it is treated here as the default.
    if (!(s > 0)) s = DEFAULT_EXPIRY_S;
    s = Math.min(s, MAX_EXPIRY_S);
    return this.ctx.kernel.executionNow().getTime() + s * 1000;
  }

  private write(items: Record<string, CacheEntry>, values: Record<string, unknown>, seconds: unknown): void {
    const prepared: [string, string][] = [];
    for (const [key, raw] of Object.entries(values)) {
      const k = this.checkKey(key);
      const v = String(raw);
      if (utf8Bytes(v) > MAX_VALUE_BYTES) throw this.ctx.error('Argument too large: value');
      prepared.push([k, v]);
    }
    const expiresAt = this.expiry(seconds);
    for (const [k, v] of prepared) {
      delete items[k];
      items[k] = { value: v, expiresAt, seq: this.state.nextSeq++ };
    }
    const keys = Object.keys(items);
    if (keys.length > MAX_ITEMS) {
      const oldest = keys.sort((a, b) => items[a].seq - items[b].seq);
      const drop = keys.length - MAX_ITEMS + Math.ceil(MAX_ITEMS / 10);
      for (const k of oldest.slice(0, drop)) delete items[k];
    }
  }

  get(key: string): string | null {
    return this.read(this.enter('get'), key);
  }

  getAll(keys: string[]): { [key: string]: string } {
    const items = this.enter('getAll');
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.read(items, key);
      if (v !== null) out[String(key)] = v;
    }
    return this.ctx.realm.object(out);
  }

  put(key: string, value: unknown, expirationInSeconds?: number): void {
    this.write(this.enter('put'), { [this.checkKey(key)]: value }, expirationInSeconds);
  }

  putAll(values: { [key: string]: unknown }, expirationInSeconds?: number): void {
    this.write(this.enter('putAll'), values, expirationInSeconds);
  }

  remove(key: string): void {
    delete this.enter('remove')[this.checkKey(key)];
  }

  removeAll(keys: string[]): void {
    const items = this.enter('removeAll');
    for (const key of keys) delete items[this.checkKey(key)];
  }
}

/** `CacheService`. */
export class FakeCacheService implements GoogleAppsScript.Cache.CacheService {
  private readonly ctx: ServiceContext;

  constructor(
    kernel: Kernel,
    private readonly state: CacheState,
    deps?: ServiceDeps,
  ) {
    this.ctx = new ServiceContext(kernel, deps);
  }

  private open(method: string, name: CacheName): FakeCache {
    this.ctx.call(`CacheService.${method}`);
    this.ctx.requireAuth('CacheService', MODES_ALLOWED);
    return new FakeCache(this.ctx, this.state, name);
  }

  getDocumentCache(): FakeCache {
    return this.open('getDocumentCache', 'document');
  }

  getScriptCache(): FakeCache {
    return this.open('getScriptCache', 'script');
  }

  getUserCache(): FakeCache {
    return this.open('getUserCache', 'user');
  }
}
