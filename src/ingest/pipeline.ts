// Ingestion: read items → store each document with its extracted mentions. A document already
// stored is skipped before extraction, so a re-run after a crash only does what is missing.
// Items go in chunks (≤ batchSize, ramping up from 8, or what came within maxBatchDelayMs): a chunk's new documents
// are extracted (by worker threads when given extractBatch) while the previous chunk is stored, and
// each chunk commits in one transaction (a commit per document costs more than resolving it), so a
// crash loses at most the chunks in flight, which the re-run then stores. Outcomes are counted and
// reported in input order; a bad item is counted and named, and the batch goes on.
import { basename, extname } from 'node:path';
import type { ExtractableDocument } from '../model/document.js';
import type { EventRecord } from '../model/event.js';
import { detectLanguage } from '../nlp/language.js';
import { documentId, type DocumentIngestResult, type NewDocument, type Store } from '../store/index.js';
import { extractEach, type BatchExtractor, type ExtractOutcome } from './extract-worker-client.js';
import type { ReadDocument, ReadItem } from './readers/types.js';

export type Extractor = (doc: ExtractableDocument) => EventRecord[];

export interface IngestSummary {
  documents: { new: number; unchanged: number; failed: number };
  /** events created, and mentions that joined an existing event */
  events: { new: number; merged: number };
  failures: { origin: string; error: string }[];
  /** what readers inferred for documents stored ("title from the first line" → how many) */
  inferred: Record<string, number>;
}

export interface IngestOptions {
  /** extracts inline, on the main thread (tests, small runs) */
  extract?: Extractor;
  /** extracts a chunk elsewhere (startExtractWorkers): used instead of `extract` when given */
  extractBatch?: BatchExtractor;
  /** called after every item, for progress display */
  onItem?: (summary: IngestSummary, item: ReadItem) => void;
  /** failures kept in the summary (each is still counted) */
  maxFailuresKept?: number;
  /** items per chunk, and so at most documents per transaction (default 64); 1 commits each on its own */
  batchSize?: number;
  /** longest an item waits for its chunk to fill, in ms (default 500) */
  maxBatchDelayMs?: number;
}

/**
 * The source a document is filed under: given, else the URL's host, else the name of the file it
 * came from — its base name only: a local path must never reach exports and public pages.
 */
export function sourceOf(doc: ReadDocument, origin: string): string {
  if (doc.source?.trim()) return doc.source.trim();
  if (doc.url) {
    try {
      return new URL(doc.url).hostname || 'unknown';
    } catch {
      /* not a URL: fall through */
    }
  }
  if (/^https?:\/\//i.test(origin)) {
    try {
      return new URL(origin).hostname || 'unknown';
    } catch {
      /* fall through */
    }
  }
  const file = origin.replace(/[:#][^/\\]*$/, '');
  return basename(file, extname(file)) || 'unknown';
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

/** Chunks extracted ahead of the one being stored: keeps the workers busy, bounds memory. */
const CHUNKS_AHEAD = 2;
/** The first chunk's size; each next one doubles up to the batch size. The store waits for the first
 *  chunk's extraction with nothing else to do (and a freshly started extractor is at its slowest),
 *  so a small first chunk lets storing start at once instead of after a whole batch. */
const FIRST_CHUNK = 8;

/** An item as read: failed, already stored, or a new document to extract and store. */
type Entry = { item: ReadItem; origin: string } & (
  | { kind: 'failed'; error: string }
  | { kind: 'unchanged' }
  | { kind: 'new'; doc: NewDocument }
);
interface Chunk {
  entries: Entry[];
  extracted: Promise<ExtractOutcome[]>;
}
interface Pending {
  doc: NewDocument;
  records: EventRecord[];
  origin: string;
}

export async function ingest(
  items: AsyncIterable<ReadItem>,
  store: Store,
  opts: IngestOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    documents: { new: 0, unchanged: 0, failed: 0 },
    events: { new: 0, merged: 0 },
    failures: [],
    inferred: {},
  };
  const keep = opts.maxFailuresKept ?? 1000;
  const batchSize = Math.max(1, opts.batchSize ?? 64);
  const maxDelay = opts.maxBatchDelayMs ?? 500;
  const extractBatch = batchExtractor(opts);
  const fail = (origin: string, error: string) => {
    summary.documents.failed++;
    if (summary.failures.length < keep) summary.failures.push({ origin, error });
  };
  const count = (r: DocumentIngestResult) => {
    if (!r.created) {
      summary.documents.unchanged++;
      return;
    }
    summary.documents.new++;
    for (const m of r.mentions)
      if (m.merged) summary.events.merged++;
      else summary.events.new++;
  };

  const queue: Chunk[] = [];
  let open: Entry[] = [];
  let openedAt = 0;
  let chunkSize = Math.min(batchSize, FIRST_CHUNK);
  const dispatch = () => {
    if (open.length === 0) return;
    chunkSize = Math.min(batchSize, chunkSize * 2);
    const docs = open.flatMap((e) => (e.kind === 'new' ? [extractable(e.item, e.doc)] : []));
    const extracted = docs.length ? extractBatch(docs) : Promise.resolve([]);
    extracted.catch(() => {
      /* handled when the chunk is settled */
    });
    queue.push({ entries: open, extracted });
    open = [];
  };
  // Stores the oldest chunk, then counts its items in input order.
  const settle = async () => {
    const chunk = queue.shift()!;
    const news = chunk.entries.filter((e) => e.kind === 'new');
    let outcomes: ExtractOutcome[];
    try {
      outcomes = await chunk.extracted;
      if (outcomes.length !== news.length)
        throw new Error(`extractor returned ${outcomes.length} results for ${news.length} documents`);
    } catch (err) {
      outcomes = news.map(() => ({ ok: false, error: message(err) }));
    }
    const pending: Pending[] = [];
    const outcome = new Map<Entry, ExtractOutcome>(news.map((e, i) => [e, outcomes[i]]));
    for (const [e, o] of outcome)
      if (o.ok && e.kind === 'new') pending.push({ doc: e.doc, records: o.records, origin: e.origin });
    const stored = await storeAll(store, pending);
    let next = 0;
    for (const e of chunk.entries) {
      if (e.kind === 'failed') fail(e.origin, e.error);
      else if (e.kind === 'unchanged') summary.documents.unchanged++;
      else {
        const o = outcome.get(e)!;
        if (!o.ok) fail(e.origin, `extraction failed: ${o.error}`);
        else {
          const r = stored[next++];
          if (r instanceof Error) fail(e.origin, r.message);
          else {
            count(r);
            if (r.created && e.item.ok)
              for (const note of e.item.inferred ?? []) summary.inferred[note] = (summary.inferred[note] ?? 0) + 1;
          }
        }
      }
      opts.onItem?.(summary, e.item);
    }
  };

  try {
    for await (const item of items) {
      if (open.length === 0) openedAt = Date.now();
      open.push(await classify(store, item));
      if (open.length >= chunkSize || Date.now() - openedAt >= maxDelay) dispatch();
      while (queue.length > CHUNKS_AHEAD) await settle();
    }
  } finally {
    // Also when reading stops early (an interrupt): what was read is extracted and kept.
    dispatch();
    while (queue.length) await settle();
  }
  return summary;
}

function batchExtractor(opts: IngestOptions): BatchExtractor {
  if (opts.extractBatch) return opts.extractBatch;
  const extract = opts.extract;
  if (!extract) throw new Error('ingest: give extract or extractBatch');
  return async (docs) => extractEach(docs, extract);
}

/** Sorts an item read: failed, already stored (skipped before extraction), or new. */
async function classify(store: Store, item: ReadItem): Promise<Entry> {
  if (!item.ok) return { item, origin: item.origin, kind: 'failed', error: item.error };
  try {
    const doc = toNewDocument(item.doc, item.origin);
    if (await store.documents.exists(documentId(doc))) return { item, origin: item.origin, kind: 'unchanged' };
    return { item, origin: item.origin, kind: 'new', doc };
  } catch (err) {
    return { item, origin: item.origin, kind: 'failed', error: message(err) };
  }
}

function extractable(item: ReadItem, nd: NewDocument): ExtractableDocument {
  const id = item.ok ? String(item.doc.id) : nd.externalId;
  return { id, text: nd.text, title: nd.title, published: nd.published, url: nd.url, lang: nd.lang };
}

/** Stores documents in one transaction; if one is bad, one by one, so only it fails (an Error in its place). */
async function storeAll(store: Store, pending: Pending[]): Promise<(DocumentIngestResult | Error)[]> {
  if (pending.length === 0) return [];
  try {
    return await store.mentions.addDocuments(pending);
  } catch {
    const out: (DocumentIngestResult | Error)[] = [];
    for (const p of pending) {
      try {
        out.push(await store.mentions.addDocument(p.doc, p.records));
      } catch (err) {
        out.push(new Error(message(err)));
      }
    }
    return out;
  }
}
