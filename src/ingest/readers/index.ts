// Input readers for ingestion: files, folders and URLs → InputDocuments (+ source).
//
// Usage by a caller with a progress bar:
//
//   const plan = await planInputs(inputs);            // walks folders, stats files; reads no content
//   const total = await estimateItems(plan);          // optional: documents expected (cheap count;
//                                                     // countItems(file) gives one file's share)
//   for await (const item of readInputs(inputs, opts)) {
//     if (item.ok) store(item.doc); else report(item.origin, item.error);
//     bar.increment();
//   }
//
// `readInputs` yields one item per document or per failure, in input order (folders sorted by
// name). It never throws for bad input — a missing file, a binary file, a malformed line, a refused
// URL are all `{ ok: false, origin, error }` items and the batch goes on. It throws only when
// `opts.signal` is aborted (the signal's reason), between items.
//
// Kinds: .txt/.md (front matter: title, date|published, url, source, lang, id), .html/.htm
// (Readability), .jsonl and .json (input documents of docs/event-format.md), RSS/Atom (.xml/.rss/.atom), Telegram
// Desktop result.json, folders (recursive), http(s) URLs (private addresses refused unless
// `allowPrivate`). Folder walks skip hidden entries, node_modules, README/LICENSE/CHANGELOG files and
// extensions no reader takes. A document without a source gets its URL's host, or its folder's (or
// file's) name — never a local path. Limits: `maxBytes` per file or response (default 20 MiB; JSONL
// is streamed and any size, each line ≤ maxBytes); document text ≤ `maxChars` (default 1,000,000);
// `fileTimeoutMs` per file (default 30 s): each file is read in a worker thread that is ended past
// it, and the file reported, so no input can stall the batch.
// Ids: the input's own (front matter, JSONL, feed guid/link, chat id/message id, fetched URL), else
// "<file name>-<hash of text>", stable wherever the batch is run from.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { startIsolatedReader, type IsolatedReader } from './isolated.js';
import { planInputs, type InputPlan, type PlannedFile } from './plan.js';
import { runJob, type ReadJob } from './read-job.js';
import { MAX_TEXT_CHARS } from '../../model/document.js';
import { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_MAX_BYTES, type ReadItem, type ReadOptions } from './types.js';

export type { ReadItem, ReadOptions, ReadDocument } from './types.js';
export type { InputPlan, PlannedFile } from './plan.js';
export { planInputs } from './plan.js';
export { isPrivateAddress } from './net-guard.js';
export { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_MAX_BYTES } from './types.js';

/** The text limit: as asked, else 1,000,000 characters, raised to --max-bytes when that is larger. */
export function textLimit(opts: Pick<ReadOptions, 'maxBytes' | 'maxChars'>): number {
  return opts.maxChars ?? Math.max(MAX_TEXT_CHARS, opts.maxBytes ?? 0);
}

export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxChars = textLimit(opts);
  const limit = opts.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  // One reader worker for the whole batch, started on first use and replaced after a timeout.
  let isolated: IsolatedReader | null = null;
  const read = (job: ReadJob): AsyncGenerator<ReadItem> => {
    // An injected fetch (tests) cannot cross into a worker: such URLs are read here.
    if (limit <= 0 || (job.kind === 'url' && opts.fetch))
      return runJob(job, { fetch: opts.fetch, signal: opts.signal });
    isolated ??= startIsolatedReader();
    const urlTime = job.kind === 'url' ? (opts.timeoutMs ?? 15_000) : 0; // the fetch has its own deadline
    return isolated.read(job, limit + urlTime, opts.signal);
  };
  try {
    // Plan each input on its own so that the output keeps the order of the command line.
    for (const input of inputs) {
      opts.signal?.throwIfAborted();
      const plan = await planInputs([input]);
      for (const problem of plan.problems) yield problem;
      for (const url of plan.urls) {
        opts.signal?.throwIfAborted();
        yield* read({
          kind: 'url',
          url,
          opts: { allowPrivate: opts.allowPrivate, maxBytes, maxChars, timeoutMs: opts.timeoutMs },
        });
      }
      for (const file of plan.files) {
        opts.signal?.throwIfAborted();
        yield* read({ kind: 'file', file, maxBytes, maxChars });
      }
    }
  } finally {
    await (isolated as IsolatedReader | null)?.close();
  }
}

/** Up to this size a feed or JSON file is scanned to count its items; larger ones count as one. */
const COUNT_SCAN_BYTES = 4 * 1024 * 1024;

/** Non-blank lines of a file, counted from its bytes in one streaming pass (JSONL of any size). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let blank = true;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (b === 0x0a) {
          if (!blank) lines++;
          blank = true;
        } else if (b > 0x20) blank = false;
      }
    }
  } catch {
    return 1; // unreadable: it yields one error item
  }
  return blank ? lines : lines + 1;
}

/**
 * Expected items in one planned file, by a cheap scan: JSONL lines (any size), feed items,
 * Telegram messages (an estimate: a post without text still counts); any other file is 1, as is a
 * feed or export over 4 MB or over `maxBytes` (which yields one error item).
 */
export async function countItems(file: PlannedFile, maxBytes = DEFAULT_MAX_BYTES): Promise<number> {
  if (file.kind === 'jsonl') return Math.max(1, await countLines(file.path));
  if (file.bytes > maxBytes || file.bytes > COUNT_SCAN_BYTES || !['json', 'feed'].includes(file.kind ?? '')) return 1;
  const text = await readFile(file.path, 'latin1').catch(() => '');
  const count =
    file.kind === 'feed'
      ? (text.match(/<(item|entry)[\s>]/g) ?? []).length
      : (text.match(/"type"\s*:\s*"message"/g) ?? []).length;
  return Math.max(1, count);
}

/**
 * Expected number of items for a whole plan (a progress bar's total): URLs and problems count 1,
 * and so does a file over `maxBytes` (it yields one error item).
 */
export async function estimateItems(plan: InputPlan, maxBytes = DEFAULT_MAX_BYTES): Promise<number> {
  let total = plan.urls.length + plan.problems.length;
  for (const f of plan.files) total += await countItems(f, maxBytes);
  return total;
}
