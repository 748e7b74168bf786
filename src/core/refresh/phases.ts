/**
 * Work in phases under a time budget: Apps Script stops an execution at 6 minutes, so a long run
 * stops itself between phases once past its budget and says where to resume.
 */

/** Runs `phases` from index `from`; after each, stops when `elapsed()` is past `budgetMs` and phases remain. Returns the phase to resume at, or null when all ran. */
export function runPhases(phases: readonly (() => void)[], from: number, elapsed: () => number, budgetMs: number): number | null {
  for (let i = from; i < phases.length; i++) {
    phases[i]();
    if (i + 1 < phases.length && elapsed() > budgetMs) return i + 1;
  }
  return null;
}
