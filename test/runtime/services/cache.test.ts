import { describe, expect, it } from 'vitest';
import { FakeCacheService, MAX_ITEMS, emptyCacheState, type CacheState } from './cache';
import { kernelAt, realmKit, run } from './test-kit';

function setup(policy: Partial<CacheState> = {}) {
  const kernel = kernelAt();
  const state: CacheState = { ...emptyCacheState(), ...policy };
  const kit = realmKit();
  return { kernel, state, kit, cache: kit.view(new FakeCacheService(kernel, state, kit.deps), 'CacheService').getScriptCache() };
}

describe('CacheService', () => {
  it('returns what was put, as a string', () => {
    const { cache } = setup();
    cache.put('n', 7 as unknown as string);
    expect(cache.get('n')).toBe('7');
  });

  it('returns null for a missing key', () => {
    expect(setup().cache.get('missing')).toBeNull();
  });

  it('expires an item after the default 600 seconds of the simulated clock', () => {
    const { kernel, cache } = setup();
    cache.put('k', 'v');
    kernel.setNow(new Date(kernel.now().getTime() + 599_000));
    expect(cache.get('k')).toBe('v');
    kernel.setNow(new Date(kernel.now().getTime() + 1_000));
    expect(cache.get('k')).toBeNull();
  });

  it('caps an expiry at 21,600 seconds (6 hours)', () => {
    const { kernel, cache } = setup();
    cache.put('k', 'v', 86_400);
    kernel.setNow(new Date(kernel.now().getTime() + 21_600_000));
    expect(cache.get('k')).toBeNull();
  });

  it('refuses a key longer than 250 characters', () => {
    expect(() => setup().cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
  });

  it('refuses a value over 100 KB', () => {
    expect(() => setup().cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });

  it('misses every n-th read when evictEveryNth is set, so callers must recompute', () => {
    const { cache } = setup({ evictEveryNth: 3 });
    cache.put('k', 'v');
    expect([cache.get('k'), cache.get('k'), cache.get('k'), cache.get('k')]).toEqual(['v', 'v', null, null]);
  });

  it('misses at a seeded rate, the same way on every run', () => {
    const reads = (seed: number) => {
      const { cache } = setup({ missRate: 0.5, seed });
      const out: (string | null)[] = [];
      for (let i = 0; i < 20; i++) {
        cache.put('k', 'v');
        out.push(cache.get('k'));
      }
      return out;
    };
    expect(reads(42)).toEqual(reads(42));
    expect(reads(42)).toContain(null);
    expect(reads(42)).toContain('v');
  });

  it('getAll returns only the keys it found', () => {
    const { cache } = setup();
    cache.putAll({ a: '1', b: '2' });
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
  });

  it('drops the oldest items by creation order when more than 1,000 are stored', () => {
    const { cache, state } = setup();
    for (let i = 0; i <= MAX_ITEMS; i++) cache.put(`k${i}`, 'v');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get(`k${MAX_ITEMS}`)).toBe('v');
    expect(Object.keys(state.script).length).toBeLessThanOrEqual(MAX_ITEMS);
  });

  it('removes one key or several', () => {
    const { cache } = setup();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  it('is refused in AuthMode.NONE and works in a custom function', () => {
    const { kernel, state, kit } = setup();
    const service = kit.view(new FakeCacheService(kernel, state, kit.deps), 'CacheService');
    expect(() => run(kernel, 'NONE', () => service.getUserCache())).toThrow(/permission/);
    expect(run(kernel, 'CUSTOM_FUNCTION', () => service.getDocumentCache().get('x'))).toBeNull();
  });

  it('gives each user a user cache of their own', () => {
    const { kernel, state, kit } = setup();
    const service = kit.view(new FakeCacheService(kernel, state, { ...kit.deps, activeUser: () => 'a@example.com' }), 'CacheService');
    kernel.run('menu', 'FULL', () => service.getUserCache().put('k', 'mine'), { user: 'a@example.com' });
    const seen = (user: string) => kernel.run('menu', 'FULL', () => service.getUserCache().get('k'), { user }).value;
    expect([seen('a@example.com'), seen('b@example.com')]).toEqual(['mine', null]);
  });

  it('shares the script cache between users', () => {
    const { kernel, state, kit } = setup();
    const service = kit.view(new FakeCacheService(kernel, state, kit.deps), 'CacheService');
    kernel.run('menu', 'FULL', () => service.getScriptCache().put('k', 'all'), { user: 'a@example.com' });
    expect(kernel.run('menu', 'FULL', () => service.getScriptCache().get('k'), { user: 'b@example.com' }).value).toBe('all');
  });
});
