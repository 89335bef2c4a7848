// One poll of one source: collect its items, keep those not seen before (or edited since), store
// them through the ingest pipeline (idempotent, de-duplicated like any ingest), remember what was
// stored, and record the run with the source's new state (validators, cursor, errors, back-off).
// On a team's PostgreSQL store the fresh items go to the job queue instead (src/ingest/jobs).
import { contentHash, type Store, type WatchRunResult, type WatchSource } from '../../store/index.js';
import { ingest, type IngestOptions, type IngestSummary } from '../pipeline.js';
import type { ReadItem } from '../readers/types.js';
import { collect, type Collected } from './collect.js';
import type { PoliteFetcher } from './polite-fetch.js';

export interface PollDeps {
  store: Store;
  fetcher: PoliteFetcher;
  extraction: Pick<IngestOptions, 'extract' | 'extractBatch'>;
  now?: () => Date;
}

export interface PollOutcome {
  source: WatchSource;
  run: WatchRunResult;
}

/** An item to store: its key within the source and the hash of the version read. */
export interface FreshItem {
  key: string;
  hash?: string;
  item: ReadItem;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The watched source's name and language override what the item says: the user chose them. */
function asSourceItem(item: ReadItem, s: WatchSource): ReadItem {
  if (!item.ok) return item;
  return { ...item, doc: { ...item.doc, source: s.name, ...(s.lang ? { lang: s.lang } : {}) } };
}

type Fresh =
  | { got: Extract<Collected, { status: 'ok' }>; fresh: FreshItem[]; unchanged: number }
  | { got: Exclude<Collected, { status: 'ok' }> };

/** Fetches the source and sorts its items into fresh (new or edited) and unchanged. */
export async function collectFresh(source: WatchSource, store: Store, fetcher: PoliteFetcher): Promise<Fresh> {
  let got: Collected;
  try {
    got = await collect(source, {
      fetcher,
      known: async (keys) => new Set((await store.watch.seen(source.id, keys)).keys()),
    });
  } catch (e) {
    got = { status: 'error', error: message(e) };
  }
  if (got.status !== 'ok') return { got };
  const seen = await store.watch.seen(
    source.id,
    got.items.map((f) => f.key),
  );
  const fresh: FreshItem[] = [];
  let unchanged = 0;
  for (const f of got.items) {
    if ('known' in f) {
      unchanged++;
      continue;
    }
    const hash = f.item.ok ? contentHash({ text: f.item.doc.text, title: f.item.doc.title }) : undefined;
    if (hash && seen.get(f.key) === hash) unchanged++;
    else fresh.push({ key: f.key, hash, item: asSourceItem(f.item, source) });
  }
  return { got, fresh, unchanged };
}

/** Stores fresh items through the pipeline and remembers those stored; returns the pipeline's summary. */
export async function storeFresh(
  store: Store,
  sourceId: number,
  fresh: FreshItem[],
  extraction: PollDeps['extraction'],
): Promise<IngestSummary> {
  const stored: { key: string; hash: string }[] = [];
  const byItem = new Map(fresh.map((x) => [x.item, x]));
  let failedBefore = 0;
  const summary = await ingest(
    (async function* () {
      for (const x of fresh) yield x.item;
    })(),
    store,
    {
      ...extraction,
      batchSize: 32,
      onItem: (sum, item) => {
        const x = byItem.get(item);
        if (sum.documents.failed === failedBefore && x?.hash) stored.push({ key: x.key, hash: x.hash });
        failedBefore = sum.documents.failed;
      },
    },
  );
  await store.watch.markSeen(sourceId, stored);
  return summary;
}

/** A run that ended before any item: a fetch error or 304. */
export async function recordUnfetched(
  store: Store,
  source: WatchSource,
  got: Exclude<Collected, { status: 'ok' }>,
  startedAt: string,
  now: Date,
): Promise<PollOutcome> {
  const run: WatchRunResult = {
    startedAt,
    finishedAt: now.toISOString(),
    status: got.status,
    httpStatus: got.httpStatus ?? null,
    itemsNew: 0,
    itemsUnchanged: 0,
    itemsFailed: 0,
    eventsNew: 0,
    error: got.status === 'error' ? got.error : null,
  };
  return { source: await store.watch.recordRun(source, run, now), run };
}

export async function pollSource(source: WatchSource, deps: PollDeps): Promise<PollOutcome> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const c = await collectFresh(source, deps.store, deps.fetcher);
  if (!('fresh' in c)) return recordUnfetched(deps.store, source, c.got, startedAt, now());
  const summary = await storeFresh(deps.store, source.id, c.fresh, deps.extraction);
  const run: WatchRunResult = {
    startedAt,
    finishedAt: now().toISOString(),
    status: 'ok',
    httpStatus: c.got.httpStatus,
    itemsNew: summary.documents.new,
    // an item stored earlier under another source or path counts as unchanged, as in `ingest`
    itemsUnchanged: c.unchanged + summary.documents.unchanged,
    itemsFailed: summary.documents.failed,
    eventsNew: summary.events.new,
    error: summary.failures.length
      ? summary.failures
          .slice(0, 3)
          .map((f) => `${f.origin}: ${f.error}`)
          .join('; ')
      : null,
    etag: c.got.etag,
    lastModified: c.got.lastModified,
    cursor: c.got.cursor,
  };
  return { source: await deps.store.watch.recordRun(source, run, now()), run };
}
