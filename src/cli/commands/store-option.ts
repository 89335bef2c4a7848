// `--db` for every command that opens the store (KHRONIKA_DB and ./khronika.db as fallbacks).
import type { Command } from 'commander';

export function addDbOption(cmd: Command): Command {
  return cmd.option(
    '--db <path|url>',
    'database: a SQLite file or postgres://… (default: $KHRONIKA_DB or ./khronika.db)',
  );
}
