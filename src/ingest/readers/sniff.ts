// Which reader a file or response goes to: by extension (or Content-Type) first, by content when
// neither says; a feed saved as .xml and a page saved without an extension are both recognised.
import { extname } from 'node:path';
import { isTelegramExport } from './telegram.js';

export type InputKind = 'text' | 'markdown' | 'html' | 'jsonl' | 'json' | 'telegram' | 'feed';

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The kind an extension promises, or undefined for extensions readers do not take (images…). */
export function kindFromExtension(path: string): InputKind | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

export function kindFromContentType(contentType: string | undefined): InputKind | undefined {
  const t = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (/^application\/(rss|atom|rdf)\+xml$/.test(t)) return 'feed';
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/x-ndjson' || t === 'application/jsonl' || t === 'application/x-jsonlines') return 'jsonl';
  if (t === 'application/json' || t.endsWith('+json')) return 'json';
  if (t === 'text/markdown') return 'markdown';
  if (t === 'text/plain') return 'text';
  return undefined; // text/xml and application/xml may be feeds or pages: decide by content
}

/** Does this look like a feed rather than some other XML? (Here, not in the feed reader, so that
 *  sniffing does not load the XML parser.) */
export function isFeedXml(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/** Decides by the first characters of the text. */
export function kindFromContent(head: string): InputKind {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (isFeedXml(s.slice(0, 4000))) return 'feed';
  // Other XML goes to the feed reader, which names the problem, unless it is XHTML.
  if (/^<\?xml/i.test(s)) return /<html[\s>]/i.test(s.slice(0, 4000)) ? 'html' : 'feed';
  if (/^<(!doctype html|html|head|body|article|div|p)[\s>]/i.test(s)) return 'html';
  if (s.startsWith('{') || s.startsWith('[')) {
    if (isTelegramExport(s)) return 'telegram';
    const lines = s.split('\n', 3).filter((l) => l.trim());
    // Two lines that each start and end as an object: JSON Lines, not a pretty-printed object.
    if (lines.length >= 2 && lines.every((l) => /^\s*\{.*\}\s*$/.test(l))) return 'jsonl';
    return 'json';
  }
  return 'text';
}

/** Refines an extension's promise by content where the extension is ambiguous (.json, .xml). */
export function refineKind(kind: InputKind, head: string): InputKind {
  if (kind === 'json') return isTelegramExport(head) ? 'telegram' : 'json';
  return kind;
}
