// `khronika events bulk verify|reject [filters] (--all) [--yes] [--include-verified] [--as NAME]`:
// one review action over every event a filter matches. A bulk action cannot be undone in one step,
// so it needs a filter or an explicit --all, shows how many events it will change and asks first
// (or takes --yes; without a terminal to ask on it refuses), and leaves verified events alone
// unless --include-verified.
import type { Command } from 'commander';
import type { Store } from '../../store/index.js';
import { canAsk, confirm } from '../confirm.js';
import { addActorOption, cliActor } from './cli-actor.js';
import { filterHelp, hasFilter, queryFromOptions } from './event-query-options.js';
import { reviewFor } from '../../review/index.js';

interface BulkOptions extends Record<string, unknown> {
  reason?: string;
  all?: boolean;
  yes?: boolean;
  includeVerified?: boolean;
  as?: string;
}

const ACTIONS = ['verify', 'reject'] as const;
type Action = (typeof ACTIONS)[number];

export function registerBulk(
  events: Command,
  globals: (cmd: Command) => BulkOptions & { db?: string },
  withStore: <T>(db: string | undefined, fn: (s: Store) => Promise<T>) => Promise<T>,
): void {
  addActorOption(
    events
      .command('bulk')
      .description('verify or reject every event the filters match (at most 10,000); asks before changing anything')
      .argument('<action>', 'verify | reject')
      .option('--reason <text>', 'recorded in the audit log')
      .option('--all', 'act on every event in the store (required when no filter is given)')
      .option('-y, --yes', 'do not ask for confirmation (needed when not run from a terminal)')
      .option('--include-verified', 'reject verified events too (by default they are left as they are)'),
  )
    .addHelpText(
      'after',
      `
Filters (given before or after "bulk", as for \`khronika events\`):
${filterHelp()}
  --db <path|url>      the store (default: $KHRONIKA_DB or ./khronika.db)

Examples:
  khronika events bulk reject --type other --from 2024-01 --to 2024-03 --reason "out of scope"
  khronika events bulk verify --status unreviewed --place Ufa --yes --as ana`,
    )
    .action((action: string, _opts: unknown, cmd: Command) => runBulk(action, globals(cmd), withStore));
}

async function runBulk(
  action: string,
  o: BulkOptions & { db?: string },
  withStore: <T>(db: string | undefined, fn: (s: Store) => Promise<T>) => Promise<T>,
): Promise<void> {
  if (!(ACTIONS as readonly string[]).includes(action))
    throw new Error(`bulk: expected verify or reject, got '${action}'`);
  const filtered = hasFilter(o);
  if (!filtered && !o.all) {
    throw new Error(
      `bulk ${action}: give at least one filter (see \`khronika events bulk --help\`), or --all to ${action} every event in the store`,
    );
  }
  if (filtered && o.all)
    throw new Error(
      `bulk ${action}: --all cannot be combined with filters (drop --all to act on what the filters match)`,
    );
  const query = queryFromOptions({ ...o, limit: undefined, offset: undefined });
  const actorName = cliActor(o.as);
  const opts = { spareVerified: !o.includeVerified };
  await withStore(o.db, async (s) => {
    const plan = await reviewFor(s).bulkPlan(query, action as Action, opts);
    const spared =
      plan.spared > 0 ? `; ${plan.spared} verified left as they are (--include-verified to include them)` : '';
    const summary = `${plan.matched} event(s) match; ${action} would change ${plan.changing}${spared}`;
    if (plan.changing === 0) {
      process.stderr.write(`${summary}\n`);
      process.stdout.write(`${action}: 0 event(s) changed\n`);
      return;
    }
    if (!o.yes) {
      if (!canAsk())
        throw new Error(`${summary}. Not run from a terminal, so nothing was changed: add --yes to confirm`);
      process.stderr.write(`${summary}\n`);
      if (!(await confirm(`${action === 'verify' ? 'Verify' : 'Reject'} ${plan.changing} event(s) as ${actorName}?`))) {
        process.stderr.write('nothing changed\n');
        return;
      }
    }
    const n = await reviewFor(s).bulk(query, action as Action, { userId: null, reason: o.reason, actorName }, opts);
    process.stdout.write(`${action}: ${n} event(s) changed\n`);
  });
}
