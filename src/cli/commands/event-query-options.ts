// The EventQuery filters as CLI flags, shared by `events`, `events bulk` and `export`: the same
// names as the URL parameters, parsed by the same zod schema (one query type everywhere).
import type { Command } from 'commander';
import { EventQuerySchema, type EventQuery } from '../../model/query.js';
import { FILTER_KEYS } from '../../model/query-string.js';
import { regionIndex } from '../../geo/region-index-load.js';
import { resolveRegionList } from '../../geo/region-index.js';

const FLAGS: [string, string][] = [
  ['--type <types>', 'event types, comma-separated'],
  ['--country <codes>', 'ISO 3166-1 alpha-2 codes, comma-separated'],
  [
    '--admin1 <regions>',
    'regions: ISO 3166-2 codes or English/Russian names (Bashkortostan, Башкирия), comma-separated',
  ],
  ['--place <name>', 'settlement name'],
  ['--from <date>', 'from YYYY[-MM[-DD]]'],
  ['--to <date>', 'to YYYY[-MM[-DD]]'],
  ['--actor <name>', 'actor name (substring)'],
  ['--status <statuses>', 'unreviewed, verified, rejected, merged (comma-separated)'],
  ['--text <words>', 'full-text search over events and their documents'],
  ['--undated <mode>', 'include | exclude | only'],
  ['--unplaced <mode>', 'include | exclude | only'],
  ['--bbox <w,s,e,n>', 'bounding box in degrees'],
  ['--sort <key>', 'date | -date | updated | -updated'],
];
const QUERY_KEYS = [...FILTER_KEYS, 'limit', 'offset'];

export function addQueryOptions(cmd: Command, paging = true): Command {
  for (const [flag, help] of FLAGS) cmd.option(flag, help);
  if (paging) cmd.option('--limit <n>', 'at most n events (default 50)').option('--offset <n>', 'skip n events');
  return cmd;
}

/** Whether any filter flag is set (sorting and paging do not narrow what a bulk action touches). */
export function hasFilter(opts: Record<string, unknown>): boolean {
  return QUERY_KEYS.some((k) => !['sort', 'limit', 'offset'].includes(k) && opts[k] !== undefined);
}

/** The filter flags as help text, for subcommands that read them from their parent (`events bulk`). */
export function filterHelp(): string {
  const filters = FLAGS.filter(([flag]) => !flag.startsWith('--sort'));
  const width = Math.max(...filters.map(([flag]) => flag.length));
  return filters.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`).join('\n');
}

/** Flags → EventQuery; a bad value fails with the flag named. */
export function queryFromOptions(opts: Record<string, unknown>): EventQuery {
  const raw = Object.fromEntries(QUERY_KEYS.filter((k) => opts[k] !== undefined).map((k) => [k, opts[k]]));
  // Region names as the web app takes them ("Bashkortostan", "Башкирия", "Moscow region") become codes.
  if (typeof raw.admin1 === 'string' && raw.admin1.trim()) {
    const { codes, errors } = resolveRegionList(
      regionIndex(),
      raw.admin1
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    if (errors.length) throw new Error(`--admin1: ${errors.join('; ')}`);
    raw.admin1 = codes.join(',');
  }
  const parsed = EventQuerySchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
