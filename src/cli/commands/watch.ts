// `khronika watch [--once]`: polls every due source, stores what is new through the ingest pipeline
// (de-duplicated like any ingest), and sleeps until the next source is due. `--once` runs one pass
// and exits (cron, tests). Ctrl-C finishes the polls in flight and exits.
import type { Command } from 'commander';
import { openStore, storeSettingsFrom } from '../../store/index.js';
import { defaultWorkerCount, startExtractWorkers } from '../../ingest/extract-worker-client.js';
import { openQueue } from '../../ingest/jobs/queue.js';
import { scheduleDue } from '../../ingest/jobs/jobs.js';
import { parseDuration } from '../../ingest/watch/duration.js';
import { deliverAlerts } from '../../export/alerts/deliver.js';
import { PoliteFetcher } from '../../ingest/watch/polite-fetch.js';
import { watch } from '../../ingest/watch/watch-loop.js';
import type { PollOutcome } from '../../ingest/watch/poll-source.js';
import { addDbOption } from './store-option.js';
import { printable } from '../printable.js';

interface WatchCliOptions {
  db?: string;
  once?: boolean;
  all?: boolean;
  quiet?: boolean;
  concurrency?: string;
  gap?: string;
  inProcess?: boolean;
  jobTimeout?: string;
  workers?: string;
}

export function pollLine(o: PollOutcome): string {
  const r = o.run;
  const what =
    r.status === 'error'
      ? `failed: ${printable(r.error ?? '')}`
      : r.status === 'not_modified'
        ? 'not modified'
        : `${r.itemsNew} new, ${r.itemsUnchanged} unchanged, ${r.itemsFailed} failed items; ${r.eventsNew} new events`;
  const next = r.status === 'error' ? ` (retry after ${o.source.nextDueAt.slice(0, 16).replace('T', ' ')})` : '';
  return `${r.finishedAt.slice(11, 19)} source ${o.source.id} ${printable(o.source.name)}: ${what}${next}`;
}

function positive(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name}: expected a non-negative number, got '${v}'`);
  return n;
}

/** On a team's PostgreSQL store, watch only schedules: workers (`khronika worker`) do the polls. */
async function runScheduler(o: WatchCliOptions, url: string, schema: string | undefined): Promise<void> {
  const store = await openStore(o.db);
  const lease = parseDuration(o.jobTimeout ?? '10m');
  const boss = await openQueue({ url, storeSchema: schema, jobTimeoutSeconds: lease });
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    for (;;) {
      const n = await scheduleDue(store, boss, lease);
      await deliverAlerts(store);
      if (!o.quiet || o.once)
        process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${n} sources queued for the workers\n`);
      if (o.once || abort.signal.aborted) break;
      await new Promise((r) => {
        const t = setTimeout(r, 15_000);
        abort.signal.addEventListener(
          'abort',
          () => {
            clearTimeout(t);
            r(undefined);
          },
          { once: true },
        );
      });
      if (abort.signal.aborted) break;
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await boss.stop({ graceful: true, timeout: 10_000 });
    await store.close();
  }
}

async function runWatch(o: WatchCliOptions): Promise<void> {
  const settings = storeSettingsFrom(o.db);
  if (settings.kind === 'postgres' && !o.inProcess) return runScheduler(o, settings.db, settings.schema);
  const store = await openStore(o.db);
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Extraction in worker threads while the main thread fetches and stores, as `ingest` does.
  const workers = o.workers === undefined ? defaultWorkerCount() : Math.floor(positive('--workers', o.workers, 0));
  const pool = workers > 0 ? startExtractWorkers(workers) : null;
  try {
    const extraction = pool
      ? { extractBatch: pool.extractBatch }
      : { extract: (await import('../../extract/index.js')).extract };
    const fetcher = new PoliteFetcher({ minGapMs: positive('--gap', o.gap, 1) * 1000 });
    let failed = 0;
    const outcomes = await watch(store, {
      fetcher,
      extraction,
      once: o.once,
      all: o.all,
      signal: abort.signal,
      // New events reach the alerts' webhooks after each pass; failed deliveries are tried again when due.
      afterPass: async () => {
        const r = await deliverAlerts(store);
        if (!o.quiet && (r.delivered || r.failed))
          process.stdout.write(`alerts: ${r.delivered} deliveries made, ${r.failed} failed (retried later)\n`);
      },
      concurrency: positive('--concurrency', o.concurrency, 4),
      onPoll: (p) => {
        if (p.run.status === 'error') failed++;
        if (!o.quiet) process.stdout.write(pollLine(p) + '\n');
      },
    });
    if (o.once) {
      const n = (k: 'itemsNew' | 'eventsNew') => outcomes.reduce((a, p) => a + p.run[k], 0);
      process.stdout.write(
        `${outcomes.length} sources polled: ${n('itemsNew')} new documents, ${n('eventsNew')} new events, ${failed} sources failed\n`,
      );
      if (failed > 0) process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await pool?.close();
    await store.close();
  }
}

export function register(program: Command): void {
  addDbOption(
    program
      .command('watch')
      .description(
        'poll the watched sources (`khronika sources`) when due, store new reports, sleep until the next is due',
      )
      .option('--once', 'poll each due source once and exit (for cron and tests)')
      .option('--all', 'poll every active source now, due or not')
      .option('--concurrency <n>', 'sources polled at once (default 4; one request at a time per host)')
      .option('--gap <seconds>', 'least time between two requests to one host (default 1)')
      .option(
        '--workers <n>',
        'extraction worker threads (default: cores - 1, at least 1; 0 extracts on the main thread)',
      )
      .option('--quiet', 'print only the summary of --once')
      .option('--in-process', 'on PostgreSQL: poll here instead of queueing jobs for `khronika worker`')
      .option(
        '--job-timeout <duration>',
        'on PostgreSQL: how long a queued poll may take before it is queued again',
        '10m',
      ),
  ).action((o: WatchCliOptions) => runWatch(o));
}
