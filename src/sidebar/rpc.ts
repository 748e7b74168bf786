import type { Handlers } from '../server/handlers';
import type { SidebarTarget } from '../server/globals';

/** The google.script.run object HtmlService injects into the sidebar's iframe. */
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [target: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/**
 * Calls a sidebar global of the server and resolves with its return value. Typed by the registry
 * and the server's own signatures: a target that is not a sidebar global, or a renamed or
 * re-shaped server function, breaks the sidebar's build, not the user's click. A failure rejects
 * with the server's message, already in the user's language (src/server/boundary.ts).
 */
export function run<K extends SidebarTarget>(name: K, ...args: Parameters<Handlers[K]>): Promise<ReturnType<Handlers[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Handlers[K]>))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
