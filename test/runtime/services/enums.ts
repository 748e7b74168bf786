/**
 * Apps Script's enums as the runtime hands them to the bundle.
 *
 * In Apps Script an enum member is an object whose `toString()` is its name, and code compares
 * members by identity (`e.authMode === ScriptApp.AuthMode.NONE`). Here every member *is* its name
 * (a string), which keeps identity comparison, `String(member)` and JSON round trips (workbook
 * files, event objects built by the runner) working. The kernel uses the same convention.
 *
 * @types/google-apps-script declares these as numeric TypeScript enums; the `as unknown as` casts
 * below only let the classes be type-checked against those declarations.
 */
import { STRICT_ENUM } from '../membrane';

/**
 * A frozen `{ NAME: 'NAME' }` object, marked strict: the membrane hands the bundle a copy that
 * throws for a member it lacks (`ScriptApp.AuthMode.NOPE`) instead of giving `undefined`, which
 * would compare false without a word. The runtime's own `in` checks read this object as it is.
 */
function enumOf<const K extends string>(name: string, names: readonly K[]): { readonly [P in K]: P } {
  const out: Record<string, string> = {};
  for (const n of names) out[n] = n;
  Object.defineProperty(out, STRICT_ENUM, { value: name, enumerable: false });
  return Object.freeze(out) as { readonly [P in K]: P };
}

/** Reads the name of an enum member, whatever realm or representation it came from. */
export function enumName(member: unknown): string {
  return String(member);
}

export const AUTH_MODE = enumOf('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AUTHORIZATION_STATUS = enumOf('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED']);
export const EVENT_TYPE = enumOf('EventType', ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TRIGGER_SOURCE = enumOf('TriggerSource', ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const INSTALLATION_SOURCE = enumOf('InstallationSource', ['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);
export const WEEK_DAY = enumOf('Weekday', ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
export const BUTTON = enumOf('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const BUTTON_SET = enumOf('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const DIGEST_ALGORITHM = enumOf('DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const MAC_ALGORITHM = enumOf('MacAlgorithm', ['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);
export const RSA_ALGORITHM = enumOf('RsaAlgorithm', ['RSA_SHA_1', 'RSA_SHA_256']);
export const CHARSET = enumOf('Charset', ['US_ASCII', 'UTF_8']);
export const SANDBOX_MODE = enumOf('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const X_FRAME_OPTIONS_MODE = enumOf('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

/** A day of the week by name, as `ScriptApp.WeekDay` members are. */
export type WeekDayName = keyof typeof WEEK_DAY;
/** A button by name, as `Ui.Button` members are. */
export type ButtonName = keyof typeof BUTTON;
/** A button set by name, as `Ui.ButtonSet` members are. */
export type ButtonSetName = keyof typeof BUTTON_SET;

// Typed views for `implements` checks against @types/google-apps-script.
export const AuthModeEnum = AUTH_MODE as unknown as typeof GoogleAppsScript.Script.AuthMode;
export const AuthorizationStatusEnum = AUTHORIZATION_STATUS as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
export const EventTypeEnum = EVENT_TYPE as unknown as typeof GoogleAppsScript.Script.EventType;
export const TriggerSourceEnum = TRIGGER_SOURCE as unknown as typeof GoogleAppsScript.Script.TriggerSource;
export const InstallationSourceEnum = INSTALLATION_SOURCE as unknown as typeof GoogleAppsScript.Script.InstallationSource;
export const WeekDayEnum = WEEK_DAY as unknown as typeof GoogleAppsScript.Base.Weekday;
export const ButtonEnum = BUTTON as unknown as typeof GoogleAppsScript.Base.Button;
export const ButtonSetEnum = BUTTON_SET as unknown as typeof GoogleAppsScript.Base.ButtonSet;
export const DigestAlgorithmEnum = DIGEST_ALGORITHM as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
export const MacAlgorithmEnum = MAC_ALGORITHM as unknown as typeof GoogleAppsScript.Utilities.MacAlgorithm;
export const RsaAlgorithmEnum = RSA_ALGORITHM as unknown as typeof GoogleAppsScript.Utilities.RsaAlgorithm;
export const CharsetEnum = CHARSET as unknown as typeof GoogleAppsScript.Utilities.Charset;
export const SandboxModeEnum = SANDBOX_MODE as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
export const XFrameOptionsModeEnum = X_FRAME_OPTIONS_MODE as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
