// `khronika export --format acled-csv|geojson|jsonl [filters]`: every matching event (no paging
// limit), streamed to stdout or --out.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../export/index.js';
import { openStore } from '../../store/index.js';
import { addQueryOptions, queryFromOptions } from './event-query-options.js';
import { addDbOption } from './store-option.js';

interface ExportOptions extends Record<string, unknown> {
  db?: string;
  format: string;
  out?: string;
  public?: boolean;
}

async function runExport(opts: ExportOptions): Promise<void> {
  if (!EXPORT_FORMATS.includes(opts.format as ExportFormat))
    throw new Error(`--format: expected one of ${EXPORT_FORMATS.join(', ')}`);
  const q = queryFromOptions(opts);
  const store = await openStore(opts.db, { create: false }); // a mistyped --db fails, creates nothing
  const stream: NodeJS.WritableStream = opts.out ? createWriteStream(opts.out) : process.stdout;
  try {
    const reader = opts.public ? store.published : store.events;
    const n = await exportEvents(reader, q, opts.format as ExportFormat, async (chunk) => {
      if (!stream.write(chunk)) await once(stream, 'drain'); // respect back-pressure on big exports
    });
    if (opts.out) process.stderr.write(`exported ${n} events to ${opts.out}\n`);
  } finally {
    if (opts.out) await new Promise<void>((resolve) => stream.end(() => resolve()));
    await store.close();
  }
}

export function register(program: Command): void {
  addDbOption(
    addQueryOptions(
      program
        .command('export')
        .description('export every event a filter matches as ACLED-style CSV, GeoJSON or JSONL')
        .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
        .option('--out <file>', 'write to a file instead of stdout')
        .option(
          '--public',
          'the public projection: verified events, public points, no evidence, report titles and URLs only where publishable',
        ),
      false,
    ),
  ).action((opts: ExportOptions) => runExport(opts));
}
