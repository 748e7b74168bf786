/**
 * The generated top-level wrappers (build/wrappers.mjs) as Apps Script calls them: each hands its
 * implementation every argument it was given, however many, so no parameter list can drop one.
 */
import { describe, expect, it } from 'vitest';
import { SERVER_GLOBALS } from '../../src/server/globals';
import { loadAddon } from '../bundle/load';

describe('a server global', () => {
  it.each(SERVER_GLOBALS.map((g) => g.name))('%s hands its handler every argument it was called with', (name) => {
    const addon = loadAddon();
    // The handler is swapped in the bundle's own realm for one that records what reaches it.
    const received = addon.runScript(`
      var received;
      OpsDesk.GLOBALS.${name} = function () { received = Array.prototype.slice.call(arguments); };
      ${name}('first', 2, ['third'], { fourth: true });
      JSON.stringify(received);
    `);
    expect(JSON.parse(received as string)).toEqual(['first', 2, ['third'], { fourth: true }]);
  });
});

describe('a custom function', () => {
  it('computes when called with exactly its arguments', () => {
    expect(loadAddon().runCustomFunction('DAYS_OF_STOCK', [300, 20])).toBe(15);
  });

  it('called with one argument too many says how many it needs, instead of dropping the extra one', () => {
    expect(() => loadAddon().runCustomFunction('DAYS_OF_STOCK', [300, 20, 5])).toThrow(/^DAYS_OF_STOCK takes 2 arguments, not 3/);
  });

  it('called with one argument too few says how many it needs, instead of filling in a blank', () => {
    expect(() => loadAddon().runCustomFunction('DAYS_OF_STOCK', [300])).toThrow(/^DAYS_OF_STOCK is missing daily_sales/);
  });
});
