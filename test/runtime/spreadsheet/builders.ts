/**
 * Data-validation and conditional-format builders. They record criteria as data; the runtime keeps
 * the rules so tests and the local page can see them. Scripts may write values that break a rule
 * (as in Sheets: validation applies to what users type).
 */
import type { Kernel } from '../kernel';
import type { FakeRange } from './range';
import type { ConditionalFormat, RangeRef, ValidationRule } from './workbook';
import { STRICT_ENUM } from '../membrane';

/** Turns a stored range into the Range object Apps Script's getters return (null once its tab is gone). */
export type RangeResolver = (ref: RangeRef) => FakeRange | null;

/** Every DataValidationCriteria member (@types/google-apps-script). */
export const DATA_VALIDATION_CRITERIA = [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN', 'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
] as const;

/** Every BooleanCriteria member (@types/google-apps-script). */
export const BOOLEAN_CRITERIA = [
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
] as const;

/** Property names tools probe on any object (printing, promises, matchers): never enum members. */
const PROBES = new Set(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch', 'nodeType', 'tagName', 'toString', 'valueOf', 'length']);

/**
 * An Apps Script enum: each member is its name (as the runtime has always given it). Reading a
 * member the enum does not have — an upper-case name, as members are — throws instead of giving
 * `undefined`, so a typo or a member missing here can never silently compare false.
 */
export function strictEnum<const T extends readonly string[]>(name: string, members: T): { readonly [K in T[number]]: K } {
  const values = Object.fromEntries(members.map((m) => [m, m])) as { [K in T[number]]: K };
  Object.defineProperty(values, STRICT_ENUM, { value: name, enumerable: false });
  const isMemberLike = (prop: string | symbol) => typeof prop === 'string' && /^[A-Z][A-Z0-9_]*$/.test(prop) && !PROBES.has(prop);
  return new Proxy(Object.freeze(values), {
    has: (target, prop) => prop in target || isMemberLike(prop),
    get: (target, prop, receiver) => {
      if (prop in target || !isMemberLike(prop)) return Reflect.get(target, prop, receiver) as unknown;
      throw new Error(`${name}.${String(prop)} is not a member of ${name} (or is not modelled by the local runtime).`);
    },
  });
}

/** Throws unless `criteria` is one of `members` (withCriteria with a value that is no member). */
function requireMember(kind: string, members: readonly string[], criteria: unknown): string {
  const name = String(criteria);
  if (!members.includes(name)) throw new Error(`${kind} ${name} is not modelled by the local runtime.`);
  return name;
}

/** A built data-validation rule. */
// Checked against the typings where they agree with the docs: getHelpText is null when unset (the
// typings say string) and enum values are their names here (the typings say enum members).
export class FakeDataValidation implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getAllowInvalid'> {
  constructor(
    private readonly k: Kernel,
    readonly rule: ValidationRule,
    private readonly resolve: RangeResolver,
  ) {}
  getCriteriaType(): string {
    this.k.call('DataValidation.getCriteriaType');
    return this.rule.criteria;
  }
  /** The criteria's arguments; a VALUE_IN_RANGE rule's range is a Range, as in Apps Script. */
  getCriteriaValues(): unknown[] {
    this.k.call('DataValidation.getCriteriaValues');
    return criteriaValues(this.rule.criteria, this.rule.args, this.resolve);
  }
  getAllowInvalid(): boolean {
    this.k.call('DataValidation.getAllowInvalid');
    return this.rule.allowInvalid;
  }
  getHelpText(): string | null {
    this.k.call('DataValidation.getHelpText');
    return this.rule.helpText;
  }
  copy(): FakeDataValidationBuilder {
    this.k.call('DataValidation.copy');
    return new FakeDataValidationBuilder(this.k, this.resolve, { ...this.rule, args: structuredClone(this.rule.args) });
  }
}

/** Stored criteria arguments as the getters return them: a range reference becomes a Range. */
function criteriaValues(criteria: string, args: readonly unknown[], resolve: RangeResolver): unknown[] {
  if (criteria !== 'VALUE_IN_RANGE') return structuredClone([...args]);
  return [resolve(args[0] as RangeRef), ...args.slice(1)];
}

/** Dates are kept as Dates (structuredClone keeps them; JSON would turn them into strings). */
function cloneArgs(args: readonly unknown[]): unknown[] {
  return args.map((a) => (Object.prototype.toString.call(a) === '[object Date]' ? new Date((a as Date).getTime()) : a !== null && typeof a === 'object' && !Array.isArray(a) ? a : structuredClone(a)));
}

/** SpreadsheetApp.newDataValidation(). */
export class FakeDataValidationBuilder {
  constructor(
    private readonly k: Kernel,
    private readonly resolve: RangeResolver,
    private rule: ValidationRule = { criteria: '', args: [], allowInvalid: true, helpText: null },
  ) {}
  private set(method: string, criteria: string, args: unknown[]): this {
    this.k.call(`DataValidationBuilder.${method}`);
    this.rule = { ...this.rule, criteria, args };
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('requireValueInList', 'VALUE_IN_LIST', [values, showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    const ref: RangeRef = { sheetId: range.model.id, rect: { ...range.rect } };
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [ref, showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.set('requireCheckbox', 'CHECKBOX', checked === undefined ? [] : [checked, unchecked]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.set('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this.set('requireNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }
  requireNumberEqualTo(n: number): this {
    return this.set('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }
  requireNumberNotEqualTo(n: number): this {
    return this.set('requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.set('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireDate(): this {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): this {
    return this.set('requireDateAfter', 'DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): this {
    return this.set('requireDateBefore', 'DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this.set('requireDateBetween', 'DATE_BETWEEN', [start, end]);
  }
  requireDateNotBetween(start: Date, end: Date): this {
    return this.set('requireDateNotBetween', 'DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: Date): this {
    return this.set('requireDateEqualTo', 'DATE_EQUAL_TO', [date]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this.set('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this.set('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [date]);
  }
  requireTextContains(text: string): this {
    return this.set('requireTextContains', 'TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): this {
    return this.set('requireTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.set('requireTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): this {
    return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
  }
  /** Any criteria with its arguments (a VALUE_IN_RANGE range as a Range); an unknown criteria throws. */
  withCriteria(criteria: string, args: unknown[]): this {
    const name = requireMember('DataValidationCriteria', DATA_VALIDATION_CRITERIA, criteria);
    const stored = name === 'VALUE_IN_RANGE' ? [rangeRefOf(args[0] as FakeRange), ...args.slice(1)] : cloneArgs(args);
    return this.set('withCriteria', name, stored);
  }
  getCriteriaType(): string {
    this.k.call('DataValidationBuilder.getCriteriaType');
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    this.k.call('DataValidationBuilder.getCriteriaValues');
    return criteriaValues(this.rule.criteria, this.rule.args, this.resolve);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.k.call('DataValidationBuilder.setAllowInvalid');
    this.rule = { ...this.rule, allowInvalid: allow };
    return this;
  }
  setHelpText(text: string): this {
    this.k.call('DataValidationBuilder.setHelpText');
    this.rule = { ...this.rule, helpText: text };
    return this;
  }
  build(): FakeDataValidation {
    this.k.call('DataValidationBuilder.build');
    if (!this.rule.criteria) throw new Error('Data validation rules require criteria.');
    return new FakeDataValidation(this.k, { ...this.rule, args: structuredClone(this.rule.args) }, this.resolve);
  }
}

function rangeRefOf(range: FakeRange): RangeRef {
  return { sheetId: range.model.id, rect: { ...range.rect } };
}

/** A built conditional-format rule. */
export class FakeConditionalFormatRule {
  constructor(
    private readonly k: Kernel,
    readonly rule: ConditionalFormat,
    private readonly resolve: RangeResolver,
  ) {}
  /** The ranges the rule applies to, as Range objects (they follow a tab rename and row changes). */
  getRanges(): FakeRange[] {
    this.k.call('ConditionalFormatRule.getRanges');
    return this.rule.ranges.map(this.resolve).filter((r): r is FakeRange => r !== null);
  }
  /** The rule's condition: its criteria type and values. */
  getBooleanCondition(): { getCriteriaType(): string; getCriteriaValues(): unknown[]; getBackground(): string | null; getFontColor(): string | null; getBold(): boolean | null } {
    this.k.call('ConditionalFormatRule.getBooleanCondition');
    const rule = this.rule;
    return {
      getCriteriaType: () => (this.k.call('BooleanCondition.getCriteriaType'), rule.condition),
      getCriteriaValues: () => (this.k.call('BooleanCondition.getCriteriaValues'), structuredClone(rule.args)),
      getBackground: () => (this.k.call('BooleanCondition.getBackground'), (rule.format.background as string | undefined) ?? null),
      getFontColor: () => (this.k.call('BooleanCondition.getFontColor'), (rule.format.fontColor as string | undefined) ?? null),
      getBold: () => (this.k.call('BooleanCondition.getBold'), (rule.format.bold as boolean | undefined) ?? null),
    };
  }
  copy(): FakeConditionalFormatRuleBuilder {
    this.k.call('ConditionalFormatRule.copy');
    return new FakeConditionalFormatRuleBuilder(this.k, this.resolve, structuredClone(this.rule));
  }
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export class FakeConditionalFormatRuleBuilder {
  private rule: ConditionalFormat;
  constructor(
    private readonly k: Kernel,
    private readonly resolve: RangeResolver,
    rule?: ConditionalFormat,
  ) {
    this.rule = rule ?? { ranges: [], condition: '', args: [], format: {} };
  }
  private when(method: string, condition: string, args: unknown[]): this {
    this.k.call(`ConditionalFormatRuleBuilder.${method}`);
    this.rule.condition = condition;
    this.rule.args = args;
    return this;
  }
  private style(method: string, prop: string, value: string | boolean): this {
    this.k.call(`ConditionalFormatRuleBuilder.${method}`);
    this.rule.format[prop] = value;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [a, b]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n]);
  }
  whenNumberNotEqualTo(n: number): this {
    return this.when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n]);
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this.when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [a, b]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): this {
    return this.when('whenTextEndsWith', 'TEXT_ENDS_WITH', [text]);
  }
  /** A date, or a RelativeDate name (TODAY, YESTERDAY …) for the *_RELATIVE criteria, as Apps Script picks by argument. */
  private whenDate(method: string, criteria: string, date: unknown): this {
    const relative = typeof date === 'string';
    return this.when(method, relative ? `${criteria}_RELATIVE` : criteria, [date]);
  }
  whenDateAfter(date: Date | string): this {
    return this.whenDate('whenDateAfter', 'DATE_AFTER', date);
  }
  whenDateBefore(date: Date | string): this {
    return this.whenDate('whenDateBefore', 'DATE_BEFORE', date);
  }
  whenDateEqualTo(date: Date | string): this {
    return this.whenDate('whenDateEqualTo', 'DATE_EQUAL_TO', date);
  }
  /** Any criteria with its arguments; a value that is no BooleanCriteria member throws. */
  withCriteria(criteria: string, args: unknown[]): this {
    return this.when('withCriteria', requireMember('BooleanCriteria', BOOLEAN_CRITERIA, criteria), cloneArgs(args));
  }
  whenCellEmpty(): this {
    return this.when('whenCellEmpty', 'CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []);
  }
  setBackground(color: string): this {
    return this.style('setBackground', 'background', color);
  }
  setFontColor(color: string): this {
    return this.style('setFontColor', 'fontColor', color);
  }
  setBold(bold: boolean): this {
    return this.style('setBold', 'bold', bold);
  }
  setRanges(ranges: FakeRange[]): this {
    this.k.call('ConditionalFormatRuleBuilder.setRanges');
    this.rule.ranges = ranges.map(rangeRefOf);
    return this;
  }
  getRanges(): FakeRange[] {
    this.k.call('ConditionalFormatRuleBuilder.getRanges');
    return this.rule.ranges.map(this.resolve).filter((r): r is FakeRange => r !== null);
  }
  build(): FakeConditionalFormatRule {
    this.k.call('ConditionalFormatRuleBuilder.build');
    if (!this.rule.condition) throw new Error('Conditional format rules require a condition.');
    if (this.rule.ranges.length === 0) throw new Error('Conditional format rules require at least one range.');
    return new FakeConditionalFormatRule(this.k, structuredClone(this.rule), this.resolve);
  }
}
