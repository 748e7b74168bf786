/** Shared set-up for the SpreadsheetApp fake's tests: a kernel, a workbook, the services on it. */
import { Kernel, type AuthModeName, type ExecutionKind } from '../kernel';
import { workbookFromFile, type WorkbookFile } from '../workbook-file';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';

/** Friday 27 November 2026, 12:00 UTC (20:00 in Shanghai, 04:00 in Los Angeles). */
export const NOW = new Date('2026-11-27T12:00:00Z');

/** A spreadsheet built from `file` (default: one empty "Data" tab in Asia/Shanghai). */
export function open(file: Partial<WorkbookFile> = {}) {
  const k = new Kernel(NOW);
  const book = workbookFromFile({ timeZone: 'Asia/Shanghai', sheets: [{ name: 'Data' }], ...file });
  const ss = new FakeSpreadsheet(k, book, 'id');
  const ui = { ui: true };
  const app = new FakeSpreadsheetApp(k, ss, () => ui);
  /** Runs `body` as one execution (a menu item in FULL unless told otherwise). */
  const run = <T>(body: () => T, kind: ExecutionKind = 'menu', mode: AuthModeName = 'FULL'): T => k.run(kind, mode, body).value;
  /** The first tab (or the named one), fetched outside any execution. */
  const sheet = (name?: string) => {
    const s = name ? ss.getSheetByName(name) : ss.getSheets()[0];
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return { k, book, ss, app, ui, run, sheet };
}

/** The error message `fn` throws (fails the test when it throws nothing). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  throw new Error('expected an error, got none');
}
