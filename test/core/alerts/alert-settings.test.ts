import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_SETTINGS, leadTimeDays, marketplaceCode, readAlertSettings } from '../../../src/core/alerts/alert-settings';
import { tableOf } from '../../../src/core/alerts/snapshot';
import { SETTINGS } from '../../../src/core/tabs/settings';
import { tab } from './fixtures';

const settings = (rows: Record<string, unknown>[]) => readAlertSettings(tableOf(SETTINGS, tab('settings', rows)));

describe('readAlertSettings', () => {
  it.each([
    ['0.25 as Sheets stores 25%', 0.25, 0.25],
    ['percent text', '40%', 0.4],
  ])('reads the target ACOS from %s', (_, value, expected) => {
    expect(settings([{ key: 'targetAcos', value }]).targetAcos).toBe(expected);
  });

  it('falls back to the default for a value it cannot read', () => {
    expect(settings([{ key: 'safetyDays', value: 'lots' }]).safetyDays).toBe(DEFAULT_ALERT_SETTINGS.safetyDays);
  });

  it('uses the defaults without a Settings tab', () => {
    expect(readAlertSettings(undefined)).toEqual(DEFAULT_ALERT_SETTINGS);
  });

  it('finds a key whatever row it is on', () => {
    expect(settings([{ key: 'language', value: 'en' }, { key: 'rankDropAlert', value: 5 }]).rankDropAlert).toBe(5);
  });

  it('sums production, first leg and receiving into the lead time', () => {
    expect(leadTimeDays({ ...DEFAULT_ALERT_SETTINGS, productionDays: 10, firstLegDays: 20, receivingDays: 5 })).toBe(35);
  });
});

describe('marketplaceCode', () => {
  it.each([
    ['US', 'US'],
    [' us ', 'US'],
    ['amazon.com', 'US'],
    ['www.amazon.co.uk', 'UK'],
    ['https://www.amazon.co.jp/', 'JP'],
    ['Amazon.DE', 'DE'],
    ['', ''],
  ])('reads %j as %j', (typed, code) => {
    expect(marketplaceCode(typed)).toBe(code);
  });
});

