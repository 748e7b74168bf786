/**
 * Service failures on demand: Sheets sometimes answers a call with "Service Spreadsheets failed
 * while accessing document", and a refresh must survive that: these run a test's `body` with
 * some `Range.setValues` calls throwing that error.
 */
import { FakeRange } from '../runtime/spreadsheet/range';

/** Apps Script's text for a transient Sheets failure. */
export const SHEETS_FAILURE = 'Service Spreadsheets failed while accessing document.';

/** Runs `body` while the first write of values to `tab` fails; returns its value. */
export function withFirstWriteFailing<T>(tab: string, body: () => T): T {
  return withWritesFailing((sheet, n) => sheet === tab && n === 0, body);
}

/** Runs `body` while each write of values for which `fails(tab, n)` is true throws (`n` counts the writes to that tab, from 0). */
export function withWritesFailing<T>(fails: (tab: string, n: number) => boolean, body: () => T): T {
  const original = FakeRange.prototype.setValues;
  const counts = new Map<string, number>();
  FakeRange.prototype.setValues = function (this: FakeRange, values: unknown[][]) {
    const tab = this.getSheet().getName();
    const n = counts.get(tab) ?? 0;
    counts.set(tab, n + 1);
    if (fails(tab, n)) throw new Error(SHEETS_FAILURE);
    return original.call(this, values);
  };
  try {
    return body();
  } finally {
    FakeRange.prototype.setValues = original;
  }
}
