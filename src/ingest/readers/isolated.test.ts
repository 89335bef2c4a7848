// The reader worker: items come back in order, a reader past its limit is stopped and the next job
// runs in a fresh worker, and an abort ends the read with the signal's reason.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../../test/fixtures/ingest/helpers.js';
import { startIsolatedReader } from './isolated.js';
import type { ReadJob } from './read-job.js';

describe('startIsolatedReader', () => {
  let dir = '';
  const job = (name: string, bytes: number): ReadJob => ({
    kind: 'file',
    file: { path: join(dir, name), bytes, kind: name.endsWith('.jsonl') ? 'jsonl' : 'html' },
    maxBytes: 20 * 1024 * 1024,
  });
  const reader = startIsolatedReader();
  let big = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'khronika-isolated-'));
    const lines = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({ id: `d${i}`, text: `Report ${i}.`, source: 'S' }),
    ).join('\n');
    await writeFile(join(dir, 'many.jsonl'), lines);
    const page = `<html><body>${'<p>Filler sentence of the page.</p>'.repeat(300_000)}</body></html>`;
    big = page.length;
    await writeFile(join(dir, 'big.html'), page);
  });
  afterAll(async () => {
    await reader.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('hands back every item of a file of many documents, in order', async () => {
    const items = await collect(reader.read(job('many.jsonl', 1), 30_000));
    expect(items.map((i) => (i.ok ? i.doc.id : i.error))).toEqual(Array.from({ length: 1000 }, (_, i) => `d${i}`));
  }, 60_000);

  it('stops a reader past its limit, reports the file, and reads the next job in a fresh worker', async () => {
    const [timedOut] = await collect(reader.read(job('big.html', big), 200));
    expect(timedOut).toMatchObject({
      ok: false,
      origin: join(dir, 'big.html'),
      error: expect.stringMatching(/^stopped after 0\.2 s: .*--file-timeout/),
    });
    const after = await collect(reader.read(job('many.jsonl', 1), 30_000));
    expect(after).toHaveLength(1000);
  }, 60_000);

  it('ends with the abort reason when the signal fires', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('stop now')), 100);
    await expect(collect(reader.read(job('big.html', big), 30_000, ac.signal))).rejects.toThrow('stop now');
  }, 60_000);
});
