// Who acts when a review command runs from the command line: there is no account, so the audit row
// records the OS user, or the name given with --as (an analyst working on a shared machine).
import { userInfo } from 'node:os';
import type { Command } from 'commander';

export const MAX_ACTOR_NAME = 100;

export function addActorOption(cmd: Command): Command {
  return cmd.option('--as <name>', 'who is acting, recorded in the audit log (default: your OS user name)');
}

export function cliActor(as: unknown): string {
  if (as !== undefined) {
    const name = String(as).trim();
    if (!name || name.length > MAX_ACTOR_NAME)
      throw new Error(`--as: give a name of 1 to ${MAX_ACTOR_NAME} characters`);
    return name;
  }
  try {
    return userInfo().username || process.env.USER || 'cli';
  } catch {
    return process.env.USER || process.env.USERNAME || 'cli'; // no passwd entry (some containers)
  }
}
