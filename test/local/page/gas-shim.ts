/**
 * The `google` object HtmlService puts in a sidebar's iframe, bridged to the local runtime: it is
 * inlined right after `<head>` of the sidebar the add-on showed, so it exists before any of the
 * add-on's scripts run.
 *
 * `google.script.run` behaves as Apps Script documents it: `withSuccessHandler`,
 * `withFailureHandler` and `withUserObject` return a runner with that option set (the original
 * is untouched, so a runner can be kept and reused); any other property is a server function that
 * returns nothing and reports later, never synchronously. Arguments must be primitives, or arrays
 * and plain objects of them: a Date or a function fails the call as it does in Apps Script, rather
 * than being quietly turned into a string by JSON. Without a failure handler the error is logged,
 * as Apps Script does.
 */

type Handler = (value: unknown, userObject: unknown) => void;

interface RunOptions {
  readonly success?: Handler;
  readonly failure?: Handler;
  readonly userObject?: unknown;
}

/** What the server answers for one call. */
type Outcome = { ok: true; value?: unknown } | { ok: false; error: string };

/** Messages to the page around the iframe, which redraws the grid or closes the pane. */
export type HostMessage = { type: 'opsdesk:ran'; name: string } | { type: 'opsdesk:close' };

function tellPage(message: HostMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, location.origin);
}

/** Apps Script's message for an argument it cannot serialize ("property" is the argument index). */
function illegalValue(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return null;
  if (type !== 'object' || value instanceof Date) return `Failed due to illegal value in property: ${path}`;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return `Failed due to illegal value in property: ${path}`;
  for (const [key, inner] of Object.entries(value as object)) {
    const problem = illegalValue(inner, `${path}.${key}`);
    if (problem) return problem;
  }
  return null;
}

async function callServer(name: string, args: unknown[]): Promise<Outcome> {
  for (let i = 0; i < args.length; i++) {
    const problem = illegalValue(args[i], String(i));
    if (problem) return { ok: false, error: problem };
  }
  const response = await fetch(`/__gas/run/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return (await response.json()) as Outcome;
}

function settle(options: RunOptions, name: string, outcome: Outcome): void {
  if (outcome.ok) {
    options.success?.(outcome.value, options.userObject);
  } else if (options.failure) {
    options.failure(new Error(outcome.error), options.userObject);
  } else {
    console.error(`google.script.run.${name} failed: ${outcome.error}`);
  }
}

function runner(options: RunOptions): Record<string, unknown> {
  const target: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => runner({ ...options, success: fn }),
    withFailureHandler: (fn: Handler) => runner({ ...options, failure: fn }),
    withUserObject: (userObject: unknown) => runner({ ...options, userObject }),
  };
  return new Proxy(target, {
    get(own, property) {
      if (typeof property !== 'string') return undefined;
      if (property in own) return own[property];
      return (...args: unknown[]): void => {
        // The handlers run from a later task even when the answer is already known, as in Apps Script.
        void callServer(property, args)
          .catch((err: unknown): Outcome => ({ ok: false, error: `NetworkError: ${err instanceof Error ? err.message : String(err)}` }))
          .then((outcome) => {
            setTimeout(() => settle(options, property, outcome), 0);
            tellPage({ type: 'opsdesk:ran', name: property });
          });
      };
    },
  });
}

const host = {
  /** Closes the sidebar: the page hides its pane and the runtime forgets the sidebar. */
  close(): void {
    void fetch('/api/sidebar/close', { method: 'POST' }).finally(() => tellPage({ type: 'opsdesk:close' }));
  },
  /** Apps Script's sidebar is a fixed 300 px; this one cannot be resized either. */
  setHeight(): void {},
  setWidth(): void {},
  editor: { focus(): void {} },
};

(window as unknown as { google: unknown }).google = {
  // One base runner is enough: the with… methods return new runners and never change it.
  script: { run: runner({}), host },
};
