// A short-lived cache of public read responses. Every anonymous visitor opening the app asks the same
// questions (default list, counts, time series, map points); answering them once per few seconds keeps
// SQLite free for the rest. Analysts always read fresh data. Any write through this server clears it;
// writes by other processes (a CLI ingest) show up within `ttlMs` — or, for an entry idle longer than
// that, one request later: a stale entry (up to `maxStaleMs`) is served while it is refreshed behind.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isPublic } from './auth/identity.js';

/**
 * The question, not the URL: the route's path and its parsed, validated query, keys sorted, lists
 * sorted and de-duplicated, the ignored cache-buster `_` dropped. So `?type=a,b` and `?type=b&type=a`
 * share an entry, and no spelling of a query makes it look new (unknown parameters are refused).
 */
export function cacheKey(req: Pick<FastifyRequest, 'url' | 'query'>): string {
  const path = req.url.split('?')[0];
  const query = (req.query ?? {}) as Record<string, unknown>;
  const canonical: [string, unknown][] = [];
  for (const k of Object.keys(query).sort()) {
    const v = query[k];
    if (v === undefined || k === '_') continue;
    canonical.push([k, Array.isArray(v) ? [...new Set(v.map(String))].sort() : v]);
  }
  return `${path}?${JSON.stringify(canonical)}`;
}

interface Entry {
  at: number;
  value: unknown;
  refreshing?: boolean;
}

export interface PublicCacheOptions {
  ttlMs?: number;
  maxStaleMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export class PublicCache {
  private readonly entries = new Map<string, Entry>();
  /** bumped by clear(): an answer computed before a write is never stored after it */
  private generation = 0;
  private readonly ttlMs: number;
  private readonly maxStaleMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(opts: PublicCacheOptions = {}) {
    this.ttlMs = opts.ttlMs ?? 10_000;
    this.maxStaleMs = opts.maxStaleMs ?? 5 * 60_000;
    this.maxEntries = opts.maxEntries ?? 500;
    this.now = opts.now ?? Date.now;
  }

  /** `compute()` at most once per question per ttl for public callers; always for analysts. */
  async read<T>(req: FastifyRequest, compute: () => Promise<T>): Promise<T> {
    if (!isPublic(req) || this.ttlMs <= 0) return compute();
    const key = cacheKey(req);
    const hit = this.entries.get(key);
    const age = hit ? this.now() - hit.at : Infinity;
    if (hit && age < this.ttlMs) return hit.value as T;
    if (hit && age < this.maxStaleMs) {
      if (!hit.refreshing) {
        hit.refreshing = true;
        this.compute(key, compute).catch(() => {
          hit.refreshing = false;
        });
      }
      return hit.value as T;
    }
    return this.compute(key, compute);
  }

  private async compute<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const generation = this.generation;
    const value = await compute();
    if (generation === this.generation) {
      this.entries.delete(key);
      this.entries.set(key, { at: this.now(), value });
      while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.generation++;
  }

  /** Clear after every successful write request. */
  install(app: FastifyInstance): void {
    app.addHook('onResponse', async (req, reply) => {
      if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method) && reply.statusCode < 400) this.clear();
    });
  }
}
