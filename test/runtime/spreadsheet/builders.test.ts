import { describe, expect, it } from 'vitest';
import { errorOf, open } from './test-kit';

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

  it('a rule in a range reads the range\'s A1 notation with its tab', () => {
    const { app, sheet, run } = open({ sheets: [{ name: 'Lists' }] });
    expect(run(() => app.newDataValidation().requireValueInRange(sheet().getRange('A1:A9')).build().getCriteriaValues())).toEqual(['Lists!A1:A9', true]);
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
    expect(run(() => sheet().getConditionalFormatRules().map((r) => [r.getRanges(), r.rule.format.background]))).toEqual([[['Data!C1:C9'], '#00f']]);
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
    expect(built.rule).toEqual({ ranges: ['Data!A2:F1000'], condition: 'CUSTOM_FORMULA', args: ['=$C2>0.3'], format: { fontColor: '#ffffff', bold: true } });
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
