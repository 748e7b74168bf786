/**
 * The root of report parsing: from a file's text (or an XLSX sheet's table) to the report's kind
 * and its normalised, keyed records — or a problem that says, in the user's language, why the
 * file is not imported. Pure: the server decodes bytes (see {@link planDecoding}) and reads XLSX.
 */
import type { Locale } from '../i18n/locale';
import { detectEncoding, type Bytes, type Charset } from './encoding';
import { sniffDelimiter, splitDelimited } from './delimited';
import { REPORT_NAMES, type ReportKind } from './kinds';
import { reportMessage } from './messages';
import { isProblem, type ParseContext, type ParsedRows, type ReportNote, type ReportProblem } from './parsers/common';
import { businessGeneration } from './parsers/business-report';
import { PARSERS, type RecordOf } from './parsers/registry';
import { recogniseReport } from './recognise';
import { isBlankRow, type Table } from './table';

export type { ParseContext, ReportNote, ReportProblem } from './parsers/common';

/** Most warnings kept (a 100,000-row file with one bad column must not carry 100,000 of them). */
export const MAX_WARNINGS = 50;

/** A parsed report of kind K. */
export interface ParsedReportOf<K extends ReportKind> {
  readonly ok: true;
  readonly kind: K;
  /** The language of the header row. */
  readonly language: 'en' | 'zh';
  /** Business Report header generation (`en`, `en-legacy`, `zh-1`, `zh-2`, `zh-3`); "" for others. */
  readonly generation: string;
  /** 1-based row of the header in the file. */
  readonly headerRow: number;
  /** Normalised records, one per key (a later duplicate replaces an earlier one). */
  readonly records: readonly RecordOf<K>[];
  /** `keys[i]` is the idempotency key of `records[i]`. */
  readonly keys: readonly string[];
  readonly warnings: readonly ReportNote[];
  /** Data rows not imported (totals, cancelled orders, rows without a key …). */
  readonly skipped: number;
}

/** Any parsed report (narrow on `kind`). */
export type ParsedReport = { [K in ReportKind]: ParsedReportOf<K> }[ReportKind];

/** A file that is not imported. */
export interface FailedReport {
  readonly ok: false;
  readonly problem: ReportProblem;
}

/** What parsing a file gives. */
export type ReportOutcome = ParsedReport | FailedReport;

/** How the server should read a file's bytes. */
export type DecodingPlan = { readonly read: 'text'; readonly charset: Charset } | { readonly read: 'xlsx' } | FailedReport;

/** Decides from the bytes whether to decode them as text (and in which charset) or read them as XLSX. */
export function planDecoding(bytes: Bytes, fileName: string): DecodingPlan {
  const kind = detectEncoding(bytes);
  const file = { file: fileName };
  switch (kind.kind) {
    case 'text':
      return { read: 'text', charset: kind.charset };
    case 'xlsx':
      return { read: 'xlsx' };
    case 'empty':
      return fail('problem.empty', file);
    case 'mixed-encoding':
      return fail('problem.mixedEncoding', file);
    case 'binary':
      return fail(kind.format === 'pdf' ? 'problem.pdf' : kind.format === 'xls' ? 'problem.xls' : 'problem.binary', file);
  }
}

/**
 * Parses decoded text (a CSV, a tab-separated flat file, or text pasted from a sheet). `charset`
 * names what the server decoded with, for the message when characters were lost.
 */
export function parseReportText(text: string, context: ParseContext, charset = 'UTF-8'): ReportOutcome {
  const file = { file: context.fileName };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('problem.empty', file);
  // U+FFFD is what a decoder writes for bytes it could not read: the text is already garbled.
  if (body.includes('\uFFFD')) return fail('problem.garbled', { ...file, charset });
  if (hasControlCharacters(body.slice(0, 4096))) return fail('problem.binary', file);
  const split = splitDelimited(body, sniffDelimiter(body));
  if (split.unclosedQuote) return fail('problem.truncated', file);
  const outcome = parseReportTable(split.rows, context);
  if (outcome.ok && !split.endsWithNewline && split.rows.length > outcome.headerRow) {
    // A last row shorter than the header with no line break after it: the download was cut off.
    const header = split.rows[outcome.headerRow - 1];
    const last = split.rows[split.rows.length - 1];
    if (last.length < header.length && !isBlankRow(last)) return fail('problem.truncated', file);
  }
  return outcome;
}

/** Parses a table (an XLSX sheet, or split text). */
export function parseReportTable(table: Table, context: ParseContext): ReportOutcome {
  const file = { file: context.fileName };
  if (table.every((row) => isBlankRow(row))) return fail('problem.empty', file);
  const recognised = recogniseReport(table);
  if (!recognised.ok) {
    const widest = Math.max(...table.slice(0, 20).map((r) => r.length));
    if (widest <= 1) return fail('problem.oneColumn', file);
    if (!recognised.closest) return fail('problem.notReport', file);
    return { ok: false, problem: { key: 'problem.unrecognised', params: file, closest: recognised.closest, missing: recognised.missing } };
  }
  const { kind, match } = recognised;
  // The kind and its parser agree by construction (PARSERS is keyed by kind); one loose view serves all.
  const parser = PARSERS[kind] as unknown as {
    parse: (t: Table, m: typeof match, c: ParseContext) => ParsedRows<unknown> | ReportProblem;
    key: (r: unknown) => string;
  };
  const parsed = parser.parse(table, match, context);
  if (isProblem(parsed)) return { ok: false, problem: parsed };
  const outcome = parsed;
  const warnings: ReportNote[] = [];
  const header = table[match.row];
  for (let i = match.row + 1; i < table.length; i++) {
    if (table[i].length < header.length && !isBlankRow(table[i]) && i < table.length - 1) {
      warnings.push({ key: 'warning.shortRow', params: { row: i + 1 } });
    }
  }
  warnings.push(...outcome.warnings);
  // One record per key: a report lists each row once, so a repeat is an edited file; the later row wins.
  const byKey = new Map<string, unknown>();
  for (const record of outcome.records as unknown[]) byKey.set(parser.key(record), record);
  const duplicates = outcome.records.length - byKey.size;
  if (duplicates > 0) warnings.push({ key: 'warning.duplicates', params: { count: duplicates } });
  if (byKey.size === 0) warnings.push({ key: 'warning.noRows', params: {} });
  const kept = warnings.length > MAX_WARNINGS ? [...warnings.slice(0, MAX_WARNINGS), { key: 'warning.more' as const, params: { count: warnings.length - MAX_WARNINGS } }] : warnings;
  return {
    ok: true,
    kind,
    language: match.language,
    generation: kind === 'business-report' ? businessGeneration(match as never) : '',
    headerRow: match.row + 1,
    records: [...byKey.values()],
    keys: [...byKey.keys()],
    warnings: kept,
    skipped: outcome.skipped + duplicates,
  } as ParsedReport;
}

/** A problem or warning as the user reads it, in `locale`. */
export function describeNote(note: ReportNote | ReportProblem, locale: Locale): string {
  const params: Record<string, string | number> = { ...note.params };
  if ('closest' in note && note.closest) params.report = REPORT_NAMES[note.closest][locale];
  if ('missing' in note && note.missing) params.missing = note.missing.map((m) => (locale === 'en' ? `"${m}"` : `“${m}”`)).join(locale === 'en' ? ', ' : '、');
  return reportMessage(locale, note.key, params);
}

// C0 controls other than tab, line feed, form feed and carriage return never occur in a report's text.
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) return true;
  }
  return false;
}

function fail(key: ReportProblem['key'], params: Record<string, string>): FailedReport {
  return { ok: false, problem: { key, params } };
}
