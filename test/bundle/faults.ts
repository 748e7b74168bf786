/**
 * Service failures on demand: Sheets sometimes answers a call with "Service Spreadsheets failed
 * while accessing document", and a refresh must survive that. Runs `body` with the first
 * `Range.setValues` on the tab named `tab` throwing that error.
 */
import { FakeRange } from '../runtime/spreadsheet/range';

/** Apps Script's text for a transient Sheets failure. */
export const SHEETS_FAILURE = 'Service Spreadsheets failed while accessing document.';

/** Runs `body` while the first write of values to `tab` fails; returns its value. */
export function withFirstWriteFailing<T>(tab: string, body: () => T): T {
  const original = FakeRange.prototype.setValues;
  let failed = false;
  FakeRange.prototype.setValues = function (this: FakeRange, values: unknown[][]) {
    if (!failed && this.getSheet().getName() === tab) {
      failed = true;
      throw new Error(SHEETS_FAILURE);
    }
    return original.call(this, values);
  };
  try {
    return body();
  } finally {
    FakeRange.prototype.setValues = original;
  }
}
