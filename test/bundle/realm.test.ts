import { describe, expect, it } from 'vitest';
import { loadAddon } from './load';

/** A workbook with a date cell and a number. */
const book = { timeZone: 'Asia/Shanghai', sheets: [{ name: 'S', cells: { A1: '2026-11-27', B1: 12 } }] };

describe('what the add-on receives from SpreadsheetApp belongs to its own realm, as in Apps Script', () => {
  it('getValues gives arrays of the add-on’s Array and dates of its Date', () => {
    const addon = loadAddon({ book });
    const checks = addon.runScript(`
      var values = SpreadsheetApp.getActive().getSheetByName('S').getRange('A1:B1').getValues();
      [values instanceof Array, values[0] instanceof Array, values[0][0] instanceof Date, typeof values[0][1]];
    `);
    expect(checks).toEqual([true, true, true, 'number']);
  });

  it('lists sheets as an Array whose items are usable back in SpreadsheetApp calls', () => {
    const addon = loadAddon({ book });
    const name = addon.runScript(`
      var ss = SpreadsheetApp.getActive();
      var sheets = ss.getSheets();
      ss.setActiveSheet(sheets[0]);
      (sheets instanceof Array) + ':' + ss.getActiveSheet().getName();
    `);
    expect(name).toBe('true:S');
  });

  it('throws errors the add-on can catch as Error, named Exception', () => {
    const addon = loadAddon({ book });
    const caught = addon.runScript(`
      var out;
      try { SpreadsheetApp.getActive().getSheetByName('S').getRange('A1:B1').setValues([[1]]); }
      catch (e) { out = [e instanceof Error, e.name, e.message]; }
      out;
    `);
    expect(caught).toEqual([true, 'Exception', expect.stringMatching(/number of columns in the data does not match/)]);
  });

  it('fails clearly on a method the runtime does not model, instead of a TypeError', () => {
    const addon = loadAddon({ book });
    expect(() => addon.runScript('SpreadsheetApp.getActive().getSheetByName("S").getRange("A1").getRichTextValue()')).toThrow(
      'Range.getRichTextValue is not modelled by the local runtime.',
    );
  });
});
