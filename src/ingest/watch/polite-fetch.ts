// The watcher's HTTP client: one request at a time per host with a minimum gap between them, a
// User-Agent that names the tool, time-outs, size limits and the private-address guard of `ingest`
// (fetchFollowing). Conditional GET: the caller passes the validators it kept.
import { fetchFollowing } from '../readers/url.js';
import type { HttpResponse } from '../readers/http-get.js';
import { VERSION } from '../../version.js';

export const WATCH_USER_AGENT = `khronika-watch/${VERSION} (event monitoring; polls at most once a minute per source)`;

export interface PoliteOptions {
  /** least time between two requests to one host, ms (default 1,000) */
  minGapMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** replaces the HTTP client (tests); the address guard still runs */
  fetch?: typeof fetch;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type Fetched = { url: URL; res: HttpResponse } | { error: string };

export class PoliteFetcher {
  /** per host: when its last request ended, and the tail of its queue */
  private readonly hosts = new Map<string, { tail: Promise<unknown>; lastEnd: number }>();
  constructor(private readonly o: PoliteOptions = {}) {}

  get(url: string, allowPrivate: boolean, v: Validators = {}): Promise<Fetched> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return Promise.resolve({ error: `not a valid URL: ${url.slice(0, 200)}` });
    }
    const host = parsed.host;
    const slot = this.hosts.get(host) ?? { tail: Promise.resolve(), lastEnd: 0 };
    const run = slot.tail.then(async () => {
      const wait = slot.lastEnd + (this.o.minGapMs ?? 1000) - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      try {
        return await fetchFollowing(parsed, {
          allowPrivate,
          timeoutMs: this.o.timeoutMs,
          maxBytes: this.o.maxBytes,
          fetch: this.o.fetch,
          headers: {
            'user-agent': WATCH_USER_AGENT,
            ...(v.etag ? { 'if-none-match': v.etag } : {}),
            ...(v.lastModified ? { 'if-modified-since': v.lastModified } : {}),
          },
        });
      } finally {
        slot.lastEnd = Date.now();
      }
    });
    slot.tail = run.catch(() => undefined);
    this.hosts.set(host, slot);
    return run;
  }
}
