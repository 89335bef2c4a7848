// `khronika users …` in a child process (as a user runs it), against a temp SQLite file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khronika-users-'));
const db = join(dir, 'k.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Only the users command is loaded, so the test does not depend on the rest of the CLI.
const ENTRY = `import { Command } from 'commander'; import { register } from ${JSON.stringify(new URL('./users.ts', import.meta.url).pathname)};
const p = new Command().exitOverride(); register(p);
p.parseAsync(process.argv.slice(1), { from: 'user' }).catch((e) => { console.error('khronika: ' + e.message); process.exitCode = 2; });`;

function users(args: string[], input = '') {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', ENTRY, '--', ...args, '--db', db],
    { input, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('khronika users', () => {
  it('adds an analyst with the password from stdin, whose password then verifies', async () => {
    const r = users(['users', 'add', 'ana', '--role', 'analyst', '--password-stdin'], 'a long enough secret\n');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/created ana \(analyst\)/);
    const store = await openStore(db);
    try {
      expect((await store.users.verify('ana', 'a long enough secret'))?.role).toBe('analyst');
      expect(await store.users.verify('ana', 'a long enough secret\n')).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it.each([
    [
      ['users', 'add', 'bob', '--role', 'root', '--password-stdin'],
      'password 123',
      /--role: expected one of viewer, analyst, admin/,
    ],
    [['users', 'add', 'bob', '--password-stdin'], 'short', /at least 8 characters/],
    [['users', 'token', 'nobody'], '', /no user 'nobody'/],
  ])('refuses %j with a clear message', (args, input, msg) => {
    const r = users(args, input);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(msg);
  });

  it('creates an API token that authenticates, and revokes it', async () => {
    const r = users(['users', 'token', 'ana', '--name', 'nightly export']);
    const token = r.out.trim();
    expect(token.length).toBeGreaterThan(20);
    const id = /token (\d+)/.exec(r.err)![1];
    const store = await openStore(db);
    try {
      expect((await store.users.verifyToken(token))?.username).toBe('ana');
      expect(users(['users', 'revoke-token', id]).code).toBe(0);
      expect(await store.users.verifyToken(token)).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
