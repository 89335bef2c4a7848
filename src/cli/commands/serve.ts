// `khronika serve`: the API and web app on one port (default 8080). `npm start` runs this too.
import type { Command } from 'commander';
import { startServer } from '../../server/start.js';
import { addDbOption } from './store-option.js';

interface ServeOptions {
  port?: string;
  host?: string;
  db?: string;
  samples?: string;
  secureCookies?: boolean;
  log?: string;
  readWorkers?: string;
  readTimeout?: string;
}

export function register(program: Command): void {
  addDbOption(
    program
      .command('serve')
      .description('serve the web app and API; an empty database is first seeded with the bundled sample reports')
      .option('-p, --port <port>', 'port to listen on (default: $PORT or 8080)')
      .option('--host <host>', 'interface to listen on (default: 127.0.0.1; 0.0.0.0 for all)')
      .option(
        '--samples <dir>',
        "reports ingested while the database holds none (default: the bundled samples/; '' for none)",
      )
      .option('--secure-cookies', 'mark the session cookie Secure (when served over HTTPS)')
      .option(
        '--read-workers <n>',
        'threads (SQLite) or connections (PostgreSQL) answering event reads (default: $KHRONIKA_READ_WORKERS, else 2 on SQLite, 10 on PostgreSQL)',
      )
      .option('--read-timeout <ms>', 'time limit of one read query; past it the request gets 503 (default: 10000)')
      .option('--log <level>', 'log level: fatal, error, warn, info, debug, silent', 'warn'),
  ).action(async (opts: ServeOptions) => {
    const { app } = await startServer({
      port: opts.port ?? process.env.PORT,
      host: opts.host ?? process.env.HOST,
      db: opts.db ?? process.env.KHRONIKA_DB,
      samples: opts.samples,
      secureCookies: opts.secureCookies,
      logLevel: opts.log,
      readWorkers: opts.readWorkers ?? process.env.KHRONIKA_READ_WORKERS,
      readTimeoutMs: opts.readTimeout,
    });
    const stop = () => {
      void app.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
