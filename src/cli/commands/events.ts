// `khronika events`: list events with the EventQuery filters (table, JSONL, CSV, GeoJSON), show one
// with its sources and evidence, and the review commands (verify, reject, merge, split, bulk,
// duplicates accept/dismiss), each audited with the reason given.
import type { Command } from 'commander';
import { acledHeader, acledRow } from '../../export/index.js';
import {
  SUGGESTION_STATUSES,
  toGeoJson,
  type Store,
  type SuggestedEvent,
  type SuggestionStatus,
} from '../../store/index.js';
import { addQueryOptions, queryFromOptions } from './event-query-options.js';
import { formatTable } from './event-table.js';
import { addDbOption } from './store-option.js';
import { addActorOption, cliActor } from './cli-actor.js';
import { registerBulk } from './events-bulk.js';
import { reviewFor } from '../../review/index.js';
import { withStore } from '../with-store.js';

export const LIST_FORMATS = ['table', 'jsonl', 'csv', 'geojson'] as const;
type ListFormat = (typeof LIST_FORMATS)[number];

function eventId(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not an event id: '${s}'`);
  return n;
}

const out = (s: string) => process.stdout.write(s);

async function list(opts: Record<string, unknown> & { db?: string; format?: string; public?: boolean }): Promise<void> {
  const format = (opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl')) as ListFormat;
  if (!LIST_FORMATS.includes(format)) throw new Error(`--format: expected one of ${LIST_FORMATS.join(', ')}`);
  const q = queryFromOptions(opts);
  await withStore(opts.db, async (store) => {
    const reader = opts.public ? store.published : store.events;
    const { items, total, total_exact } = await reader.list(q);
    if (format === 'table') {
      out(formatTable(items));
      process.stderr.write(`${items.length} of ${total}${total_exact ? '' : '+'} events\n`);
    } else if (format === 'jsonl') {
      out(items.map((e) => JSON.stringify(e) + '\n').join(''));
    } else if (format === 'geojson') {
      out(JSON.stringify(toGeoJson(items, !opts.public)) + '\n');
    } else {
      const sources = await reader.sourcesFor(items.map((e) => e.id));
      out(acledHeader() + items.map((e) => acledRow(e, sources.get(e.id) ?? [])).join(''));
    }
  });
}

/** Control characters (ANSI escapes, newlines) in stored text would forge terminal output. */
const printable = (v: string | null) => (v ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

function describeSuggested(e: SuggestedEvent): string {
  const when = e.date_end && e.date_end !== e.date ? `${e.date}..${e.date_end}` : (e.date ?? 'undated');
  const where = [e.place, e.admin1 ?? e.country].filter(Boolean).join(', ') || 'unplaced';
  return `#${e.id} ${e.type} ${when} ${printable(where)} (${e.sources_count} source(s), ${e.status}): ${printable(e.notes).slice(0, 100)}`;
}

async function duplicates(
  s: Store,
  action: string,
  id: string | undefined,
  o: { reason?: string; status?: string; event?: string; limit?: string; format?: string; as?: string },
): Promise<void> {
  if (action === 'list') {
    if (o.status !== undefined && !SUGGESTION_STATUSES.includes(o.status as SuggestionStatus))
      throw new Error(`--status: expected one of ${SUGGESTION_STATUSES.join(', ')}`);
    const limit = o.limit === undefined ? 50 : Number(o.limit);
    const { items, total } = await s.suggestions.list({
      status: o.status as SuggestionStatus | undefined,
      eventId: o.event === undefined ? undefined : eventId(o.event),
      limit,
    });
    if (o.format === 'jsonl' || (!process.stdout.isTTY && o.format !== 'table')) {
      out(items.map((x) => JSON.stringify(x) + '\n').join(''));
    } else {
      out(
        items
          .map(
            (x) =>
              `suggestion ${x.id}  score ${x.score.toFixed(2)}  [${printable(x.reasons.join('; '))}]\n  ${describeSuggested(x.event)}\n  ${describeSuggested(x.other)}\n`,
          )
          .join(''),
      );
    }
    process.stderr.write(`${items.length} of ${total} suggestion(s)\n`);
    return;
  }
  if (action !== 'accept' && action !== 'dismiss')
    throw new Error(`duplicates: expected list, accept or dismiss, got '${printable(action)}'`);
  if (id === undefined) throw new Error(`duplicates ${action}: give the suggestion id`);
  const sid = eventId(id);
  const ctx = { userId: null, reason: o.reason, actorName: cliActor(o.as) };
  if (action === 'accept') {
    const r = await reviewFor(s).acceptSuggestion(sid, ctx);
    out(
      `accepted suggestion ${sid}: event ${r.merged} merged into ${r.survivor} (undo: khronika events split ${r.survivor} --merged ${r.merged})\n`,
    );
  } else {
    await reviewFor(s).dismissSuggestion(sid, ctx);
    out(`dismissed suggestion ${sid}\n`);
  }
}

export function register(program: Command): void {
  const events = addDbOption(
    addQueryOptions(
      program
        .command('events')
        .description('list stored events (filters as in the API); subcommands show and review them')
        .option('--format <format>', `${LIST_FORMATS.join(' | ')} (default: table on a terminal, else jsonl)`)
        .option(
          '--public',
          'the public projection: verified events, public points, no evidence, report titles and URLs only where publishable',
        ),
    ),
  ).action((opts) => list(opts));

  // Subcommands read --db and the filters from the parent: commander gives a parent's options to
  // the parent wherever they appear on the line, so `events show 3 --db x.db` works as written.
  const globals = (cmd: Command) =>
    cmd.optsWithGlobals<Record<string, unknown> & { db?: string; reason?: string; as?: string }>();

  events
    .command('show')
    .description('one event with its sources, evidence and history (JSON)')
    .argument('<id>', 'event id')
    .action((id: string, _opts: unknown, cmd: Command) =>
      withStore(globals(cmd).db, async (s) => {
        const e = await s.events.get(eventId(id));
        if (!e) throw new Error(`event ${id} not found`);
        out(JSON.stringify(e, null, 2) + '\n');
      }),
    );

  for (const action of ['verify', 'reject'] as const) {
    addActorOption(
      events
        .command(action)
        .description(`mark events ${action === 'verify' ? 'verified' : 'rejected'}`)
        .argument('<ids...>', 'event ids')
        .option('--reason <text>', 'recorded in the audit log'),
    ).action((ids: string[], _opts: unknown, cmd: Command) => {
      const o = globals(cmd);
      const actorName = cliActor(o.as);
      return withStore(o.db, async (s) => {
        for (const id of ids.map(eventId))
          await reviewFor(s)[action](id, { userId: null, reason: o.reason, actorName });
        out(`${action}: ${ids.length} event(s)\n`);
      });
    });
  }

  addActorOption(
    events
      .command('merge')
      .description('merge events into the first one (the others keep their ids as pointers)')
      .argument('<survivor>', 'event id that stays')
      .argument('<others...>', 'event ids merged into it')
      .option('--reason <text>', 'recorded in the audit log'),
  ).action((survivor: string, others: string[], _opts: unknown, cmd: Command) => {
    const o = globals(cmd);
    const actorName = cliActor(o.as);
    return withStore(o.db, async (s) => {
      await reviewFor(s).merge(eventId(survivor), others.map(eventId), { userId: null, reason: o.reason, actorName });
      out(`merged ${others.join(', ')} into ${survivor}\n`);
    });
  });

  addActorOption(
    events
      .command('split')
      .description('undo a merge (--merged) or move reports off an event (--document / --mention)')
      .argument('<id>', 'event id')
      .option('--merged <id>', 'restore this event, earlier merged into <id>')
      .option('--document <ids>', 'document ids whose reports become a new event (comma-separated)')
      .option('--mention <ids>', 'mention ids that become a new event (comma-separated)')
      .option('--reason <text>', 'recorded in the audit log'),
  ).action((id: string, _opts: unknown, cmd: Command) => {
    const o = globals(cmd) as {
      db?: string;
      reason?: string;
      merged?: string;
      document?: string;
      mention?: string;
      as?: string;
    };
    const actorName = cliActor(o.as);
    return withStore(o.db, async (s) => {
      const given = [o.merged, o.document, o.mention].filter((x) => x !== undefined).length;
      if (given !== 1) throw new Error('split: give exactly one of --merged, --document, --mention');
      const list = (v: string) =>
        v
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
      const spec =
        o.merged !== undefined
          ? { mergedId: eventId(o.merged) }
          : o.document !== undefined
            ? { documentIds: list(o.document) }
            : { mentionIds: list(o.mention!).map(eventId) };
      const other = await reviewFor(s).split(eventId(id), spec, { userId: null, reason: o.reason, actorName });
      out(`split: event ${other} now holds the reports taken from ${id}\n`);
    });
  });

  addActorOption(
    events
      .command('duplicates')
      .description('possible duplicates (merge suggestions): list them, or accept (merge) or dismiss one')
      .argument('[action]', 'list | accept | dismiss', 'list')
      .argument('[id]', 'suggestion id (accept, dismiss)')
      .option('--status <status>', `with list: ${SUGGESTION_STATUSES.join(' | ')} (default open)`)
      .option('--event <id>', 'with list: only suggestions naming this event')
      .option('--reason <text>', 'recorded in the audit log'),
  ).action((action: string, id: string | undefined, _opts: unknown, cmd: Command) => {
    const o = cmd.optsWithGlobals<{
      db?: string;
      reason?: string;
      status?: string;
      event?: string;
      limit?: string;
      format?: string;
      as?: string;
    }>();
    return withStore(o.db, (s) => duplicates(s, action, id, o));
  });

  addActorOption(
    events
      .command('publish-source')
      .description("let the public see a source's title, URL and text (--unpublish: hide them again)")
      .argument('<id>', 'event id')
      .argument('<document>', 'document id of one of its sources (see `events show`)')
      .option('--unpublish', 'hide the title, URL and text from the public again')
      .option('--reason <text>', 'recorded in the audit log'),
  ).action((id: string, document: string, _opts: unknown, cmd: Command) => {
    const o = globals(cmd) as { db?: string; reason?: string; unpublish?: boolean; as?: string };
    const actorName = cliActor(o.as);
    return withStore(o.db, async (s) => {
      const publishable = !o.unpublish;
      const changed = await reviewFor(s).setSourcePublishable(eventId(id), document, publishable, {
        userId: null,
        reason: o.reason,
        actorName,
      });
      out(
        `${publishable ? 'publish' : 'unpublish'}-source: document ${document} of event ${id}${changed ? '' : ' (already so)'}\n`,
      );
    });
  });

  registerBulk(events, globals, withStore);
}
