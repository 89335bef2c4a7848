// A watched source as a user describes it (CLI flags, the web form) → a validated new source, with
// errors that say what to write instead.
import type { NewWatchSource, WatchKind } from '../../store/index.js';
import { parseDuration } from './duration.js';
import { compileLinkPattern } from './list-page.js';
import { isTelegramUrl } from './telegram-preview.js';

export interface AddOptions {
  name?: string;
  every: string;
  lang?: string;
  allowPrivate?: boolean;
  kind?: string;
  links?: string;
  since?: string;
}

/** Least poll interval: polite to the outlets, and plenty for news. */
export const MIN_INTERVAL_SECONDS = 60;

function kindFor(url: URL, o: AddOptions): WatchKind {
  if (o.kind) {
    if (o.kind !== 'feed' && o.kind !== 'telegram' && o.kind !== 'page')
      throw new Error(`--kind: expected feed, telegram or page, got '${o.kind}'`);
    return o.kind;
  }
  if (o.links) return 'page';
  return isTelegramUrl(url) ? 'telegram' : 'feed';
}

export function parseAddOptions(input: string, o: AddOptions): NewWatchSource {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`);
  } catch {
    throw new Error(
      `'${input}' is not a URL: give the feed's, channel's or page's address, e.g. https://t.me/s/CHANNEL`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`only http and https sources can be watched, not ${url.protocol}`);
  const kind = kindFor(url, o);
  const everySeconds = parseDuration(o.every);
  if (everySeconds < MIN_INTERVAL_SECONDS) throw new Error(`--every: at least 1m between polls (got ${o.every})`);
  if (o.lang && !/^[a-z]{2}$/.test(o.lang))
    throw new Error(`--lang: a two-letter language code such as en or ru, got '${o.lang}'`);
  if (kind === 'page' && !o.links)
    throw new Error('a page source needs --links PATTERN: a regular expression that the article links match');
  if (o.links) compileLinkPattern(o.links);
  if (o.since && (kind !== 'telegram' || !/^\d{4}-\d{2}-\d{2}$/.test(o.since)))
    throw new Error('--since YYYY-MM-DD applies to Telegram channels (first run reads back to that day)');
  return {
    url: url.href,
    kind,
    everySeconds,
    name:
      o.name?.trim() ||
      (kind === 'telegram'
        ? `t.me/${url.pathname.split('/').filter(Boolean).at(-1)}`
        : url.hostname.replace(/^www\./, '')),
    lang: o.lang ?? null,
    allowPrivate: !!o.allowPrivate,
    linkPattern: o.links ?? null,
    backfillSince: o.since ?? null,
  };
}
