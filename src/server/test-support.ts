// Shared by the server's tests and the browser e2e test: a real SQLite store in a temp folder,
// seeded with the hand-written fixture reports of test/fixtures/web (records coded by hand, so the
// tests do not depend on the extractor's current output).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventRecord } from '../model/event.js';
import { openStore, type NewDocument, type Store } from '../store/index.js';

export const FIXTURE_REPORTS = new URL('../../test/fixtures/web/reports.json', import.meta.url);

export interface FixtureReport {
  doc: NewDocument;
  records: EventRecord[];
}

export async function openTempStore(): Promise<{ store: Store; dir: string; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'khronika-web-'));
  const store = await openStore(join(dir, 'test.db'));
  return {
    store,
    dir,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Adds every fixture report; returns event ids by the fixture's external id. */
export async function seedFixtures(store: Store): Promise<Map<string, number>> {
  const reports = JSON.parse(readFileSync(FIXTURE_REPORTS, 'utf8')) as FixtureReport[];
  const ids = new Map<string, number>();
  for (const r of reports) {
    const res = await store.mentions.addDocument(r.doc, r.records);
    ids.set(r.doc.externalId, res.mentions[0].eventId);
  }
  return ids;
}
