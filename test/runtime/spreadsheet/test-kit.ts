/** Shared set-up for the SpreadsheetApp fake's tests: a kernel, a workbook, the services on it. */
import { Kernel, type AuthModeName, type ExecutionKind } from '../kernel';
import { workbookFromFile, type WorkbookFile } from '../workbook-file';
import { bundleRealm, currentRealm } from '../realm';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';

/** Friday 27 November 2026, 12:00 UTC (20:00 in Shanghai, 04:00 in Los Angeles). */
export const NOW = new Date('2026-11-27T12:00:00Z');

/**
 * A spreadsheet built from `file` (default: one empty "Data" tab in Asia/Shanghai). In the
 * runtime-bundle-realm test project, `ss`, `app` and `sheet()` are seen from the add-on's realm:
 * every call crosses the membrane with the caller's own arrays, Dates and objects (realm.ts).
 */
export function open(file: Partial<WorkbookFile> = {}) {
  const k = new Kernel(NOW);
  const book = workbookFromFile({ timeZone: 'Asia/Shanghai', sheets: [{ name: 'Data' }], ...file });
  book.now = () => k.now();
  const ui = { ui: true };
  const realm = currentRealm() === 'bundle' ? bundleRealm() : null;
  const rawSs = new FakeSpreadsheet(k, book, 'id');
  const ss = realm ? realm.view(rawSs, 'Spreadsheet') : rawSs;
  const rawApp = new FakeSpreadsheetApp(k, rawSs, () => ui);
  const app = realm ? realm.view(rawApp, 'SpreadsheetApp') : rawApp;
  /** Runs `body` as one execution (a menu item in FULL unless told otherwise). */
  const run = <T>(body: () => T, kind: ExecutionKind = 'menu', mode: AuthModeName = 'FULL'): T => k.run(kind, mode, body).value;
  /** The first tab (or the named one), fetched outside any execution. */
  const sheet = (name?: string) => {
    const s = name ? ss.getSheetByName(name) : ss.getSheets()[0];
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return { k, book, ss, rawSs, app, ui, run, sheet };
}

/** The error message `fn` throws (fails the test when it throws nothing). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    // An error thrown across the membrane is of the add-on's realm: not `instanceof` our Error.
    return typeof err === 'object' && err !== null && 'message' in err ? String((err as Error).message) : String(err);
  }
  throw new Error('expected an error, got none');
}
