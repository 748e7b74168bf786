/**
 * The daily trigger-runtime quota. Apps Script caps the total time a user's triggers may run in a
 * day (90 minutes on a consumer account, 6 hours on Workspace); past it, every trigger of that user
 * fails for the rest of the day — in every add-on and script of theirs, not only ours. A run
 * paused on its time budget resumes hourly, so a refresh that never fits could burn the whole quota
 * (24 × 6 min > 90 min). The refresh therefore keeps its own tally of what its trigger ran and stops
 * resuming before the quota is near.
 *
 * The tally is a rolling 24 hours, not a calendar day: when Google's day starts is not documented,
 * and what a trailing 24-hour window holds is at least what any calendar day holds, so the rule is
 * safe whatever the boundary.
 */

/** The lower (consumer) account's daily trigger runtime: we cannot tell which the user has. */
export const DAILY_TRIGGER_QUOTA_MS = 90 * 60_000;
/** The most one execution can run (Apps Script stops it at 6 minutes). */
export const MAX_EXECUTION_MS = 6 * 60_000;
/**
 * Kept back for everything else the quota pays for: the hourly firings that find nothing to do
 * (about a second each), and the user's other triggers — ours should never take it all.
 */
export const QUOTA_RESERVE_MS = 30 * 60_000;

const WINDOW_MS = 24 * 3_600_000;

/** One trigger run: when it started (epoch ms) and how long it ran. */
export type TriggerRun = readonly [startedMs: number, ranMs: number];

/** The runs of the last 24 hours (older ones dropped), from the stored text (anything unreadable is an empty tally). */
export function readTally(stored: string | null | undefined, nowMs: number): TriggerRun[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (run): run is TriggerRun => Array.isArray(run) && run.length === 2 && run.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0) && run[0] > nowMs - WINDOW_MS && run[0] <= nowMs,
  );
}

/** Trigger time used in the 24 hours before `nowMs`. */
export function usedMs(tally: readonly TriggerRun[]): number {
  return tally.reduce((sum, [, ran]) => sum + ran, 0);
}

/** True when a run that may take a whole execution still leaves the reserve untouched. */
export function mayStartRun(tally: readonly TriggerRun[]): boolean {
  return usedMs(tally) + MAX_EXECUTION_MS <= DAILY_TRIGGER_QUOTA_MS - QUOTA_RESERVE_MS;
}

/** The tally with one more run, as stored. */
export function recordRun(tally: readonly TriggerRun[], startedMs: number, ranMs: number): string {
  return JSON.stringify([...tally, [startedMs, Math.max(0, Math.round(ranMs))]]);
}
