// A short-lived cache of public read responses. Every anonymous visitor opening the app asks the same
// questions (default list, counts, time series, map points); answering them once per few seconds keeps
// SQLite free for the rest. Analysts always read fresh data. Any write through this server clears it;
// writes by other processes (a CLI ingest) show up within `ttlMs`.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isPublic } from './auth/identity.js';

export class PublicCache {
  private readonly entries = new Map<string, { at: number; value: unknown }>();
  constructor(private readonly ttlMs = 10_000, private readonly maxEntries = 500, private readonly now: () => number = Date.now) {}

  /** `compute()` once per URL per ttl for public callers; always for analysts. */
  async read<T>(req: FastifyRequest, compute: () => Promise<T>): Promise<T> {
    if (!isPublic(req)) return compute();
    const key = req.url;
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value as T;
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  clear(): void { this.entries.clear(); }

  /** Clear after every successful write request. */
  install(app: FastifyInstance): void {
    app.addHook('onResponse', async (req, reply) => {
      if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method) && reply.statusCode < 400) this.clear();
    });
  }
}
