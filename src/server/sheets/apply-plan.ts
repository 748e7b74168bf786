/**
 * Applies a tab's plan: the only code that writes our tabs' structure. Adjacent columns go in one
 * call (headers with their row-2 formulas, notes, number formats), so a new tab costs a fixed
 * number of calls whatever its width, and a tab that is already set up costs none.
 */
import type { ChartPlan, RulePlan, TabPlan, ValidationPlan } from '../../core/tabs/plan';
import { isMovedFormula } from '../../core/tabs/moved-formula';
import { sheetPrefix } from '../../core/tabs/sheet-ref';
import { TAB_META_KEY } from '../../core/tabs/tab-meta';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Header look: bold on light grey, like Sheets' own tables. */
const HEADER_BACKGROUND = '#e8eaed';

/** A new sheet's size in Sheets (insertSheet): no need to ask a sheet we just made. */
const NEW_SHEET = { rows: 1000, columns: 26 } as const;

/** Validation rules built once per setup and shared by every tab (a yes/no dropdown is one rule). */
export type RuleCache = Map<string, GoogleAppsScript.Spreadsheet.DataValidation>;

/** Writes `plan` to `sheet`. `entry` is the tab's metadata entry when it has one. */
export function applyPlan(sheet: Sheet, plan: TabPlan, entry: GoogleAppsScript.Spreadsheet.DeveloperMetadata | null, isNew: boolean, rulesCache: RuleCache = new Map()): void {
  const maxColumns = isNew ? NEW_SHEET.columns : sheet.getMaxColumns();
  if (plan.width > maxColumns) sheet.insertColumnsAfter(maxColumns, plan.width - maxColumns);
  writeTop(sheet, plan, isNew);
  if (!isNew) for (const fix of plan.formulaFixes) clearMovedFormula(sheet, fix);
  for (const fix of plan.formulaFixes) sheet.getRange(2, fix.column).setFormula(fix.formula);
  for (const run of plan.notes) sheet.getRange(1, run.column, 1, run.values.length).setNotes([[...run.values]]);
  const maxRows = plan.formats.length || plan.validations.length || plan.rules.length || plan.charts.length ? (isNew ? NEW_SHEET.rows : sheet.getMaxRows()) : 0;
  if (maxRows > 0) {
    const rows = Math.max(1, maxRows - 1);
    for (const run of plan.formats) {
      sheet.getRange(2, run.column, rows, run.values.length).setNumberFormats(Array.from({ length: rows }, () => [...run.values]));
    }
    applyValidations(sheet, plan.validations, rows, rulesCache);
  }
  if (plan.settingsRename) retargetRules(sheet, plan.settingsRename);
  if (!isNew && plan.movedRuleFormulas.length) stretchMovedRules(sheet, plan.movedRuleFormulas);
  if (maxRows > 0) addRules(sheet, plan.rules, Math.max(1, maxRows - 1), isNew);
  if (plan.fixedCells.length) writeFixedCells(sheet, plan);
  if (plan.frame) {
    const header = sheet.getRange(1, 1, 1, plan.width);
    header.setFontWeight('bold');
    header.setBackground(HEADER_BACKGROUND);
    if (isNew || sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  }
  for (const w of plan.widths) sheet.setColumnWidth(w.column, w.width);
  addCharts(sheet, plan.charts, plan.width, maxRows);
  if (plan.metaChanged) {
    const value = JSON.stringify(plan.meta);
    if (entry) entry.setValue(value);
    else sheet.addDeveloperMetadata(TAB_META_KEY, value);
  }
}

/**
 * A derived column whose row 2 is empty may have had its formula moved down by a user's sort or
 * inserted row: that copy is ours, and left there it would block the spill of the formula put back
 * in row 2. One read of the column (only when row 2 needs its formula); cells holding anything
 * else are left alone.
 */
function clearMovedFormula(sheet: Sheet, fix: { column: number; formula: string }): void {
  const last = sheet.getLastRow();
  if (last < 3) return;
  const formulas = sheet.getRange(3, fix.column, last - 2, 1).getFormulas();
  formulas.forEach(([formula], i) => {
    if (isMovedFormula(formula, fix.formula)) sheet.getRange(3 + i, fix.column).clearContent();
  });
}

/**
 * New headers with their row-2 formulas in one write; on a new tab the seed rows join them (they
 * start at row 2), else seeds go below the last row in a second write.
 */
function writeTop(sheet: Sheet, plan: TabPlan, isNew: boolean): void {
  const run = plan.newColumns;
  if (isNew && run && run.column === 1) {
    const rows: unknown[][] = [run.values.map((c) => c.header), run.values.map((c) => c.formula)];
    plan.seedRows.forEach((seed, i) => {
      const line = i === 0 ? rows[1] : (rows[i + 1] = Array.from({ length: plan.width }, () => ''));
      seed.forEach((v, c) => {
        if (v !== '') line[c] = v;
      });
    });
    sheet.getRange(1, 1, rows.length, plan.width).setValues(rows);
    return;
  }
  if (run) {
    const hasFormula = run.values.some((c) => c.formula !== '');
    const rows = hasFormula ? [run.values.map((c) => c.header), run.values.map((c) => c.formula)] : [run.values.map((c) => c.header)];
    sheet.getRange(1, run.column, rows.length, run.values.length).setValues(rows);
  }
  if (plan.seedRows.length) {
    const start = Math.max(2, sheet.getLastRow() + 1);
    sheet.getRange(start, 1, plan.seedRows.length, plan.width).setValues(plan.seedRows.map((r) => [...r]));
  }
}

/** Dashboard cells: one write over their bounding box (a new tab: the box is ours). */
function writeFixedCells(sheet: Sheet, plan: TabPlan): void {
  const cells = plan.fixedCells;
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.column));
  const height = Math.max(...cells.map((c) => c.row)) - top + 1;
  const width = Math.max(...cells.map((c) => c.column)) - left + 1;
  const range = sheet.getRange(top, left, height, width);
  const values: unknown[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => ''));
  const formats = range.getNumberFormats();
  for (const c of cells) {
    values[c.row - top][c.column - left] = c.value;
    formats[c.row - top][c.column - left] = c.format;
  }
  range.setValues(values);
  range.setNumberFormats(formats);
}

/** One rule object per distinct dropdown, applied column by column from row 2 down. */
function applyValidations(sheet: Sheet, validations: TabPlan['validations'], rows: number, built: RuleCache): void {
  const build = (rule: ValidationPlan) => {
    const key = JSON.stringify(rule);
    let made = built.get(key);
    if (!made) {
      const builder = SpreadsheetApp.newDataValidation();
      // Imported rows may carry other words: warn, never reject what a report says.
      made = (rule.kind === 'checkbox' ? builder.requireCheckbox() : builder.requireValueInList([...rule.values], true)).setAllowInvalid(true).build();
      built.set(key, made);
    }
    return made;
  };
  for (const v of validations) sheet.getRange(2, v.column, rows, 1).setDataValidation(build(v.rule));
}

/** Adds our new rules after the sheet's existing ones (the user's rules stay, and keep priority). */
function addRules(sheet: Sheet, rules: readonly RulePlan[], rows: number, isNew: boolean): void {
  if (rules.length === 0) return;
  const made = rules.map((r) => {
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(r.formula)
      .setBackground(r.background)
      .setRanges(r.columns.map((c) => sheet.getRange(2, c, rows, 1)));
    if (r.fontColor) builder = builder.setFontColor(r.fontColor);
    return builder.build();
  });
  sheet.setConditionalFormatRules(isNew ? made : [...sheet.getConditionalFormatRules(), ...made]);
}

/**
 * Points our rules' Settings lookups (INDIRECT text, which a rename does not follow) at Settings'
 * new name. A rule without that text — the user's own, or one of ours that reads no setting — is
 * kept as it is, in its place.
 */
function retargetRules(sheet: Sheet, rename: { from: string; to: string }): void {
  const from = `INDIRECT("${sheetPrefix(rename.from)}`;
  const to = `INDIRECT("${sheetPrefix(rename.to)}`;
  let changed = false;
  const rules = sheet.getConditionalFormatRules().map((rule) => {
    const condition = rule.getBooleanCondition();
    const formula = condition ? String(condition.getCriteriaValues()[0] ?? '') : '';
    if (!condition || String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA' || !formula.includes(from)) return rule;
    changed = true;
    return rule.copy().whenFormulaSatisfied(formula.split(from).join(to)).build();
  });
  if (changed) sheet.setConditionalFormatRules(rules);
}

/**
 * Our rules that a row inserted above the first data row moved down (they start below row 2, and
 * their formula is ours written for that row) start at row 2 again, with the formula for row 2.
 * Any other rule stays as it is, in its place.
 */
function stretchMovedRules(sheet: Sheet, formulas: readonly string[]): void {
  let changed = false;
  const rules = sheet.getConditionalFormatRules().map((rule) => {
    const condition = rule.getBooleanCondition();
    const formula = condition ? String(condition.getCriteriaValues()[0] ?? '') : '';
    const ours = formulas.find((f) => isMovedFormula(formula, f));
    const ranges = rule.getRanges();
    if (!condition || String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA' || ours === undefined || !ranges.length || ranges.some((r) => r.getRow() <= 2)) return rule;
    changed = true;
    const stretched = ranges.map((r) => sheet.getRange(2, r.getColumn(), r.getLastRow() - 1, r.getNumColumns()));
    return rule.copy().setRanges(stretched).whenFormulaSatisfied(ours).build();
  });
  if (changed) sheet.setConditionalFormatRules(rules);
}

/** Charts to the right of the table, one under another. */
function addCharts(sheet: Sheet, charts: readonly ChartPlan[], width: number, maxRows: number): void {
  charts.forEach((chart, i) => {
    let builder = sheet.newChart();
    builder = chart.type === 'line' ? builder.asLineChart() : builder.asColumnChart();
    for (const c of chart.columns) builder = builder.addRange(sheet.getRange(1, c, Math.max(2, maxRows), 1));
    sheet.insertChart(builder.setPosition(2 + i * 20, width + 2, 0, 0).setOption('title', chart.title).build());
  });
}
