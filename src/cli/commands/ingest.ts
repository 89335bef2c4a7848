// `khronika ingest PATH|URL…`: read reports, extract their events, store and de-duplicate them.
// Documents commit in small batches, so an interrupted run loses nothing committed and a re-run
// completes the rest; exit code 1 when any item failed (each is named with its reason). Extraction
// runs in worker threads (--workers, default: the cores left after the main thread) while the main
// thread stores; --workers 0 extracts inline.
import type { Command } from 'commander';
import { defaultWorkerCount, startExtractWorkers } from '../../ingest/extract-worker-client.js';
import { ingest, type IngestOptions, type IngestSummary } from '../../ingest/pipeline.js';
import { DEFAULT_FILE_TIMEOUT_MS, estimateItems, planInputs, readInputs } from '../../ingest/readers/index.js';
import { openStore } from '../../store/index.js';
import { printable } from '../printable.js';
import { createProgress } from './progress.js';
import { addDbOption } from './store-option.js';

interface IngestCliOptions {
  db?: string;
  allowPrivate?: boolean;
  maxBytes?: string;
  maxChars?: string;
  fileTimeout?: string;
  quiet?: boolean;
  workers?: string;
}

function workerCount(value: string | undefined): number {
  if (value === undefined) return defaultWorkerCount();
  const n = Number(value);
  if (!(Number.isInteger(n) && n >= 0 && n <= 64))
    throw new Error(`--workers: expected an integer from 0 to 64, got '${printable(value)}'`);
  return n;
}

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isInteger(n) && n > 0))
    throw new Error(`${flag}: expected a positive integer, got '${printable(value)}'`);
  return n;
}

function fileTimeoutMs(value: string | undefined): number {
  if (value === undefined) return DEFAULT_FILE_TIMEOUT_MS;
  const s = Number(value);
  if (!(Number.isFinite(s) && s > 0 && s <= 86_400))
    throw new Error(`--file-timeout: expected a number of seconds from 0.001 to 86400, got '${printable(value)}'`);
  return Math.max(1, Math.round(s * 1000));
}

/** The summary printed after a run; every text from the inputs is escaped for the terminal. */
export function formatSummary(s: IngestSummary): string {
  const lines = [
    `documents: ${s.documents.new} new, ${s.documents.unchanged} unchanged, ${s.documents.failed} failed`,
    `events: ${s.events.new} new, ${s.events.merged} merged`,
  ];
  const inferred = Object.entries(s.inferred ?? {});
  if (inferred.length)
    lines.push(
      `inferred (not given by the input): ${inferred.map(([what, n]) => `${what} for ${n} document${n === 1 ? '' : 's'}`).join('; ')}`,
    );
  for (const f of s.failures) lines.push(`failed: ${printable(f.origin)}: ${printable(f.error)}`);
  if (s.failures.length < s.documents.failed)
    lines.push(`… and ${s.documents.failed - s.failures.length} more failures`);
  return lines.join('\n') + '\n';
}

async function runIngest(inputs: string[], opts: IngestCliOptions): Promise<void> {
  const maxBytes = positiveInteger('--max-bytes', opts.maxBytes);
  const maxChars = positiveInteger('--max-chars', opts.maxChars);
  const timeLimit = fileTimeoutMs(opts.fileTimeout);
  const workers = workerCount(opts.workers);
  // Loaded here, not at start-up: the extractor's data is only needed by this command (and, with
  // workers, only in them).
  const pool = workers > 0 ? startExtractWorkers(workers) : null;
  const extraction: Pick<IngestOptions, 'extract' | 'extractBatch'> = pool
    ? { extractBatch: pool.extractBatch }
    : { extract: (await import('../../extract/index.js')).extract };
  const store = await openStore(opts.db).catch(async (err: unknown) => {
    await pool?.close();
    throw err;
  });
  const abort = new AbortController();
  const onSignal = () => abort.abort(new Error('interrupted'));
  process.once('SIGINT', onSignal);
  try {
    const total = opts.quiet ? null : await estimateItems(await planInputs(inputs), maxBytes);
    const progress = opts.quiet ? undefined : createProgress('ingest', total);
    let done = 0;
    let summary: IngestSummary;
    try {
      summary = await ingest(
        readInputs(inputs, {
          allowPrivate: opts.allowPrivate,
          maxBytes,
          maxChars,
          fileTimeoutMs: timeLimit,
          signal: abort.signal,
        }),
        store,
        {
          ...extraction,
          onItem: () => progress?.update(++done),
        },
      );
    } finally {
      progress?.stop(!abort.signal.aborted);
    }
    process.stdout.write(formatSummary(summary));
    if (summary.documents.failed > 0) process.exitCode = 1;
  } finally {
    process.off('SIGINT', onSignal);
    await pool?.close();
    await store.close();
  }
}

export function register(program: Command): void {
  addDbOption(
    program
      .command('ingest')
      .description(
        'read reports (files, folders, JSONL, feeds, Telegram exports, URLs), extract and store their events',
      )
      .argument('<inputs...>', 'files, folders (recursive) or http(s) URLs')
      .option('--allow-private', 'allow URLs that resolve to private or loopback addresses')
      .option(
        '--max-bytes <n>',
        'largest file or response accepted, in bytes (default 20 MiB); JSONL is streamed whatever its size, and this bounds each line',
      )
      .option(
        '--max-chars <n>',
        'longest document text accepted, in characters (default 1,000,000, or --max-bytes when that is larger)',
      )
      .option(
        '--file-timeout <seconds>',
        `longest time spent reading one file or URL (for a file of many documents, on each batch of them); past it the file is reported and the batch goes on (default ${DEFAULT_FILE_TIMEOUT_MS / 1000})`,
      )
      .option('--quiet', 'no progress display')
      .option(
        '--workers <n>',
        'extraction worker threads (default: cores - 1, at least 1; 0 extracts on the main thread)',
      ),
  ).action((inputs: string[], opts: IngestCliOptions) => runIngest(inputs, opts));
}
