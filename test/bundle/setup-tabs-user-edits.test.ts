/**
 * What users do to our tabs in Sheets — insert a row, delete a row, sort — done through
 * SpreadsheetApp in the local runtime (which moves formulas, formats, validations, conditional
 * formats and charts with their cells as Sheets does), then setup run again: no data cell changes,
 * the derived columns show the numbers of a freshly set-up tab, and every rule, dropdown and chart
 * still covers the rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import type { SheetFile, WorkbookFile } from '../runtime/workbook-file';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { TAB_SCHEMAS } from '../../src/core/tabs/registry';
import { columnFormat, type TabSchema } from '../../src/core/tabs/schema';
import type { TabId } from '../../src/core/tabs/tab-ids';
import { columnLetter } from '../../src/core/tabs/sheet-ref';
import { inputOf, inputs, setInput, tabOf } from './tabs-helpers';

let store: WorkbookFile;
beforeAll(() => {
  store = generateDemoStore();
}, 180_000);

/** The tabs with derived columns, each with the input column a user sorts by. */
const TABS: readonly { id: TabId; sortBy: string }[] = [
  { id: 'competitors', sortBy: 'price' },
  { id: 'promotions', sortBy: 'discount' },
  { id: 'keywords', sortBy: 'organicRank' },
  { id: 'ads', sortBy: 'spend' },
];

/** A user's edit, as Apps Script code on the tab `s` (its derived columns' 1-based positions in `derived`). */
const EDITS: Readonly<Record<string, string>> = {
  // A row typed in the middle: a copy of the row above, derived columns left to their formulas.
  'an inserted row': `
    s.insertRowsAfter(3, 1);
    var above = s.getRange(3, 1, 1, s.getLastColumn()).getValues()[0];
    above.forEach(function (v, i) { if (derived.indexOf(i + 1) < 0 && v !== '') s.getRange(4, i + 1).setValue(v); });`,
  'a deleted row': `s.deleteRow(4);`,
  // Newest first: a row typed above the first one, which moves row 2's formulas and rules down.
  'a row inserted above the first': `
    s.insertRowsBefore(2, 1);
    var below = s.getRange(3, 1, 1, s.getLastColumn()).getValues()[0];
    below.forEach(function (v, i) { if (derived.indexOf(i + 1) < 0 && v !== '') s.getRange(2, i + 1).setValue(v); });`,
  // Sorted with row 2 included (Data › Sort range, header row excluded): the derived formulas of
  // row 2 move with the row they sat in.
  'a sort': `s.getRange(2, 1, s.getLastRow() - 1, s.getLastColumn()).sort({ column: sortBy, ascending: false });`,
};

const derivedColumns = (schema: TabSchema) => schema.columns.filter((c) => c.formula).map((c) => c.id);

/** The store with `edit` done to tab `id` by a user, loaded. */
function edited(id: TabId, sortBy: string, edit: string): LocalAddon {
  // The tab and Settings (its formulas read thresholds there): the other tabs would only cost time.
  const book = { ...structuredClone(store), sheets: [tabOf(store, id).sheet, tabOf(store, 'settings').sheet].map((s) => structuredClone(s)) };
  const addon = LocalAddon.load({ book, locale: 'en' });
  const { meta } = tabOf(store, id);
  const derived = derivedColumns(TAB_SCHEMAS[id]).map((c) => meta.columns[c]);
  addon.runScript(`(function () {
    var s = SpreadsheetApp.getActive().getSheetByName(${JSON.stringify(TAB_SCHEMAS[id].name.en)});
    var derived = ${JSON.stringify(derived)}, sortBy = ${meta.columns[sortBy]};
    ${edit}
  })()`);
  return addon;
}

/** Runs setup of the tab again, failing on a failure. */
function setUpAgain(addon: LocalAddon, id: TabId): void {
  const report = addon.call('setupTabs', [[id]]);
  if (report.error !== undefined || report.loggedErrors.length) throw new Error(report.error ?? report.loggedErrors.join('\n'));
}

/** True for a cell of a derived column (below the header). */
function isDerived(id: TabId, a1: string): boolean {
  const { meta } = tabOf(store, id);
  const letters = derivedColumns(TAB_SCHEMAS[id]).map((c) => columnLetter(meta.columns[c]));
  const [, letter, row] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  return Number(row) >= 2 && letters.includes(letter);
}

/** The tab's last row holding data (an input column's cell). */
function lastDataRow(sheet: SheetFile, id: TabId): number {
  return Math.max(...Object.keys(inputs(sheet)).filter((a1) => !isDerived(id, a1)).map((a1) => Number(/\d+/.exec(a1)?.[0])));
}

/**
 * The tab as a freshly set-up one with the same data would show it: the edited file with every
 * derived column emptied and its row-2 formula written as setup writes it.
 */
function reference(file: WorkbookFile, id: TabId): string[][] {
  const copy = structuredClone(file);
  const { sheet } = tabOf(copy, id);
  const original = tabOf(store, id).sheet;
  const cells = (sheet.cells ??= {});
  for (const [a1, cell] of Object.entries(cells)) {
    if (!isDerived(id, a1)) continue;
    if (typeof cell === 'object') cells[a1] = { ...cell, input: '' };
    else delete cells[a1];
  }
  for (const a1 of Object.keys(original.cells ?? {})) if (isDerived(id, a1) && /^[A-Z]+2$/.test(a1)) setInput(sheet, a1, inputOf(original.cells?.[a1]));
  return LocalAddon.load({ book: copy, locale: 'en' }).show(sheet.name);
}

describe.each(TABS)('setup run again on $id after a user edited it', ({ id, sortBy }) => {
  describe.each(Object.keys(EDITS))('after %s', (editName) => {
    let before: Record<string, string | number | boolean>;
    let after: WorkbookFile;
    let addon: LocalAddon;
    beforeAll(() => {
      addon = edited(id, sortBy, EDITS[editName]);
      before = inputs(tabOf(addon.toFile(), id).sheet);
      setUpAgain(addon, id);
      after = addon.toFile();
    }, 120_000);

    it('changes no data cell', () => {
      const now = inputs(tabOf(after, id).sheet);
      const data = (cells: Record<string, unknown>) => Object.fromEntries(Object.entries(cells).filter(([a1]) => !isDerived(id, a1)));
      expect(data(now)).toEqual(data(before));
    });

    it('shows the numbers of a freshly set-up tab in its derived columns', () => {
      const name = tabOf(after, id).sheet.name;
      expect(addon.show(name)).toEqual(reference(after, id));
    });

    it('keeps one derived formula per column, in row 2', () => {
      const { sheet, meta } = tabOf(after, id);
      const formulas = Object.entries(inputs(sheet)).filter(([a1, v]) => isDerived(id, a1) && String(v).startsWith('='));
      expect(formulas.map(([a1]) => a1).sort()).toEqual(derivedColumns(TAB_SCHEMAS[id]).map((c) => `${columnLetter(meta.columns[c])}2`).sort());
    });

    it('keeps every conditional format on its columns, down to the last row', () => {
      const { sheet, meta } = tabOf(after, id);
      const last = lastDataRow(sheet, id);
      const rules = TAB_SCHEMAS[id].rules ?? [];
      expect(sheet.conditionalFormats ?? []).toHaveLength(rules.length);
      (sheet.conditionalFormats ?? []).forEach((rule, i) => {
        const wanted = rules[i].columns.map((c) => columnLetter(meta.columns[c]));
        const spans = rule.ranges.map((r) => /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(r)?.slice(1) ?? []);
        expect(spans.map(([from]) => from)).toEqual(wanted);
        for (const [from, top, to, bottom] of spans) expect([to, Number(top), Number(bottom) >= last]).toEqual([from, 2, true]);
      });
    });

    it('keeps dropdowns and number formats on every data row', () => {
      const { sheet, meta } = tabOf(after, id);
      const last = lastDataRow(sheet, id);
      const validated = TAB_SCHEMAS[id].columns.filter((c) => c.options || (c.kind === 'bool' && !c.formula));
      const formatted = TAB_SCHEMAS[id].columns.filter((c) => columnFormat(c) !== null);
      for (let row = 2; row <= last; row++) {
        for (const c of validated) expect(sheet.validations?.[`${columnLetter(meta.columns[c.id])}${row}`], `${c.id}${row}`).toBeDefined();
        for (const c of formatted) {
          const cell = sheet.cells?.[`${columnLetter(meta.columns[c.id])}${row}`];
          // The file leaves out the default format.
          expect((typeof cell === 'object' ? cell.format : undefined) ?? 'General', `${c.id}${row}`).toBe(columnFormat(c));
        }
      }
    });

    it('keeps every chart on its columns, down to the last row', () => {
      const { sheet, meta } = tabOf(after, id);
      const last = lastDataRow(sheet, id);
      const charts = TAB_SCHEMAS[id].charts ?? [];
      expect(sheet.charts ?? []).toHaveLength(charts.length);
      (sheet.charts ?? []).forEach((chart, i) => {
        const spans = chart.ranges.map((r) => /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(r)?.slice(1) ?? []);
        expect(spans.map(([from]) => from)).toEqual(charts[i].columns.map((c) => columnLetter(meta.columns[c])));
        for (const [, top, , bottom] of spans) expect([Number(top), Number(bottom) >= last]).toEqual([1, true]);
      });
    });
  });
});
