/**
 * Shared set-up for the services' tests. In the runtime-bundle-realm test project (realm.ts) the
 * services are seen from the add-on's side of the membrane: {@link realmKit}'s `view` hands out
 * objects whose every call is made with arrays, Dates and objects of a vm realm, and whose
 * results are made in that realm, as the add-on's calls are.
 */
import { Kernel, type AuthModeName, type ExecutionKind } from '../kernel';
import { bundleRealm, currentRealm } from '../realm';
import { Realm, type ServiceDeps } from './context';

/** A kernel whose clock starts at `iso` (default: Monday 2 March 2026, 10:00 UTC). */
export function kernelAt(iso = '2026-03-02T10:00:00Z'): Kernel {
  return new Kernel(new Date(iso));
}

/** Runs `body` as one execution of `kind` in `mode` and returns its value. */
export function run<T>(kernel: Kernel, mode: AuthModeName, body: () => T, kind: ExecutionKind = mode === 'CUSTOM_FUNCTION' ? 'custom-function' : mode === 'FULL' ? 'menu' : 'simple-trigger'): T {
  return kernel.run(kind, mode, body).value;
}

/** What a test needs to see a service from this run's realm. */
export interface RealmKit {
  /** Service options that make returned values in the caller's realm (add to a service's deps). */
  readonly deps: Pick<ServiceDeps, 'realm'>;
  /** The service as the test should call it: itself in Node's realm, a membrane view in the bundle's. */
  view<T extends object>(service: T, name: string): T;
  /** The vm context of the caller in the bundle realm (null in Node's). */
  readonly context: object | null;
}

/** One caller's realm for a test (a fresh vm realm per call in the bundle-realm project). */
export function realmKit(): RealmKit {
  if (currentRealm() !== 'bundle') return { deps: {}, view: (service) => service, context: null };
  const caller = bundleRealm();
  return { deps: { realm: new Realm(() => caller.context) }, view: caller.view, context: caller.context };
}

/** The message of what `fn` throws, from any realm (fails the test when it throws nothing). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return typeof err === 'object' && err !== null && 'message' in err ? String((err as Error).message) : String(err);
  }
  throw new Error('expected an error, got none');
}
