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

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return str(links);
  const nodes = links as unknown[];
  const pick = (rel?: string) =>
    nodes.find((l) => l && typeof l === 'object' && ((l as Node)['@_rel'] ?? 'alternate') === (rel ?? 'alternate'));
  const best = (pick() ?? nodes[0]) as Node | string | undefined;
  return typeof best === 'string' ? best : str(best?.['@_href']);
}

/**
 * The words of inline XHTML (Atom type="xhtml"), which the parser hands back as nested objects:
 * string leaves, walked iteratively (nesting depth is bounded by the parser, but no recursion
 * is needed), attributes skipped. Same-name siblings are grouped by the parser, so the order of
 * mixed elements is approximate; the words are all kept.
 */
function xhtmlText(v: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'string' || typeof x === 'number') out.push(String(x));
    else if (Array.isArray(x)) for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
    else if (x && typeof x === 'object') {
      const entries = Object.entries(x as Node).filter(([k]) => !k.startsWith('@_'));
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i][1]);
    }
  }
  return out.join('\n\n');
}

/** Atom content: text stays text; html and xhtml are converted. */
function atomText(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const type = v && typeof v === 'object' ? (v as Node)['@_type'] : undefined;
  if (type === 'xhtml') return xhtmlText(v).trim() || undefined;
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

/** A feed's items, located by a linear scan of the markup: [start, end) of each complete one. */
interface Split {
  spans: { start: number; end: number; line: number }[];
  skeleton: string;
}

const ITEM_OPEN = /<(item|entry)(?=[\s>/])/y;

/**
 * Cuts the items out of a feed so that each is parsed on its own (one malformed or deeply nested
 * item fails alone) and the rest — channel or feed metadata — is parsed as the "skeleton", each item
 * replaced by an empty one plus its line breaks (line numbers in errors stay those of the file).
 * CDATA sections and comments are skipped, so markup inside them never opens or closes an item. An
 * item left open at the end stays in the skeleton, where the validator reports the truncation.
 * Every search moves forward (indexOf from the current position), so the scan is linear.
 */
function splitItems(xml: string): Split {
  const spans: Split['spans'] = [];
  const parts: string[] = [];
  let copied = 0;
  let lines = 1;
  let counted = 0;
  const lineAt = (pos: number) => {
    for (let k = xml.indexOf('\n', counted); k >= 0 && k < pos; k = xml.indexOf('\n', k + 1)) lines++;
    counted = pos;
    return lines;
  };
  let open: { tag: string; start: number } | null = null;
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (xml.startsWith('<![CDATA[', lt) || xml.startsWith('<!--', lt)) {
      const end = xml.indexOf(xml[lt + 2] === '[' ? ']]>' : '-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (!open) {
      ITEM_OPEN.lastIndex = lt;
      const m = ITEM_OPEN.exec(xml);
      if (m) {
        const gt = xml.indexOf('>', lt);
        if (gt < 0) break;
        if (xml[gt - 1] === '/') spans.push({ start: lt, end: gt + 1, line: lineAt(lt) });
        else open = { tag: m[1], start: lt };
        i = gt + 1;
        if (!open) cut(spans.at(-1)!);
        continue;
      }
    } else if (xml.startsWith(`</${open.tag}`, lt)) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) break;
      const span = { start: open.start, end: gt + 1, line: lineAt(open.start) };
      spans.push(span);
      cut(span);
      open = null;
      i = gt + 1;
      continue;
    }
    i = lt + 1;
  }
  parts.push(xml.slice(copied));
  return { spans, skeleton: parts.join('') };

  function cut(span: { start: number; end: number }) {
    parts.push(xml.slice(copied, span.start));
    let breaks = 0;
    for (let k = xml.indexOf('\n', span.start); k >= 0 && k < span.end; k = xml.indexOf('\n', k + 1)) breaks++;
    parts.push('<item/>', '\n'.repeat(breaks));
    copied = span.end;
  }
}

/**
 * Feeds never need an internal DTD subset; refusing it rules out entity-expansion bombs. Found
 * without a regex: `<!DOCTYPE[^>]*\[` retried the rest of the file from every "<!DOCTYPE" (a feed
 * of repeated "<!DOCTYPE" took 40 s); here the next '>' and '[' are each looked up once per place.
 */
function hasInternalSubset(xml: string): boolean {
  const upper = /<!doctype/gi;
  let gt = -1;
  let bracket = -1;
  for (let m = upper.exec(xml); m; m = upper.exec(xml)) {
    if (gt < m.index) gt = xml.indexOf('>', m.index);
    if (bracket < m.index) bracket = xml.indexOf('[', m.index);
    if (bracket < 0) return false;
    if (gt < 0 || bracket < gt) return true;
  }
  return false;
}

/** The validator's error as a sentence (its column is sometimes missing). */
function xmlError(err: { msg: string; line?: number; col?: number }, lineOffset = 0): string {
  // Unclosed elements come back as a printed array ("Invalid '[ "rss", "channel" ]' found.").
  const unclosed = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(err.msg);
  if (unclosed) {
    let names: unknown;
    try {
      names = JSON.parse(unclosed[1]);
    } catch {
      names = undefined;
    }
    if (Array.isArray(names))
      return `malformed XML: the file ends before ${names.map((n) => `<${String(n)}>`).join(', ')} ${names.length === 1 ? 'is' : 'are'} closed (truncated?)`;
  }
  const line = err.line === undefined ? '' : ` at line ${err.line + lineOffset}`;
  const col = err.col === undefined ? '' : `, column ${err.col}`;
  return `malformed XML${line}${col}: ${err.msg}`;
}

/** Parses one piece of XML, as a value or as a readable error (never a thrown one). */
function parseXml(xml: string, lineOffset = 0): { ok: true; root: Node } | { ok: false; error: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, error: xmlError(valid.err, lineOffset) };
  try {
    return { ok: true, root: parser.parse(xml) as Node };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: /nested tags/i.test(msg) ? 'elements nested too deeply (over 100 levels)' : `unreadable XML (${msg})`,
    };
  }
}

interface Channel {
  kind: 'rss' | 'atom';
  source?: string;
  lang?: string;
}

function channelOf(root: Node): Channel | undefined {
  if (root.rss && typeof root.rss === 'object') {
    const channel = (root.rss as Node).channel as Node | undefined;
    return { kind: 'rss', source: str(channel?.title), lang: str(channel?.language) };
  }
  if (root.feed && typeof root.feed === 'object') {
    const feed = root.feed as Node;
    return { kind: 'atom', source: str(feed.title), lang: str(feed['@_xml:lang']) };
  }
  if (root['rdf:RDF'] && typeof root['rdf:RDF'] === 'object') {
    const channel = (root['rdf:RDF'] as Node).channel as Node | undefined;
    return { kind: 'rss', source: str(channel?.title), lang: str(channel?.['dc:language']) };
  }
  return undefined;
}

export function* readFeed(xml: string, origin: string, ctx: ReaderContext): Iterable<ReadItem> {
  if (hasInternalSubset(xml)) {
    yield errItem(origin, 'XML with an internal DOCTYPE subset is refused');
    return;
  }
  const { spans, skeleton } = splitItems(xml);
  const head = parseXml(skeleton);
  let channel: Channel | undefined;
  if (head.ok) {
    channel = channelOf(head.root);
    if (!channel) {
      yield errItem(origin, 'XML is not an RSS or Atom feed');
      return;
    }
  } else {
    // The feed as a whole is broken (truncated, say): its complete items are still read.
    yield errItem(origin, head.error);
  }
  if (spans.length === 0) {
    if (head.ok) yield errItem(origin, 'feed has no items');
    return;
  }
  const source = channel?.source ?? ctx.source;
  const lang = channel?.lang?.slice(0, 2).toLowerCase();
  for (let i = 0; i < spans.length; i++) {
    const where = `${origin}#${i + 1}`;
    const span = spans[i];
    try {
      const parsed = parseXml(xml.slice(span.start, span.end), span.line - 1);
      if (!parsed.ok) {
        yield errItem(where, parsed.error);
        continue;
      }
      const node = ((parsed.root.item ?? parsed.root.entry) as Node[] | undefined)?.[0];
      const it = 'entry' in parsed.root ? atomEntry(node ?? {}) : rssItem(node ?? {});
      yield finalize(
        {
          id: it.id,
          // A headline-only item still reports something: the title is part of the text (docs/event-format.md).
          text: it.text || it.title || '',
          title: it.title,
          published: toIsoDay(it.date),
          url: it.url && /^https?:\/\//i.test(it.url) ? it.url : undefined,
          lang,
          source,
        },
        where,
        `${ctx.name}-${i + 1}`,
        ctx.maxChars,
      );
    } catch (e) {
      yield errItem(where, `cannot read this item (${e instanceof Error ? e.message : String(e)})`);
    }
  }
}
