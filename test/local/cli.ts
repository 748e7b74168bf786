/**
 * The runner: drives the built add-on in the local runtime from the command line.
 *
 *   npm run local -- <command> --book <file.json> [--locale en|zh-CN|zh-TW] [--now <ISO time>]
 *
 * open | call <global> [jsonArg …] | formula '<formula>' | import <file> | tick <ISO time> |
 * show <tab> [--format csv|json]. The workbook file is saved back after each command; a missing
 * file starts an empty workbook. Exit 1 with the error message when the add-on fails (it throws, or
 * its error boundary caught and recorded the failure: then the message is the alert the user saw).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LocalAddon, type RunReport } from '../runtime/local-addon';
import type { WorkbookFile } from '../runtime/workbook-file';
import { formatValue } from '../runtime/spreadsheet/number-format';
import { isDate } from '../runtime/spreadsheet/dates';
import type { ImportSummary } from '../../src/server/import/import-report';

const USAGE = `usage: npm run local -- <command> --book <file.json> [--locale en|zh-CN|zh-TW] [--now <ISO time>]
commands:
  open                         run onOpen and print the add-on menu
  call <global> [jsonArg ...]  run a global as a menu item would (--as sidebar: as google.script.run
                               would, with its transport rules); print its return value as JSON
  formula '<formula>'          evaluate a formula in a scratch cell; print the value or array
  import <file> [--date <day>] import a report file as the sidebar would; print what it imported
                               (--date yyyy-mm-dd: the day of a Business Report whose name has none)
  tick <ISO time>              advance the clock, firing due time-driven triggers
  show <tab> [--format csv|json]  print a tab's displayed values`;

/** Runs one runner command; returns the text to print and the exit code. Exported for tests. */
export function runCommand(argv: readonly string[]): { out: string; code: number } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        book: { type: 'string' },
        locale: { type: 'string' },
        now: { type: 'string' },
        date: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        as: { type: 'string', default: 'menu' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return { out: `${err instanceof Error ? err.message : String(err)}\n${USAGE}`, code: 2 };
  }
  const { values, positionals } = parsed;
  if (values.format !== 'csv' && values.format !== 'json') return { out: `--format must be csv or json, not ${values.format}`, code: 2 };
  if (values.as !== 'menu' && values.as !== 'sidebar') return { out: `--as must be menu or sidebar, not ${values.as}`, code: 2 };
  const [command, ...rest] = positionals;
  if (values.help || !command) return { out: USAGE, code: command || values.help ? 0 : 2 };
  if (!values.book) return { out: `--book <file.json> is required\n${USAGE}`, code: 2 };
  const now = values.now ? parseTime(values.now, '--now') : undefined;
  const book: WorkbookFile | undefined = existsSync(values.book) ? (JSON.parse(readFileSync(values.book, 'utf8')) as WorkbookFile) : undefined;
  const addon = LocalAddon.load({ book, locale: values.locale, now });
  const result = dispatch(addon, command, rest, { format: values.format, as: values.as, date: values.date });
  // A failed import changed nothing, and the file stays byte for byte as it was (its clock too).
  if (command !== 'import' || result.code === 0) writeFileSync(values.book, JSON.stringify(addon.toFile(), null, 1) + '\n');
  return result;
}

function dispatch(addon: LocalAddon, command: string, args: string[], flags: { format: string; as: string; date?: string }): { out: string; code: number } {
  switch (command) {
    case 'open': {
      const report = addon.open();
      if (failureOf(report) !== null) return fail(report);
      return { out: JSON.stringify({ authMode: report.authMode, menus: report.menus }, null, 2), code: 0 };
    }
    case 'call': {
      const [name, ...jsonArgs] = args;
      if (!name) return { out: 'call needs a global name', code: 2 };
      const parsed = jsonArgs.map((a, i) => {
        try {
          return JSON.parse(a) as unknown;
        } catch {
          throw new Error(`argument ${i + 1} is not JSON: ${a} (quote strings: '"text"')`);
        }
      });
      const report = addon.call(name, parsed, flags.as === 'sidebar' ? 'sidebar' : 'menu');
      if (failureOf(report) !== null) return fail(report);
      return { out: JSON.stringify(report.value ?? null, null, 2), code: 0 };
    }
    case 'formula': {
      const [text] = args;
      if (!text) return { out: "formula needs a formula, e.g. '=DAYS_OF_STOCK(300, 20)'", code: 2 };
      const value = addon.formula(text);
      const shown = (v: unknown) => (isDate(v) ? formatValue(v, dateOrTimePattern(v, addon), addon.book.timeZone) : v);
      const out = Array.isArray(value) ? JSON.stringify(value.map((row: unknown[]) => row.map(shown))) : String(shown(value));
      return { out, code: typeof value === 'string' && /^#[A-Z/0!?]+/.test(value) ? 1 : 0 };
    }
    case 'import': {
      const [file] = args;
      if (!file) return { out: 'import needs a report file', code: 2 };
      if (!existsSync(file)) return { out: `import: no such file: ${file}`, code: 2 };
      return importFile(addon, file, flags.date);
    }
    case 'tick': {
      const [until] = args;
      if (!until) return { out: 'tick needs an ISO time', code: 2 };
      const to = parseTime(until, 'tick');
      if (to.getTime() < addon.kernel.now().getTime()) {
        return { out: `tick: ${to.toISOString()} is before the workbook's clock (${addon.kernel.now().toISOString()}); the clock cannot go back`, code: 2 };
      }
      const runs = addon.tick(to);
      const lines = runs.map((r) => `${r.name}: ${failureOf(r) !== null ? `error: ${failureOf(r)}` : 'ok'} (${r.callCount} calls, ~${r.modelledMs} ms)`);
      return { out: [`clock: ${addon.kernel.now().toISOString()}`, ...(lines.length ? lines : ['no trigger was due'])].join('\n'), code: runs.some((r) => failureOf(r) !== null) ? 1 : 0 };
    }
    case 'show': {
      const [tab] = args;
      if (!tab) return { out: 'show needs a tab name', code: 2 };
      const grid = addon.show(tab);
      return { out: flags.format === 'json' ? JSON.stringify(grid) : toCsv(grid), code: 0 };
    }
    default:
      return { out: `unknown command: ${command}\n${USAGE}`, code: 2 };
  }
}

/**
 * What the sidebar's import does: the file's bytes in base64 to importReport, called again (a new
 * execution each time) while it answers `partial`; progress goes to stderr, the summary to stdout.
 */
function importFile(addon: LocalAddon, file: string, date: string | undefined): { out: string; code: number } {
  const content = readFileSync(file).toString('base64');
  const name = file.split(/[\\/]/).pop() ?? file;
  for (let executions = 1; ; executions++) {
    const report = addon.call('importReport', [name, content, { base64: true, ...(date ? { date } : {}) }], 'sidebar');
    if (report.error !== undefined) return fail(report);
    const answer = report.value as ImportSummary;
    if (answer.status === 'needs-date') return { out: `${answer.message ?? ''}\nGive the day with --date yyyy-mm-dd.`, code: 2 };
    if (answer.status === 'partial') {
      process.stderr.write(`${answer.progress.written} / ${answer.progress.total} rows written…\n`);
      continue;
    }
    const lines = [
      `${answer.reportName} → ${answer.tab}: ${answer.added} added, ${answer.updated} updated, ${answer.skipped} skipped (${executions} execution${executions === 1 ? '' : 's'})`,
      ...answer.warnings.map((w) => `warning: ${w}`),
    ];
    return { out: lines.join('\n'), code: 0 };
  }
}

/** A date prints as yyyy-mm-dd, with the time only when it has one (in the book's time zone). */
function dateOrTimePattern(date: Date, addon: LocalAddon): string {
  return formatValue(date, 'hh:mm:ss', addon.book.timeZone) === '00:00:00' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

/**
 * Why a run failed, or null when it did not. A global that throws fails; so does one whose error
 * boundary caught a failure, told the user (a menu action's alert) and ended normally: the
 * boundary records every failure with console.error, and what the user was shown is the message.
 */
export function failureOf(report: RunReport): string | null {
  if (report.error !== undefined) return report.error;
  if (report.loggedErrors.length === 0) return null;
  return report.alerts.length ? report.alerts.join('\n') : report.loggedErrors.join('\n');
}

function fail(report: RunReport): { out: string; code: number } {
  return { out: failureOf(report) ?? 'failed', code: 1 };
}

function parseTime(text: string, what: string): Date {
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) throw new Error(`${what}: not an ISO time: ${text}`);
  return d;
}

/** RFC 4180: quote fields with commas, quotes or line breaks. */
export function toCsv(grid: string[][]): string {
  return grid.map((row) => row.map((v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n');
}

// Run when executed (node build/run-ts.mjs test/local/cli.ts …), not when imported by tests.
if (process.argv[1]?.endsWith('cli.ts')) {
  try {
    const { out, code } = runCommand(process.argv.slice(2));
    (code === 0 ? process.stdout : process.stderr).write(out + '\n');
    process.exitCode = code;
  } catch (err) {
    process.stderr.write((err instanceof Error ? err.message : String(err)) + '\n');
    process.exitCode = 1;
  }
}
