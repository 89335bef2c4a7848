// `khronika ingest` against hostile and careless input, end to end: the built CLI (bin/khronika.js
// over dist/, so run `npm run build:ts` first) in a real process. Every pathological input of issue
// 10 goes in one batch with good reports: the batch finishes, the good reports are stored, and each
// bad input is either read or named with its reason. Also: a reader past its time limit is stopped
// and the batch goes on; a JSONL file over the size limit is streamed; file names with control
// characters cannot forge output; a plain .txt never exposes its local path.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileInputs } from './hostile-inputs.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

function khronika(args: string[], timeoutMs = 120_000) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/khronika.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - started) / 1000 };
}

// Reports written for this test, in our own words.
const GOOD = [
  [
    'good/kazan-picket.md',
    '---\ntitle: Picket in Kazan\ndate: 2023-05-03\nsource: Test Desk\n---\nPolice detained 12 protesters at a picket against mobilisation in Kazan on 3 May 2023.\n',
  ],
  [
    'good/perm-fire.txt',
    'Enlistment office set on fire in Perm\n14 May 2023\n\nUnknown people set fire to the military enlistment office in Perm on 13 May 2023, police said.\n',
  ],
  [
    'good/batch.jsonl',
    JSON.stringify({
      id: 'g-1',
      text: 'В Томске 2 июня 2023 года задержали двух участников пикета против войны.',
      published: '2023-06-03',
      lang: 'ru',
      source: 'Test Wire',
    }) + '\n',
  ],
] as const;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khronika-hostile-'));
  for (const [name, text] of GOOD) {
    mkdirSync(join(dir, 'batch', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'batch', name), text);
  }
  writeHostileInputs(join(dir, 'batch', 'hostile'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('khronika ingest on hostile input', () => {
  it('reads every pathological input of issue 10 in one batch with good reports, and stores the good ones', () => {
    const r = khronika(['ingest', join(dir, 'batch'), '--db', join(dir, 'a.db'), '--quiet', '--workers', '1']);
    expect(r.stderr).toBe('');
    // Generous: each of these took from 28 s to forever before; now the batch takes seconds.
    expect(r.seconds).toBeLessThan(60);
    const failures = r.stdout.split('\n').filter((l) => l.startsWith('failed: '));
    // The good reports are stored, each hostile file either stored or named with a reason.
    expect(r.stdout).toMatch(/^documents: 8 new, 0 unchanged, 2 failed$/m);
    expect(failures).toEqual([
      expect.stringMatching(/hostile\/doctype\.xml: malformed XML at line 1: Start tag expected\.$/),
      expect.stringMatching(/hostile\/spaces\.md: title: longer than 2,000 characters$/),
    ]);
    expect(r.status).toBe(1); // some items failed
  }, 120_000);

  it('stops a reader past --file-timeout, names the file and goes on with the next', () => {
    mkdirSync(join(dir, 'slow'));
    // About 10 MB of markup: parsing it takes seconds, far longer than the half second allowed here.
    writeFileSync(
      join(dir, 'slow', 'a-big-page.html'),
      `<html><body>${'<p>A sentence of filler text.</p>'.repeat(300_000)}</body></html>`,
    );
    writeFileSync(join(dir, 'slow', 'b-report.md'), GOOD[0][1]);
    const r = khronika([
      'ingest',
      join(dir, 'slow'),
      '--db',
      join(dir, 'b.db'),
      '--quiet',
      '--workers',
      '0',
      '--file-timeout',
      '0.5',
    ]);
    expect(r.stdout, r.stdout).toMatch(/^documents: 1 new, 0 unchanged, 1 failed$/m);
    expect(r.stdout).toMatch(
      /failed: .*a-big-page\.html: stopped after 0\.5 s: reading took longer than the time limit \(raise it with --file-timeout\)/,
    );
  }, 120_000);

  it('streams a JSONL file over the 20 MiB limit: an oversize line fails alone, naming --max-bytes', () => {
    const padding = 'x'.repeat(21 * 1024 * 1024);
    const lines = [
      JSON.stringify({ id: 'big-1', text: 'Too long a line.', padding }),
      JSON.stringify({
        id: 'big-2',
        text: 'Police detained 5 activists in Samara on 8 March 2023.',
        published: '2023-03-08',
        source: 'Test Wire',
      }),
      // A wrong type on one line (issue 10, item 4) fails that line alone.
      JSON.stringify({ id: 'big-3', text: 'Students held a rally in Omsk on 9 March 2023.', title: 123 }),
      JSON.stringify({
        id: 'big-4',
        text: 'A picket was held in Tula on 10 March 2023.',
        published: '2023-03-10',
        source: 'Test Wire',
      }),
    ];
    mkdirSync(join(dir, 'big'));
    writeFileSync(join(dir, 'big', 'large.jsonl'), lines.join('\n') + '\n');
    const r = khronika([
      'ingest',
      join(dir, 'big', 'large.jsonl'),
      '--db',
      join(dir, 'c.db'),
      '--quiet',
      '--workers',
      '0',
    ]);
    expect(r.stdout).toMatch(/^documents: 2 new, 0 unchanged, 2 failed$/m);
    expect(r.stdout).toMatch(
      /failed: .*large\.jsonl:1: line longer than the 20971520-byte limit \(raise it with --max-bytes\)/,
    );
    expect(r.stdout).toMatch(/failed: .*large\.jsonl:3: title: /);
  }, 120_000);

  it('escapes control characters in file names and messages, so no line can be forged', () => {
    mkdirSync(join(dir, 'names'));
    writeFileSync(join(dir, 'names', 'x\nfailed: forged line\u001b[2J.json'), '{"id": "broken", ');
    const r = khronika(['ingest', join(dir, 'names'), '--db', join(dir, 'd.db'), '--quiet', '--workers', '0']);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('failed: forged'))).toEqual([]);
    expect(r.stdout).toContain('x\\nfailed: forged line\\e[2J.json: malformed JSON');
  }, 60_000);

  it('gives a plain .txt its title, date and source from its content and folder, never its path, and says so', () => {
    const db = join(dir, 'e.db');
    const r = khronika([
      'ingest',
      join(dir, 'batch', 'good', 'perm-fire.txt'),
      '--db',
      db,
      '--quiet',
      '--workers',
      '0',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'inferred (not given by the input): title from the first line for 1 document; date from a date line for 1 document; source from the folder name for 1 document',
    );
    const csv = khronika(['export', '--format', 'acled-csv', '--db', db]);
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout).toContain('Perm');
    expect(csv.stdout).toContain(',good,');
    expect(csv.stdout).not.toContain(dir);
  }, 60_000);
});
