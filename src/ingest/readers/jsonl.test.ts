import { describe, expect, it } from 'vitest';
import { collect, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { readInputs } from './index.js';
import { readJsonl, readJsonlLines } from './jsonl.js';
import { splitLines } from './lines.js';

describe('JSONL and JSON documents', () => {
  it('validates each line on its own: bad lines are error items naming the line, the rest go on', async () => {
    const path = fixture('jsonl/mixed.jsonl');
    const items = await collect(readInputs([path], INLINE));
    const table = items.map((i) => (i.ok ? { origin: i.origin, id: i.doc.id } : { origin: i.origin, error: i.error }));
    expect(table).toEqual([
      { origin: `${path}:1`, id: 'j1' },
      { origin: `${path}:2`, error: expect.stringMatching(/^malformed JSON/) },
      { origin: `${path}:4`, error: 'text: expected a string' },
      { origin: `${path}:5`, error: expect.stringMatching(/^published: expected YYYY-MM-DD/) },
      { origin: `${path}:6`, error: 'expected a JSON object with "id" and "text"' },
      { origin: `${path}:7`, id: '5' },
      { origin: `${path}:8`, error: expect.stringMatching(/^truncated last line/) },
    ]);
    const first = items[0];
    expect(first.ok && first.doc).toEqual({
      id: 'j1',
      text: 'Workers of a bus depot in Chita went on strike on 3 July over unpaid wages.',
      published: '2023-07-04',
      lang: 'en',
      source: 'Fixture Wire',
    });
    expect(items[5].ok && items[5].doc.published).toBe('2023-07-05');
  });

  it.each([
    ['jsonl/blank-lines.jsonl', [{ ok: false, error: 'empty file' }]],
    [
      'json/array.json',
      [
        { ok: true, doc: { id: 'a1', published: '2023-08-12' } },
        { ok: false, error: 'text: expected a string' },
      ],
    ],
    ['json/single.json', [{ ok: true, doc: { id: 's1', title: 'Single' } }]],
    ['json/truncated.json', [{ ok: false, error: expect.stringMatching(/^truncated JSON/) }]],
  ])('%s', async (path, expected) => {
    expect(await collect(readInputs([fixture(path)], INLINE))).toMatchObject(expected);
  });

  it('names array elements in the origin', async () => {
    const items = await collect(readInputs([fixture('json/array.json')], INLINE));
    expect(items.map((i) => i.origin)).toEqual([`${fixture('json/array.json')}#1`, `${fixture('json/array.json')}#2`]);
  });
});

describe('JSONL: a wrong type fails its line alone (issue 10)', () => {
  it('a line with "title": 123 is an error; every later line is read', async () => {
    const lines = [
      { id: 'a', text: 'First.' },
      { id: 'b', text: 'Second.', title: 123 },
      { id: 'c', text: 'Third.', source: 7 },
      { id: 'd', text: 'Fourth.', published: '2023-13-45' },
      { id: 'e', text: 'Fifth.' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const items = await collect(readJsonl(lines, 'x.jsonl', { name: 'x' }));
    expect(items.map((i) => (i.ok ? i.doc.id : `${i.origin} ${i.error.split(':')[0]}`))).toEqual([
      'a',
      'x.jsonl:2 title',
      'x.jsonl:3 source',
      'x.jsonl:4 published',
      'e',
    ]);
  });

  it('streams lines of a file and bounds each one', async () => {
    const chunks = async function* () {
      yield '{"id":"a","text":"A."}\n{"id":"b","te';
      yield 'xt":"' + 'x'.repeat(100) + '"}\n{"id":"c","text":"C."}';
    };
    const items = await collect(readJsonlLines(splitLines(chunks(), 60), 'x.jsonl', { name: 'x' }));
    expect(items).toMatchObject([
      { ok: true, doc: { id: 'a' } },
      { ok: false, origin: 'x.jsonl:2', error: 'line longer than the 60-byte limit (raise it with --max-bytes)' },
      { ok: true, doc: { id: 'c' } },
    ]);
  });
});
