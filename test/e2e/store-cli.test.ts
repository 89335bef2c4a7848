// The store commands end to end through the real CLI: four outlets (two English, two Russian) on
// one incident are ingested into one event with four sources; the event is listed in every
// format, split, verified with an audit row, and exported as ACLED-style CSV.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const FIXTURE = join(ROOT, 'bench/store-dedupe.jsonl');

describe('khronika ingest / events / export', () => {
  let dir: string;
  let db: string;
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args, '--db', db], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'khronika-cli-'));
    db = join(dir, 'k.db');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests four outlets into one event with four sources, and adds nothing on a re-run', () => {
    const first = cli('ingest', FIXTURE, '--quiet');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('documents: 4 new, 0 unchanged, 0 failed');
    expect(first.stdout).toContain('events: 1 new, 3 merged');
    const again = cli('ingest', FIXTURE, '--quiet');
    expect(again.stdout).toContain('documents: 0 new, 4 unchanged, 0 failed');
  }, 150_000);

  it('lists the event as JSONL, CSV and GeoJSON', () => {
    const jsonl = cli('events', '--format', 'jsonl')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(jsonl).toHaveLength(1);
    expect(jsonl[0]).toMatchObject({
      id: 1,
      type: 'arson',
      place: 'Yekaterinburg',
      admin1: 'RU-SVE',
      date: '2023-05-14',
      sources_count: 4,
    });
    const csv = cli('events', '--format', 'csv', '--type', 'arson').stdout.split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^KH1,2023-05-14,2023,1,Strategic developments,/);
    const geo = JSON.parse(cli('events', '--format', 'geojson').stdout);
    expect(geo.features[0].geometry.type).toBe('Point');
    expect(cli('events', '--format', 'jsonl', '--type', 'protest').stdout).toBe('');
    const bad = cli('events', '--from', 'yesterday');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--from');
  }, 150_000);

  it('splits a report off, verifies with an audit row, exports what is verified', () => {
    const show = JSON.parse(cli('events', 'show', '1').stdout);
    const ru = show.sources.find((s: { source: string }) => s.source === 'outlet-d').document_id;
    expect(cli('events', 'split', '1', '--document', ru, '--reason', 'test').status).toBe(0);
    expect(cli('events', 'verify', '1', '--reason', 'checked').status).toBe(0);
    const after = JSON.parse(cli('events', 'show', '1').stdout);
    expect(after.sources_count).toBe(3);
    expect(after.history.map((h: { action: string }) => h.action)).toEqual(['split', 'verify']);
    const exported = cli('export', '--format', 'jsonl', '--status', 'verified')
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(exported.map((e) => e.id)).toEqual([1]);
    expect(exported[0].sources).toHaveLength(3);
    const pub = cli('export', '--format', 'acled-csv', '--public').stdout.split('\r\n').filter(Boolean);
    expect(pub).toHaveLength(2);
  }, 150_000);
});
