/**
 * The refresh's state for other views (the sidebar): when the document was last refreshed and the
 * last failure, if the latest run failed. Add-on triggers email nobody, so this is how a failed
 * run reaches the person at the sheet.
 */
import { FAILURE_PROPERTY, LAST_DAY_PROPERTY } from './run';

/** What the sidebar can show about the refresh (JSON-safe). */
export interface RefreshStatus {
  /** The last day (yyyy-mm-dd, spreadsheet time) a refresh finished, or null. */
  readonly lastDay: string | null;
  /** The last run's failure (time as yyyy-mm-dd hh:mm, and the error), or null when it did not fail. */
  readonly failure: { readonly time: string; readonly error: string } | null;
}

/** The refresh's state, from the document properties (one read). */
export function refreshStatus(): RefreshStatus {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  let failure: RefreshStatus['failure'] = null;
  try {
    const parsed = JSON.parse(stored[FAILURE_PROPERTY] || 'null') as { time?: unknown; error?: unknown } | null;
    if (parsed && typeof parsed.time === 'string' && typeof parsed.error === 'string') failure = { time: parsed.time, error: parsed.error };
  } catch {
    // A property a person edited: no failure to show.
  }
  return { lastDay: stored[LAST_DAY_PROPERTY] || null, failure };
}
