import { describe, expect, it } from 'vitest';
import { fillTemplate, withoutFullStop } from '../../../src/core/i18n/fill';

describe('fillTemplate', () => {
  it('fills every placeholder it has a value for, numbers and zero included', () => {
    expect(fillTemplate('{done} of {total} done', { done: 0, total: 11 })).toBe('0 of 11 done');
  });

  it('leaves a placeholder without a value as written, so the gap shows', () => {
    expect(fillTemplate('{sku} under {days} days', { sku: 'LH-MUG-01' })).toBe('LH-MUG-01 under {days} days');
  });
});

describe('withoutFullStop', () => {
  it.each([
    ['Service failed.', 'Service failed'],
    ['服务失败。', '服务失败'],
    ['Service failed. ', 'Service failed'],
    ['v1.2 failed', 'v1.2 failed'],
    ['', ''],
  ])('reads %j as %j', (text, expected) => {
    expect(withoutFullStop(text)).toBe(expected);
  });
});
