// Ingestion: read items → store each document with its extracted mentions. A document already
// stored is skipped before extraction, so a re-run after a crash only does what is missing.
// New documents commit in small batches (a commit per document costs more than resolving it);
// a crash loses at most the batch in flight, which the re-run then stores. A bad item is counted
// and named, and the batch goes on.
import type { ExtractableDocument } from '../model/document.js';
import type { EventRecord } from '../model/event.js';
import { detectLanguage } from '../nlp/language.js';
import { documentId, type DocumentIngestResult, type NewDocument, type Store } from '../store/index.js';
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
  /** documents per transaction (default 64); 1 commits each on its own */
  batchSize?: number;
  /** longest a stored-but-uncommitted document waits, in ms (default 500) */
  maxBatchDelayMs?: number;
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

interface Pending { doc: NewDocument; records: EventRecord[]; origin: string }

export async function ingest(items: AsyncIterable<ReadItem>, store: Store, opts: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { documents: { new: 0, unchanged: 0, failed: 0 }, events: { new: 0, merged: 0 }, failures: [] };
  const keep = opts.maxFailuresKept ?? 1000;
  const batchSize = Math.max(1, opts.batchSize ?? 64);
  const maxDelay = opts.maxBatchDelayMs ?? 500;
  const fail = (origin: string, error: string) => {
    summary.documents.failed++;
    if (summary.failures.length < keep) summary.failures.push({ origin, error });
  };
  const count = (r: DocumentIngestResult) => {
    if (!r.created) { summary.documents.unchanged++; return; }
    summary.documents.new++;
    for (const m of r.mentions) if (m.merged) summary.events.merged++; else summary.events.new++;
  };

  let batch: Pending[] = [];
  let batchStarted = 0;
  const flush = async () => {
    const todo = batch;
    batch = [];
    if (todo.length === 0) return;
    try {
      (await store.mentions.addDocuments(todo)).forEach(count);
    } catch {
      // One bad document rolled the batch back: store them one by one so only it fails.
      for (const p of todo) {
        try { count(await store.mentions.addDocument(p.doc, p.records)); } catch (err) { fail(p.origin, message(err)); }
      }
    }
  };

  try {
    for await (const item of items) {
      if (!item.ok) fail(item.origin, item.error);
      else {
        try {
          const p = await prepare(store, item.doc, item.origin, opts.extract);
          if (p === 'unchanged') summary.documents.unchanged++;
          else {
            if (batch.length === 0) batchStarted = Date.now();
            batch.push(p);
          }
        } catch (err) {
          fail(item.origin, message(err));
        }
        if (batch.length >= batchSize || (batch.length > 0 && Date.now() - batchStarted >= maxDelay)) await flush();
      }
      opts.onItem?.(summary, item);
    }
  } finally {
    // Also when reading stops early (an interrupt): what was extracted is kept.
    await flush();
  }
  return summary;
}

/** Extracts a document not yet stored; 'unchanged' when it is. */
async function prepare(store: Store, doc: ReadDocument, origin: string, extract: Extractor): Promise<Pending | 'unchanged'> {
  const nd = toNewDocument(doc, origin);
  if (await store.documents.exists(documentId(nd))) return 'unchanged';
  try {
    const records = extract({ id: String(doc.id), text: nd.text, title: nd.title, published: nd.published, url: nd.url, lang: nd.lang });
    return { doc: nd, records, origin };
  } catch (err) {
    throw new Error(`extraction failed: ${message(err)}`);
  }
}
