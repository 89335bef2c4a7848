// `khronika sources add|list|remove|pause|resume`: the feeds, Telegram channels and list pages that
// `khronika watch` polls on a schedule.
import type { Command } from 'commander';
import type { SourceHealth } from '../../store/index.js';
import { formatDuration } from '../../ingest/watch/duration.js';
import { parseAddOptions, type AddOptions } from '../../ingest/watch/source-input.js';
import { addDbOption } from './store-option.js';
import { withStore } from '../with-store.js';
import { printable } from '../printable.js';

function sourceId(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`'${text}' is not a source id: see \`khronika sources list\``);
  return n;
}

function healthLine(s: SourceHealth): string {
  const state = s.paused
    ? 'paused'
    : s.consecutiveErrors
      ? `failing ×${s.consecutiveErrors}`
      : s.lastSuccessAt
        ? 'ok'
        : 'new';
  const last = s.lastRun
    ? `${s.lastRun.finishedAt.slice(0, 16).replace('T', ' ')} ${s.lastRun.status} +${s.lastRun.itemsNew}`
    : 'never polled';
  return [
    String(s.id).padEnd(4),
    s.kind.padEnd(9),
    state.padEnd(12),
    formatDuration(s.everySeconds).padEnd(7),
    `${s.itemsPerDay}/day`.padEnd(9),
    last.padEnd(28),
    printable(s.name),
    printable(s.url),
    s.lastError ? `— ${printable(s.lastError).slice(0, 120)}` : '',
  ]
    .join(' ')
    .trimEnd();
}

export function register(program: Command): void {
  const sources = program
    .command('sources')
    .description('feeds, Telegram channels and list pages watched on a schedule (see `khronika watch`)');
  addDbOption(
    sources
      .command('add')
      .description(
        'watch a source: an RSS/Atom feed, a public Telegram channel (t.me/NAME), or a list page of article links (--links)',
      )
      .argument('<url>', 'feed URL, t.me/CHANNEL, or list page URL')
      .option('--name <name>', 'the source name shown on its documents (default: the host or channel)')
      .option('--every <duration>', 'poll interval, e.g. 15m, 1h, 1d (at least 1m)', '30m')
      .option('--lang <code>', 'language of its reports (default: detected per report)')
      .option('--kind <kind>', 'feed | telegram | page (default: telegram for t.me, page with --links, else feed)')
      .option('--links <pattern>', 'page sources: regular expression that article links match')
      .option('--since <YYYY-MM-DD>', 'Telegram: on the first run, read the channel back to this day')
      .option('--allow-private', 'allow a source on a private or loopback address'),
  ).action(async (url: string, o: AddOptions & { db?: string }) => {
    const input = parseAddOptions(url, o);
    const s = await withStore(o.db, (st) => st.watch.add(input), true);
    process.stdout.write(
      `source ${s.id} added: ${s.kind} ${printable(s.url)} as "${printable(s.name)}", every ${formatDuration(s.everySeconds)}; \`khronika watch\` polls it\n`,
    );
  });
  addDbOption(
    sources
      .command('list')
      .description('the watched sources with their health: state, interval, items per day, last run, last error')
      .option('--json', 'one JSON object per source'),
  ).action(async (o: { db?: string; json?: boolean }) => {
    const list = await withStore(o.db, (st) => st.watch.health());
    if (o.json) {
      for (const s of list) process.stdout.write(JSON.stringify(s) + '\n');
      return;
    }
    if (list.length === 0) {
      process.stdout.write('no sources: add one with `khronika sources add URL`\n');
      return;
    }
    process.stdout.write(
      ['id  ', 'kind     ', 'state       ', 'every  ', 'items    ', 'last run                    ', 'name url'].join(
        ' ',
      ) + '\n',
    );
    for (const s of list) process.stdout.write(healthLine(s) + '\n');
  });
  for (const [verb, what] of [
    ['remove', 'stop watching a source (its stored documents and events stay)'],
    ['pause', 'stop polling a source for now'],
    ['resume', 'poll a paused source again (due at once)'],
  ] as const) {
    addDbOption(sources.command(verb).description(what).argument('<id>', 'source id (see `sources list`)')).action(
      async (id: string, o: { db?: string }) => {
        const n = sourceId(id);
        const done = await withStore(o.db, (st) =>
          verb === 'remove' ? st.watch.remove(n) : st.watch.setPaused(n, verb === 'pause'),
        );
        if (!done) throw new Error(`no source ${n}: see \`khronika sources list\``);
        process.stdout.write(
          `source ${n} ${verb === 'remove' ? 'removed' : verb === 'pause' ? 'paused' : 'resumed'}\n`,
        );
      },
    );
  }
}
