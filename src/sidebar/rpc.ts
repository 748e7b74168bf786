import type { Handlers } from '../server/handlers';
import type { SidebarTarget } from '../server/globals';
import type { SidebarMessageMark } from '../server/boundary';

/** The google.script.run object HtmlService injects into the sidebar's iframe. */
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [target: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/**
 * A failure the server's error boundary wrote for the user, already in their language: the sidebar
 * shows its message as it is. Any other rejection of {@link run} is a call that did not get an
 * answer from the add-on (a dropped connection, google.script.run refusing an argument, Apps Script
 * itself failing).
 */
export class ServerMessage extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerMessage';
  }
}

/** The server's mark on its messages (src/server/boundary.ts); the type keeps the two copies equal. */
const MARK: SidebarMessageMark = 'Ops Desk: ';

/**
 * What a failure handler received, told apart: a {@link ServerMessage} when the boundary wrote it
 * (found anywhere in the text, in case Apps Script puts its own words before it), else the error
 * as google.script.run gave it.
 */
export function failureOf(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const at = message.indexOf(MARK);
  if (at >= 0) return new ServerMessage(message.slice(at + MARK.length));
  return error instanceof Error ? error : new Error(message);
}

/**
 * Calls a sidebar global of the server and resolves with its return value. Typed by the registry
 * and the server's own signatures: a target that is not a sidebar global, or a renamed or
 * re-shaped server function, breaks the sidebar's build, not the user's click. A failure the
 * server answered rejects with a {@link ServerMessage}; a failure to reach it, with the transport's error.
 */
export function run<K extends SidebarTarget>(name: K, ...args: Parameters<Handlers[K]>): Promise<ReturnType<Handlers[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Handlers[K]>))
      .withFailureHandler((error) => reject(failureOf(error)));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
