/**
 * What every service object shares: the kernel, the realm its return values and errors belong to,
 * and the OAuth scopes the manifest grants.
 */
import vm from 'node:vm';
import type { AuthModeName, Kernel } from '../kernel';
import { notModelled } from '../membrane';

/** The constructors of the realm the bundle runs in. */
interface Intrinsics {
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
}

/**
 * Makes arrays, plain objects and errors in the bundle's realm. gas-local runs the bundle in a vm
 * context, so a Node array handed to it is not `instanceof Array` there and a Node error is not
 * `instanceof Error` — in Apps Script both are. When `globals()` returns the gas-local context the
 * values are built inside it; otherwise (unit tests of a service) Node's own realm is used.
 */
export class Realm {
  private intrinsics: Intrinsics | null = null;

  /** `globals` returns the object gas-local contextified (looked up lazily: it is made later). */
  constructor(private readonly globals?: () => object) {}

  /** The vm context the bundle runs in, or null when there is none (yet). */
  context(): object | null {
    const g = this.globals?.();
    return g && vm.isContext(g) ? g : null;
  }

  private own(): Intrinsics | null {
    if (this.intrinsics) return this.intrinsics;
    const ctx = this.context();
    if (!ctx) return null;
    this.intrinsics = vm.runInContext('({ Array: Array, Object: Object, Error: Error })', ctx) as Intrinsics;
    return this.intrinsics;
  }

  /** A copy of `items` as an array of the bundle's realm. */
  array<T>(items: readonly T[]): T[] {
    const I = this.own();
    return I ? (I.Array.from(items) as T[]) : [...items];
  }

  /** A copy of `rows` as a 2-D array of the bundle's realm. */
  grid<T>(rows: readonly (readonly T[])[]): T[][] {
    return this.array(rows.map((r) => this.array(r)));
  }

  /** A shallow copy of `record` as a plain object of the bundle's realm. */
  object<T extends object>(record: T): T {
    const I = this.own();
    return I ? (Object.assign(new I.Object(), record) as T) : { ...record };
  }

  /** An Error of the bundle's realm, named `Exception` as Apps Script's service errors are. */
  error(message: string): Error {
    const I = this.own();
    const e = I ? new I.Error(message) : new Error(message);
    e.name = 'Exception';
    return e;
  }
}

/** The user the runtime runs as when nobody else is named (a fresh session's). */
export const DEFAULT_USER_EMAIL = 'operator@example.com';

/** Options every service accepts besides its kernel and state. */
export interface ServiceDeps {
  /**
   * Who runs when the running execution names no user (or outside any execution): the session's
   * active user. Default: {@link DEFAULT_USER_EMAIL}.
   */
  readonly activeUser?: () => string;
  /** Where returned arrays/objects/errors are built (default: Node's realm). */
  readonly realm?: Realm;
  /**
   * The manifest's `oauthScopes`. When given, a call that needs a scope not listed here fails as
   * in Apps Script ("… Required permissions: …"); when omitted, scopes are not checked.
   */
  readonly scopes?: readonly string[];
}

/** Scopes the services here need (from each method's "Authorization" section in the reference). */
export const SCOPES = {
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/** The kernel plus realm and scopes, with the guards every public method starts with. */
export class ServiceContext {
  readonly realm: Realm;
  readonly scopes: readonly string[] | undefined;
  private readonly defaultUser: () => string;

  constructor(
    readonly kernel: Kernel,
    deps: ServiceDeps = {},
  ) {
    this.realm = deps.realm ?? new Realm();
    this.scopes = deps.scopes;
    this.defaultUser = deps.activeUser ?? (() => DEFAULT_USER_EMAIL);
  }

  /**
   * Email of the user running now: the running execution's user (a trigger runs as its creator,
   * a concurrent execution as its own user), else the session's active user.
   */
  activeUser(): string {
    return this.kernel.execution()?.user ?? this.defaultUser();
  }

  /** Counts one call of `method` (and charges its modelled time). */
  call(method: string, cells = 0): void {
    this.kernel.call(method, cells);
  }

  /** Refuses the call when the running auth mode is not in `allowed` (error in the bundle's realm). */
  requireAuth(service: string, allowed: readonly AuthModeName[]): void {
    try {
      this.kernel.requireAuth(service, allowed);
    } catch (e) {
      throw this.realm.error((e as Error).message);
    }
  }

  /** Refuses the call when the manifest's scopes are known and lack `scope`. */
  requireScope(method: string, scope: string): void {
    if (this.scopes && !this.scopes.includes(scope)) {
      throw this.realm.error(`You do not have permission to call ${method}. Required permissions: ${scope}`);
    }
  }

  /** An Apps Script-style exception in the bundle's realm. */
  error(message: string): Error {
    return this.realm.error(message);
  }

  /** For interface methods this runtime does not model: fails loudly rather than pretending. */
  unsupported(method: string): never {
    throw this.realm.error(notModelled(method));
  }
}

/** Apps Script's error when a method gets arguments of the wrong types. */
export function signatureError(ctx: ServiceContext, method: string, args: readonly unknown[]): Error {
  const types = args.map((a) => {
    if (a === null || a === undefined) return 'null';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'boolean') return 'Boolean';
    const tag = Object.prototype.toString.call(a).slice(8, -1);
    return tag === 'Object' ? 'Object' : tag;
  });
  return ctx.error(`The parameters (${types.join(',')}) don't match the method signature for ${method}.`);
}

/** True for a Date of any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** UTF-8 length of a string, which is how Apps Script measures property and cache sizes. */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Node bytes → Apps Script `Byte[]` (signed, −128…127). */
export function toSignedBytes(buf: Uint8Array): number[] {
  const out = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

/** Apps Script `Byte[]` (signed or unsigned numbers) → Node bytes. */
export function fromBytes(bytes: ArrayLike<number>): Buffer {
  const buf = Buffer.alloc(bytes.length);
  for (let i = 0; i < bytes.length; i++) buf[i] = Number(bytes[i]) & 0xff;
  return buf;
}
