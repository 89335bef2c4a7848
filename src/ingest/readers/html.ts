// HTML pages: the article body by Readability over linkedom (navigation, ads and scripts dropped),
// the title and publication day from the page's metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDay } from './dates.js';
import { finalize } from './finalize.js';
import { nodeToText } from './html-text.js';
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

/** Extracts title, day, url, site name, language and main text from a whole HTML page. */
export function parseHtmlPage(html: string) {
  const { document } = parseHTML(html);
  const title = meta(document, 'og:title', 'twitter:title') ?? document.querySelector('title')?.textContent?.trim();
  const lang = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || undefined;
  const url = canonicalUrl(document);
  const siteName = meta(document, 'og:site_name', 'application-name');
  // Readability mutates the document, so the metadata above is read first. The serializer hands
  // back the DOM node so that paragraph breaks survive (its textContent loses them).
  const article = new Readability(document as unknown as Document, { serializer: (n: Node) => n }).parse();
  const published = publishedDay(document, article?.publishedTime);
  const body = article?.content
    ? nodeToText(article.content as never)
    : document.body ? nodeToText(document.body as never) : '';
  return { title: title || article?.title || undefined, published, url, lang, siteName: siteName ?? article?.siteName ?? undefined, text: body };
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
  );
}
