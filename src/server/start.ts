// Starting the server for `npm start` and `khronika serve`: open (and migrate) the store; on a store
// with no reports yet, ingest the bundled samples; on a store with no accounts (new, or filled by
// `khronika ingest`), create an admin; build the app, listen.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openStore, storeSettingsFrom, type Store } from '../store/index.js';
import { ingest, type IngestSummary } from '../ingest/pipeline.js';
import { readInputs } from '../ingest/readers/index.js';
import { extract } from '../extract/index.js';
import { buildApp } from './app.js';
import { parseServerConfig, type ServerConfig } from './config.js';
import { warmDefaultView } from './default-view.js';

/** Package-relative defaults: the same from src/ (tsx) and dist/ (built). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const DEFAULT_SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

export interface Started {
  app: FastifyInstance;
  store: Store;
  url: string;
  firstRun: IngestSummary | null;
}

export async function startServer(
  input: Partial<Record<keyof ServerConfig, unknown>>,
  log: (line: string) => void = console.log,
): Promise<Started> {
  const config = parseServerConfig({ webRoot: DEFAULT_WEB_ROOT, samples: DEFAULT_SAMPLES, ...stripUndefined(input) });
  const settings = storeSettingsFrom(config.db);
  // Event reads run off the event loop (worker threads on SQLite), bounded in time.
  const store = await openStore(config.db, { reads: { workers: config.readWorkers, timeoutMs: config.readTimeoutMs } });
  let firstRun: IngestSummary | null = null;
  try {
    // "No reports yet" rather than "new file": `khronika users add` may have created the file first.
    const empty = (await store.documents.count()) === 0;
    if (empty && config.samples && existsSync(config.samples)) {
      log(`first run: ingesting sample reports from ${config.samples} into ${settings.db}…`);
      firstRun = await ingest(readInputs([config.samples]), store, { extract });
      log(
        `  documents: ${firstRun.documents.new} new, ${firstRun.documents.failed} failed; events: ${firstRun.events.new} new, ${firstRun.events.merged} merged`,
      );
      for (const f of firstRun.failures.slice(0, 5)) log(`  failed: ${f.origin}: ${f.error}`);
      if (firstRun.documents.failed > 5)
        log(`  … and ${firstRun.documents.failed - 5} more (run \`khronika ingest\` on them to see all)`);
    }
    await createFirstAdmin(store, log);
    if (!existsSync(`${config.webRoot}/index.html`))
      log(`note: no web bundle at ${config.webRoot} (run \`npm run build\`); serving the API only`);
    const app = await buildApp({
      store,
      webRoot: config.webRoot,
      secureCookies: config.secureCookies,
      sessionTtlHours: config.sessionTtlHours,
      logLevel: config.logLevel,
    });
    app.addHook('onClose', async () => {
      await store.close();
    });
    const address = await app.listen({ port: config.port, host: config.host });
    const url = address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
    log(`Khronika is serving ${url} (database: ${settings.db})`);
    // Fill the public cache with the default view in the background (answers are cached per URL).
    void warmDefaultView(app).catch(() => {});
    return { app, store, url, firstRun };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/**
 * A store without accounts — new, or filled by `khronika ingest` — has nobody who can log in, and the
 * public sees only verified events: without a reviewer the app would show nothing. Create one admin
 * with a random password, shown once on the console.
 */
async function createFirstAdmin(store: Store, log: (line: string) => void): Promise<void> {
  if ((await store.users.list()).length > 0) return;
  const password = randomBytes(12).toString('base64url');
  await store.users.create('admin', password, 'admin');
  log(
    `no accounts yet: created the account 'admin' with password ${password} — log in with it to review the events (it is shown only now; \`khronika users add NAME\` adds others)`,
  );
}

function stripUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
