import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, cp1251, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { readInputs } from './index.js';
import type { ReadItem } from './types.js';

const SAMPLES = fileURLToPath(new URL('../../../samples', import.meta.url));
const docs = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [i.doc] : []));
const errors = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [] : [`${i.origin}: ${i.error}`]));

describe('readInputs over the bundled samples', () => {
  it('reads every sample without error: ≥ 44 documents, ≥ 15 Russian, unique ids, all dated and sourced', async () => {
    const items = await collect(readInputs([SAMPLES], INLINE));
    expect(errors(items)).toEqual([]);
    const all = docs(items);
    expect(all.length).toBeGreaterThanOrEqual(44);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(all.filter((d) => /[а-яё]{3}/i.test(d.text)).length).toBeGreaterThanOrEqual(15);
    expect(all.filter((d) => !d.published || !d.source)).toEqual([]);
    // The XSS sample arrives as text, payloads intact, for the web UI to escape.
    const xss = all.find((d) => d.id === 'siberia-desk-tomsk-defacement');
    expect(xss?.text).toContain('<script>alert(1)</script>');
    expect(xss?.text).toContain('javascript:alert(document.cookie)');
    expect(xss?.title).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('readInputs over a folder of mixed kinds', () => {
  it('reads each kind, skips the hidden file and folder, node_modules and README', async () => {
    const items = await collect(readInputs([fixture('folder')], INLINE));
    expect(errors(items)).toEqual([]);
    expect(docs(items).map((d) => d.text.split(' ').slice(0, 2).join(' '))).toEqual([
      'Graffiti against',
      'First folder',
      'Second folder',
      'A picket',
      'Three students',
    ]);
  });

  it('keeps the order of the inputs and reports a missing one in place', async () => {
    const items = await collect(
      readInputs([fixture('json/single.json'), fixture('missing.txt'), fixture('text/plain.txt')], INLINE),
    );
    expect(items.map((i) => (i.ok ? i.doc.id.slice(0, 5) : i.error))).toEqual([
      's1',
      'no such file or folder',
      'plain',
    ]);
  });

  it('stops with the abort reason when the signal is aborted', async () => {
    const ac = new AbortController();
    ac.abort(new Error('stop now'));
    await expect(collect(readInputs([fixture('folder')], { ...INLINE, signal: ac.signal }))).rejects.toThrow(
      'stop now',
    );
  });
});

describe('readInputs on untrusted files', () => {
  let dir = '';
  const file = (name: string) => join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'khronika-read-'));
    await writeFile(file('huge.txt'), '');
    await truncate(file('huge.txt'), 21 * 1024 * 1024); // sparse: costs no disk or time
    await writeFile(file('long-text.txt'), 'Слово '.repeat(200_000)); // 1.2 M characters, 2.2 MB
    await writeFile(file('image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(file('legacy.txt'), cp1251('Жители Твери вышли на митинг против вырубки парка.'));
    await writeFile(file('cut-utf8.txt'), Buffer.from('Пикет в Уфе').subarray(0, 9));
    await writeFile(
      file('latin1.md'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73, 0xa9]),
    );
    await writeFile(
      file('page-without-extension'),
      '<!doctype html><html><head><title>T</title></head><body><p>Sniffed as HTML.</p></body></html>',
    );
    const messages = Array.from({ length: 5000 }, (_, i) => ({
      id: i + 1,
      type: i % 10 === 0 ? 'service' : 'message',
      date: '2023-01-02T03:04:05',
      text: [`Post ${i + 1} `, { type: 'bold', text: 'bold' }],
    }));
    await writeFile(
      file('channel-export.json'),
      JSON.stringify({ name: 'Big', type: 'public_channel', id: 7, messages }, null, 1),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['huge.txt', /^file is 22020096 bytes, over the 20971520-byte limit \(raise it with --max-bytes\)$/],
    [
      'long-text.txt',
      /^text is 1,199,999 characters, over the 1,000,000-character limit \(raise it with --max-chars\)$/,
    ],
    ['image.md', /^binary file/],
    ['cut-utf8.txt', /^not valid UTF-8/],
    ['latin1.md', /^not valid UTF-8 and does not look like windows-1251/],
  ])('%s → error item', async (name, error) => {
    const items = await collect(readInputs([file(name)], INLINE));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, origin: file(name), error: expect.stringMatching(error) });
  });

  it('honours a smaller maxBytes', async () => {
    const [item] = await collect(readInputs([fixture('html/article.html')], { ...INLINE, maxBytes: 100 }));
    expect(item).toMatchObject({ ok: false, error: expect.stringMatching(/over the 100-byte limit/) });
  });

  it('decodes windows-1251 Russian text', async () => {
    const [item] = await collect(readInputs([file('legacy.txt')], INLINE));
    expect(item).toMatchObject({ ok: true, doc: { text: 'Жители Твери вышли на митинг против вырубки парка.' } });
  });

  it('sniffs a file without an extension', async () => {
    const [item] = await collect(readInputs([file('page-without-extension')], INLINE));
    expect(item).toMatchObject({ ok: true, doc: { title: 'T', text: 'Sniffed as HTML.' } });
  });

  it('streams a large Telegram export under any file name', async () => {
    const items = await collect(readInputs([file('channel-export.json')], INLINE));
    expect(errors(items)).toEqual([]);
    expect(items).toHaveLength(4500);
    expect(items[0]).toMatchObject({
      ok: true,
      doc: { id: '7/2', text: 'Post 2 bold', source: 'Big', published: '2023-01-02' },
    });
  });
});
