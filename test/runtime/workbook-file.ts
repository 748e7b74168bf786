/**
 * The workbook file: plain JSON that the runner, `npm start` and tests load and save. Hand-writable:
 * a cell is what a user would type into it ("=SUM(B2:B)", 12, "12%", "'=literal text"), or an
 * object when it also carries a number format, a note or a style.
 *
 * ```json
 * { "name": "Demo store", "timeZone": "America/Los_Angeles", "clock": "2026-11-27T09:00:00Z",
 *   "user": { "locale": "zh-CN", "email": "op@example.com" }, "addonEnabled": true,
 *   "sheets": [{ "name": "Inventory", "frozenRows": 1,
 *                "cells": { "A1": "SKU", "B2": 120, "C2": { "input": "=B2/7", "format": "0.0" } } }],
 *   "properties": { "document": {}, "user": {}, "script": {} }, "triggers": [],
 *   "users": [{ "email": "partner@example.com", "locale": "en", "properties": {} }],
 *   "quotas": { "triggerRuntime": { "op@example.com": [{ "start": "2026-11-27T06:12:00Z", "usedMs": 41000 }] } } }
 * ```
 */
import { cellKey, type ChartModel, type ConditionalFormat, type MetadataEntry, type ProtectionModel, type RangeRef, type SheetModel, type ValidationRule, Workbook, DEFAULT_COLS, DEFAULT_ROWS } from './spreadsheet/workbook';
import { columnLetters, parseA1, splitSheet, toA1 } from './spreadsheet/a1';
import { quoteSheetName } from './spreadsheet/formula-dialect';
import { staysText } from './spreadsheet/typed-input';

/** A validation rule in the file: a VALUE_IN_RANGE rule names its range as "Sheet!A1:B2". */
export type ValidationRuleFile = ValidationRule;
/** A conditional-format rule in the file: its ranges as "Sheet!A1:B2". */
export type ConditionalFormatFile = Omit<ConditionalFormat, 'ranges'> & { ranges: string[] };
/** A protection in the file: a RANGE protection's cells in A1 notation. */
export type ProtectionFile = Omit<ProtectionModel, 'id' | 'range'> & { range: string | null };
/** A chart in the file: its data ranges as "Sheet!A1:B2". */
export type ChartFile = Omit<ChartModel, 'id' | 'ranges'> & { ranges: string[] };

/** What a cell holds in the file: typed input, or input plus formatting. */
export type CellFile =
  | string
  | number
  | boolean
  | { input?: string | number | boolean; format?: string; note?: string; style?: Record<string, string> };

/** One sheet in the file. */
export interface SheetFile {
  name: string;
  rows?: number;
  columns?: number;
  frozenRows?: number;
  frozenColumns?: number;
  hidden?: boolean;
  tabColor?: string | null;
  /** Column number (1-based) → width in pixels. */
  columnWidths?: Record<string, number>;
  /** A1 → cell. */
  cells?: Record<string, CellFile>;
  metadata?: Omit<MetadataEntry, 'id'>[];
  /** A1 → rule. */
  validations?: Record<string, ValidationRuleFile>;
  conditionalFormats?: ConditionalFormatFile[];
  protections?: ProtectionFile[];
  charts?: ChartFile[];
}

/** The whole file. Every field but `sheets` is optional. */
export interface WorkbookFile {
  name?: string;
  /** The spreadsheet's time zone (dates in cells are wall times in it). */
  timeZone?: string;
  /** The spreadsheet's locale, e.g. en_US. */
  locale?: string;
  /** The simulated "now" (ISO 8601); the runner saves it back after `tick`. */
  clock?: string;
  /** The user running the add-on: their account locale (en, zh-CN, zh-TW …) and email. */
  user?: { locale?: string; email?: string };
  /**
   * The other users who have used the add-on in this file: each one's account locale (missing:
   * `user`'s) and own user properties. `properties.user` is `user`'s.
   */
  users?: { email: string; locale?: string; properties?: Record<string, string> }[];
  /** False: the add-on is installed but not yet used in this file, so onOpen runs in AuthMode.NONE. */
  addonEnabled?: boolean;
  sheets: SheetFile[];
  /** Name → "Sheet!A1:B2". */
  namedRanges?: Record<string, string>;
  metadata?: Omit<MetadataEntry, 'id'>[];
  properties?: { document?: Record<string, string>; user?: Record<string, string>; script?: Record<string, string> };
  /** Installed triggers, as the ScriptApp fake keeps them. */
  triggers?: unknown[];
  /**
   * Quota state. `triggerRuntime`: per user (email), their daily trigger-runtime windows, oldest
   * first: each opens at the ISO time `start` of the user's first trigger run and lasts 24 hours.
   */
  quotas?: { triggerRuntime?: Record<string, { start: string; usedMs: number }[]> };
}

const A1_CELL = /^([A-Z]{1,3})(\d+)$/;

/** Builds a workbook from a file (an empty one with a "Sheet1" when `file.sheets` is empty). */
export function workbookFromFile(file: WorkbookFile): Workbook {
  return fillWorkbook(emptyWorkbookFor(file), file);
}

/** The workbook a file describes, with no sheets yet (see {@link fillWorkbook}). */
export function emptyWorkbookFor(file: WorkbookFile): Workbook {
  const book = new Workbook(file.name ?? 'Untitled spreadsheet', file.timeZone ?? 'America/Los_Angeles', file.locale ?? 'en_US');
  // Until a kernel's clock is attached, "now" is the file's clock (typed "12/31" falls in its year).
  if (file.clock) {
    const clock = new Date(file.clock);
    book.now = () => clock;
  }
  return book;
}

/** "Sheet!A1:B2" (or "A1:B2" on `own`) → a range of the workbook; throws a clear error for a missing tab. */
function refOf(book: Workbook, text: string, own: SheetModel, what: string): RangeRef {
  const { sheet, ref } = splitSheet(text);
  const model = sheet === null ? own : book.sheetByName(sheet);
  if (!model) throw new Error(`Workbook file: ${what} refers to "${text}", which is not on a tab of this workbook`);
  return { sheetId: model.id, rect: parseA1(ref, model.maxRows, model.maxCols) };
}

/** A range of the workbook as the file writes it: "Sheet!A1:B2" ("#REF!" once its tab is gone). */
function refText(book: Workbook, ref: RangeRef): string {
  const model = book.sheets.find((s) => s.id === ref.sheetId);
  return model ? `${quoteSheetName(model.name)}!${toA1(ref.rect)}` : '#REF!';
}

/** A validation rule's criteria values as the file writes them (a range as text). */
function ruleToFile(book: Workbook, rule: ValidationRule): ValidationRuleFile {
  return rule.criteria === 'VALUE_IN_RANGE' ? { ...rule, args: [refText(book, rule.args[0] as RangeRef), ...rule.args.slice(1)] } : rule;
}

/**
 * Adds the file's sheets, cells and metadata to an empty workbook. Separate from creating it so the
 * loader can attach the add-on first: formulas that call custom functions evaluate as they load.
 */
export function fillWorkbook(book: Workbook, file: WorkbookFile): Workbook {
  const sheets = file.sheets?.length ? file.sheets : [{ name: 'Sheet1' }];
  // Every sheet's values first, then every formula: a formula (a volatile TODAY() above all) then
  // evaluates once against complete inputs instead of again at each later value written.
  const formulas: [SheetModel, number, number, string][] = [];
  for (const s of sheets) {
    const model = book.addSheet(s.name, book.sheets.length, s.rows ?? DEFAULT_ROWS, s.columns ?? DEFAULT_COLS);
    model.frozenRows = s.frozenRows ?? 0;
    model.frozenCols = s.frozenColumns ?? 0;
    model.hidden = s.hidden ?? false;
    model.tabColor = s.tabColor ?? null;
    for (const [col, width] of Object.entries(s.columnWidths ?? {})) model.columnWidths[Number(col)] = width;
    model.metadata = (s.metadata ?? []).map((m) => ({ ...m, id: book.newId() }));
    model.protections = (s.protections ?? []).map((p) => ({ ...p, range: p.range === null ? null : parseA1(p.range, model.maxRows, model.maxCols), id: book.newId() }));
    formulas.push(...writeCells(book, model, s.cells ?? {}).map(([row, col, f]) => [model, row, col, f] as [SheetModel, number, number, string]));
  }
  for (const [model, row, col, f] of formulas) book.write(model, row, col, [[f]]);
  // Ranges may name any tab: read once every tab exists.
  sheets.forEach((s, i) => {
    const model = book.sheets[book.sheets.length - sheets.length + i];
    model.conditionalFormats = (s.conditionalFormats ?? []).map((rule) => ({ ...rule, ranges: rule.ranges.map((r) => refOf(book, r, model, 'a conditional format')) }));
    model.charts = (s.charts ?? []).map((c) => ({ ...c, ranges: c.ranges.map((r) => refOf(book, r, model, 'a chart')), id: book.newId() }));
    for (const [a1, rule] of Object.entries(s.validations ?? {})) {
      const r = parseA1(a1, model.maxRows, model.maxCols);
      const args = rule.criteria === 'VALUE_IN_RANGE' && typeof rule.args[0] === 'string' ? [refOf(book, rule.args[0], model, 'a validation'), ...rule.args.slice(1)] : rule.args;
      model.validations.set(cellKey(r.row, r.col), { ...rule, args });
    }
  });
  for (const [name, ref] of Object.entries(file.namedRanges ?? {})) {
    if (splitSheet(ref).sheet === null) throw new Error(`Workbook file: named range ${name} refers to "${ref}", which is not on a tab of this workbook`);
    book.namedRanges.set(name, refOf(book, ref, book.sheets[0], `named range ${name}`));
  }
  book.metadata.push(...(file.metadata ?? []).map((m) => ({ ...m, id: book.newId() })));
  return book;
}

/** Writes a sheet's values; returns its formulas for the caller to write once every value is in. */
function writeCells(book: Workbook, model: SheetModel, cells: Record<string, CellFile>): [number, number, string][] {
  const formulas: [number, number, string][] = [];
  for (const [a1, cell] of Object.entries(cells)) {
    const m = A1_CELL.exec(a1);
    if (!m) throw new Error(`Workbook file: "${a1}" in sheet ${model.name} is not a cell address like B2`);
    const row = Number(m[2]);
    const col = parseA1(m[1] + '1', model.maxRows, model.maxCols).col;
    if (row > model.maxRows) model.maxRows = row;
    if (col > model.maxCols) model.maxCols = col;
    const input = typeof cell === 'object' ? cell.input : cell;
    if (typeof cell === 'object') {
      const k = cellKey(row, col);
      if (cell.format) model.formats.set(k, cell.format);
      if (cell.note) model.notes.set(k, cell.note);
      if (cell.style) model.styles.set(k, cell.style);
    }
    if (typeof input === 'string' && input.startsWith('=')) formulas.push([row, col, input]);
    else if (input !== undefined) book.write(model, row, col, [[input]]);
  }
  return formulas;
}

/** The file for a workbook (what `save` writes back). */
export function workbookToFile(book: Workbook, rest: Omit<WorkbookFile, 'sheets' | 'name' | 'timeZone' | 'locale' | 'namedRanges' | 'metadata'>): WorkbookFile {
  return {
    name: book.name,
    timeZone: book.timeZone,
    locale: book.locale,
    ...rest,
    sheets: book.sheets.map((model) => sheetToFile(book, model)),
    namedRanges: Object.fromEntries(
      [...book.namedRanges].flatMap(([name, ref]) => {
        // A named range on a deleted tab is gone, as in Sheets.
        return book.sheets.some((s) => s.id === ref.sheetId) ? [[name, refText(book, ref)]] : [];
      }),
    ),
    metadata: book.metadata.map(({ id: _id, ...m }) => m),
  };
}

function sheetToFile(book: Workbook, model: SheetModel): SheetFile {
  const cells: Record<string, CellFile> = {};
  const engineId = book.engineId(model);
  const serialized = book.engine.getSheetSerialized(engineId);
  const keys = new Set<string>([...model.formats.keys(), ...model.notes.keys(), ...model.styles.keys()]);
  // A cell an array formula spilled into is not content: saving its value would block the spill
  // when the file is loaded again. Only its formats, notes and styles are the user's.
  const spilled = (r: number, c: number) =>
    !model.formulas.has(cellKey(r + 1, c + 1)) && book.engine.isCellPartOfArray({ sheet: engineId, row: r, col: c });
  serialized.forEach((line, r) =>
    line.forEach((v, c) => v !== null && v !== undefined && v !== '' && !spilled(r, c) && keys.add(cellKey(r + 1, c + 1))),
  );
  const year = book.currentYear();
  const sorted = [...keys].map((k) => k.split(',').map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, col] of sorted) {
    const k = cellKey(row, col);
    let input = model.formulas.get(k) ?? (spilled(row - 1, col - 1) ? undefined : (serialized[row - 1]?.[col - 1] as string | number | boolean | null | undefined));
    // Text is kept behind an apostrophe in the engine; the file shows it as typed when typing it
    // again gives the same text.
    if (typeof input === 'string' && input.startsWith("'") && !model.formulas.has(k) && (model.formats.get(k) === '@' || staysText(input.slice(1), book.locale, year))) input = input.slice(1);
    const format = model.formats.get(k);
    const note = model.notes.get(k);
    const style = model.styles.get(k);
    const a1 = `${columnLetters(col)}${row}`;
    if (!format && !note && !style) {
      if (input !== null && input !== undefined) cells[a1] = input;
    } else {
      cells[a1] = { ...(input !== null && input !== undefined ? { input } : {}), ...(format ? { format } : {}), ...(note ? { note } : {}), ...(style ? { style } : {}) };
    }
  }
  const validations: Record<string, ValidationRuleFile> = {};
  for (const [k, rule] of model.validations) {
    const [row, col] = k.split(',').map(Number);
    validations[`${columnLetters(col)}${row}`] = ruleToFile(book, rule);
  }
  return {
    name: model.name,
    rows: model.maxRows,
    columns: model.maxCols,
    ...(model.frozenRows ? { frozenRows: model.frozenRows } : {}),
    ...(model.frozenCols ? { frozenColumns: model.frozenCols } : {}),
    ...(model.hidden ? { hidden: true } : {}),
    ...(model.tabColor ? { tabColor: model.tabColor } : {}),
    ...(Object.keys(model.columnWidths).length ? { columnWidths: Object.fromEntries(Object.entries(model.columnWidths)) } : {}),
    cells,
    ...(model.metadata.length ? { metadata: model.metadata.map(({ id: _id, ...m }) => m) } : {}),
    ...(Object.keys(validations).length ? { validations } : {}),
    ...(model.conditionalFormats.length ? { conditionalFormats: model.conditionalFormats.map((rule) => ({ ...rule, ranges: rule.ranges.map((r) => refText(book, r)) })) } : {}),
    ...(model.protections.length ? { protections: model.protections.map(({ id: _id, ...p }) => ({ ...p, range: p.range && toA1(p.range) })) } : {}),
    ...(model.charts.length ? { charts: model.charts.map(({ id: _id, ...c }) => ({ ...c, ranges: c.ranges.map((r) => refText(book, r)) })) } : {}),
  };
}
