/**
 * The error boundary of every server global, one per role. What the user sees of a failure is a
 * message in their language, never a stack trace: a {@link UserError} or a formula's own error
 * keeps its text, anything else says that something went wrong and what to do. Every failure is
 * recorded ({@link recordFailure}) with its stack.
 *
 * - menu: the message is shown with `Ui.alert` (the menu has no other way to answer).
 * - sidebar: an Error whose message is the localized text, after {@link SIDEBAR_MESSAGE_MARK}, is
 *   thrown; google.script.run hands it to the sidebar's failure handler, which shows the text as it is.
 * - trigger: recorded and swallowed. Nobody is watching: an add-on trigger's failure emails no one,
 *   onOpen has no UI to speak through and may not even read properties (AuthMode.NONE), and a
 *   rethrown error would only mark the execution failed. The run log is where users will see it.
 */
import { FormulaError } from '../core/formulas/formula-error';
import { resolveLocale, type Locale } from '../core/i18n/locale';
import { t, type MessageKey } from '../core/i18n/messages';
import { SERVER_GLOBALS, type GlobalName, type GlobalRole } from './globals';
import { userLocale } from './user-locale';

/**
 * A failure the user can act on (a wrong input, a missing tab): its message, in the user's
 * language, is all they see. Carries a message key, not text, because the boundary knows the
 * user's language; `message` is the English text, for the log.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(t('en', key, params));
    this.name = 'UserError';
  }
}

/** One failure caught at a boundary. */
export interface Failure {
  readonly role: GlobalRole;
  readonly global: GlobalName;
  readonly error: unknown;
}

/**
 * Where every failure caught at a boundary goes — the one hook for it. console.error reaches the
 * execution log and Cloud Logging (the manifest's exceptionLogging), stack included; the run log
 * of the refreshes will add its row here.
 */
export function recordFailure(failure: Failure): void {
  const { error } = failure;
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  console.error(`Ops Desk ${failure.role} ${failure.global} failed: ${detail}`);
}

/** The user's language for a message; a failure to find it must not hide the failure being reported. */
function messageLocale(): Locale {
  try {
    return userLocale();
  } catch {
    try {
      return resolveLocale(Session.getActiveUserLocale());
    } catch {
      return 'en';
    }
  }
}

/** What the user is told about `error`. */
function userMessage(error: unknown): string {
  // A formula's error is already in the user's language (the formula was given their locale).
  if (error instanceof FormulaError) return error.message;
  const locale = messageLocale();
  if (error instanceof UserError) return t(locale, error.key, error.params);
  return t(locale, 'error.unexpected');
}

/**
 * What the message of a failed sidebar call starts with when this boundary wrote it. google.script.run
 * carries only an error's message, and hands the sidebar's failure handler the same kind of Error
 * for a call that never ran (a dropped connection, an argument it cannot carry): the mark is how
 * the sidebar tells a message written for the user, shown as it is, from a failure to reach the
 * server, which it words itself (src/sidebar/rpc.ts checks its copy against this type).
 */
export const SIDEBAR_MESSAGE_MARK = 'Ops Desk: ';

/** The type of {@link SIDEBAR_MESSAGE_MARK}: the sidebar, which imports only types from the server, declares its copy with it. */
export type SidebarMessageMark = typeof SIDEBAR_MESSAGE_MARK;

type Handler = (...args: never[]) => unknown;

/** What each role does with a failure once it is recorded: what the call returns, or what it throws. */
const ANSWER: Readonly<Record<GlobalRole, (error: unknown) => unknown>> = {
  menu(error) {
    const message = userMessage(error);
    try {
      SpreadsheetApp.getUi().alert(message);
    } catch {
      // No UI to alert in (the action ran where there is none): the execution fails with the
      // message, which is all Apps Script can still show.
      throw new Error(message, { cause: error });
    }
    return undefined;
  },
  sidebar(error) {
    // The cause stays on the server (the log has it); google.script.run carries only the message.
    throw new Error(SIDEBAR_MESSAGE_MARK + userMessage(error), { cause: error });
  },
  trigger() {
    return undefined;
  },
};

/** `handler` behind the boundary of `role`. */
function boundary(role: GlobalRole, global: GlobalName, handler: Handler): Handler {
  return function (this: unknown, ...args) {
    try {
      return handler.apply(this, args);
    } catch (error) {
      recordFailure({ role, global, error });
      return ANSWER[role](error);
    }
  };
}

/** `handlers` with each registry global behind its role's boundary (same names, same signatures). */
export function behindBoundaries<T extends Readonly<Record<GlobalName, Handler>>>(handlers: T): T {
  const guarded: Partial<Record<GlobalName, Handler>> = {};
  for (const g of SERVER_GLOBALS) guarded[g.name] = boundary(g.role, g.name, handlers[g.name]);
  return guarded as T;
}
