// The team's job queue: pg-boss over the PostgreSQL database the store already uses (no other
// server to run). Chosen over graphile-worker because pg-boss 10 supports Node 20 (graphile-worker
// and pg-boss 11+ want Node 22), needs no compiled task files, and gives per-queue retry and
// expiry: a job whose worker dies is retried once its expiry passes.
import PgBoss from 'pg-boss';

/** Fetch one watched source and queue its fresh items. */
export const POLL_QUEUE = 'khronika-poll';
/** Extract and store a batch of fetched items. */
export const ITEM_QUEUE = 'khronika-item';

export interface QueueSettings {
  /** postgres://… of the store */
  url: string;
  /** the store's schema, if any: the queue lives in `<schema>_jobs`, else in khronika_jobs */
  storeSchema?: string;
  /** a job running longer than this is taken to have died and is retried (default 600 s) */
  jobTimeoutSeconds?: number;
}

/** A failed or expired job is tried again 5 times, from 5 s apart, doubling. */
const RETRY = { retryLimit: 5, retryDelay: 5, retryBackoff: true };

export function jobSchema(storeSchema?: string): string {
  return storeSchema ? `${storeSchema}_jobs` : 'khronika_jobs';
}

export async function openQueue(s: QueueSettings): Promise<PgBoss> {
  const timeout = Math.max(1, Math.round(s.jobTimeoutSeconds ?? 600));
  const boss = new PgBoss({
    connectionString: s.url,
    schema: jobSchema(s.storeSchema),
    max: 4,
    // Expired jobs are found by maintenance: run it often enough that a dead worker's jobs return soon.
    maintenanceIntervalSeconds: Math.min(120, Math.max(1, Math.floor(timeout / 2))),
    schedule: false,
    // also the defaults of jobs inserted in bulk, which do not take the queue's options
    expireInSeconds: timeout,
    retryLimit: RETRY.retryLimit,
    retryDelay: RETRY.retryDelay,
    retryBackoff: RETRY.retryBackoff,
  });
  boss.on('error', (e: Error) => process.stderr.write(`khronika: job queue: ${e.message}\n`));
  await boss.start();
  for (const name of [POLL_QUEUE, ITEM_QUEUE]) {
    await boss.createQueue(name, { name, ...RETRY, expireInSeconds: timeout });
    // createQueue keeps an existing queue's options: a changed timeout takes effect through updateQueue.
    await boss.updateQueue(name, { name, ...RETRY, expireInSeconds: timeout });
  }
  return boss;
}
