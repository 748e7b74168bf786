/**
 * Data-validation and conditional-format builders. They record criteria as data; the runtime keeps
 * the rules so tests and the local page can see them. Scripts may write values that break a rule
 * (as in Sheets: validation applies to what users type).
 */
import type { Kernel } from '../kernel';
import { toA1 } from './a1';
import type { FakeRange } from './range';
import type { ConditionalFormat, ValidationRule } from './workbook';

/** A built data-validation rule. */
// Checked against the typings where they agree with the docs: getHelpText is null when unset (the
// typings say string) and enum values are their names here (the typings say enum members).
export class FakeDataValidation implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getAllowInvalid'> {
  constructor(
    private readonly k: Kernel,
    readonly rule: ValidationRule,
  ) {}
  getCriteriaType(): string {
    this.k.call('DataValidation.getCriteriaType');
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    this.k.call('DataValidation.getCriteriaValues');
    return this.rule.args;
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
    return new FakeDataValidationBuilder(this.k, { ...this.rule });
  }
}

/** SpreadsheetApp.newDataValidation(). */
export class FakeDataValidationBuilder {
  constructor(
    private readonly k: Kernel,
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
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [`${range.model.name}!${toA1(range.rect)}`, showDropdown]);
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
  requireDate(): this {
    return this.set('requireDate', 'DATE_IS_VALID_DATE', []);
  }
  requireTextIsUrl(): this {
    return this.set('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
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
    return new FakeDataValidation(this.k, { ...this.rule, args: structuredClone(this.rule.args) });
  }
}

/** A built conditional-format rule. */
export class FakeConditionalFormatRule {
  constructor(
    private readonly k: Kernel,
    readonly rule: ConditionalFormat,
  ) {}
  /** The ranges, as "Sheet!A1:B2" (Apps Script returns Range objects). */
  getRanges(): string[] {
    this.k.call('ConditionalFormatRule.getRanges');
    return this.rule.ranges;
  }
  copy(): FakeConditionalFormatRuleBuilder {
    this.k.call('ConditionalFormatRule.copy');
    return new FakeConditionalFormatRuleBuilder(this.k, JSON.parse(JSON.stringify(this.rule)) as ConditionalFormat);
  }
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export class FakeConditionalFormatRuleBuilder {
  private rule: ConditionalFormat;
  constructor(
    private readonly k: Kernel,
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
  whenTextEqualTo(text: string): this {
    return this.when('whenTextEqualTo', 'TEXT_EQ', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('whenTextContains', 'TEXT_CONTAINS', [text]);
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
    this.rule.ranges = ranges.map((r) => `${r.model.name}!${toA1(r.rect)}`);
    return this;
  }
  build(): FakeConditionalFormatRule {
    this.k.call('ConditionalFormatRuleBuilder.build');
    if (!this.rule.condition) throw new Error('Conditional format rules require a condition.');
    if (this.rule.ranges.length === 0) throw new Error('Conditional format rules require at least one range.');
    return new FakeConditionalFormatRule(this.k, JSON.parse(JSON.stringify(this.rule)) as ConditionalFormat);
  }
}
