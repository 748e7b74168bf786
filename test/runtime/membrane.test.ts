/**
 * The membrane (membrane.ts) as an add-on meets it: gas-local runs the script in a vm realm, and
 * every service it sees is wrapped so that its own arrays, Dates and objects work as arguments,
 * what it gets back is of its own realm, errors are its Errors named Exception, and a method the
 * runtime does not model fails with one message naming it. Run on a one-line add-on written for
 * these tests, so they need no build and test the runtime, not the add-on.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalAddon, type LoadOptions } from './local-addon';

let distDir = '';

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'ops-desk-membrane-'));
  // onOpen: the trigger handler the ScriptApp case names.
  writeFileSync(join(distDir, 'Code.js'), 'function onOpen() {}\n');
  writeFileSync(join(distDir, 'appsscript.json'), JSON.stringify({ timeZone: 'UTC' }));
});

/** The test add-on loaded with `options`. */
function loadAddon(options: Omit<LoadOptions, 'distDir'> = {}): LocalAddon {
  return LocalAddon.load({ ...options, distDir, now: new Date('2026-11-27T12:00:00Z') });
}

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

  it('takes the add-on’s own arrays to write a block: setValues, setFormulas and appendRow', () => {
    const addon = loadAddon({ book });
    const written = addon.runScript(`
      var sheet = SpreadsheetApp.getActive().getSheetByName('S');
      sheet.getRange('A2:B3').setValues([['x', 1], ['y', 2]]);
      sheet.getRange('C2:C3').setFormulas([['=B2*10'], ['=B3*10']]);
      sheet.appendRow(['z', 3]);
      JSON.stringify(sheet.getRange('A2:C4').getValues());
    `);
    expect(JSON.parse(written as string)).toEqual([
      ['x', 1, 10],
      ['y', 2, 20],
      ['z', 3, ''],
    ]);
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

const emptyBook = { timeZone: 'UTC', sheets: [{ name: 'S' }] };

describe('the services take the add-on’s own values and give back values of its realm', () => {
  it('PropertiesService stores an object literal of the add-on and returns one of its realm', () => {
    const out = loadAddon({ book: emptyBook }).runScript(`
      var props = PropertiesService.getUserProperties();
      props.setProperties({ a: 1, b: 'two' });
      var all = props.getProperties();
      [Object.getPrototypeOf(all) === Object.prototype, all.a, all.b, all.missing === undefined];
    `);
    expect(out).toEqual([true, '1', 'two', true]);
  });

  it('Utilities.formatDate formats a Date of the add-on’s realm', () => {
    const out = loadAddon({ book: emptyBook }).runScript(`Utilities.formatDate(new Date(Date.UTC(2026, 10, 27, 12)), 'Asia/Shanghai', 'yyyy-MM-dd HH:mm')`);
    expect(out).toBe('2026-11-27 20:00');
  });

  it('CacheService takes the add-on’s arrays and objects and returns an object of its realm', () => {
    const out = loadAddon({ book: emptyBook }).runScript(`
      var cache = CacheService.getScriptCache();
      cache.putAll({ x: '1', y: '2' });
      var got = cache.getAll(['x', 'y', 'z']);
      [got instanceof Object, JSON.stringify(got)];
    `);
    expect(out).toEqual([true, '{"x":"1","y":"2"}']);
  });

  it('objects a service returns are usable as arguments again (a trigger handed back to deleteTrigger)', () => {
    const out = loadAddon({ book: emptyBook }).runScript(`
      ScriptApp.newTrigger('onOpen').timeBased().everyHours(1).create();
      var triggers = ScriptApp.getProjectTriggers();
      ScriptApp.deleteTrigger(triggers[0]);
      [triggers instanceof Array, ScriptApp.getProjectTriggers().length];
    `);
    expect(out).toEqual([true, 0]);
  });

  it('service objects and enums are Objects of the add-on’s realm', () => {
    const out = loadAddon({ book: emptyBook }).runScript(`
      [Session.getActiveUser() instanceof Object, ScriptApp.AuthMode instanceof Object, ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL) instanceof Object, SpreadsheetApp.getActive() instanceof Object];
    `);
    expect(out).toEqual([true, true, true, true]);
  });

  it('an enum member that does not exist throws instead of reading undefined (ScriptApp, Ui, SpreadsheetApp)', () => {
    const out = loadAddon({ book: emptyBook }).runScript(`
      var caught = [];
      [function () { return ScriptApp.AuthMode.NOPE; }, function () { return SpreadsheetApp.getUi().ButtonSet.NOPE; },
       function () { return SpreadsheetApp.DataValidationCriteria.NOPE; }].forEach(function (read) {
        try { caught.push(String(read())); } catch (e) { caught.push(e.message); }
      });
      caught.concat([ScriptApp.AuthMode.FULL, String(ScriptApp.AuthMode.toString)]);
    `) as string[];
    expect(out.slice(0, 3)).toEqual([
      'AuthMode.NOPE is not a member of AuthMode (or is not modelled by the local runtime).',
      'ButtonSet.NOPE is not a member of ButtonSet (or is not modelled by the local runtime).',
      'DataValidationCriteria.NOPE is not a member of DataValidationCriteria (or is not modelled by the local runtime).',
    ]);
    expect(out[3]).toBe('FULL');
  });

  it('an error from any service is an Error of the add-on’s realm, named Exception', () => {
    const out = loadAddon({ book: emptyBook }).runScript(`
      var caught;
      try { Utilities.sleep(300001); } catch (e) { caught = [e instanceof Error, e.name]; }
      caught;
    `);
    expect(out).toEqual([true, 'Exception']);
  });
});

describe('a method the runtime does not model fails with one message naming it, for every service', () => {
  const cases: [string, string, string][] = [
    ['Utilities', 'Utilities.computeRsaSignature(Utilities.RsaAlgorithm.RSA_SHA_1, "x", "key")', 'Utilities.computeRsaSignature'],
    ['ScriptApp', 'ScriptApp.getOAuthToken()', 'ScriptApp.getOAuthToken'],
    ['ScriptApp’s trigger builder', 'ScriptApp.newTrigger("onOpen").forForm("id")', 'TriggerBuilder.forForm'],
    ['PropertiesService', 'PropertiesService.getDocumentProperties().getPropertyNames()', 'Properties.getPropertyNames'],
    ['CacheService', 'CacheService.getScriptCache().clear()', 'Cache.clear'],
    ['LockService', 'LockService.getScriptLock().getOwner()', 'Lock.getOwner'],
    ['Session', 'Session.getActiveUser().getUsername()', 'User.getUsername'],
    ['HtmlService', 'HtmlService.createHtmlOutput("x").getAs("application/pdf")', "HtmlOutput.getAs('application/pdf')"],
    ['UrlFetchApp', 'UrlFetchApp.fetchAsync("https://example.com")', 'UrlFetchApp.fetchAsync'],
    ['Logger', 'Logger.flush()', 'Logger.flush'],
    ['console', 'console.table([])', 'console.table'],
    ['the Ui', 'SpreadsheetApp.getUi().showToast("x")', 'Ui.showToast'],
    ['DriveApp, a service the runtime does not model at all', 'DriveApp.getFiles()', 'DriveApp.getFiles'],
    ['GmailApp, likewise', 'GmailApp.sendEmail("a@example.com", "s", "b")', 'GmailApp.sendEmail'],
    ['MailApp, likewise', 'MailApp.getRemainingDailyQuota()', 'MailApp.getRemainingDailyQuota'],
  ];
  it.each(cases)('%s', (_service, call, named) => {
    expect(() => loadAddon({ book: emptyBook }).runScript(call)).toThrow(`${named} is not modelled by the local runtime.`);
  });
});
