// Reads one http(s) URL: refuses private addresses (unless allowed), follows at most
// MAX_REDIRECTS redirects by hand — checking every hop again — then sniffs the body and hands it to
// the matching reader. Documents default to the URL as id and the host as source.
import { decodeBytes } from './decode.js';
import { hostOf } from './finalize.js';
import { readByKind } from './dispatch.js';
import { httpGet, type HttpResponse } from './http-get.js';
import { checkHost } from './net-guard.js';
import { kindFromContent, kindFromContentType, kindFromExtension, refineKind } from './sniff.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  MAX_REDIRECTS,
  errItem,
  type ReadItem,
  type ReadOptions,
} from './types.js';

export function charsetOf(contentType: string | undefined): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

/**
 * One deadline for the whole redirect chain, also tripped by the caller's signal. Built by hand:
 * AbortSignal.any([AbortSignal.timeout()]) can lose its timer to garbage collection (nodejs/node#57736).
 */
function deadline(ms: number, outer?: AbortSignal): { signal: AbortSignal; clear: () => void } {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new DOMException('timed out', 'TimeoutError')), ms);
  const forward = () => ac.abort(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener('abort', forward, { once: true });
  return {
    signal: ac.signal,
    clear: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    },
  };
}

/** Extra request headers; a 304 answer to a conditional GET is then a result, not an error. */
export type FetchOptions = ReadOptions & { headers?: Record<string, string> };

/** GETs a URL under the guard, following redirects; every hop checked again. */
export async function fetchFollowing(
  start: URL,
  opts: FetchOptions,
): Promise<{ url: URL; res: HttpResponse } | { error: string }> {
  const { signal, clear } = deadline(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.signal);
  try {
    return await follow(start, opts, signal);
  } finally {
    clear();
  }
}

async function follow(
  start: URL,
  opts: FetchOptions,
  signal: AbortSignal,
): Promise<{ url: URL; res: HttpResponse } | { error: string }> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return { error: `unsupported URL scheme ${url.protocol} (after ${hop} redirects)` };
    if (url.username || url.password) return { error: 'URLs with credentials are refused' };
    if (!opts.allowPrivate) {
      const refused = await checkHost(url);
      if (refused) return { error: refused };
    }
    let res: HttpResponse;
    try {
      res = await httpGet(url, {
        maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
        signal,
        allowPrivate: !!opts.allowPrivate,
        fetch: opts.fetch,
        headers: opts.headers,
      });
    } catch (e) {
      return { error: (e as Error).message };
    }
    if (res.status === 304 && opts.headers) return { url, res };
    if (res.status >= 300 && res.status < 400) {
      if (!res.location) return { error: `HTTP ${res.status} without a Location header` };
      try {
        url = new URL(res.location, url);
      } catch {
        return { error: `bad redirect Location "${res.location.slice(0, 200)}"` };
      }
      continue;
    }
    if (res.status < 200 || res.status >= 300) return { error: `HTTP ${res.status}` };
    return { url, res };
  }
  return { error: `more than ${MAX_REDIRECTS} redirects` };
}

export async function* readUrl(input: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  let start: URL;
  try {
    start = new URL(input);
  } catch {
    yield errItem(input, 'not a valid URL');
    return;
  }
  const got = await fetchFollowing(start, opts);
  if ('error' in got) {
    yield errItem(input, got.error);
    return;
  }
  const { url, res } = got;
  if (res.body.length === 0) {
    yield errItem(input, 'empty response');
    return;
  }
  const decoded = decodeBytes(res.body, charsetOf(res.contentType));
  if (!decoded.ok) {
    yield errItem(input, decoded.error);
    return;
  }
  const head = decoded.text.slice(0, 64 * 1024);
  const declared = kindFromContentType(res.contentType) ?? kindFromExtension(url.pathname);
  const kind = declared && declared !== 'text' ? refineKind(declared, head) : kindFromContent(head);
  const href = url.href;
  yield* readByKind(kind, decoded.text, href === input ? input : `${input} → ${href}`, {
    name: href,
    url: href,
    source: hostOf(href),
    maxChars: opts.maxChars,
  });
}
