// RSS 2.0, RSS 1.0 (RDF) and Atom feed files → one document per item. Item HTML goes through the
// HTML-to-text converter; the channel title becomes each document's source.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toIsoDay } from './dates.js';
import { finalize } from './finalize.js';
import { htmlFragmentToText } from './html-text.js';
import { errItem, type ReadItem, type ReaderContext } from './types.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric references (&#8212;) are everyday feed content; named HTML ones are common too.
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** The text of an element that may have come back as a string or as {#text, @_attr…}. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && '#text' in v) return str((v as Node)['#text']);
  return undefined;
}

/** Does this look like a feed rather than some other XML? Used by the sniffer too. */
export function isFeedXml(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return str(links);
  const nodes = links as unknown[];
  const pick = (rel?: string) =>
    nodes.find((l) => l && typeof l === 'object' && ((l as Node)['@_rel'] ?? 'alternate') === (rel ?? 'alternate'));
  const best = (pick() ?? nodes[0]) as Node | string | undefined;
  return typeof best === 'string' ? best : str(best?.['@_href']);
}

/** Atom content: text stays text; html and xhtml are converted. */
function atomText(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const type = v && typeof v === 'object' ? (v as Node)['@_type'] : undefined;
  const raw = str(v);
  if (raw === undefined) return undefined;
  return type === 'text' ? raw : htmlFragmentToText(raw);
}

interface Item {
  id?: string;
  title?: string;
  url?: string;
  date?: string;
  text?: string;
}

function rssItem(n: Node): Item {
  const html = str(n['content:encoded']) ?? str(n.description);
  return {
    id: str(n.guid) ?? atomLink(n.link),
    title: str(n.title),
    url: atomLink(n.link),
    date: str(n.pubDate) ?? str(n['dc:date']),
    text: html === undefined ? undefined : htmlFragmentToText(html),
  };
}

function atomEntry(n: Node): Item {
  return {
    id: str(n.id) ?? atomLink(n.link),
    title: atomText(n.title),
    url: atomLink(n.link),
    date: str(n.published) ?? str(n.updated),
    text: atomText(n.content) ?? atomText(n.summary),
  };
}

export function* readFeed(xml: string, origin: string, ctx: ReaderContext): Iterable<ReadItem> {
  // Feeds never need an internal DTD subset; refusing it rules out entity-expansion bombs.
  if (/<!DOCTYPE[^>]*\[/i.test(xml)) {
    yield errItem(origin, 'XML with an internal DOCTYPE subset is refused');
    return;
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    yield errItem(origin, `malformed XML at line ${line}, column ${col}: ${msg}`);
    return;
  }
  const root = parser.parse(xml) as Node;
  let channel: Node | undefined;
  let items: Item[];
  let lang: string | undefined;
  if (root.rss && typeof root.rss === 'object') {
    channel = (root.rss as Node).channel as Node | undefined;
    items = ((channel?.item as Node[] | undefined) ?? []).map(rssItem);
    lang = str(channel?.language);
  } else if (root.feed && typeof root.feed === 'object') {
    channel = root.feed as Node;
    items = ((channel.entry as Node[] | undefined) ?? []).map(atomEntry);
    lang = str(channel['@_xml:lang']);
  } else if (root['rdf:RDF'] && typeof root['rdf:RDF'] === 'object') {
    const rdf = root['rdf:RDF'] as Node;
    channel = rdf.channel as Node | undefined;
    items = ((rdf.item as Node[] | undefined) ?? []).map(rssItem);
    lang = str(channel?.['dc:language']);
  } else {
    yield errItem(origin, 'XML is not an RSS or Atom feed');
    return;
  }
  if (items.length === 0) {
    yield errItem(origin, 'feed has no items');
    return;
  }
  const source = str(channel?.title) ?? ctx.source;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const where = `${origin}#${i + 1}`;
    const published = toIsoDay(it.date);
    yield finalize(
      {
        id: it.id,
        // A headline-only item still reports something: the title is part of the text (EVENTS.md).
        text: it.text || it.title || '',
        title: it.title,
        published,
        url: it.url && /^https?:\/\//i.test(it.url) ? it.url : undefined,
        lang: lang?.slice(0, 2).toLowerCase(),
        source,
      },
      where,
      `${ctx.name}-${i + 1}`,
    );
  }
}
