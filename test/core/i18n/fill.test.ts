import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/core/i18n/fill';

describe('fillTemplate', () => {
  it('fills every placeholder it has a value for, numbers and zero included', () => {
    expect(fillTemplate('{done} of {total} done', { done: 0, total: 11 })).toBe('0 of 11 done');
  });

  it('leaves a placeholder without a value as written, so the gap shows', () => {
    expect(fillTemplate('{sku} under {days} days', { sku: 'LH-MUG-01' })).toBe('LH-MUG-01 under {days} days');
  });
});
