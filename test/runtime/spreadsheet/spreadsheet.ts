/** Spreadsheet and SpreadsheetApp: the document the add-on is bound to, and the service's entry. */
import type { Kernel } from '../kernel';
import { splitSheet } from './a1';
import { BOOLEAN_CRITERIA, DATA_VALIDATION_CRITERIA, FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder, strictEnum } from './builders';
import { FakeRange } from './range';
import { FakeDeveloperMetadata, FakeSheet } from './sheet';
import type { RangeRef, SheetModel, Workbook } from './workbook';

/** A toast as shown (kept for tests and the local page). */
export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export type ImplementedSpreadsheet = Pick<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  'getId' | 'getName' | 'getSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'getNumSheets'
>;

export class FakeSpreadsheet implements ImplementedSpreadsheet {
  private readonly sheetApis = new Map<SheetModel, FakeSheet>();
  private get active(): SheetModel {
    const model = this.activeModel ?? this.book.sheets[0];
    if (!model) throw new Error('The spreadsheet has no sheets yet.');
    return model;
  }

  /** The active tab; null until the workbook has sheets (the loader fills it after loading the add-on). */
  private activeModel: SheetModel | null;
  readonly toasts: Toast[] = [];

  constructor(
    private readonly k: Kernel,
    readonly book: Workbook,
    readonly id: string,
  ) {
    this.activeModel = book.sheets[0] ?? null;
  }

  /** The one Sheet object per tab (Apps Script hands out equal objects; one each is simpler). */
  sheetFor(model: SheetModel): FakeSheet {
    let api = this.sheetApis.get(model);
    if (!api) {
      api = new FakeSheet(this.k, this.book, this, model);
      this.sheetApis.set(model, api);
    }
    return api;
  }

  /** Custom functions are read-only; AuthMode.NONE has no document at all. */
  private mutate(method: string): void {
    if (this.k.authMode() === 'CUSTOM_FUNCTION') throw new Error(`You do not have permission to call ${method}`);
    this.k.requireAuth(`Spreadsheet.${method}`, ['LIMITED', 'FULL']);
    this.k.call(`Spreadsheet.${method}`);
  }

  /** The Range a stored reference stands for, on whatever the tab is called now; null once the tab is gone. */
  rangeFor(ref: RangeRef): FakeRange | null {
    const model = this.book.sheets.find((s) => s.id === ref.sheetId);
    return model ? this.sheetFor(model).rangeFor(ref.rect) : null;
  }

  /** Makes a tab the active one (Sheet.activate, setActiveSheet, insertSheet). */
  markActive(model: SheetModel): void {
    this.activeModel = model;
  }

  /**
   * What the script last selected with Range.activate or RangeList.activate: the tab and the A1 of
   * each range (the runtime models no clicking, so this is the only selection there is).
   */
  selection: { readonly sheetId: number; readonly ranges: readonly string[] } | null = null;

  /** Selects `ranges` (A1, without the tab) of `model` and makes it the active tab, as Range.activate does. */
  select(model: SheetModel, ranges: readonly string[]): void {
    this.activeModel = model;
    this.selection = { sheetId: model.id, ranges };
  }

  getId(): string {
    this.k.call('Spreadsheet.getId');
    return this.id;
  }
  getName(): string {
    this.k.call('Spreadsheet.getName');
    return this.book.name;
  }
  rename(name: string): void {
    this.mutate('rename');
    this.book.name = name;
  }
  getUrl(): string {
    this.k.call('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.k.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.book.timeZone;
  }
  setSpreadsheetTimeZone(zone: string): void {
    this.mutate('setSpreadsheetTimeZone');
    this.book.timeZone = zone;
  }
  getSpreadsheetLocale(): string {
    this.k.call('Spreadsheet.getSpreadsheetLocale');
    return this.book.locale;
  }
  getNumSheets(): number {
    this.k.call('Spreadsheet.getNumSheets');
    return this.book.sheets.length;
  }
  getSheets(): FakeSheet[] {
    this.k.call('Spreadsheet.getSheets');
    return this.book.sheets.map((m) => this.sheetFor(m));
  }
  getSheetByName(name: string): FakeSheet | null {
    this.k.call('Spreadsheet.getSheetByName');
    const model = this.book.sheetByName(name);
    return model ? this.sheetFor(model) : null;
  }
  getSheetById(id: number): FakeSheet | null {
    this.k.call('Spreadsheet.getSheetById');
    const model = this.book.sheets.find((s) => s.id === id);
    return model ? this.sheetFor(model) : null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(name, index) or insertSheet(index). The new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    this.mutate('insertSheet');
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name === undefined) {
      let n = this.book.sheets.length + 1;
      while (this.book.sheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (at !== undefined && (!Number.isInteger(at) || at < 0 || at > this.book.sheets.length)) {
      throw new Error(`The sheet index ${at} is out of range.`);
    }
    const model = this.book.addSheet(name, at === undefined ? this.book.sheets.length : at);
    this.activeModel = model;
    return this.sheetFor(model);
  }
  deleteSheet(sheet: FakeSheet): void {
    this.mutate('deleteSheet');
    this.book.removeSheet(sheet.model);
    this.sheetApis.delete(sheet.model);
    if (this.activeModel === sheet.model) this.activeModel = this.book.sheets[0];
  }
  /** The active tab, without counting a call (SpreadsheetApp.getActiveSheet). */
  activeSheet(): FakeSheet {
    return this.sheetFor(this.active);
  }
  getActiveSheet(): FakeSheet {
    this.k.call('Spreadsheet.getActiveSheet');
    return this.sheetFor(this.active);
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.mutate('setActiveSheet');
    this.activeModel = sheet.model;
    return sheet;
  }
  getRange(a1: string): FakeRange {
    this.k.call('Spreadsheet.getRange');
    const { sheet } = splitSheet(a1);
    const model = sheet !== null ? this.book.sheetByName(sheet) : this.active;
    if (!model) throw new Error('Range not found');
    return this.sheetFor(model).rangeAt(a1);
  }
  /** Shown to the user; kept in `toasts`. Not from a custom function (it may only read). */
  toast(message: string, title = '', timeoutSeconds = 5): void {
    this.mutate('toast');
    this.toasts.push({ message: String(message), title: String(title), timeoutSeconds });
  }

  /** Names as Sheets accepts them: a letter or _ first, then letters, digits, _; not a cell reference; not TRUE/FALSE. */
  setNamedRange(name: string, range: FakeRange): void {
    this.mutate('setNamedRange');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name) || name.length > 250) {
      throw new Error(`Named range name "${name}" is invalid.`);
    }
    this.book.namedRanges.set(name, { sheetId: range.model.id, rect: { ...range.rect } });
  }
  private namedRange(name: string): FakeRange | null {
    const entry = this.book.namedRanges.get(name);
    return entry ? this.rangeFor(entry) : null;
  }
  getRangeByName(name: string): FakeRange | null {
    this.k.call('Spreadsheet.getRangeByName');
    return this.namedRange(name);
  }
  getNamedRanges(): { getName(): string; getRange(): FakeRange; remove(): void }[] {
    this.k.call('Spreadsheet.getNamedRanges');
    return [...this.book.namedRanges.keys()]
      .filter((name) => this.namedRange(name) !== null)
      .map((name) => ({
        getName: () => (this.k.call('NamedRange.getName'), name),
        getRange: () => (this.k.call('NamedRange.getRange'), this.namedRange(name) as FakeRange),
        remove: () => {
          this.mutate('removeNamedRange');
          this.book.namedRanges.delete(name);
        },
      }));
  }
  removeNamedRange(name: string): void {
    this.mutate('removeNamedRange');
    this.book.namedRanges.delete(name);
  }

  addDeveloperMetadata(key: string, value: string | null = null, visibility = 'DOCUMENT'): this {
    this.mutate('addDeveloperMetadata');
    this.book.metadata.push({ id: this.book.newId(), key, value, visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT' });
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.k.call('Spreadsheet.getDeveloperMetadata');
    return this.book.metadata.map((m) => new FakeDeveloperMetadata(this.k, m, this.book.metadata, null));
  }
  /** createDeveloperMetadataFinder().withKey(k).withValue(v).find(): searches the document and every sheet. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    this.k.call('Spreadsheet.createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.k, () => [
      ...this.book.metadata.map((m) => new FakeDeveloperMetadata(this.k, m, this.book.metadata, null)),
      ...this.book.sheets.flatMap((s) => s.metadata.map((m) => new FakeDeveloperMetadata(this.k, m, s.metadata, this.sheetFor(s)))),
    ]);
  }
}

/**
 * A developer-metadata search. A class, not an object literal: the membrane wraps class instances
 * as service objects, so what it finds reaches the bundle wrapped (a literal would be copied as
 * data, and the sheets found through it would bypass the membrane).
 */
export class FakeDeveloperMetadataFinder {
  private readonly filters: ((m: FakeDeveloperMetadata) => boolean)[] = [];

  constructor(
    private readonly k: Kernel,
    private readonly all: () => FakeDeveloperMetadata[],
  ) {}

  private add(method: string, filter: (m: FakeDeveloperMetadata) => boolean): this {
    this.k.call(`DeveloperMetadataFinder.${method}`);
    this.filters.push(filter);
    return this;
  }
  withKey(key: string): this {
    return this.add('withKey', (m) => m.entry.key === key);
  }
  withValue(value: string): this {
    return this.add('withValue', (m) => m.entry.value === value);
  }
  withId(id: number): this {
    return this.add('withId', (m) => m.entry.id === id);
  }
  find(): FakeDeveloperMetadata[] {
    this.k.call('DeveloperMetadataFinder.find');
    return this.all().filter((m) => this.filters.every((f) => f(m)));
  }
}


/** The SpreadsheetApp global, bound to one open spreadsheet. */
export class FakeSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'flush'> {
  readonly DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
  readonly ProtectionType = { SHEET: 'SHEET', RANGE: 'RANGE' } as const;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
  readonly DataValidationCriteria = strictEnum('DataValidationCriteria', DATA_VALIDATION_CRITERIA);
  readonly BooleanCriteria = strictEnum('BooleanCriteria', BOOLEAN_CRITERIA);
  readonly RelativeDate = strictEnum('RelativeDate', ['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR'] as const);
  readonly DeveloperMetadataLocationType = strictEnum('DeveloperMetadataLocationType', ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'] as const);
  readonly BorderStyle = { SOLID: 'SOLID', DOTTED: 'DOTTED', DASHED: 'DASHED' } as const;

  constructor(
    private readonly k: Kernel,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: () => unknown,
  ) {}

  /** No document access in AuthMode.NONE (onOpen before the add-on is enabled in the file). */
  private document(method: string): FakeSpreadsheet {
    this.k.call(`SpreadsheetApp.${method}`);
    this.k.requireAuth(`SpreadsheetApp.${method}`, ['CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.document('getActive');
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.document('getActiveSpreadsheet');
  }
  getActiveSheet(): FakeSheet {
    return this.document('getActiveSheet').activeSheet();
  }
  /** The scope is spreadsheets.currentonly: other files cannot be opened. */
  openById(id: string): never {
    this.k.call('SpreadsheetApp.openById');
    void id;
    throw new Error('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  }
  openByUrl(url: string): never {
    this.k.call('SpreadsheetApp.openByUrl');
    void url;
    throw new Error('You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  }
  getUi(): unknown {
    this.k.call('SpreadsheetApp.getUi');
    if (this.k.authMode() === 'CUSTOM_FUNCTION') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui();
  }
  flush(): void {
    this.k.call('SpreadsheetApp.flush');
  }
  newDataValidation(): FakeDataValidationBuilder {
    this.k.call('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.k, (ref) => this.spreadsheet.rangeFor(ref));
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    this.k.call('SpreadsheetApp.newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.k, (ref) => this.spreadsheet.rangeFor(ref));
  }
}
