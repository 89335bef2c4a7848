// A killed ingest loses nothing committed and a re-run completes it, with nothing doubled: the real
// CLI is spawned, killed with SIGKILL mid-way, run again, and the store compared with a clean run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
// One process (tsx as a loader, not its CLI, which would fork a child the kill would miss).
const CLI = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
const N = 1200;
const TOWNS = ['Tver', 'Kazan', 'Samara', 'Omsk', 'Perm', 'Ufa', 'Tomsk', 'Kursk', 'Orel', 'Penza'];
const MONTHS = ['March', 'April', 'May', 'June'];

function corpus(): string {
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    const town = TOWNS[i % TOWNS.length];
    const day = 1 + (i % 28);
    const text =
      i % 3 === 0
        ? `Residents of ${town} held a rally against the new landfill on ${day} ${MONTHS[i % 4]} 2023, report ${i}.`
        : i % 3 === 1
          ? `Police in ${town} detained ${2 + (i % 9)} activists on ${day} ${MONTHS[i % 4]} 2023 after a picket, report ${i}.`
          : `A relay cabinet near ${town} was set on fire on ${day} ${MONTHS[i % 4]} 2023, report ${i}.`;
    lines.push(JSON.stringify({ id: `r${i}`, source: `outlet-${i % 4}`, published: '2023-07-01', text }));
  }
  return lines.join('\n') + '\n';
}

function counts(db: string): Record<string, number> {
  const d = new BetterSqlite3(db, { readonly: true });
  try {
    const c = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
    return {
      documents: c('select count(*) n from documents'),
      mentions: c('select count(*) n from mentions'),
      events: c('select count(*) n from events'),
      event_sources: c('select count(*) n from event_sources'),
      duplicate_mentions: c(
        'select count(*) n from (select document_id, seq from mentions group by 1, 2 having count(*) > 1)',
      ),
    };
  } finally {
    d.close();
  }
}

function documentsSoFar(db: string): number {
  try {
    const d = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('select count(*) n from documents').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

const runCli = (args: string[]) =>
  spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });

describe('ingest killed mid-way', () => {
  let dir: string;
  let input: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'khronika-resume-'));
    input = join(dir, 'reports.jsonl');
    writeFileSync(input, corpus());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is re-run to completion with nothing lost or doubled', async () => {
    const killedDb = join(dir, 'killed.db');
    const child = spawn(process.execPath, [...CLI, 'ingest', input, '--db', killedDb, '--quiet'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let atKill = 0;
    for (let tries = 0; tries < 1200 && atKill === 0; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      const n = documentsSoFar(killedDb);
      if (n > 0) atKill = n;
    }
    child.kill('SIGKILL');
    await exited;
    const partial = counts(killedDb);
    expect(partial.documents).toBeGreaterThan(0);
    expect(partial.documents).toBeLessThan(N);

    const rerun = runCli(['ingest', input, '--db', killedDb, '--quiet']);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`documents: ${N - partial.documents} new, ${partial.documents} unchanged, 0 failed`);

    const cleanDb = join(dir, 'clean.db');
    const clean = runCli(['ingest', input, '--db', cleanDb, '--quiet']);
    expect(clean.status, clean.stderr).toBe(0);
    const [resumed, whole] = [counts(killedDb), counts(cleanDb)];
    expect(resumed.documents).toBe(N);
    expect(resumed.duplicate_mentions).toBe(0);
    expect(resumed).toEqual(whole);

    const third = runCli(['ingest', input, '--db', killedDb, '--quiet']);
    expect(third.stdout).toContain(`documents: 0 new, ${N} unchanged, 0 failed`);
    expect(counts(killedDb)).toEqual(whole);
  }, 180_000);
});
