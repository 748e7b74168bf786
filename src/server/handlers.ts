/**
 * The implementation of every server global, by registry name. The compiler checks the table
 * against the registry: a global without an implementation, an implementation the registry does
 * not name, or one of the wrong kind for its role is an error on that line.
 */
import { onInstall, onOpen, showAbout } from './addon-menu';
import type { GlobalName, GlobalRole, RoleOf } from './globals';
import { importReport } from './import/import-report';
import { dailyRefresh, disableDailyRefresh, enableDailyRefresh, refreshNow } from './refresh/trigger';
import { setupTabs } from './setup-tabs';
import { calculate, getSidebarState, openSidebar, setUserLocale } from './sidebar';
import { openChecklistItem, tickItem } from './checklist';

/** `T` when google.script.run can carry it (JSON-like: no Date, no function), else never. */
type Carried<T> = unknown extends T
  ? T // checked at run time by google.script.run itself
  : T extends string | number | boolean | null | undefined | void
    ? T
    : T extends Date | ((...args: never[]) => unknown)
      ? never
      : { [K in keyof T]: Carried<T[K]> };

/**
 * `F` when it is a handler of role `R`, else never: a menu item passes nothing (so every parameter is optional), a trigger passes
 * its event object, and a sidebar call's arguments and result cross google.script.run.
 */
export type HandlerOf<F, R extends GlobalRole> = F extends (...args: infer A) => infer Result
  ? R extends 'menu'
    ? [] extends A
      ? F
      : never
    : R extends 'trigger'
      ? [A] extends [[] | [unknown?]]
        ? F
        : never
      : [A] extends [Carried<A>]
        ? [Result] extends [Carried<Result>]
          ? F
          : never
        : never
  : never;

/**
 * Checks a table of handlers: exactly the registry's names, each of its role's kind. Returns the
 * table unchanged.
 */
export function defineHandlers<T extends Readonly<Record<GlobalName, (...args: never[]) => unknown>>>(
  handlers: T & { readonly [K in keyof T]: K extends GlobalName ? HandlerOf<T[K], RoleOf<K>> : never },
): T {
  return handlers;
}

/** Every server global's implementation. */
export const HANDLERS = defineHandlers({
  onOpen,
  onInstall,
  openSidebar,
  showAbout,
  getSidebarState,
  setUserLocale,
  setupTabs,
  calculate,
  importReport,
  enableDailyRefresh,
  disableDailyRefresh,
  refreshNow,
  dailyRefresh,
  tickItem,
  openChecklistItem,
});

/** The implementations' types, by name: what the sidebar's typed google.script.run reads. */
export type Handlers = typeof HANDLERS;
