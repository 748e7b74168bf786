/**
 * What every report parser shares: the context it runs in, the outcome it returns, and a reader of
 * one row's cells by field that turns unreadable numbers into warnings instead of wrong values.
 */
import type { HeaderMatch, ReportSpec } from '../columns';
import type { ReportKind } from '../kinds';
import type { MessageParams, ReportMessageKey } from '../messages';
import { cellText, isBlankRow, type Cell, type Table } from '../table';
import { readId, readMoney, readPercent, readReportDay, readReportNumber } from '../values';

/** What the caller knows that the file may not say. */
export interface ParseContext {
  /** The file's name (a Business Report's date may be in it). */
  readonly fileName: string;
  /** The day a Business Report covers (`yyyy-mm-dd`), when the user chose it. */
  readonly date?: string;
  /** IANA zone for All Orders days when the sales channel does not tell (default: the channel's). */
  readonly timeZone?: string;
}

/** A message for the user, as a key and its parameters (rendered in their language later). */
export interface ReportNote {
  readonly key: ReportMessageKey;
  readonly params: MessageParams;
}

/** Why a file is not imported; for an unrecognised file, the closest report and the headers it lacks. */
export interface ReportProblem extends ReportNote {
  readonly closest?: ReportKind;
  readonly missing?: readonly string[];
}

/** A parser's records, the user-facing warnings, and rows skipped (totals, blank keys …). */
export interface ParsedRows<R> {
  readonly records: R[];
  readonly warnings: ReportNote[];
  readonly skipped: number;
}

/** One report kind: its columns, its parser, and the key that makes re-imports idempotent. */
export interface KindParser<F extends string, R> {
  readonly spec: ReportSpec<F>;
  parse(table: Table, match: HeaderMatch<F>, context: ParseContext): ParsedRows<R> | ReportProblem;
  /** Two records with the same key are the same row of the same report (a re-import updates it). */
  key(record: R): string;
}

/** True when a parser's outcome is a problem. */
export function isProblem<R>(outcome: ParsedRows<R> | ReportProblem): outcome is ReportProblem {
  return 'key' in outcome;
}

/** Reads fields of the data rows under a header match, collecting warnings. */
export class RowReader<F extends string> {
  /** 1-based row number in the file, for messages. */
  rowNumber = 0;
  private row: readonly Cell[] = [];

  constructor(
    private readonly match: HeaderMatch<F>,
    readonly warnings: ReportNote[],
  ) {}

  /** Moves to table row `index`. */
  at(row: readonly Cell[], index: number): this {
    this.row = row;
    this.rowNumber = index + 1;
    return this;
  }

  /** True when the report has this column. */
  has(field: F): boolean {
    return this.match.columns[field] !== undefined;
  }

  /** The raw cell of `field` (null when the column is absent or the row short). */
  cell(field: F): Cell {
    const index = this.match.columns[field];
    return index === undefined ? null : (this.row[index] ?? null);
  }

  /** The header text of `field` as the file wrote it (for messages). */
  label(field: F): string {
    return this.match.matched[field]?.trim() ?? field;
  }

  /** Trimmed text. */
  text(field: F): string {
    return cellText(this.cell(field));
  }

  /** An ID (`="123"` unwrapped). */
  id(field: F): string {
    return readId(this.cell(field));
  }

  /** A number, or null for none; unreadable text warns and gives null. */
  number(field: F): number | null {
    return this.checked(field, readReportNumber(this.cell(field)));
  }

  /** A percentage as a fraction (see readPercent). */
  percent(field: F): number | null {
    return this.checked(field, readPercent(this.cell(field)));
  }

  /** Money: amount and the currency its text names. */
  money(field: F): { amount: number; currency: string | null } | null {
    return this.checked(field, readMoney(this.cell(field)));
  }

  /** A day (`yyyy-mm-dd`), or undefined (with a warning) when the cell is not a date. */
  day(field: F): string | null | undefined {
    const read = readReportDay(this.cell(field));
    if (read.ok) return read.value;
    this.warn('warning.badDate', { column: this.label(field), text: read.text });
    return undefined;
  }

  /** Adds a warning about the current row. */
  warn(key: ReportMessageKey, params: MessageParams = {}): void {
    this.warnings.push({ key, params: { row: this.rowNumber, ...params } });
  }

  private checked<T>(field: F, read: { ok: true; value: T | null } | { ok: false; text: string }): T | null {
    if (read.ok) return read.value;
    this.warn('warning.badNumber', { column: this.label(field), text: read.text });
    return null;
  }
}

/** An ASIN: ten letters or digits (Amazon's are upper case; B0… for most products, ISBN-10 for books). */
export function isAsin(text: string): boolean {
  return /^[A-Z0-9]{10}$/.test(text);
}

/** Words a totals row puts where the ASIN would be. */
export function isTotalsLabel(text: string): boolean {
  return /^(totals?|grand total|合计|合計|总计|總計|汇总|彙總|gesamt|summe)\s*:?$/i.test(text.trim());
}

/**
 * The data rows below the header, each read through one {@link RowReader}: blank rows are passed
 * over, and a row whose `keyField` is empty is skipped with a warning (a record without its key
 * could never be matched on re-import). `read` makes the record from the reader.
 */
export function readKeyedRows<F extends string, R>(table: Table, match: HeaderMatch<F>, keyField: NoInfer<F>, read: (r: RowReader<F>, key: string) => R): ParsedRows<R> {
  const warnings: ReportNote[] = [];
  const records: R[] = [];
  let skipped = 0;
  const r = new RowReader(match, warnings);
  for (let i = match.row + 1; i < table.length; i++) {
    if (isBlankRow(table[i])) continue;
    r.at(table[i], i);
    const key = r.text(keyField);
    if (key === '') {
      r.warn('warning.missingKey', { column: r.label(keyField) });
      skipped++;
      continue;
    }
    records.push(read(r, key));
  }
  return { records, warnings, skipped };
}
