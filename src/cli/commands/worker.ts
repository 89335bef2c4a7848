// `khronika worker --db postgres://…`: a team's worker. Takes poll and store jobs from the job queue
// in the same PostgreSQL database until stopped (Ctrl-C or SIGTERM finish the jobs in hand).
import type { Command } from 'commander';
import { openStore, storeSettingsFrom } from '../../store/index.js';
import { openQueue } from '../../ingest/jobs/queue.js';
import { startWorker } from '../../ingest/jobs/worker.js';
import { PoliteFetcher } from '../../ingest/watch/polite-fetch.js';
import { parseDuration } from '../../ingest/watch/duration.js';
import { addDbOption } from './store-option.js';
import { pollLine } from './watch.js';

interface WorkerCliOptions {
  db?: string;
  jobTimeout: string;
  quiet?: boolean;
}

async function runWorker(o: WorkerCliOptions): Promise<void> {
  const settings = storeSettingsFrom(o.db);
  if (settings.kind !== 'postgres') {
    throw new Error(
      'workers share a PostgreSQL store: give --db postgres://… (on a SQLite file, `khronika watch` does the work itself)',
    );
  }
  const store = await openStore(o.db);
  const boss = await openQueue({
    url: settings.db,
    storeSchema: settings.schema,
    jobTimeoutSeconds: parseDuration(o.jobTimeout),
  });
  const { extract } = await import('../../extract/index.js');
  await startWorker(store, boss, {
    fetcher: new PoliteFetcher(),
    extraction: { extract },
    onPoll: (p) => {
      if (!o.quiet) process.stdout.write(pollLine(p).replace(/new, /, 'queued, ') + '\n');
    },
    onItems: (s) => {
      if (!o.quiet)
        process.stdout.write(
          `stored ${s.documents.new} new documents (${s.documents.unchanged} unchanged, ${s.documents.failed} failed), ${s.events.new} new events\n`,
        );
    },
  });
  if (!o.quiet) process.stdout.write('worker started: waiting for jobs (Ctrl-C to stop)\n');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await boss.stop({ graceful: true, timeout: 30_000 });
  await store.close();
}

export function register(program: Command): void {
  addDbOption(
    program
      .command('worker')
      .description(
        'a team worker on a PostgreSQL store: fetch watched sources and store their items from the job queue (run any number)',
      )
      .option('--job-timeout <duration>', 'a job running longer is taken to have died and is retried', '10m')
      .option('--quiet', 'print nothing but errors'),
  ).action((o: WorkerCliOptions) => runWorker(o));
}
