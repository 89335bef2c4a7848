// The CLI's guard rails, end to end through the real command: read commands never create a store
// on a mistyped --db; bulk review needs a filter or --all, confirms, spares verified events and
// records who acted; bad input gets a message that says what was wrong and what to do.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs the built CLI (bin/khronika.js → dist/, built by `npm install`; `npm run build:ts` after edits).
const ROOT = new URL('../..', import.meta.url).pathname;

function cli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/khronika.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    input: opts.input ?? '',
    env: { ...process.env, ...opts.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khronika-safety-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a mistyped --db', () => {
  it.each([
    [['events']],
    [['events', 'show', '1']],
    [['events', 'verify', '1']],
    [['export', '--format', 'jsonl']],
    [['users', 'list']],
  ])(
    '%j fails clearly and creates nothing',
    (args) => {
      const missing = join(dir, 'no', 'such', 'x.db');
      const r = cli([...args, '--db', missing]);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(`no database at ${missing}`);
      expect(r.stderr).toContain('check --db');
      expect(existsSync(join(dir, 'no'))).toBe(false);
    },
    60_000,
  );

  it('`users add` still creates a new store (before the first serve)', () => {
    const db = join(dir, 'fresh', 'k.db');
    const r = cli(['users', 'add', 'ana', '--password-stdin', '--db', db], { input: 'long-enough-password\n' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(db)).toBe(true);
  }, 60_000);
});

describe('events bulk', () => {
  let db: string;
  const ev = (...args: string[]) => cli([...args, '--db', db]);
  const statuses = () =>
    Object.fromEntries(
      ev('events', '--format', 'jsonl')
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: number; place: string; type: string; status: string })
        .map((e) => [`${e.type}:${e.place}`, e.status]),
    );
  const idOf = (key: string) =>
    ev('events', '--format', 'jsonl')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; place: string; type: string })
      .find((e) => `${e.type}:${e.place}` === key)!.id;

  beforeAll(() => {
    db = join(dir, 'bulk.db');
    const docs = [
      {
        id: 'b1',
        published: '2024-03-15',
        lang: 'en',
        text: 'On 12 March unknown people set fire to the military enlistment office in Kstovo.',
      },
      {
        id: 'b2',
        published: '2024-03-15',
        lang: 'en',
        text: 'On 11 March activists held a picket against mobilisation in Ufa.',
      },
      {
        id: 'b3',
        published: '2024-03-15',
        lang: 'ru',
        text: '10 марта в Екатеринбурге прошёл митинг против мобилизации.',
      },
    ];
    writeFileSync(join(dir, 'bulk.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const r = ev('ingest', join(dir, 'bulk.jsonl'), '--quiet', '--workers', '0');
    expect(r.status, r.stderr).toBe(0);
    expect(Object.values(statuses())).toEqual(['unreviewed', 'unreviewed', 'unreviewed']);
  }, 120_000);

  it('refuses to run without a filter or --all, and changes nothing', () => {
    const r = ev('events', 'bulk', 'reject');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('give at least one filter');
    expect(r.stderr).toContain('--all');
    expect(Object.values(statuses())).not.toContain('rejected');
  }, 60_000);

  it('lists the filters in its help', () => {
    const help = ev('events', 'bulk', '--help').stdout;
    for (const flag of [
      '--type',
      '--from',
      '--place',
      '--status',
      '--text',
      '--all',
      '--yes',
      '--include-verified',
      '--as',
    ])
      expect(help).toContain(flag);
  }, 60_000);

  it('records who verified: --as NAME', () => {
    const id = idOf('protest:Ufa');
    expect(ev('events', 'verify', String(id), '--as', 'ana').status).toBe(0);
    const show = JSON.parse(ev('events', 'show', String(id)).stdout) as {
      history: { action: string; username: string }[];
    };
    expect(show.history.at(-1)).toMatchObject({ action: 'verify', username: 'ana' });
  }, 60_000);

  it('without a terminal and without --yes, shows the count and refuses', () => {
    const r = ev('events', 'bulk', 'reject', '--all');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('3 event(s) match; reject would change 2; 1 verified left as they are');
    expect(r.stderr).toContain('add --yes');
    expect(Object.values(statuses())).not.toContain('rejected');
  }, 60_000);

  it('on a terminal, asks and does nothing unless the answer is yes', () => {
    const tty = (answer: string) =>
      spawnSync(
        'script',
        [
          '-qec',
          [process.execPath, join(ROOT, 'bin/khronika.js'), 'events', 'bulk', 'reject', '--place', 'Kstovo', '--db', db]
            .map((a) => `'${a}'`)
            .join(' '),
          '/dev/null',
        ],
        { cwd: ROOT, encoding: 'utf8', timeout: 60_000, input: `${answer}\n` },
      );
    const no = tty('n');
    expect(no.stdout).toContain('Reject 1 event(s) as');
    expect(no.stdout).toContain('nothing changed');
    expect(statuses()['arson:Kstovo']).toBe('unreviewed');
    const yes = tty('y');
    expect(yes.stdout).toContain('reject: 1 event(s) changed');
    expect(statuses()['arson:Kstovo']).toBe('rejected');
  }, 60_000);

  it('with --yes, leaves verified events alone and records the OS user', () => {
    const r = ev('events', 'bulk', 'reject', '--all', '--yes');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('reject: 1 event(s) changed\n');
    expect(statuses()).toEqual({
      'arson:Kstovo': 'rejected',
      'protest:Ufa': 'verified',
      'protest:Yekaterinburg': 'rejected',
    });
    const show = JSON.parse(ev('events', 'show', String(idOf('protest:Yekaterinburg'))).stdout) as {
      history: { username: string; detail: { bulk?: boolean } }[];
    };
    expect(show.history.at(-1)).toMatchObject({ username: userInfo().username, detail: { bulk: true } });
  }, 60_000);

  it('touches verified events only with --include-verified', () => {
    const r = ev('events', 'bulk', 'reject', '--place', 'Ufa', '--yes', '--include-verified', '--as', 'lead');
    expect(r.stdout).toBe('reject: 1 event(s) changed\n');
    expect(statuses()['protest:Ufa']).toBe('rejected');
  }, 60_000);
});

describe('error messages say what was wrong and what to do', () => {
  let db: string;
  beforeAll(() => {
    db = join(dir, 'errors.db');
    expect(
      cli(['users', 'add', 'first', '--password-stdin', '--db', db], { input: 'long-enough-password' }).status,
    ).toBe(0);
  }, 60_000);

  it.each([
    [
      ['users', 'add', 'bob', '--password-stdin'],
      '',
      /^khronika: users add: no password given on standard input: pipe one in, e\.g\. `printf .* \| khronika users add NAME --password-stdin`/,
    ],
    [['users', 'add', 'bob'], '', /no password given/],
    [
      ['users', 'add', 'bob', '--password-stdin'],
      'short',
      /^khronika: users add: the password is too short \(5 characters\): use at least 8 characters\n$/,
    ],
    [
      ['users', 'add', 'bad name!', '--password-stdin'],
      'long-enough-password',
      /'bad name!' is not a valid user name: use 1 to 64 letters/,
    ],
    [
      ['events', '--from', '2024-13-45'],
      '',
      /^khronika: --from: '2024-13-45' is not a calendar date: the month must be 01–12/,
    ],
    [['export', '--format', 'jsonl', '--to', '2023-02-29'], '', /^khronika: --to: '2023-02-29' is not a calendar date/],
  ])(
    '%j',
    (args, input, message) => {
      const r = cli([...args, '--db', db], { input });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/"code"|Invalid time value|\[\s*\{/); // no raw validation dump
    },
    60_000,
  );

  it('names the flag for a bad --published', () => {
    const r = cli(['extract', '--published', '2024-13-45'], { input: 'Police detained three people in Ufa.' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^khronika: --published: not a calendar day \(expected YYYY-MM-DD/);
  }, 60_000);
});
