import { describe, expect, it, vi } from 'vitest';
import { IsolateCache, listCaches, resetCaches } from '../../../src/core/ops/cache';

describe('isolate caches', () => {
  it('bounds size, expires entries and lists itself', () => {
    const cache = new IsolateCache<number>('test-bounded', { tableName: 'T_Bounded', maxSize: 2, ttlMs: 60_000 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe(3);
    expect(listCaches({ name: 'test-bounded' })).toEqual([
      { name: 'test-bounded', tableName: 'T_Bounded', size: 2, maxSize: 2, expireMinutes: 1, distributed: false },
    ]);
    vi.useFakeTimers();
    vi.setSystemTime(Date.now() + 61_000);
    expect(cache.get('c')).toBeUndefined();
    vi.useRealTimers();
  });

  it('keeps the settled value of a load, never a failed one, nor one read before a reset', async () => {
    const cache = new IsolateCache<number>('test-load', { tableName: 'T_Load', maxSize: 10, ttlMs: 60_000 });
    const load = vi.fn(async () => 42);
    expect(await cache.load('k', load)).toBe(42);
    expect(await cache.load('k', load)).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
    await expect(cache.load('bad', () => Promise.reject(new Error('x')))).rejects.toThrow();
    expect(cache.get('bad')).toBeUndefined();
    const slow = cache.load('late', async () => 7);
    cache.clear();
    expect(await slow).toBe(7);
    expect(cache.get('late')).toBeUndefined();
  });

  it('resets all, by table, or one key, counting entries', () => {
    const one = new IsolateCache<number>('test-r1', { tableName: 'T_One', maxSize: 10, ttlMs: 60_000 });
    const two = new IsolateCache<number>('test-r2', { tableName: 'T_Two', maxSize: 10, ttlMs: 60_000 });
    one.set('1', 1);
    one.set('2', 2);
    two.set('1', 1);
    expect(resetCaches({ tableName: 't_one', key: '1' })).toBe(1);
    expect(resetCaches({ tableName: 'T_One' })).toBe(1);
    expect(two.get('1')).toBe(1);
    expect(resetCaches()).toBeGreaterThanOrEqual(1);
    expect(two.get('1')).toBeUndefined();
  });
});
