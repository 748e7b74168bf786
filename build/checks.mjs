// What the build refuses, as one pure function the tests can call with a bad registry. Which
// global a menu item, sidebar call or trigger may name is settled by types (MenuHandler,
// SidebarTarget, TriggerHandler in src/server/globals.ts): a wrong name fails to compile. What the
// types cannot see is checked here.
import { checkCustomFunctionName, JS_IDENTIFIER } from './wrappers.mjs';

/** The roles a server global may have (GlobalRole in src/server/globals.ts). */
export const ROLES = ['trigger', 'menu', 'sidebar'];

/**
 * Names Apps Script calls by themselves, as simple triggers or web-app entries: a global with one
 * of these names runs on that event whatever the registry calls it, so it must be a trigger.
 */
export const RESERVED_TRIGGER_NAMES = ['onOpen', 'onEdit', 'onInstall', 'onSelectionChange', 'doGet', 'doPost'];

/**
 * The reasons the registry cannot ship, empty when it can: a custom-function name Sheets would
 * refuse or shadow; a server global with no valid role, no doc, a name Apps Script hides or cannot
 * call, or a reserved trigger name under another role; duplicate names (compared ignoring case, as
 * Sheets compares custom functions).
 */
export function checkRegistry({ SERVER_GLOBALS, FORMULAS }, { builtins }) {
  const problems = [];
  for (const f of FORMULAS) problems.push(...checkCustomFunctionName(f.name, builtins));
  for (const g of SERVER_GLOBALS) {
    if (!ROLES.includes(g.role)) problems.push(`${g.name} has role "${g.role}"; a global is one of ${ROLES.join(', ')}`);
    if (!JS_IDENTIFIER.test(g.name)) problems.push(`${g.name} is not a valid function name`);
    if (g.name.endsWith('_')) problems.push(`${g.name} ends with "_": Apps Script hides it`);
    if (RESERVED_TRIGGER_NAMES.includes(g.name) && g.role !== 'trigger') {
      problems.push(`${g.name} is a name Apps Script runs as a trigger, but the registry makes it a ${g.role} global`);
    }
    if (typeof g.doc !== 'string' || !g.doc.trim() || /\n/.test(g.doc)) problems.push(`${g.name} needs a one-line doc`);
  }
  const names = [...SERVER_GLOBALS.map((g) => g.name), ...FORMULAS.map((f) => f.name)];
  const dupes = names.filter((n, i) => names.findIndex((m) => m.toUpperCase() === n.toUpperCase()) !== i);
  if (dupes.length) problems.push(`duplicate global names: ${dupes.join(', ')}`);
  return problems;
}
