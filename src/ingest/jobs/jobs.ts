// The two jobs of a team's monitoring: poll a source (fetch, keep the fresh items, queue them in
// batches) and store a batch of items (extract, store, remember). Both are safe to run twice: a
// document is stored once whatever runs it (content-keyed), so a retried job adds nothing twice.
import type PgBoss from 'pg-boss';
import type { Store, WatchRunResult } from '../../store/index.js';
import {
  collectFresh,
  recordUnfetched,
  storeFresh,
  type FreshItem,
  type PollDeps,
  type PollOutcome,
} from '../watch/poll-source.js';
import type { PoliteFetcher } from '../watch/polite-fetch.js';
import { ITEM_QUEUE, POLL_QUEUE } from './queue.js';

export interface PollJob {
  sourceId: number;
}
export interface ItemJob {
  sourceId: number;
  items: FreshItem[];
}

/** Items per store job: a transaction's worth, small enough that a retry redoes little. */
export const ITEMS_PER_JOB = 16;

/** The scheduler's part: one poll job per due source (a source already queued is not queued again). */
export async function queuePoll(boss: PgBoss, sourceId: number): Promise<void> {
  await boss.send(POLL_QUEUE, { sourceId } satisfies PollJob, { singletonKey: String(sourceId) });
}

export async function queueItems(boss: PgBoss, sourceId: number, items: FreshItem[]): Promise<void> {
  const jobs = [];
  for (let i = 0; i < items.length; i += ITEMS_PER_JOB)
    jobs.push({ name: ITEM_QUEUE, data: { sourceId, items: items.slice(i, i + ITEMS_PER_JOB) } satisfies ItemJob });
  if (jobs.length) await boss.insert(jobs);
}

/** Runs a poll job: fetch, then queue the fresh items for any worker to store. */
export async function runPollJob(
  store: Store,
  boss: PgBoss,
  fetcher: PoliteFetcher,
  job: PollJob,
): Promise<PollOutcome | undefined> {
  const source = await store.watch.get(job.sourceId);
  if (!source || source.paused) return undefined; // removed or paused since it was queued
  const startedAt = new Date().toISOString();
  const c = await collectFresh(source, store, fetcher);
  if (!('fresh' in c)) return recordUnfetched(store, source, c.got, startedAt, new Date());
  await queueItems(boss, source.id, c.fresh);
  // The run counts what it queued; the store jobs record their documents as they finish.
  const run: WatchRunResult = {
    startedAt,
    finishedAt: new Date().toISOString(),
    status: 'ok',
    httpStatus: c.got.httpStatus,
    itemsNew: c.fresh.length,
    itemsUnchanged: c.unchanged,
    itemsFailed: 0,
    eventsNew: 0,
    error: null,
    etag: c.got.etag,
    lastModified: c.got.lastModified,
    cursor: c.got.cursor,
  };
  return { source: await store.watch.recordRun(source, run), run };
}

/**
 * Runs a store job. When an item could not be stored (a conflict with another worker, a lost
 * connection), the job fails so the queue tries it again: the items already stored are then found
 * unchanged, and a report that is bad in itself gives up after the queue's retry limit.
 */
export async function runItemJob(store: Store, extraction: PollDeps['extraction'], job: ItemJob) {
  const summary = await storeFresh(store, job.sourceId, job.items, extraction);
  if (summary.documents.failed > 0) {
    throw new Error(
      `${summary.documents.failed} of ${job.items.length} items not stored: ${summary.failures
        .slice(0, 3)
        .map((f) => `${f.origin}: ${f.error}`)
        .join('; ')}`,
    );
  }
  return summary;
}

/**
 * The scheduler's pass on a team store: claims each due source for `leaseSeconds` and queues its
 * poll. A poll's run sets the next due time; if every worker died, the lease runs out and the
 * source is queued again.
 */
export async function scheduleDue(store: Store, boss: PgBoss, leaseSeconds: number, now = new Date()): Promise<number> {
  let queued = 0;
  for (const s of await store.watch.due(now)) {
    if (!(await store.watch.claim(s.id, now, leaseSeconds))) continue;
    await queuePoll(boss, s.id);
    queued++;
  }
  return queued;
}
