/** Shared set-up for the services' tests. */
import { Kernel, type AuthModeName, type ExecutionKind } from '../kernel';

/** A kernel whose clock starts at `iso` (default: Monday 2 March 2026, 10:00 UTC). */
export function kernelAt(iso = '2026-03-02T10:00:00Z'): Kernel {
  return new Kernel(new Date(iso));
}

/** Runs `body` as one execution of `kind` in `mode` and returns its value. */
export function run<T>(kernel: Kernel, mode: AuthModeName, body: () => T, kind: ExecutionKind = mode === 'CUSTOM_FUNCTION' ? 'custom-function' : mode === 'FULL' ? 'menu' : 'simple-trigger'): T {
  return kernel.run(kind, mode, body).value;
}
