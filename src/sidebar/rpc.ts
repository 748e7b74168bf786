import type * as Server from '../server/entry';
import type { SidebarTarget } from '../server/globals';

type Api = typeof Server;

/** The google.script.run object HtmlService injects into the sidebar's iframe. */
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [target: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/**
 * Calls a server global and resolves with its return value. Typed by the server's own signatures,
 * so a renamed or re-shaped server function breaks the sidebar's build, not the user's click.
 */
export function run<K extends SidebarTarget>(name: K, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Api[K]>))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
