/**
 * The `google` object HtmlService puts in a sidebar's iframe, bridged to the local runtime: it is
 * inlined right after `<head>` of the sidebar the add-on showed, so it exists before any of the
 * add-on's scripts run.
 *
 * `google.script.run` behaves as Apps Script documents it: `withSuccessHandler`,
 * `withFailureHandler` and `withUserObject` return a runner with that option set (the original
 * is untouched, so a runner can be kept and reused); any other property is a server function that
 * returns nothing and reports later, never synchronously. Arguments must be primitives, or arrays
 * and plain objects of them, or one form: a Date or a function fails the call as it does in Apps
 * Script, rather than being quietly turned into a string by JSON. At most 10 calls run at once.
 * Without a failure handler the error is logged, as Apps Script does.
 *
 * The sidebar iframe is sandboxed without allow-same-origin, so this document's origin is opaque,
 * as an Apps Script sidebar is on another origin than the spreadsheet: the calls are cross-origin
 * requests (`Origin: null`) the server answers with CORS, carrying the token the server wrote on
 * this script's element; and everything else reaches the page by postMessage only — including
 * `google.script.host.close()`, which the page carries out.
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

/** The server's token for google.script.run calls, from this script's element (see serve.ts). */
const token = document.currentScript?.dataset.token ?? '';

function tellPage(message: HostMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, location.origin);
}

/** True when Apps Script can carry `value`: primitives, and arrays and plain objects of them. */
function transportable(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (type !== 'object' || seen.has(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  seen.add(value);
  const ok = Object.values(value as object).every((inner) => transportable(inner, seen));
  seen.delete(value);
  return ok;
}

/**
 * A form as the only argument is sent as an object of its named fields. Apps Script would send a
 * file input as a Blob; this runtime has no way to, so it says so instead of sending nothing.
 */
function formFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') throw new Error(`The local runtime cannot send the file input "${name}" (Apps Script would send a Blob).`);
    fields[name] = value;
  }
  return fields;
}

/** Apps Script runs at most 10 calls at once; the 11th waits for a free slot. */
const MAX_IN_FLIGHT = 10;
let inFlight = 0;
const waiting: (() => void)[] = [];

async function slot<T>(body: () => Promise<T>): Promise<T> {
  if (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resume) => waiting.push(resume));
  inFlight++;
  try {
    return await body();
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

async function callServer(name: string, args: unknown[]): Promise<Outcome> {
  const sent = args.length === 1 && args[0] instanceof HTMLFormElement ? [formFields(args[0])] : args;
  const illegal = sent.findIndex((arg) => !transportable(arg));
  // Apps Script's own wording; "property" is the argument's index.
  if (illegal >= 0) return { ok: false, error: `Failed due to illegal value in property: ${illegal}` };
  return slot(async () => {
    const response = await fetch(`/__gas/run/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-opsdesk-token': token },
      body: JSON.stringify(sent),
    });
    return (await response.json()) as Outcome;
  });
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
  /** Closes the sidebar: the page hides its pane and tells the runtime to forget the sidebar. */
  close(): void {
    tellPage({ type: 'opsdesk:close' });
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
