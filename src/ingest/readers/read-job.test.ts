import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runJob } from './read-job.js';

// Which parser modules a job loaded: the reader worker pays for each at every start.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('./html.js', async (original) => {
  loaded.push('html');
  return original();
});
vi.mock('./feed.js', async (original) => {
  loaded.push('feed');
  return original();
});
vi.mock('./url.js', async (original) => {
  loaded.push('url');
  return original();
});

const dir = mkdtempSync(join(tmpdir(), 'khronika-read-job-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, content: string) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const items = [];
  for await (const item of runJob({ kind: 'file', file: { path, bytes: content.length }, maxBytes: 1 << 20 }))
    items.push(item);
  return items;
}

describe('runJob', () => {
  it('loads the HTML, feed and HTTP readers only for inputs that need them', async () => {
    const jsonl = await read('a.jsonl', '{"id":"1","text":"A rally was held in the square on Sunday."}\n');
    expect(jsonl.map((i) => i.ok)).toEqual([true]);
    const text = await read('b.txt', 'Workers walked out of the plant on Monday.\n');
    expect(text.map((i) => i.ok)).toEqual([true]);
    expect(loaded).toEqual([]);

    const html = await read(
      'c.html',
      '<html><body><article><p>Students marched to the city hall.</p></article></body></html>',
    );
    expect(html).toHaveLength(1);
    expect(loaded).toEqual(['html']);
  });
});
