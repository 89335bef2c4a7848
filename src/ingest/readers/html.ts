// HTML pages: the article body by Readability over linkedom (navigation, ads and scripts dropped),
// the title and publication day from the page's metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDay } from './dates.js';
import { finalize } from './finalize.js';
import { domShape, nodeToText, type MinimalNode } from './html-text.js';
import type { ReadItem, ReaderContext } from './types.js';

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(document: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

function publishedDay(document: Doc, readabilityTime: string | null | undefined): string | undefined {
  const candidates = [
    meta(document, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'dc.date'),
    readabilityTime ?? undefined,
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  ];
  for (const c of candidates) {
    const day = toIsoDay(c);
    if (day) return day;
  }
  return undefined;
}

function canonicalUrl(document: Doc): string | undefined {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  return href && /^https?:\/\//i.test(href) ? href : undefined;
}

/**
 * Readability's time grows with the cube of the nesting depth (400 levels: 2.6 s; 2,500: minutes,
 * then a stack overflow) and linearly with the element count (20,000: 3.4 s). Real articles stay
 * far below both; past either, the page's whole body text is taken instead.
 */
const READABILITY_MAX_DEPTH = 150;
const READABILITY_MAX_ELEMENTS = 30_000;

/** Extracts title, day, url, site name, language and main text from a whole HTML page. */
export function parseHtmlPage(html: string) {
  let { document } = parseHTML(html);
  // Markup without an <html> element (a bare fragment saved as .html) gets one, as a browser would.
  if (document.documentElement?.nodeName.toUpperCase() !== 'HTML' || !document.body)
    document = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  const title = meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim();
  const lang = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || undefined;
  const url = canonicalUrl(document);
  const siteName = meta(document, 'og:site_name', 'application-name');
  // Readability mutates the document, so the metadata above is read first. The serializer hands
  // back the DOM node so that paragraph breaks survive (its textContent loses them).
  const shape = domShape(document as unknown as MinimalNode);
  // Readability strips the document as it works, even when it then finds no article: the whole
  // body's text is taken first, as the fallback.
  const bodyText = document.body ? nodeToText(document.body as unknown as MinimalNode) : '';
  const readable = shape.depth <= READABILITY_MAX_DEPTH && shape.elements <= READABILITY_MAX_ELEMENTS;
  const article = readable
    ? new Readability(document as unknown as Document, { serializer: (n: Node) => n }).parse()
    : null;
  const published = publishedDay(document, article?.publishedTime);
  const articleText = article?.content ? nodeToText(article.content as never) : '';
  const body = articleText || bodyText;
  return {
    title: title || article?.title || undefined,
    published,
    url,
    lang,
    siteName: siteName ?? article?.siteName ?? undefined,
    text: body,
  };
}

export function* readHtml(html: string, origin: string, ctx: ReaderContext): Iterable<ReadItem> {
  const page = parseHtmlPage(html);
  yield finalize(
    {
      id: ctx.url ?? page.url,
      text: page.text,
      title: page.title,
      published: page.published,
      url: ctx.url ?? page.url,
      lang: page.lang,
      source: page.siteName ?? ctx.source,
    },
    origin,
    ctx.name,
    ctx.maxChars,
  );
}
