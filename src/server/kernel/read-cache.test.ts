import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.ts';

const counting = <T>(value: T) => {
  const load = async () => {
    load.calls++;
    return value;
  };
  load.calls = 0;
  return load;
};

describe('the read cache', () => {
  it('answers a key from memory after the first read', async () => {
    const cache = new ReadCache();
    const load = counting({ seats: ['p1'] });
    expect(await cache.get('k', load)).toEqual({ seats: ['p1'] });
    expect(await cache.get('k', load)).toEqual({ seats: ['p1'] });
    expect(load.calls).toBe(1);
  });

  it('shares one read between concurrent callers', async () => {
    const cache = new ReadCache();
    const load = counting('v');
    await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]);
    expect(load.calls).toBe(1);
  });

  it('reads again after a clear', async () => {
    const cache = new ReadCache();
    let value = 'seated';
    const load = async () => value;
    expect(await cache.get('k', load)).toBe('seated');
    value = 'removed';
    expect(await cache.get('k', load)).toBe('seated');
    cache.clear();
    expect(await cache.get('k', load)).toBe('removed');
    expect(cache.clears).toBe(1);
  });

  it('does not keep a read that was under way when cleared', async () => {
    const cache = new ReadCache();
    let finish: (v: string) => void = () => {};
    const stale = cache.get('k', () => new Promise<string>((r) => (finish = r)));
    cache.clear();
    finish('stale');
    expect(await stale).toBe('stale');
    expect(await cache.get('k', async () => 'fresh')).toBe('fresh');
  });

  it('remembers neither a miss nor a failure', async () => {
    const cache = new ReadCache();
    const miss = counting(undefined);
    await cache.get('unknown-token', miss);
    await cache.get('unknown-token', miss);
    expect(miss.calls).toBe(2);
    await expect(cache.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow();
    expect(await cache.get('k', async () => 'back')).toBe('back');
    expect(cache.size).toBe(1);
  });

  it('starts again rather than grow without bound', async () => {
    const cache = new ReadCache();
    for (let i = 0; i < 50_001; i++) await cache.get(`k${i}`, async () => i);
    expect(cache.size).toBeLessThanOrEqual(50_000);
  });
});
