/** The built add-on's custom functions spill what they return, as in Sheets (test/runtime/README.md, "Spills"). */
import { describe, expect, it } from 'vitest';
import { loadAddon } from './load';

describe('the add-on’s custom functions in cells spill by their result', () => {
  it('an error from a call over ranges shows in its cell and reserves nothing, so content below does not turn it into #REF!', () => {
    const addon = loadAddon({ book: { timeZone: 'UTC', sheets: [{ name: 'S', cells: { A1: 10, A2: 20, A3: 30, B1: 100, B2: 200, C2: 'kept', C1: '=ACOS_ADS(A1:A3, B1:B2)' } }] } });
    expect(addon.show('S').map((row) => row[2])).toEqual(['#ERROR!', 'kept', '']);
  });

  it('a call over ranges spills one value per row, and shrinks when the ranges are edited to fewer rows', () => {
    const addon = loadAddon({ book: { timeZone: 'UTC', sheets: [{ name: 'S', cells: { A1: 10, A2: 20, A3: 30, B1: 100, B2: 200, B3: 300, C1: '=ACOS_ADS(A1:A3, B1:B3)' } }] } });
    const before = addon.show('S').map((row) => row[2]);
    addon.runScript(`SpreadsheetApp.getActive().getSheetByName('S').getRange('C1').setFormula('=ACOS_ADS(A1:A2, B1:B2)'); SpreadsheetApp.getActive().getSheetByName('S').getRange('C3').setValue('free');`);
    expect([before.length, addon.show('S').map((row) => row[2])]).toEqual([3, [expect.any(String), expect.any(String), 'free']]);
  });
});
