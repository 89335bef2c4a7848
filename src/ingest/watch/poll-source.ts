// One poll of one source: collect its items, keep those not seen before (or edited since), store
// them through the ingest pipeline (idempotent, de-duplicated like any ingest), remember what was
// stored, and record the run with the source's new state (validators, cursor, errors, back-off).
import { contentHash, type Store, type WatchRunResult, type WatchSource } from '../../store/index.js';
import { ingest, type IngestOptions } from '../pipeline.js';
import type { ReadItem } from '../readers/types.js';
import { collect, type Collected, type Found } from './collect.js';
import type { PoliteFetcher } from './polite-fetch.js';

export interface PollDeps {
  store: Store;
  fetcher: PoliteFetcher;
  extraction: Pick<IngestOptions, 'extract' | 'extractBatch'>;
  now?: () => Date;
}

export interface PollOutcome { source: WatchSource; run: WatchRunResult }

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The watched source's name and language override what the item says: the user chose them. */
function asSourceItem(item: ReadItem, s: WatchSource): ReadItem {
  if (!item.ok) return item;
  return { ...item, doc: { ...item.doc, source: s.name, ...(s.lang ? { lang: s.lang } : {}) } };
}

export async function pollSource(source: WatchSource, deps: PollDeps): Promise<PollOutcome> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const repo = deps.store.watch;
  let got: Collected;
  try {
    got = await collect(source, { fetcher: deps.fetcher, known: async (keys) => new Set((await repo.seen(source.id, keys)).keys()) });
  } catch (e) {
    got = { status: 'error', error: message(e) };
  }
  const base = { startedAt, itemsNew: 0, itemsUnchanged: 0, itemsFailed: 0, eventsNew: 0 };
  if (got.status !== 'ok') {
    const run: WatchRunResult = { ...base, finishedAt: now().toISOString(), status: got.status, httpStatus: got.httpStatus ?? null,
      error: got.status === 'error' ? got.error : null };
    return { source: await repo.recordRun(source, run, now()), run };
  }

  const seen = await repo.seen(source.id, got.items.map((f) => f.key));
  const fresh: { found: Extract<Found, { item: ReadItem }>; hash?: string }[] = [];
  let unchanged = 0;
  for (const f of got.items) {
    if ('known' in f) { unchanged++; continue; }
    const hash = f.item.ok ? contentHash({ text: f.item.doc.text, title: f.item.doc.title }) : undefined;
    if (hash && seen.get(f.key) === hash) unchanged++;
    else fresh.push({ found: { key: f.key, item: asSourceItem(f.item, source) }, hash });
  }
  const stored: { key: string; hash: string }[] = [];
  let failedBefore = 0;
  const byItem = new Map(fresh.map((x) => [x.found.item, x]));
  const summary = await ingest(
    (async function* () { for (const x of fresh) yield x.found.item; })(),
    deps.store,
    {
      ...deps.extraction,
      batchSize: 32,
      onItem: (sum, item) => {
        const x = byItem.get(item);
        if (sum.documents.failed === failedBefore && x?.hash) stored.push({ key: x.found.key, hash: x.hash });
        failedBefore = sum.documents.failed;
      },
    },
  );
  await repo.markSeen(source.id, stored);
  const run: WatchRunResult = {
    ...base,
    finishedAt: now().toISOString(),
    status: 'ok',
    httpStatus: got.httpStatus,
    itemsNew: summary.documents.new,
    // an item stored earlier under another source or path counts as unchanged, as in `ingest`
    itemsUnchanged: unchanged + summary.documents.unchanged,
    itemsFailed: summary.documents.failed,
    eventsNew: summary.events.new,
    error: summary.failures.length ? summary.failures.slice(0, 3).map((f) => `${f.origin}: ${f.error}`).join('; ') : null,
    etag: got.etag, lastModified: got.lastModified, cursor: got.cursor,
  };
  return { source: await repo.recordRun(source, run, now()), run };
}
