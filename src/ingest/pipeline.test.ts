import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractableDocument } from '../model/document.js';
import { EventRecordSchema, type EventRecord } from '../model/event.js';
import { sqliteTestStore, type TestStore } from '../store/test-support.js';
import { ingest, sourceOf, type IngestOptions } from './pipeline.js';
import type { ReadItem } from './readers/types.js';

// Four outlets (English and Russian) on one arson attack, from the resolver's own fixture. The
// extractor is a table (doc id → records), so these tests do not depend on extraction quality.
const fixture = JSON.parse(
  readFileSync(new URL('../resolve/fixtures/one-incident-4-outlets.json', import.meta.url), 'utf8'),
) as { incident: unknown[] };
const records = fixture.incident.map((r) => EventRecordSchema.parse(r));
const byDoc = new Map<string, EventRecord[]>(records.map((r) => [r.doc, [r]]));
const tableExtract = (doc: ExtractableDocument) => byDoc.get(doc.id) ?? [];

const items: ReadItem[] = records.map((r) => ({
  ok: true,
  origin: `feed.jsonl:${r.doc}`,
  doc: { id: r.doc, text: r.evidence, source: r.doc.split('/')[0], published: '2023-05-15' },
}));
const bad: ReadItem = { ok: false, origin: 'broken.jsonl:3', error: 'line 3: not JSON' };

async function* iter(list: ReadItem[]) {
  yield* list;
}

describe('ingest', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await sqliteTestStore();
  });
  afterEach(async () => t.dispose());

  const run = (list: ReadItem[], opts: Partial<IngestOptions> = {}) =>
    ingest(iter(list), t.store, { extract: tableExtract, ...opts });

  it('stores four outlets of one incident as one event with four sources, naming failures', async () => {
    const s = await run([...items.slice(0, 2), bad, ...items.slice(2)]);
    expect(s).toEqual({
      documents: { new: 4, unchanged: 0, failed: 1 },
      events: { new: 1, merged: 3 },
      failures: [{ origin: 'broken.jsonl:3', error: 'line 3: not JSON' }],
      inferred: {},
    });
    const { items: events } = await t.store.events.list({});
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'arson', place: 'Yekaterinburg', sources_count: 4 });
  });

  it.each([1, 3, 64])('is idempotent: a re-run adds nothing (batch size %i)', async (batchSize) => {
    await run(items, { batchSize });
    const again = await run(items, { batchSize });
    expect(again.documents).toEqual({ new: 0, unchanged: 4, failed: 0 });
    expect(again.events).toEqual({ new: 0, merged: 0 });
    expect(await t.store.documents.count()).toBe(4);
    expect(await t.store.mentions.count()).toBe(4);
  });

  it('counts the same document twice in one batch once', async () => {
    const s = await run([items[0], items[0]]);
    expect(s.documents).toEqual({ new: 1, unchanged: 1, failed: 0 });
  });

  it('a document whose extraction throws fails alone', async () => {
    const s = await run(items, {
      extract: (d) => {
        if (d.id === records[1].doc) throw new Error('boom');
        return tableExtract(d);
      },
    });
    expect(s.documents).toEqual({ new: 3, unchanged: 0, failed: 1 });
    expect(s.failures).toEqual([{ origin: items[1].origin, error: 'extraction failed: boom' }]);
  });

  it('an invalid record fails its document, and the rest of its batch is still stored', async () => {
    const broken = (d: ExtractableDocument) =>
      d.id === records[2].doc ? [{ ...records[2], type: 'picnic' } as unknown as EventRecord] : tableExtract(d);
    const s = await run(items, { extract: broken });
    expect(s.documents).toEqual({ new: 3, unchanged: 0, failed: 1 });
    expect(s.failures[0].origin).toBe(items[2].origin);
    expect(await t.store.documents.count()).toBe(3);
  });

  it('extracts chunk by chunk through extractBatch, reporting outcomes in input order', async () => {
    const chunks: string[][] = [];
    const extractBatch = async (docs: readonly ExtractableDocument[]) => {
      chunks.push(docs.map((d) => d.id));
      await new Promise((r) => setTimeout(r, 5 * (3 - chunks.length))); // later chunks finish first
      if (docs.some((d) => d.id === records[2].doc)) throw new Error('worker died');
      return docs.map((d) => ({ ok: true as const, records: tableExtract(d) }));
    };
    const seen: string[] = [];
    const s = await run([items[0], bad, items[1], items[2], items[3]], {
      extract: undefined,
      extractBatch,
      batchSize: 2,
      onItem: (_, item) => seen.push(item.origin),
    });
    expect(chunks).toEqual([[records[0].doc], [records[1].doc, records[2].doc], [records[3].doc]]);
    expect(seen).toEqual([items[0].origin, bad.origin, items[1].origin, items[2].origin, items[3].origin]);
    expect(s.documents).toEqual({ new: 2, unchanged: 0, failed: 3 });
    expect(s.failures).toEqual([
      { origin: bad.origin, error: 'line 3: not JSON' },
      { origin: items[1].origin, error: 'extraction failed: worker died' },
      { origin: items[2].origin, error: 'extraction failed: worker died' },
    ]);
  });

  it('starts with small chunks, doubling up to the batch size, so storing need not wait for a whole batch', async () => {
    const sizes: number[] = [];
    const extractBatch = async (docs: readonly ExtractableDocument[]) => {
      sizes.push(docs.length);
      return docs.map(() => ({ ok: true as const, records: [] }));
    };
    const many: ReadItem[] = Array.from({ length: 100 }, (_, i) => ({
      ok: true,
      origin: `many.jsonl:${i + 1}`,
      doc: { id: `many-${i}`, text: `Report number ${i} of a long feed.`, lang: 'en' },
    }));
    await run(many, { extract: undefined, extractBatch, batchSize: 32 });
    expect(sizes).toEqual([8, 16, 32, 32, 12]);
  });

  it('refuses to run without an extractor', async () => {
    await expect(run(items, { extract: undefined })).rejects.toThrow('give extract or extractBatch');
  });

  it('detects the language when the reader gives none', async () => {
    const seen: (string | null | undefined)[] = [];
    await run([items[2]], {
      extract: (d) => {
        seen.push(d.lang);
        return [];
      },
    });
    expect(seen).toEqual(['ru']);
  });
});

describe('sourceOf', () => {
  it.each([
    [{ id: '1', text: 't', source: ' Outlet ' }, 'x.jsonl:1', 'Outlet'],
    [{ id: '1', text: 't', url: 'https://news.example.org/a' }, 'x.jsonl:1', 'news.example.org'],
    // The file's name, never its path (which would reach exports and public pages).
    [{ id: '1', text: 't', url: 'not a url' }, 'dir/x.jsonl:7', 'x'],
    [{ id: '1', text: 't' }, 'feed.xml#3', 'feed'],
    [{ id: '1', text: 't' }, '/home/analyst/private/notes.txt', 'notes'],
    [{ id: '1', text: 't' }, 'https://outlet.example/a#1', 'outlet.example'],
  ])('%j from %s → %s', (doc, origin, expected) => expect(sourceOf(doc, origin)).toBe(expected));
});

describe('ingest interrupted', () => {
  it('stores what was read before the input stopped, then rethrows', async () => {
    const t = await sqliteTestStore();
    try {
      async function* stopping() {
        yield items[0];
        yield items[1];
        throw new Error('interrupted');
      }
      await expect(ingest(stopping(), t.store, { extract: tableExtract })).rejects.toThrow('interrupted');
      expect(await t.store.documents.count()).toBe(2);
    } finally {
      await t.dispose();
    }
  });
});
