/**
 * Runs the runtime's fidelity tests from the add-on's side of the membrane as well as from Node's.
 *
 * The add-on calls the services with arrays, Dates and plain objects of its own vm realm, and gets
 * back proxies; tests written against the fakes directly hand them Node's own values and would miss
 * every bug of that crossing (the bundle once could not `setValues` at all). The `runtime` test
 * project runs each fidelity test as written; the `runtime-bundle-realm` project runs the same
 * files with OPS_DESK_REALM=bundle, and the test kits then hand out {@link fromBundleRealm}
 * views: every argument is re-made in a fresh vm realm and passed through the {@link Membrane},
 * exactly as the bundle's calls are.
 */
import vm from 'node:vm';
import { Membrane } from './membrane';

/** Which side of the membrane the fidelity tests call from in this test run. */
export type Realm = 'node' | 'bundle';

/** The realm of this run: `bundle` in the runtime-bundle-realm project. */
export function currentRealm(): Realm {
  return process.env.OPS_DESK_REALM === 'bundle' ? 'bundle' : 'node';
}

/**
 * A caller in its own vm realm: `view(service, 'Name')` returns what test code should call so that
 * each call crosses the membrane the way the add-on's do.
 */
export function bundleRealm(): { view: <T extends object>(target: T, name: string) => T; context: vm.Context } {
  const context = vm.createContext({});
  const membrane = new Membrane(() => context);
  const views = new WeakMap<object, object>();
  const inner = new WeakMap<object, object>();

  // A value returned by the membrane, as the test should hold it: proxies become views in turn.
  const adapt = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.some((v) => v !== null && typeof v === 'object' && !isDate(v) && !Array.isArray(v)) ? value.map(adapt) : value;
    if (isDate(value)) return value;
    if (membrane.owns(value)) return viewOf(value);
    if (Object.getPrototypeOf(value) === null || isPlain(value)) return value;
    return viewOf(value);
  };

  // An argument of the test, as the add-on would pass it: data re-made in the vm realm.
  const toBundle = (value: unknown): unknown => {
    if (value !== null && typeof value === 'object' && inner.has(value)) return inner.get(value);
    if (Array.isArray(value)) return vm.runInContext('Array', context).from(value.map(toBundle));
    if (value !== null && typeof value === 'object' && isPlain(value)) {
      const copy = vm.runInContext('({})', context) as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) copy[k] = toBundle(v);
      return copy;
    }
    return membrane.data(value);
  };

  const viewOf = (proxy: object): object => {
    const known = views.get(proxy);
    if (known) return known;
    const view = new Proxy(proxy, {
      // Tests that list a fake's methods read its own prototype (the add-on sees its realm's Object).
      getPrototypeOf: () => Object.getPrototypeOf(membrane.outward(proxy) as object) as object | null,
      get: (t, prop) => {
        const value = Reflect.get(t, prop) as unknown;
        if (typeof value !== 'function') return adapt(value);
        return (...args: unknown[]) => adapt((value as (...a: unknown[]) => unknown)(...args.map(toBundle)));
      },
    });
    views.set(proxy, view);
    inner.set(view, proxy);
    return view;
  };

  return { view: (target, name) => viewOf(membrane.wrap(target, name)) as typeof target, context };
}

function isDate(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}
