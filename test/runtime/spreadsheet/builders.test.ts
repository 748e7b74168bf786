import { describe, expect, it } from 'vitest';
import { BOOLEAN_CRITERIA, DATA_VALIDATION_CRITERIA } from './builders';
import { errorOf, NOW, open } from './test-kit';

describe('data validation', () => {
  it('a built rule is kept on every cell of the range and read back', () => {
    const { app, sheet, run } = open();
    run(() => sheet().getRange('C2:C5').setDataValidation(app.newDataValidation().requireValueInList(['open', 'done'], true).setAllowInvalid(false).setHelpText('Pick one').build()));
    const rule = run(() => sheet().getRange('C4').getDataValidation());
    expect(run(() => [rule?.getCriteriaType(), rule?.getCriteriaValues(), rule?.getAllowInvalid(), rule?.getHelpText()])).toEqual([
      'VALUE_IN_LIST',
      [['open', 'done'], true],
      false,
      'Pick one',
    ]);
  });

  it('a cell outside the range has no rule', () => {
    const { app, sheet, run } = open();
    run(() => sheet().getRange('C2').setDataValidation(app.newDataValidation().requireCheckbox().build()));
    expect(run(() => sheet().getRange('C3').getDataValidation())).toBeNull();
  });

  it('allowInvalid defaults to true (a warning only)', () => {
    const { app, run } = open();
    expect(run(() => app.newDataValidation().requireNumberBetween(0, 1).build().getAllowInvalid())).toBe(true);
  });

  it('build without criteria throws', () => {
    const { app, run } = open();
    expect(run(() => errorOf(() => app.newDataValidation().setHelpText('x').build()))).toMatch(/criteria/);
  });

  it('setDataValidation(null) removes the rule', () => {
    const { app, sheet, run } = open();
    run(() => {
      sheet().getRange('A1').setDataValidation(app.newDataValidation().requireDate().build());
      sheet().getRange('A1').setDataValidation(null);
    });
    expect(run(() => sheet().getRange('A1').getDataValidation())).toBeNull();
  });

  it('a rule in a range gives back that range as a Range, and the dropdown flag', () => {
    const { app, sheet, run } = open({ sheets: [{ name: 'Lists' }] });
    const [range, dropdown] = run(() => app.newDataValidation().requireValueInRange(sheet().getRange('A1:A9')).build().getCriteriaValues()) as [{ getA1Notation(): string; getSheet(): { getName(): string } }, boolean];
    expect(run(() => [range.getSheet().getName(), range.getA1Notation(), dropdown])).toEqual(['Lists', 'A1:A9', true]);
  });

  it("a rule's range follows its tab when the tab is renamed", () => {
    const { app, sheet, run } = open({ sheets: [{ name: 'Data' }, { name: 'Lists' }] });
    run(() => {
      sheet('Data').getRange('B2').setDataValidation(app.newDataValidation().requireValueInRange(sheet('Lists').getRange('A1:A9')).build());
      sheet('Lists').setName('Choices');
    });
    const range = run(() => sheet('Data').getRange('B2').getDataValidation()!.getCriteriaValues()[0]) as { getA1Notation(): string; getSheet(): { getName(): string } };
    expect(run(() => [range.getSheet().getName(), range.getA1Notation()])).toEqual(['Choices', 'A1:A9']);
  });

  it.each([
    ['requireDateAfter', 'DATE_AFTER'],
    ['requireDateOnOrBefore', 'DATE_ON_OR_BEFORE'],
    ['requireTextIsEmail', 'TEXT_IS_VALID_EMAIL'],
    ['requireNumberNotBetween', 'NUMBER_NOT_BETWEEN'],
  ])('%s gives a rule of type %s', (method, type) => {
    const { app, run } = open();
    const builder = app.newDataValidation() as unknown as Record<string, (...a: unknown[]) => { build(): { getCriteriaType(): string } }>;
    expect(run(() => builder[method](new Date(NOW), new Date(NOW)).build().getCriteriaType())).toBe(type);
  });

  it('withCriteria takes any DataValidationCriteria member with its arguments', () => {
    const { app, run } = open();
    const rule = run(() => app.newDataValidation().withCriteria(app.DataValidationCriteria.TEXT_CONTAINS, ['ASIN']).build());
    expect(run(() => [rule.getCriteriaType(), rule.getCriteriaValues()])).toEqual(['TEXT_CONTAINS', ['ASIN']]);
  });

  it('DataValidationCriteria has every member the Apps Script typings list', () => {
    const { app } = open();
    expect(DATA_VALIDATION_CRITERIA.map((m) => (app.DataValidationCriteria as Record<string, string>)[m])).toEqual([...DATA_VALIDATION_CRITERIA]);
  });

  it('a DataValidationCriteria member that does not exist throws instead of comparing false', () => {
    const { app } = open();
    expect(errorOf(() => (app.DataValidationCriteria as Record<string, string>).DATE_IS_AFTER)).toMatch(/DataValidationCriteria\.DATE_IS_AFTER is not a member/);
  });

  it('copy gives a builder that changes a copy, not the original rule', () => {
    const { app, run } = open();
    const [original, changed] = run(() => {
      const rule = app.newDataValidation().requireNumberGreaterThan(0).build();
      const copy = rule.copy().setHelpText('positive').build();
      return [rule.getHelpText(), copy.getHelpText()];
    });
    expect([original, changed]).toEqual([null, 'positive']);
  });

  it('scripts may write a value that breaks the rule (validation applies to typing)', () => {
    const { app, sheet, run } = open();
    run(() => {
      sheet().getRange('A1').setDataValidation(app.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build());
      sheet().getRange('A1').setValue(5);
    });
    expect(run(() => sheet().getRange('A1').getValue())).toBe(5);
  });
});

describe('conditional formatting', () => {
  const rule = (app: ReturnType<typeof open>['app'], range: unknown, color: string) =>
    app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(0.3)
      .setBackground(color)
      .setRanges([range as never])
      .build();

  it('setConditionalFormatRules replaces all the rules of the sheet', () => {
    const { app, sheet, run } = open();
    run(() => {
      sheet().setConditionalFormatRules([rule(app, sheet().getRange('A1:A9'), '#f00'), rule(app, sheet().getRange('B1:B9'), '#0f0')]);
      sheet().setConditionalFormatRules([rule(app, sheet().getRange('C1:C9'), '#00f')]);
    });
    expect(run(() => sheet().getConditionalFormatRules().map((r) => [r.getRanges().map((range) => range.getA1Notation()), r.rule.format.background]))).toEqual([[['C1:C9'], '#00f']]);
  });

  it('appending to getConditionalFormatRules keeps the existing ones', () => {
    const { app, sheet, run } = open();
    run(() => {
      sheet().setConditionalFormatRules([rule(app, sheet().getRange('A1:A9'), '#f00')]);
      sheet().setConditionalFormatRules([...sheet().getConditionalFormatRules(), rule(app, sheet().getRange('B1:B9'), '#0f0')]);
    });
    expect(run(() => sheet().getConditionalFormatRules().length)).toBe(2);
  });

  it('a rule records its condition, arguments and format', () => {
    const { app, sheet, run } = open();
    const built = run(() => app.newConditionalFormatRule().whenFormulaSatisfied('=$C2>0.3').setFontColor('#ffffff').setBold(true).setRanges([sheet().getRange('A2:F')]).build());
    const condition = built.getBooleanCondition();
    expect([condition.getCriteriaType(), condition.getCriteriaValues(), condition.getFontColor(), condition.getBold(), built.getRanges().map((r) => r.getA1Notation())]).toEqual([
      'CUSTOM_FORMULA',
      ['=$C2>0.3'],
      '#ffffff',
      true,
      ['A2:F1000'],
    ]);
  });

  it("getRanges gives Range objects that follow their tab's new name", () => {
    const { app, sheet, run } = open();
    run(() => {
      sheet().setConditionalFormatRules([rule(app, sheet().getRange('B2:B9'), '#f00')]);
      sheet().setName('Ads');
    });
    const [range] = run(() => sheet().getConditionalFormatRules()[0].getRanges());
    expect(run(() => [range.getSheet().getName(), range.getA1Notation()])).toEqual(['Ads', 'B2:B9']);
  });

  it.each([
    ['whenTextEqualTo', 'TEXT_EQUAL_TO'],
    ['whenTextStartsWith', 'TEXT_STARTS_WITH'],
    ['whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO'],
  ])('%s records the BooleanCriteria %s', (method, type) => {
    const { app, sheet, run } = open();
    const builder = app.newConditionalFormatRule() as unknown as Record<string, (a: unknown) => { setRanges(r: unknown[]): { build(): { getBooleanCondition(): { getCriteriaType(): string } } } }>;
    expect(run(() => builder[method]('x').setRanges([sheet().getRange('A1')]).build().getBooleanCondition().getCriteriaType())).toBe(type);
  });

  it('a relative date gives the *_RELATIVE criteria', () => {
    const { app, sheet, run } = open();
    const built = run(() => app.newConditionalFormatRule().whenDateBefore(app.RelativeDate.TODAY).setRanges([sheet().getRange('A1')]).build());
    expect(run(() => built.getBooleanCondition().getCriteriaType())).toBe('DATE_BEFORE_RELATIVE');
  });

  it('BooleanCriteria has every member the Apps Script typings list', () => {
    const { app } = open();
    expect(BOOLEAN_CRITERIA.map((m) => (app.BooleanCriteria as Record<string, string>)[m])).toEqual([...BOOLEAN_CRITERIA]);
  });

  it('a BooleanCriteria member that does not exist throws instead of comparing false', () => {
    const { app } = open();
    expect(errorOf(() => (app.BooleanCriteria as Record<string, string>).TEXT_EQ)).toMatch(/BooleanCriteria\.TEXT_EQ is not a member/);
  });

  it('withCriteria with a value that is no BooleanCriteria member throws', () => {
    const { app, run } = open();
    expect(run(() => errorOf(() => app.newConditionalFormatRule().withCriteria('TEXT_EQ', ['x'])))).toMatch(/BooleanCriteria TEXT_EQ is not modelled/);
  });

  it('build without a condition throws', () => {
    const { app, sheet, run } = open();
    expect(run(() => errorOf(() => app.newConditionalFormatRule().setBackground('#f00').setRanges([sheet().getRange('A1')]).build()))).toMatch(/condition/);
  });

  it('build without a range throws', () => {
    const { app, run } = open();
    expect(run(() => errorOf(() => app.newConditionalFormatRule().whenCellEmpty().build()))).toMatch(/range/);
  });

  it('a built rule does not change when its builder goes on', () => {
    const { app, sheet, run } = open();
    const [before, after] = run(() => {
      const builder = app.newConditionalFormatRule().whenCellNotEmpty().setBackground('#111').setRanges([sheet().getRange('A1')]);
      const first = builder.build();
      builder.setBackground('#222');
      return [first.rule.format.background, builder.build().rule.format.background];
    });
    expect([before, after]).toEqual(['#111', '#222']);
  });
});
