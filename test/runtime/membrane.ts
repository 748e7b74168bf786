/**
 * The boundary between the add-on's realm and ours. gas-local runs the bundle in a vm context, so a
 * Node array or Date handed to it is not `instanceof Array`/`Date` there, and a Node error is not
 * `instanceof Error` — in Apps Script all three are. The fakes (SpreadsheetApp and every other
 * service) are written as plain classes; this membrane wraps each global so that:
 *   - what the bundle receives is of its own realm: arrays, Dates, plain objects and errors are
 *     re-made in the bundle's context;
 *   - what the bundle passes in is of ours: its arrays, Dates and plain objects are copied into
 *     Node's realm, and our own objects it hands back are unwrapped;
 *   - objects (Sheet, Range, Properties, builders …) are wrapped in turn;
 *   - a method the runtime does not model fails with one message naming it
 *     ("Utilities.unzip is not modelled by the local runtime.") instead of a TypeError.
 */
import vm from 'node:vm';
import { ExceededMaximumExecutionTime } from './kernel';

interface Intrinsics {
  readonly Array: ArrayConstructor;
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly Object: ObjectConstructor;
}

// Properties that tools and promises probe on any object; never "unsupported methods".
const PASS_THROUGH = new Set(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch', 'nodeType', 'tagName']);

/** Converts values crossing into one vm context; one instance per loaded add-on. */
export class Membrane {
  private intrinsics: Intrinsics | null = null;
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  /** `context` returns the bundle's vm context once it exists. */
  constructor(private readonly context: () => object | null) {}

  private own(): Intrinsics | null {
    if (this.intrinsics) return this.intrinsics;
    const ctx = this.context();
    if (!ctx || !vm.isContext(ctx)) return null;
    this.intrinsics = vm.runInContext('({ Array: Array, Date: Date, Error: Error, Object: Object })', ctx) as Intrinsics;
    return this.intrinsics;
  }

  /** A value as the bundle should receive it. */
  inward(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const I = this.own();
    if (Array.isArray(value)) {
      const items = value.map((v) => this.inward(v));
      return I ? I.Array.from(items) : items;
    }
    if (Object.prototype.toString.call(value) === '[object Date]') {
      const time = (value as Date).getTime();
      return I ? new I.Date(time) : new Date(time);
    }
    if (this.targets.has(value)) return value;
    const strictName = (value as { [STRICT_ENUM]?: unknown })[STRICT_ENUM];
    if (typeof strictName === 'string') return this.strictEnum(value, strictName);
    // Plain data (an event, getProperties(), response headers, an enum) is copied, not wrapped:
    // reading a key it lacks must give undefined, as on any object.
    // A function in it (a fake written as an object literal: a finder, a metadata location, a named
    // range) crosses like a wrapped method, so what it returns is wrapped too and never leaks a
    // Sheet or Range of ours past the membrane.
    if (isPlainObject(value)) {
      const copy = I ? new I.Object() : {};
      for (const [k, v] of Object.entries(value)) (copy as Record<string, unknown>)[k] = typeof v === 'function' ? this.method(value, v as (...a: unknown[]) => unknown) : this.inward(v);
      return copy;
    }
    return this.wrap(value, (value.constructor?.name ?? 'Object').replace(/^Fake/, ''));
  }

  /**
   * Plain data (arguments of a call, an event object, a custom function's ranges) re-made in the
   * bundle's realm: arrays, Dates and plain objects copied; service objects left as they are.
   */
  data(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const I = this.own();
    if (Array.isArray(value)) {
      const items = value.map((v) => this.data(v));
      return I ? I.Array.from(items) : items;
    }
    if (Object.prototype.toString.call(value) === '[object Date]') {
      const time = (value as Date).getTime();
      return I ? new I.Date(time) : new Date(time);
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const copy = I ? new I.Object() : {};
    for (const [k, v] of Object.entries(value)) (copy as Record<string, unknown>)[k] = this.data(v);
    return copy;
  }

  /** A value the bundle passed back to us, with our own objects unwrapped. */
  outward(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const target = this.targets.get(value);
    if (target) return target;
    // Array.from on our own constructor: a bundle array's own `map` would make another array of
    // the bundle's realm (its species), which our side does not recognise as an array.
    if (Array.isArray(value)) return Array.from(value as unknown[], (v) => this.outward(v));
    if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
    // The bundle's plain objects (setProperties({...}), fetch options, putAll) become ours, with
    // any of our objects inside them unwrapped.
    if (isPlainObject(value)) {
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) copy[k] = this.outward(v);
      return copy;
    }
    return value;
  }

  /** True for an object this membrane handed out (a wrapped service object). */
  owns(value: unknown): boolean {
    return typeof value === 'object' && value !== null && this.targets.has(value);
  }

  /** An error as the bundle should see it: its realm's Error, named Exception as Apps Script's are. */
  error(err: unknown): unknown {
    if (err instanceof ExceededMaximumExecutionTime) return err;
    const I = this.own();
    const message = typeof err === 'object' && err !== null && 'message' in err ? String((err as Error).message) : String(err);
    const e = I ? new I.Error(message) : new Error(message);
    e.name = 'Exception';
    return e;
  }

  /** Wraps a service object of ours (SpreadsheetApp and everything it returns). */
  wrap<T extends object>(target: T, name: string): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const methods = new Map<PropertyKey, unknown>();
    const proxy = new Proxy(target, {
      // In Apps Script a service object is an Object of the script's realm (`instanceof Object`).
      getPrototypeOf: (t) => (Object.isExtensible(t) ? (this.own()?.Object.prototype ?? Reflect.getPrototypeOf(t)) : Reflect.getPrototypeOf(t)),
      get: (t, prop) => {
        if (typeof prop === 'symbol' || PASS_THROUGH.has(prop) || prop.startsWith('$$') || prop.startsWith('@@')) return Reflect.get(t, prop);
        if (!(prop in t)) return this.unsupported(`${name}.${prop}`);
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof value !== 'function') return this.inward(value);
        let method = methods.get(prop);
        if (!method) {
          method = this.method(t, value as (...a: unknown[]) => unknown);
          methods.set(prop, method);
        }
        return method;
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** `fn` called on `self` across the membrane: arguments outward, the result and errors inward. */
  private method(self: object, fn: (...a: unknown[]) => unknown): (...args: unknown[]) => unknown {
    return (...args: unknown[]) => {
      try {
        return this.inward(fn.apply(self, args.map((a) => this.outward(a))));
      } catch (err) {
        throw this.error(err);
      }
    };
  }

  /**
   * A strict enum (builders.ts `strictEnum`) as the bundle sees it: its members copied into the
   * bundle's realm, still throwing for a member it lacks — a plain copy would give `undefined`,
   * which compares false without a word.
   */
  private strictEnum(value: object, name: string): object {
    const I = this.own();
    const copy = I ? new I.Object() : {};
    for (const [k, v] of Object.entries(value)) (copy as Record<string, unknown>)[k] = v;
    return new Proxy(Object.freeze(copy), {
      get: (t, prop, receiver) => {
        if (typeof prop !== 'string' || prop in t || !/^[A-Z][A-Z0-9_]*$/.test(prop)) return Reflect.get(t, prop, receiver) as unknown;
        throw this.error(new Error(`${name}.${prop} is not a member of ${name} (or is not modelled by the local runtime).`));
      },
    });
  }

  private unsupported(what: string): () => never {
    return () => {
      throw this.error(new Error(notModelled(what)));
    };
  }
}

/** Marks an enum whose missing members throw; the membrane keeps that rule on the bundle's side. */
export const STRICT_ENUM = Symbol.for('opsdesk.strictEnum');

/** The one message for a method the local runtime does not model. */
export function notModelled(what: string): string {
  return `${what} is not modelled by the local runtime.`;
}

/** An object literal of any realm: its prototype is null or a realm's Object.prototype. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}
