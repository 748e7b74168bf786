import { describe, expect, it } from 'vitest';
import { FakeLogger, createConsole } from './logger';
import { kernelAt, realmKit, run } from './test-kit';

function setup() {
  const kernel = kernelAt();
  const logs: string[] = [];
  const kit = realmKit();
  return {
    kernel,
    logs,
    logger: kit.view(new FakeLogger(kernel, logs, kit.deps), 'Logger'),
    console: kit.view(createConsole(kernel, logs, kit.deps), 'console'),
  };
}

describe('Logger and console', () => {
  it('Logger.log with values formats its first argument as Utilities.formatString does', () => {
    const { logger, logs } = setup();
    logger.log('%s has %d units', 'B0SKU', 12);
    expect(logs).toEqual(['B0SKU has 12 units']);
  });

  it('Logger.log of an object or array writes its JSON', () => {
    const { logger, logs } = setup();
    logger.log({ sku: 'B0SKU', units: [1, 2] });
    expect(logs).toEqual(['{"sku":"B0SKU","units":[1,2]}']);
  });

  it('Logger.getLog returns the lines so far and clear empties them', () => {
    const { logger } = setup();
    logger.log('one').log('two');
    const before = logger.getLog();
    logger.clear();
    expect([before, logger.getLog()]).toEqual(['one\ntwo', '']);
  });

  it('console.warn and console.error lines carry their level', () => {
    const { console: c, logs } = setup();
    c.warn('low stock');
    c.error('failed');
    expect(logs).toEqual(['WARNING: low stock', 'ERROR: failed']);
  });

  it('console.time measures the execution’s simulated time', () => {
    const { kernel, console: c, logs } = setup();
    run(kernel, 'FULL', () => {
      c.time('refresh');
      kernel.call('SpreadsheetApp.flush');
      c.timeEnd('refresh');
    });
    expect(logs).toEqual([expect.stringMatching(/^refresh: [1-9]\d*ms$/)]);
  });
});
