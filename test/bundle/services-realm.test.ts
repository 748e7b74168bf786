/**
 * Every service the add-on sees goes through the membrane (test/runtime/membrane.ts): the add-on's
 * own arrays, Dates and objects work as arguments, what it gets back is of its own realm, and a
 * method the runtime does not model fails with one message naming it.
 */
import { describe, expect, it } from 'vitest';
import { loadAddon } from './load';

const book = { timeZone: 'UTC', sheets: [{ name: 'S' }] };

describe('the services take the add-on’s own values and give back values of its realm', () => {
  it('PropertiesService stores an object literal of the add-on and returns one of its realm', () => {
    const out = loadAddon({ book }).runScript(`
      var props = PropertiesService.getUserProperties();
      props.setProperties({ a: 1, b: 'two' });
      var all = props.getProperties();
      [Object.getPrototypeOf(all) === Object.prototype, all.a, all.b, all.missing === undefined];
    `);
    expect(out).toEqual([true, '1', 'two', true]);
  });

  it('Utilities.formatDate formats a Date of the add-on’s realm', () => {
    const out = loadAddon({ book }).runScript(`Utilities.formatDate(new Date(Date.UTC(2026, 10, 27, 12)), 'Asia/Shanghai', 'yyyy-MM-dd HH:mm')`);
    expect(out).toBe('2026-11-27 20:00');
  });

  it('CacheService takes the add-on’s arrays and objects and returns an object of its realm', () => {
    const out = loadAddon({ book }).runScript(`
      var cache = CacheService.getScriptCache();
      cache.putAll({ x: '1', y: '2' });
      var got = cache.getAll(['x', 'y', 'z']);
      [got instanceof Object, JSON.stringify(got)];
    `);
    expect(out).toEqual([true, '{"x":"1","y":"2"}']);
  });

  it('objects a service returns are usable as arguments again (a trigger handed back to deleteTrigger)', () => {
    const out = loadAddon({ book }).runScript(`
      ScriptApp.newTrigger('onOpen').timeBased().everyHours(1).create();
      var triggers = ScriptApp.getProjectTriggers();
      ScriptApp.deleteTrigger(triggers[0]);
      [triggers instanceof Array, ScriptApp.getProjectTriggers().length];
    `);
    expect(out).toEqual([true, 0]);
  });

  it('service objects and enums are Objects of the add-on’s realm', () => {
    const out = loadAddon({ book }).runScript(`
      [Session.getActiveUser() instanceof Object, ScriptApp.AuthMode instanceof Object, ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL) instanceof Object, SpreadsheetApp.getActive() instanceof Object];
    `);
    expect(out).toEqual([true, true, true, true]);
  });

  it('an error from any service is an Error of the add-on’s realm, named Exception', () => {
    const out = loadAddon({ book }).runScript(`
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
  ];
  it.each(cases)('%s', (_service, call, named) => {
    expect(() => loadAddon({ book }).runScript(call)).toThrow(`${named} is not modelled by the local runtime.`);
  });
});
