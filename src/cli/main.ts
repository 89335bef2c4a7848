// khronika CLI entry: one module per command under ./commands, each exporting register(program).
import { Command } from 'commander';
import { ZodError } from 'zod';
import { register as registerExtract } from './commands/extract.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerEvents } from './commands/events.js';
import { register as registerExport } from './commands/export.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerUsers } from './commands/users.js';
import { register as registerSources } from './commands/sources.js';
import { register as registerWatch } from './commands/watch.js';
import { register as registerWorker } from './commands/worker.js';
import { register as registerAlerts } from './commands/alerts.js';
import { VERSION } from '../version.js';

const program = new Command();
program
  .name('khronika')
  .description(
    'Code reports of protest, resistance, sabotage and repression into a geocoded, source-cited event database.',
  )
  .version(VERSION)
  .showHelpAfterError();

for (const register of [
  registerExtract,
  registerEval,
  registerIngest,
  registerEvents,
  registerExport,
  registerServe,
  registerUsers,
  registerSources,
  registerWatch,
  registerWorker,
  registerAlerts,
]) {
  register(program);
}

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`khronika: ${errorMessage(err)}`);
  process.exitCode = 2;
});

/** A validation error is shown as its messages, never as the raw issue list. */
function errorMessage(err: unknown): string {
  if (err instanceof ZodError) return err.issues.map((i) => i.message).join('; ');
  return err instanceof Error ? err.message : String(err);
}
