import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import type { ExtractableDocument } from '../model/document.js';
import { defaultWorkerCount, extractEach, startExtractWorkers } from './extract-worker-client.js';

// Sentences written for this test (not from the seed articles).
const DOCS: ExtractableDocument[] = [
  {
    id: 'w1',
    text: 'Police in Tver detained 7 activists on 3 May 2023 after a picket outside the city hall.',
    lang: 'en',
    published: '2023-05-04',
  },
  {
    id: 'w2',
    text: 'A relay cabinet near Kursk was set on fire on 12 April 2023, local media said.',
    lang: 'en',
    published: '2023-04-13',
  },
  { id: 'w3', text: 'Nothing happened in this report at all.', lang: 'en' },
  {
    id: 'w4',
    text: 'В Перми 9 июня 2023 года прошёл митинг против вырубки сквера.',
    lang: 'ru',
    published: '2023-06-10',
  },
];

describe('extractEach', () => {
  it('keeps order and fails a throwing document alone', () => {
    const out = extractEach(DOCS.slice(0, 3), (d) => {
      if (d.id === 'w2') throw new Error('bad input');
      return [];
    });
    expect(out).toEqual([
      { ok: true, records: [] },
      { ok: false, error: 'bad input' },
      { ok: true, records: [] },
    ]);
  });
});

describe('startExtractWorkers', () => {
  const workers = startExtractWorkers(2);
  afterAll(() => workers.close());

  it('extracts in a worker thread exactly what extract() gives inline, batch by batch in order', async () => {
    const [a, b] = await Promise.all([workers.extractBatch(DOCS.slice(0, 2)), workers.extractBatch(DOCS.slice(2))]);
    const inline = DOCS.map((d) => ({ ok: true, records: extract(d) }));
    expect([...a, ...b]).toEqual(inline);
    expect(inline.filter((o) => o.records.length > 0).length).toBeGreaterThanOrEqual(2); // the test has real events to compare
  }, 60_000);

  it('answers an empty batch with no outcomes', async () => {
    expect(await workers.extractBatch([])).toEqual([]);
  });

  it('refuses work once closed', async () => {
    const pool = startExtractWorkers(1);
    await pool.close();
    await expect(pool.extractBatch(DOCS)).rejects.toThrow('closed');
  });

  it('uses the cores the main thread leaves free, at least one', () => {
    expect(defaultWorkerCount()).toBeGreaterThanOrEqual(1);
  });
});
