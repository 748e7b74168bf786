/** What the refresh's bundle tests read back: a tab's rows under its header, and the Run Log. */
import type { LocalAddon } from '../runtime/local-addon';

/** A tab's shown rows under the header. */
export const rows = (addon: LocalAddon, tab: string) => addon.show(tab).slice(1);

/** The Run Log's rows, by column. */
export function runLog(addon: LocalAddon) {
  return rows(addon, 'Run Log').map((r) => ({ started: r[0], run: r[2], user: r[3], outcome: r[4], changed: r[5], alerts: r[6], errors: r[7] }));
}
