// startServer: first start on an empty store ingests the samples and creates an admin; a restart does neither.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './start.js';

const dir = mkdtempSync(join(tmpdir(), 'khronika-start-'));
const samples = join(dir, 'samples');
mkdirSync(samples);
writeFileSync(
  join(samples, 'rally.md'),
  '# Rally in Vologda\n\nAbout two hundred residents of Vologda rallied on 3 May 2024 against the closure of the local hospital.\n',
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start() {
  const lines: string[] = [];
  const s = await startServer(
    { db: join(dir, 'k.db'), port: 0, samples, webRoot: join(dir, 'no-web'), logLevel: 'silent' },
    (l) => lines.push(l),
  );
  return { ...s, lines };
}

describe('startServer', () => {
  it('seeds an empty store with the samples and an admin, then serves the API', async () => {
    const s = await start();
    try {
      expect(s.firstRun?.documents.new).toBe(1);
      expect((await s.store.users.list()).map((u) => [u.username, u.role])).toEqual([['admin', 'admin']]);
      expect(s.lines.join('\n')).toMatch(/created the account 'admin' with password \S{12,}/);
      const res = await fetch(`${s.url}/api/health`);
      expect(await res.json()).toMatchObject({ ok: true });
    } finally {
      await s.app.close();
    }
  });

  it('on restart ingests nothing and creates no account', async () => {
    const s = await start();
    try {
      expect(s.firstRun).toBeNull();
      expect(await s.store.users.list()).toHaveLength(1);
      expect(await s.store.documents.count()).toBe(1);
    } finally {
      await s.app.close();
    }
  });
});

describe('startServer on a store filled by the CLI, without accounts', () => {
  it('creates the admin and prints its password, without ingesting the samples', async () => {
    const db = join(dir, 'cli-filled.db');
    const { openStore } = await import('../store/index.js');
    const { record } = await import('../store/test-support.js');
    const filled = await openStore(db);
    await filled.mentions.addDocument({ source: 'outlet', externalId: '1', text: 'A picket was held in Perm.' }, [
      record({ admin1: 'RU-PER', place: 'Perm', lat: 58.01, lon: 56.25, evidence: 'A picket was held in Perm.' }),
    ]);
    await filled.close();
    const lines: string[] = [];
    const s = await startServer({ db, port: 0, samples, webRoot: join(dir, 'no-web'), logLevel: 'silent' }, (l) =>
      lines.push(l),
    );
    try {
      expect(s.firstRun).toBeNull();
      expect(await s.store.documents.count()).toBe(1);
      expect((await s.store.users.list()).map((u) => [u.username, u.role])).toEqual([['admin', 'admin']]);
      const password = /created the account 'admin' with password (\S{12,})/.exec(lines.join('\n'))?.[1];
      expect(password).toBeDefined();
      expect((await s.store.users.verify('admin', password!))?.role).toBe('admin');
    } finally {
      await s.app.close();
    }
  });
});
