// The public CLI output (`--public` on `khronika events` and `khronika export`) reads the published
// path: for a verified event whose reports name private people, no format carries their names and
// `--text NAME` finds nothing; `events publish-source` lets a report's title and URL through.
// The commands run in this process (a fresh commander program each time), their output captured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../store/index.js';
import { leaks, REPORTS, UNVERIFIED } from '../../../test/fixtures/private-names.js';
import { register as registerEvents } from './events.js';
import { register as registerExport } from './export.js';
import { reviewFor } from '../../review/index.js';

describe('khronika events / export --public', () => {
  let dir: string;
  let db: string;
  let eventId: number;
  let openWireDoc: string;
  const cli = async (...args: string[]) => {
    const program = new Command().exitOverride();
    registerEvents(program);
    registerExport(program);
    let stdout = '';
    let stderr = '';
    const capture = (add: (s: string) => void) =>
      ((chunk: unknown) => {
        add(String(chunk));
        return true;
      }) as typeof process.stdout.write;
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(
      capture((s) => {
        stdout += s;
      }),
    );
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(
      capture((s) => {
        stderr += s;
      }),
    );
    let status = 0;
    try {
      await program.parseAsync(['node', 'khronika', ...args, '--db', db]);
    } catch (e) {
      status = 2;
      stderr += e instanceof Error ? e.message : String(e);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
    return { status, stdout, stderr };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'khronika-public-cli-'));
    db = join(dir, 'k.db');
    const store = await openStore(db);
    try {
      const ids = new Set<number>();
      for (const r of REPORTS) {
        const res = await store.mentions.addDocument(r.doc, r.records);
        for (const m of res.mentions) ids.add(m.eventId);
        if (r.doc.source === 'Open Wire') {
          openWireDoc = res.documentId;
          eventId = res.mentions[0].eventId;
        }
      }
      for (const id of ids) await reviewFor(store).verify(id, { userId: null });
      await store.mentions.addDocument(UNVERIFIED.doc, UNVERIFIED.records);
    } finally {
      await store.close();
    }
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('carries none of the names in any format, and finds nothing by them', async () => {
    const runs = [
      ...['jsonl', 'geojson', 'acled-csv'].map((f) => ['export', '--public', '--format', f]),
      ...['jsonl', 'geojson', 'csv', 'table'].map((f) => ['events', '--public', '--format', f]),
    ];
    for (const args of runs) {
      const r = await cli(...args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/Kazan/);
      expect(leaks(r.stdout + r.stderr), args.join(' ')).toEqual([]);
    }
    for (const name of ['Tikhomirov', 'Светлану', 'Nurgaliev']) {
      const r = await cli('events', '--public', '--format', 'jsonl', '--text', name);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, name).toBe('');
    }
    // without --public, the analysts' output names them (so the checks above can fail)
    expect(leaks((await cli('export', '--format', 'jsonl')).stdout)).toContain('Tikhomirov');
  });

  it("publish-source lets a report's title and URL through, and --unpublish withholds them again", async () => {
    const published = async () => (await cli('export', '--public', '--format', 'acled-csv')).stdout;
    expect(await published()).not.toContain('https://open-wire.example/kazan-picket');
    const r = await cli('events', 'publish-source', String(eventId), openWireDoc, '--reason', 'names no one');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`publish-source: document ${openWireDoc} of event ${eventId}\n`);
    expect(await published()).toContain('https://open-wire.example/kazan-picket');
    const show = JSON.parse((await cli('events', 'show', String(eventId))).stdout);
    expect(show.history.at(-1)).toMatchObject({
      action: 'publish-source',
      reason: 'names no one',
      detail: { document_id: openWireDoc },
    });
    expect((await cli('events', 'publish-source', String(eventId), openWireDoc, '--unpublish')).status).toBe(0);
    expect(await published()).not.toContain('https://open-wire.example/kazan-picket');
    const bad = await cli('events', 'publish-source', String(eventId), 'no-such-doc');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/not a source of event/);
  });
});
