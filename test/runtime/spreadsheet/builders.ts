/**
 * Data-validation and conditional-format builders. They record criteria as data; the runtime keeps
 * the rules so tests and the local page can see them, and enforces `requireValueInList` /
 * `requireNumberBetween` rules with allowInvalid false on writes through the UI only (scripts may
 * write anything, as in Sheets).
 */
import type { Kernel } from '../kernel';
import type { ConditionalFormat, ValidationRule } from './workbook';

/** A built data-validation rule. */
export class FakeDataValidation {
  constructor(
    private readonly k: Kernel,
    readonly rule: ValidationRule,
  ) {}
  getCriteriaType(): string {
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.rule.args;
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string | null {
    return this.rule.helpText;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.k, { ...this.rule });
  }
}

/** SpreadsheetApp.newDataValidation(). */
export class FakeDataValidationBuilder {
  constructor(
    private readonly k: Kernel,
    private rule: ValidationRule = { criteria: '', args: [], allowInvalid: true, helpText: null },
  ) {}
  private set(criteria: string, args: unknown[]): this {
    this.k.call('DataValidationBuilder.require');
    this.rule = { ...this.rule, criteria, args };
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.set('VALUE_IN_LIST', [values, showDropdown]);
  }
  requireValueInRange(range: { getA1Notation(): string }, showDropdown = true): this {
    return this.set('VALUE_IN_RANGE', [range.getA1Notation(), showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.set('CHECKBOX', checked === undefined ? [] : [checked, unchecked]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.rule = { ...this.rule, allowInvalid: allow };
    return this;
  }
  setHelpText(text: string): this {
    this.rule = { ...this.rule, helpText: text };
    return this;
  }
  build(): FakeDataValidation {
    if (!this.rule.criteria) throw new Error('Data validation rules require criteria.');
    return new FakeDataValidation(this.k, { ...this.rule });
  }
}

/** A built conditional-format rule. */
export class FakeConditionalFormatRule {
  constructor(readonly rule: ConditionalFormat) {}
  getRanges(): string[] {
    return this.rule.ranges;
  }
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export class FakeConditionalFormatRuleBuilder {
  private rule: ConditionalFormat = { ranges: [], condition: '', args: [], format: {} };
  constructor(private readonly k: Kernel) {}
  private when(condition: string, args: unknown[]): this {
    this.k.call('ConditionalFormatRuleBuilder.when');
    this.rule.condition = condition;
    this.rule.args = args;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', [a, b]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQ', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  setBackground(color: string): this {
    this.rule.format.background = color;
    return this;
  }
  setFontColor(color: string): this {
    this.rule.format.fontColor = color;
    return this;
  }
  setBold(bold: boolean): this {
    this.rule.format.bold = bold;
    return this;
  }
  setRanges(ranges: { getA1Notation(): string; getSheet(): { getName(): string } }[]): this {
    this.rule.ranges = ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`);
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (!this.rule.condition) throw new Error('Conditional format rules require a condition.');
    if (this.rule.ranges.length === 0) throw new Error('Conditional format rules require at least one range.');
    return new FakeConditionalFormatRule(JSON.parse(JSON.stringify(this.rule)));
  }
}
