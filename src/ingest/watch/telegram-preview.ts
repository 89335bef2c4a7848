// Public Telegram channels through their web preview (t.me/s/CHANNEL): each post with its number,
// date, link, forwarded-from name and text. Pages go backwards with ?before=N. The page is
// untrusted HTML: parsed by linkedom (no scripts run), text taken through nodeToText.
import { parseHTML } from 'linkedom';
import { nodeToText } from '../readers/html-text.js';

export interface ChannelPost {
  /** "channel/123" */
  key: string;
  /** the post's number within the channel */
  number: number;
  url: string;
  /** ISO date-time of the post, when the page gives it */
  datetime?: string;
  forwardedFrom?: string;
  text: string;
}

/** The channel name of a t.me URL (t.me/NAME, t.me/s/NAME), or undefined. */
export function channelOf(url: URL): string | undefined {
  const m = /^\/(?:s\/)?([A-Za-z0-9_]{4,64})\/?$/.exec(url.pathname);
  return m?.[1];
}

/** True for t.me / telegram.me links to a channel. */
export function isTelegramUrl(url: URL): boolean {
  return /^(?:www\.)?(?:t|telegram)\.me$/i.test(url.hostname) && channelOf(url) !== undefined;
}

/** The preview page of the channel, optionally the page of posts before `before`. */
export function previewUrl(source: string, before?: number): string {
  const u = new URL(source);
  const name = channelOf(u);
  if (name) u.pathname = `/s/${name}`;
  u.search = before ? `?before=${before}` : '';
  return u.href;
}

const MAX_POSTS_PER_PAGE = 200;

export function parseChannelPage(html: string, pageUrl: string): ChannelPost[] {
  const { document } = parseHTML(html);
  const out: ChannelPost[] = [];
  for (const el of document.querySelectorAll('.tgme_widget_message[data-post]')) {
    if (out.length >= MAX_POSTS_PER_PAGE) break;
    const key = el.getAttribute('data-post') ?? '';
    const m = /^([A-Za-z0-9_]{1,64})\/(\d{1,12})$/.exec(key);
    if (!m) continue;
    const textEl = el.querySelector('.tgme_widget_message_text');
    const text = textEl ? nodeToText(textEl as never) : '';
    if (!text.trim()) continue; // a photo or poll without words reports nothing we can code
    const dateLink = el.querySelector('a.tgme_widget_message_date');
    const time = el.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
    let url: string;
    try {
      url = new URL(dateLink?.getAttribute('href') ?? `/${key}`, pageUrl).href;
    } catch {
      url = new URL(`/${key}`, pageUrl).href;
    }
    const forwarded = el.querySelector('.tgme_widget_message_forwarded_from_name')?.textContent?.trim() || undefined;
    out.push({
      key,
      number: Number(m[2]),
      url,
      datetime: time && !Number.isNaN(Date.parse(time)) ? time : undefined,
      forwardedFrom: forwarded,
      text,
    });
  }
  return out;
}
