// Ingestion: read items → store each document with its extracted mentions, one transaction per
// document. A document already stored is skipped before extraction, so a re-run after a crash
// only does what is missing; a bad item is counted and named, and the batch goes on.
import type { ExtractableDocument } from '../model/document.js';
import type { EventRecord } from '../model/event.js';
import { detectLanguage } from '../nlp/language.js';
import { documentId, type NewDocument, type Store } from '../store/index.js';
import type { ReadDocument, ReadItem } from './readers/types.js';

export type Extractor = (doc: ExtractableDocument) => EventRecord[];

export interface IngestSummary {
  documents: { new: number; unchanged: number; failed: number };
  /** events created, and mentions that joined an existing event */
  events: { new: number; merged: number };
  failures: { origin: string; error: string }[];
}

export interface IngestOptions {
  extract: Extractor;
  /** called after every item, for progress display */
  onItem?: (summary: IngestSummary, item: ReadItem) => void;
  /** failures kept in the summary (each is still counted) */
  maxFailuresKept?: number;
}

/** The source a document is filed under: given, else the URL's host, else the file it came from. */
export function sourceOf(doc: ReadDocument, origin: string): string {
  if (doc.source?.trim()) return doc.source.trim();
  if (doc.url) {
    try { return new URL(doc.url).hostname || 'unknown'; } catch { /* not a URL: fall through */ }
  }
  return origin.replace(/[:#].*$/, '') || 'unknown';
}

export function toNewDocument(doc: ReadDocument, origin: string): NewDocument {
  return {
    externalId: String(doc.id),
    source: sourceOf(doc, origin),
    text: doc.text,
    title: doc.title ?? null,
    url: doc.url ?? null,
    published: doc.published ?? null,
    // Extraction needs a language: the reader's if it gave one, else detected from the text.
    lang: doc.lang ?? detectLanguage(`${doc.title ?? ''}\n${doc.text}`),
    origin,
  };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function ingest(items: AsyncIterable<ReadItem>, store: Store, opts: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { documents: { new: 0, unchanged: 0, failed: 0 }, events: { new: 0, merged: 0 }, failures: [] };
  const keep = opts.maxFailuresKept ?? 1000;
  const fail = (origin: string, error: string) => {
    summary.documents.failed++;
    if (summary.failures.length < keep) summary.failures.push({ origin, error });
  };
  for await (const item of items) {
    if (!item.ok) fail(item.origin, item.error);
    else {
      try {
        await ingestOne(store, item.doc, item.origin, opts.extract, summary);
      } catch (err) {
        fail(item.origin, message(err));
      }
    }
    opts.onItem?.(summary, item);
  }
  return summary;
}

async function ingestOne(store: Store, doc: ReadDocument, origin: string, extract: Extractor, summary: IngestSummary): Promise<void> {
  const nd = toNewDocument(doc, origin);
  const id = documentId(nd);
  if (await store.documents.exists(id)) {
    summary.documents.unchanged++;
    return;
  }
  let records: EventRecord[];
  try {
    records = extract({ id: String(doc.id), text: nd.text, title: nd.title, published: nd.published, url: nd.url, lang: nd.lang });
  } catch (err) {
    throw new Error(`extraction failed: ${message(err)}`);
  }
  const result = await store.mentions.addDocument(nd, records);
  if (!result.created) {
    summary.documents.unchanged++;
    return;
  }
  summary.documents.new++;
  for (const m of result.mentions) {
    if (m.merged) summary.events.merged++;
    else summary.events.new++;
  }
}
