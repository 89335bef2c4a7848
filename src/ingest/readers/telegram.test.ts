import { describe, expect, it } from 'vitest';
import { collect, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { readInputs } from './index.js';
import { flattenTelegramText, readTelegram } from './telegram.js';

describe('Telegram Desktop exports', () => {
  it('turns text posts into documents and skips service messages and posts without text', async () => {
    const items = await collect(readInputs([fixture('telegram/result.json')], INLINE));
    expect(items.map((i) => (i.ok ? [i.doc.id, i.doc.published, i.doc.source, i.doc.text] : i.error))).toEqual([
      [
        '1122334455/2',
        '2023-05-02',
        'Fixture Channel',
        'Plain string post: a rally in Ufa gathered about 200 people on 1 May.',
      ],
      [
        '1122334455/3',
        '2023-05-03',
        'Fixture Channel',
        'Brest: two men detained for https://fixture.example/x posting a video.',
      ],
      [
        '1122334455/7',
        '2023-05-06',
        'Fixture Channel',
        'Post with only a unix time: leaflets in Tver, with "quotes", braces } { and [brackets].',
      ],
    ]);
  });

  it('gives the same result when the export arrives in one-character chunks', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(fixture('telegram/result.json'), 'utf8');
    const items = await collect(readTelegram([...text], 'x', { name: 'result' }));
    expect(items.filter((i) => i.ok).map((i) => i.ok && i.doc.id)).toEqual([
      '1122334455/2',
      '1122334455/3',
      '1122334455/7',
    ]);
  });

  it('reports a truncated export after the messages that were complete', async () => {
    const items = await collect(readInputs([fixture('telegram-truncated/result.json')], INLINE));
    expect(items.at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/^truncated JSON/) });
    expect(items.filter((i) => i.ok).map((i) => i.ok && i.doc.id)).toEqual(['1122334455/2']);
  });

  it.each([
    ['{"name":"C","type":"public_channel","id":1,"messages":{}}', /"messages" is not an array/],
    ['{"name":"C","type":"public_channel","id":1,"messages":[[1]]}', /element 1 is not an object/],
    [
      '{"name":"C","type":"public_channel","id":1,"messages":[{"id":1,"type":"message","text":"x",}]}',
      /^malformed JSON/,
    ],
    ['{"name":"C","type":"public_channel","id":1,"messages":[]}', /^export has no text posts$/],
    ['{"name":"messages","type":"public_channel","id":1}', /no "messages" array found/],
  ])('%s → error', async (json, error) => {
    const items = await collect(readTelegram([json], 'x', { name: 'r' }));
    expect(items.every((i) => !i.ok)).toBe(true);
    expect(items.map((i) => (i.ok ? '' : i.error)).some((e) => error.test(e))).toBe(true);
  });

  it('refuses a single oversized message and goes on with the next', async () => {
    const big = JSON.stringify({ id: 1, type: 'message', text: 'x'.repeat(2_100_000) });
    const json = `{"name":"C","type":"public_channel","id":9,"messages":[${big},{"id":2,"type":"message","text":"small post"}]}`;
    const items = await collect(readTelegram([json.slice(0, 1_000_000), json.slice(1_000_000)], 'x', { name: 'r' }));
    expect(items).toMatchObject([
      { ok: false, error: expect.stringMatching(/larger than/) },
      { ok: true, doc: { id: '9/2', text: 'small post' } },
    ]);
  });

  it.each([
    ['plain', 'plain'],
    [['a ', { type: 'bold', text: 'b' }, { type: 'x' }, 3, null, ' c'], 'a b c'],
    [null, ''],
  ])('flattenTelegramText(%j)', (input, text) => {
    expect(flattenTelegramText(input)).toBe(text);
  });
});

describe('Telegram exports: bad messages fail alone, UTF-16 is read (issue 10)', () => {
  const exportOf = (messages: unknown[]) => JSON.stringify({ name: 'C', type: 'public_channel', id: 5, messages });

  it('a message with an impossible date is read undated; the export goes on', async () => {
    const json = exportOf([
      {
        id: 1,
        type: 'message',
        date: '2023-02-30T10:00:00',
        date_unixtime: '99999999999999999',
        text: 'Impossible date post.',
      },
      { id: 2, type: 'message', date: '2023-03-01T10:00:00', text: 'Next post.' },
    ]);
    const items = await collect(readTelegram([json], 'x', { name: 'r' }));
    expect(items).toMatchObject([
      { ok: true, doc: { id: '5/1', text: 'Impossible date post.' } },
      { ok: true, doc: { id: '5/2', published: '2023-03-01' } },
    ]);
    expect(items[0].ok && 'published' in items[0].doc).toBe(false);
  });

  it('reads an export saved as UTF-16 with a BOM', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'khronika-tg16-'));
    try {
      const json = exportOf([{ id: 1, type: 'message', date: '2023-05-01T10:00:00', text: 'Пикет в Уфе, 1 мая.' }]);
      await writeFile(
        join(dir, 'result.json'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
      );
      const items = await collect(readInputs([join(dir, 'result.json')], INLINE));
      expect(items).toMatchObject([
        { ok: true, doc: { id: '5/1', text: 'Пикет в Уфе, 1 мая.', published: '2023-05-01', source: 'C' } },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
