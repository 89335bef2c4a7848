// `khronika events` review actions in a child process (as an analyst runs them), against a temp
// SQLite file: each records who acted — `--as NAME`, else the OS user — and why, in its audit row.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type AuditEntry } from '../../store/index.js';
import { seedSmallCorpus } from '../../store/test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'khronika-review-cli-'));
const db = join(dir, 'k.db');
let ids: Record<string, number> = {};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Only the events command is loaded, so the test does not depend on the rest of the CLI or a build.
const ENTRY = `import { Command } from 'commander'; import { register } from ${JSON.stringify(new URL('./events.ts', import.meta.url).pathname)};
const p = new Command().exitOverride(); register(p);
p.parseAsync(process.argv.slice(1), { from: 'user' }).catch((e) => { console.error('khronika: ' + e.message); process.exitCode = 2; });`;

function events(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', ENTRY, '--', 'events', ...args, '--db', db],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function audit(eventId: number): Promise<AuditEntry[]> {
  const store = await openStore(db, { create: false });
  try {
    return await store.audit.forEvent(eventId);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  const store = await openStore(db);
  try {
    ids = await seedSmallCorpus(store);
    // Two open merge suggestions, as the resolver records them (older event first).
    await store.db
      .insertInto('merge_suggestions')
      .values([
        {
          event_id: ids['protest:Moscow'],
          other_id: ids['arrest:Moscow'],
          score: 0.7,
          reasons: '["same place"]',
          status: 'open',
          created_at: '2024-03-04T00:00:00Z',
        },
        {
          event_id: ids['arrest:Minsk'],
          other_id: ids['statement:RU-SA'],
          score: 0.6,
          reasons: '["test"]',
          status: 'open',
          created_at: '2024-03-04T00:00:00Z',
        },
      ])
      .execute();
  } finally {
    await store.close();
  }
}, 60_000);

describe('khronika events review actions record who acted', () => {
  it('verify --as NAME --reason', async () => {
    const r = events('verify', String(ids['arrest:Minsk']), '--as', 'ana', '--reason', 'two sources');
    expect(r.err).toBe('');
    expect((await audit(ids['arrest:Minsk'])).at(-1)).toMatchObject({
      action: 'verify',
      username: 'ana',
      reason: 'two sources',
      detail: { by: 'ana', via: 'cli' },
    });
  }, 60_000);

  it('duplicates accept --as NAME: the merge and the decision both name the analyst', async () => {
    const r = events('duplicates', 'accept', '1', '--as', 'lead', '--reason', 'same rally');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/accepted suggestion 1/);
    const rows = await audit(ids['arrest:Moscow']);
    expect(rows.map((x) => [x.action, x.username, x.reason])).toEqual([
      ['merge', 'lead', 'same rally'],
      ['suggestion_accept', 'lead', 'same rally'],
    ]);
  }, 60_000);

  it('duplicates dismiss without --as records the OS user', async () => {
    expect(events('duplicates', 'dismiss', '2').err).toBe('');
    expect((await audit(ids['statement:RU-SA'])).at(-1)).toMatchObject({
      action: 'suggestion_dismiss',
      username: userInfo().username,
    });
  }, 60_000);

  it('split --as NAME undoes the accepted merge', async () => {
    const r = events('split', String(ids['protest:Moscow']), '--merged', String(ids['arrest:Moscow']), '--as', 'ana');
    expect(r.err).toBe('');
    expect((await audit(ids['arrest:Moscow'])).at(-1)).toMatchObject({
      action: 'split',
      username: 'ana',
      detail: { from: ids['protest:Moscow'], status: 'unreviewed' },
    });
  }, 60_000);

  it('refuses an empty --as without writing', async () => {
    const before = (await audit(ids['sabotage:RU'])).length;
    const r = events('reject', String(ids['sabotage:RU']), '--as', ' ');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--as: give a name/);
    expect((await audit(ids['sabotage:RU'])).length).toBe(before);
  }, 60_000);
});
