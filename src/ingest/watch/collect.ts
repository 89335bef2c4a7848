// What one poll of a source finds: its items (each with a stable key), the validators and cursor to
// keep, or why the fetch failed. One collector per kind: feed, Telegram channel, list page.
import { decodeBytes } from '../readers/decode.js';
import { readByKind } from '../readers/dispatch.js';
import { finalize } from '../readers/finalize.js';
import { kindFromContent, kindFromContentType, refineKind } from '../readers/sniff.js';
import { charsetOf } from '../readers/url.js';
import { errItem, type ReadItem } from '../readers/types.js';
import type { WatchSource } from '../../store/index.js';
import { articleLinks, compileLinkPattern } from './list-page.js';
import type { Fetched, PoliteFetcher } from './polite-fetch.js';
import { parseChannelPage, previewUrl, type ChannelPost } from './telegram-preview.js';

/** An item found by a poll; `known` when a list page links to an article stored earlier (not fetched). */
export type Found = { key: string; item: ReadItem } | { key: string; known: true };

export type Collected =
  | {
      status: 'ok';
      httpStatus: number;
      items: Found[];
      etag?: string | null;
      lastModified?: string | null;
      cursor?: string | null;
    }
  | { status: 'not_modified'; httpStatus: 304 }
  | { status: 'error'; httpStatus?: number; error: string };

export interface CollectContext {
  fetcher: PoliteFetcher;
  /** keys among `keys` already stored for this source (list pages skip fetching known articles) */
  known(keys: string[]): Promise<Set<string>>;
  /** most pages a channel is read back on one poll */
  maxPages?: number;
  /** most articles a list page leads to on one poll */
  maxArticles?: number;
}

function bodyText(got: Extract<Fetched, { res: unknown }>): { text: string } | { error: string } {
  if (got.res.body.length === 0) return { error: 'empty response' };
  const d = decodeBytes(got.res.body, charsetOf(got.res.contentType));
  return d.ok ? { text: d.text } : { error: d.error };
}

async function collectFeed(s: WatchSource, cx: CollectContext): Promise<Collected> {
  const got = await cx.fetcher.get(s.url, s.allowPrivate, { etag: s.etag, lastModified: s.lastModified });
  if ('error' in got) return { status: 'error', error: got.error };
  if (got.res.status === 304) return { status: 'not_modified', httpStatus: 304 };
  const body = bodyText(got);
  if ('error' in body) return { status: 'error', httpStatus: got.res.status, error: body.error };
  const head = body.text.slice(0, 64 * 1024);
  const kind = refineKind(kindFromContentType(got.res.contentType) ?? kindFromContent(head), head);
  if (kind !== 'feed') {
    return {
      status: 'error',
      httpStatus: got.res.status,
      error: `not an RSS or Atom feed (looks like ${kind}); for a page of article links add the source with --links PATTERN`,
    };
  }
  const items: Found[] = [];
  for await (const item of readByKind('feed', body.text, s.url, { name: s.url, url: s.url })) {
    // A feed with no items yet is a quiet source, not a failure.
    if (!item.ok && item.origin === s.url && /no items/.test(item.error)) continue;
    if (!item.ok && item.origin === s.url) return { status: 'error', httpStatus: got.res.status, error: item.error };
    items.push({ key: item.ok ? String(item.doc.id) : item.origin, item });
  }
  return {
    status: 'ok',
    httpStatus: got.res.status,
    items,
    etag: got.res.etag ?? null,
    lastModified: got.res.lastModified ?? null,
  };
}

function postItem(p: ChannelPost, origin: string): Found {
  const where = `${origin}#${p.number}${p.forwardedFrom ? ` (forwarded from ${p.forwardedFrom})` : ''}`;
  return {
    key: p.key,
    item: finalize({ id: p.key, text: p.text, url: p.url, published: p.datetime?.slice(0, 10) }, where, p.key),
  };
}

async function collectChannel(s: WatchSource, cx: CollectContext): Promise<Collected> {
  const cursor = s.cursor ? Number(s.cursor) : 0;
  const maxPages = cx.maxPages ?? (cursor ? 5 : s.backfillSince ? 50 : 1);
  const posts = new Map<number, ChannelPost>();
  let before: number | undefined;
  let httpStatus = 0;
  for (let page = 0; page < maxPages; page++) {
    const got = await cx.fetcher.get(previewUrl(s.url, before), s.allowPrivate);
    if ('error' in got) {
      if (page === 0) return { status: 'error', error: got.error };
      break; // keep what the earlier pages gave; the next poll goes on
    }
    httpStatus = got.res.status;
    const body = bodyText(got);
    if ('error' in body) return { status: 'error', httpStatus, error: body.error };
    const found = parseChannelPage(body.text, got.url.href);
    if (found.length === 0) {
      if (page === 0 && !/tgme_widget_message/.test(body.text))
        return { status: 'error', httpStatus, error: 'not a Telegram channel preview page (no posts found)' };
      break;
    }
    for (const p of found) posts.set(p.number, p);
    const oldest = found.reduce((a, b) => (a.number < b.number ? a : b));
    // Go back while this page is all new (more arrived than a page holds) or the backfill day is not reached.
    const wantOlder = cursor
      ? oldest.number > cursor + 1
      : !!s.backfillSince && (oldest.datetime ?? '') >= s.backfillSince;
    if (!wantOlder || oldest.number <= 1 || oldest.number === before) break;
    before = oldest.number;
  }
  const all = [...posts.values()]
    .sort((a, b) => a.number - b.number)
    .filter((p) => !s.backfillSince || cursor || !p.datetime || p.datetime.slice(0, 10) >= s.backfillSince);
  const newest = all.length ? Math.max(cursor, all[all.length - 1].number) : cursor;
  return {
    status: 'ok',
    httpStatus,
    items: all.map((p) => postItem(p, s.url)),
    cursor: newest ? String(newest) : null,
  };
}

async function collectPage(s: WatchSource, cx: CollectContext): Promise<Collected> {
  if (!s.linkPattern) return { status: 'error', error: 'a page source needs a link pattern (--links)' };
  const got = await cx.fetcher.get(s.url, s.allowPrivate, { etag: s.etag, lastModified: s.lastModified });
  if ('error' in got) return { status: 'error', error: got.error };
  if (got.res.status === 304) return { status: 'not_modified', httpStatus: 304 };
  const body = bodyText(got);
  if ('error' in body) return { status: 'error', httpStatus: got.res.status, error: body.error };
  const links = articleLinks(body.text, got.url.href, compileLinkPattern(s.linkPattern), cx.maxArticles ?? 100);
  const known = await cx.known(links);
  const items: Found[] = [];
  for (const link of links) {
    // An article already stored is not fetched again: list pages mostly repeat what they showed.
    if (known.has(link)) {
      items.push({ key: link, known: true });
      continue;
    }
    const art = await cx.fetcher.get(link, s.allowPrivate);
    if ('error' in art) {
      items.push({ key: link, item: errItem(link, art.error) });
      continue;
    }
    const text = bodyText(art);
    if ('error' in text) {
      items.push({ key: link, item: errItem(link, text.error) });
      continue;
    }
    for await (const item of readByKind('html', text.text, link, { name: link, url: link }))
      items.push({ key: link, item });
  }
  return {
    status: 'ok',
    httpStatus: got.res.status,
    items,
    etag: got.res.etag ?? null,
    lastModified: got.res.lastModified ?? null,
  };
}

export function collect(s: WatchSource, cx: CollectContext): Promise<Collected> {
  switch (s.kind) {
    case 'feed':
      return collectFeed(s, cx);
    case 'telegram':
      return collectChannel(s, cx);
    case 'page':
      return collectPage(s, cx);
  }
}
