// What the build refuses, as one pure function the tests can call with a bad registry.
import { checkCustomFunctionName } from './wrappers.mjs';

/** Every google.script.run target the sidebar names (its only door to the server is rpc.run). */
export function sidebarTargets(sidebarSource) {
  return [...sidebarSource.matchAll(/\brun\(\s*["'`](\w+)["'`]/g)].map((m) => m[1]);
}

/** Every handler the server installs with ScriptApp.newTrigger('name'). */
export function triggerHandlers(serverSources) {
  return serverSources.flatMap((src) => [...src.matchAll(/newTrigger\(\s*["'`](\w+)["'`]/g)].map((m) => m[1]));
}

/**
 * The reasons the registry cannot ship, empty when it can: a custom-function name Sheets would
 * refuse or shadow, a menu item / trigger / sidebar call that names no registry global of the
 * right role, duplicate names (Apps Script names are case-insensitive for custom functions).
 */
export function checkRegistry(registry, { builtins, sidebarSource = '', serverSources = [] }) {
  const problems = [];
  const byName = new Map(registry.SERVER_GLOBALS.map((g) => [g.name, g]));
  for (const f of registry.CUSTOM_FUNCTIONS) problems.push(...checkCustomFunctionName(f.name, builtins));
  for (const handler of registry.MENU_HANDLERS) {
    if (!byName.has(handler)) problems.push(`menu item calls ${handler}, which is not a registry global`);
  }
  for (const handler of triggerHandlers(serverSources)) {
    if (byName.get(handler)?.role !== 'trigger') problems.push(`a trigger calls ${handler}, which is not a trigger global in the registry`);
  }
  for (const target of sidebarTargets(sidebarSource)) {
    if (byName.get(target)?.role !== 'sidebar') problems.push(`sidebar calls ${target}, which is not a sidebar global in the registry`);
  }
  const names = [...byName.keys(), ...registry.CUSTOM_FUNCTIONS.map((f) => f.name)];
  const dupes = names.filter((n, i) => names.findIndex((m) => m.toUpperCase() === n.toUpperCase()) !== i);
  if (dupes.length) problems.push(`duplicate global names: ${dupes.join(', ')}`);
  for (const name of byName.keys()) if (name.endsWith('_')) problems.push(`${name} ends with "_": Apps Script hides it`);
  return problems;
}
