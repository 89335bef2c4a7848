// `khronika worker`: takes poll and store jobs from the team's queue until stopped. Any number run
// on any machines against one PostgreSQL database; a job is held by one worker at a time, and the
// job of a worker that dies is retried by another once its time-out passes.
import type PgBoss from 'pg-boss';
import type { Store } from '../../store/index.js';
import type { IngestSummary } from '../pipeline.js';
import type { PollDeps, PollOutcome } from '../watch/poll-source.js';
import type { PoliteFetcher } from '../watch/polite-fetch.js';
import { runItemJob, runPollJob, type ItemJob, type PollJob } from './jobs.js';
import { ITEM_QUEUE, POLL_QUEUE } from './queue.js';

export interface WorkerOptions {
  fetcher: PoliteFetcher;
  extraction: PollDeps['extraction'];
  /** how often an idle worker asks for jobs, seconds (default 2) */
  pollingIntervalSeconds?: number;
  onPoll?: (o: PollOutcome) => void;
  onItems?: (s: IngestSummary) => void;
}

export async function startWorker(store: Store, boss: PgBoss, o: WorkerOptions): Promise<void> {
  const every = o.pollingIntervalSeconds ?? 2;
  // pg-boss waits its polling interval after every fetch, even one that found work: a worker that
  // just finished a job asks again at once (notifyWorker), and waits only when the queue is empty.
  let pollWorker = '';
  let itemWorker = '';
  pollWorker = await boss.work<PollJob>(POLL_QUEUE, { batchSize: 1, pollingIntervalSeconds: every }, async (jobs) => {
    for (const job of jobs) {
      const out = await runPollJob(store, boss, o.fetcher, job.data);
      if (out) o.onPoll?.(out);
    }
    boss.notifyWorker(pollWorker);
  });
  itemWorker = await boss.work<ItemJob>(ITEM_QUEUE, { batchSize: 1, pollingIntervalSeconds: every }, async (jobs) => {
    for (const job of jobs) {
      // Not `o.onItems?.(await …)`: an optional call skips evaluating its arguments.
      const summary = await runItemJob(store, o.extraction, job.data);
      o.onItems?.(summary);
    }
    boss.notifyWorker(itemWorker);
  });
}
