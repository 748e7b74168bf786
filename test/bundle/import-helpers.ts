/** Helpers for the report-import tests: a workbook, a fixture as the sidebar sends it, the import's answer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalAddon, type RunReport } from '../runtime/local-addon';
import { repoRoot } from '../runtime/repo-root';
import type { WorkbookFile } from '../runtime/workbook-file';
import { emptyBook } from './tabs-helpers';
import type { ImportSummary } from '../../src/server/import/import-report';

/** What importReport returns. */
export type Summary = ImportSummary;

/** A fixture's bytes. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(repoRoot(), 'test/fixtures/reports', name));
}

/** Imports a fixture as the sidebar's file picker sends it (base64 of its bytes). */
export function importFixture(addon: LocalAddon, name: string, options: Record<string, unknown> = {}): RunReport<Summary> {
  return addon.call('importReport', [name, fixtureBytes(name).toString('base64'), { base64: true, ...options }], 'sidebar') as RunReport<Summary>;
}

/** Imports text as the sidebar's paste box sends it. */
export function importText(addon: LocalAddon, text: string, name = 'pasted.txt', options: Record<string, unknown> = {}): RunReport<Summary> {
  return addon.call('importReport', [name, text, options], 'sidebar') as RunReport<Summary>;
}

/** The answer of a successful import (fails the test with the message otherwise). */
export function summaryOf(report: RunReport<Summary>): Summary {
  if (report.error !== undefined) throw new Error(report.error);
  return report.value as Summary;
}

/** A fresh add-on on an empty workbook (no tabs yet), in `locale`. */
export function freshAddon(locale = 'en', book: WorkbookFile = emptyBook()): LocalAddon {
  return LocalAddon.load({ book: structuredClone(book), locale });
}

/** A tab's displayed values as objects by header (rows 2 …, blank rows left out). */
export function tabRows(addon: LocalAddon, tab: string): Record<string, string>[] {
  const [header, ...rows] = addon.show(tab);
  return rows.filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** The workbook as its file, without the clock (which every execution moves on). */
export function fileWithoutClock(addon: LocalAddon): string {
  const { clock: _clock, ...rest } = addon.toFile();
  return JSON.stringify(rest);
}
