import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { PublicCache } from './public-cache.js';

const req = (url: string, role: 'viewer' | 'analyst' | null) =>
  ({
    url,
    identity: { user: role ? { id: 1, username: 'u', role, disabled: false } : null, via: role ? 'cookie' : 'none' },
  }) as unknown as FastifyRequest;

describe('PublicCache', () => {
  const setup = () => {
    let now = 0;
    let calls = 0;
    const cache = new PublicCache({ ttlMs: 1_000, maxStaleMs: 5_000, maxEntries: 2, now: () => now });
    const read = (url: string, role: 'viewer' | 'analyst' | null) => cache.read(req(url, role), async () => ++calls);
    return {
      cache,
      read,
      advance: (ms: number) => {
        now += ms;
      },
      calls: () => calls,
    };
  };

  it.each([
    ['anonymous', null, 1],
    ['viewer (public projection too)', 'viewer', 1],
    ['analyst (never cached)', 'analyst', 2],
  ] as const)('%s: two reads of one URL compute %i time(s)', async (_who, role, n) => {
    const s = setup();
    await s.read('/api/events', role);
    await s.read('/api/events', role);
    expect(s.calls()).toBe(n);
  });

  it('serves a stale entry once while refreshing it, and recomputes past maxStale or after clear()', async () => {
    const s = setup();
    await s.read('/a', null);
    s.advance(999);
    expect(await s.read('/a', null)).toBe(1); // fresh
    s.advance(2);
    expect(await s.read('/a', null)).toBe(1); // stale: served, refresh started
    await Promise.resolve();
    expect(await s.read('/a', null)).toBe(2); // the refreshed answer
    s.advance(6_000);
    expect(await s.read('/a', null)).toBe(3); // too stale: computed in line
    s.cache.clear();
    expect(await s.read('/a', null)).toBe(4);
  });

  it('never stores an answer computed before a write', async () => {
    let release!: (v: number) => void;
    const cache = new PublicCache({ ttlMs: 1_000 });
    const slow = cache.read(
      req('/a', null),
      () =>
        new Promise<number>((r) => {
          release = r;
        }),
    );
    cache.clear(); // a write lands while the read is in flight
    release(1);
    expect(await slow).toBe(1);
    expect(await cache.read(req('/a', null), async () => 2)).toBe(2);
  });

  it('keeps at most maxEntries URLs, dropping the oldest', async () => {
    const s = setup();
    for (const u of ['/a', '/b', '/c']) await s.read(u, null);
    expect(await s.read('/c', null)).toBe(3);
    expect(await s.read('/a', null)).toBe(4);
  });
});
