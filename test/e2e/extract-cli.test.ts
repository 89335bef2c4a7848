// `khronika extract` end to end: a real process, a JSONL batch with one bad line among good ones,
// a plain-text report with flags, and the readable table.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventRecordSchema } from '../../src/model/event.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

function khronika(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khronika-extract-'));
  const lines = [
    JSON.stringify({
      id: 'a',
      published: '2024-03-15',
      lang: 'en',
      text: 'On March 12, unknown people set fire to the military enlistment office in Kstovo.',
    }),
    '{"id": "broken", "text": ',
    JSON.stringify({
      id: 'b',
      published: '2024-03-15',
      text: 'В понедельник в Махачкале задержали 40 участников акции против мобилизации.',
    }),
    JSON.stringify({ id: 'c', published: 'yesterday', text: 'No date format.' }),
    JSON.stringify({ id: 'd', published: '2024-03-15', text: 'Analysts expect more protests in spring.' }),
  ];
  writeFileSync(join(dir, 'batch.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'report.txt'), 'Police detained 33 people at a rally in Yekaterinburg on Monday.\n');
});

describe('khronika extract', () => {
  it('codes the good lines of a JSONL batch, names each bad line, and fails overall', () => {
    const r = khronika(['extract', join(dir, 'batch.jsonl')]);
    expect(r.status).toBe(1);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => EventRecordSchema.parse(JSON.parse(l)));
    expect(records.map((x) => `${x.doc}:${x.type}`)).toEqual(expect.arrayContaining(['a:arson', 'b:arrest']));
    expect(records.some((x) => x.doc === 'd')).toBe(false);
    expect(records.find((x) => x.doc === 'a')).toMatchObject({ place: 'Kstovo', date: '2024-03-12' });
    expect(records.find((x) => x.doc === 'b')).toMatchObject({
      place: 'Makhachkala',
      date: '2024-03-11',
      quantity: 40,
    });
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: published/);
    expect(r.stderr).toMatch(/2 input line\(s\) failed/);
  });

  it('codes a single text report with the flags given', () => {
    const r = khronika(['extract', join(dir, 'report.txt'), '--published', '2024-03-15', '--id', 'rep-1']);
    expect(r.status).toBe(0);
    const [rec] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rec).toMatchObject({ doc: 'rep-1', type: 'arrest', date: '2024-03-11', admin1: 'RU-SVE', quantity: 33 });
    expect(rec.evidence).toBe('Police detained 33 people at a rally in Yekaterinburg on Monday.');
  });

  it('reads standard input and prints a table', () => {
    const r = khronika(
      ['extract', '-', '--published', '2024-03-15', '--format', 'table'],
      'On March 2, anti-war leaflets appeared in Perm.',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^doc\s+type\s+date/);
    expect(r.stdout).toMatch(/other\s+2024-03-02\s+Perm, RU-PER/);
  });

  it('refuses an unknown format and a bad flag value clearly', () => {
    const r = khronika(['extract', join(dir, 'report.txt'), '--format', 'xml']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown --format 'xml'/);
    const bad = khronika(['extract', join(dir, 'report.txt'), '--published', '15/03/2024']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/published/);
  });
});
