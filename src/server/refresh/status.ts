/**
 * The refresh's state for other views (the sidebar): when the document was last refreshed and the
 * last failure, if the latest run failed. Add-on triggers email nobody, so this is how a failed
 * run reaches the person at the sheet.
 */
import { MAX_EXECUTION_MS } from '../../core/refresh/trigger-quota';
import { FAILURE_PROPERTY, LAST_DAY_PROPERTY, readRunning, RUNNING_PROPERTY } from './run';

/** What the sidebar can show about the refresh (JSON-safe). */
export interface RefreshStatus {
  /** The last day (yyyy-mm-dd, spreadsheet time) a refresh finished, or null. */
  readonly lastDay: string | null;
  /** The last run's failure (time as yyyy-mm-dd hh:mm, and the error), or null when it did not fail. */
  readonly failure: { readonly time: string; readonly error: string; readonly stuck: number } | null;
  /** When a run began that Apps Script stopped before its end (6-minute limit or trigger quota), or null. */
  readonly stopped: string | null;
}

/** The refresh's state, from the document properties (one read). */
export function refreshStatus(): RefreshStatus {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  let failure: RefreshStatus['failure'] = null;
  try {
    const parsed = JSON.parse(stored[FAILURE_PROPERTY] || 'null') as { time?: unknown; error?: unknown; stuck?: unknown } | null;
    if (parsed && typeof parsed.time === 'string' && typeof parsed.error === 'string') failure = { time: parsed.time, error: parsed.error, stuck: typeof parsed.stuck === 'number' ? parsed.stuck : 0 };
  } catch {
    // A property a person edited: no failure to show.
  }
  // A run still marked as running after the longest an execution can last was stopped.
  const running = readRunning(stored[RUNNING_PROPERTY]);
  const stopped = running && Date.now() - running.at > MAX_EXECUTION_MS ? running.time : null;
  return { lastDay: stored[LAST_DAY_PROPERTY] || null, failure, stopped };
}
