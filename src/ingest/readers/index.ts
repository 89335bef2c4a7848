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
// (Readability), .jsonl and .json (EVENTS.md input documents), RSS/Atom (.xml/.rss/.atom), Telegram
// Desktop result.json, folders (recursive), http(s) URLs (private addresses refused unless
// `allowPrivate`). Folder walks skip hidden entries, node_modules, README/LICENSE/CHANGELOG files and
// extensions no reader takes. A document without a source gets its URL's host. Limits: `maxBytes`
// per file or response (default 20 MB); document text as in InputDocumentSchema (1,000,000 chars).
// Ids: the input's own (front matter, JSONL, feed guid/link, chat id/message id, fetched URL), else
// "<file name>-<hash of text>", stable wherever the batch is run from.
import { readFile } from 'node:fs/promises';
import { readFileInput } from './file.js';
import { planInputs, type InputPlan, type PlannedFile } from './plan.js';
import { readUrl } from './url.js';
import { DEFAULT_MAX_BYTES, errItem, type ReadItem, type ReadOptions } from './types.js';

export type { ReadItem, ReadOptions, ReadDocument } from './types.js';
export type { InputPlan, PlannedFile } from './plan.js';
export { planInputs } from './plan.js';
export { isPrivateAddress } from './net-guard.js';

export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // Plan each input on its own so that the output keeps the order of the command line.
  for (const input of inputs) {
    opts.signal?.throwIfAborted();
    const plan = await planInputs([input]);
    for (const problem of plan.problems) yield problem;
    for (const url of plan.urls) yield* guarded(url, readUrl(url, { ...opts, maxBytes }), opts.signal);
    for (const file of plan.files) {
      opts.signal?.throwIfAborted();
      yield* guarded(file.path, readFileInput(file, maxBytes), opts.signal);
    }
  }
}

/**
 * Readers report bad items themselves; this turns anything they did not foresee (an I/O error, a
 * parser crash on hostile input) into an error item for that input, so the batch goes on.
 */
async function* guarded(origin: string, items: AsyncIterable<ReadItem>, signal?: AbortSignal): AsyncGenerator<ReadItem> {
  try {
    yield* items;
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    yield errItem(origin, `cannot read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Up to this size a file is scanned to count its items; larger ones count as one. */
const COUNT_SCAN_BYTES = 4 * 1024 * 1024;

/**
 * Expected items in one planned file, by a cheap text scan: JSONL lines, feed items, Telegram
 * messages (an estimate: a post without text still counts); any other file, or one over 4 MB, is 1.
 */
export async function countItems(file: PlannedFile, maxBytes = DEFAULT_MAX_BYTES): Promise<number> {
  if (file.bytes > maxBytes || file.bytes > COUNT_SCAN_BYTES || !['jsonl', 'json', 'feed'].includes(file.kind ?? '')) return 1;
  const text = await readFile(file.path, 'latin1').catch(() => '');
  const count =
    file.kind === 'jsonl' ? text.split('\n').filter((l) => l.trim()).length
    : file.kind === 'feed' ? (text.match(/<(item|entry)[\s>]/g) ?? []).length
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
