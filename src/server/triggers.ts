import type { TriggerHandler } from './globals';

/**
 * Starts an installable trigger for `handler`. The only door to `ScriptApp.newTrigger` (lint
 * enforces it), so a trigger naming anything but a registry trigger global fails to compile.
 */
export function newTrigger(handler: TriggerHandler): GoogleAppsScript.Script.TriggerBuilder {
  return ScriptApp.newTrigger(handler);
}
