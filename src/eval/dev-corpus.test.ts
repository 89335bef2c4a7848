// The hand-coded dev sets (corpus/ru-dev, corpus/en-dev) must stay valid: every line parses, every
// gold record belongs to a document and quotes its evidence verbatim from that document's title or text.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { InputDocumentSchema } from '../model/document.js';
import { EVENT_TYPES, GoldFileLineSchema } from '../model/event.js';
import { readJsonlFile } from './read-jsonl.js';

const corpus = (set: string, file: string): string =>
  fileURLToPath(new URL(`../../corpus/${set}/${file}`, import.meta.url));

describe.each([
  { set: 'ru-dev', lang: 'ru', minDocs: 12 },
  { set: 'en-dev', lang: 'en', minDocs: 10 },
])('$set', ({ set, lang, minDocs }) => {
  it('parses, quotes evidence verbatim and covers every event type', async () => {
    const docs = await readJsonlFile(corpus(set, 'docs.jsonl'), InputDocumentSchema);
    const gold = await readJsonlFile(corpus(set, 'gold.jsonl'), GoldFileLineSchema);
    expect(docs.errors).toEqual([]);
    expect(gold.errors).toEqual([]);
    expect(docs.items.length).toBeGreaterThanOrEqual(minDocs);

    const byId = new Map(docs.items.map(({ value }) => [String(value.id), value]));
    expect(byId.size).toBe(docs.items.length);
    for (const { value: doc } of docs.items) {
      expect(doc.lang).toBe(lang);
      expect(doc.text.length, String(doc.id)).toBeGreaterThanOrEqual(800);
      expect(doc.text.length, String(doc.id)).toBeLessThanOrEqual(3000);
    }
    expect(
      docs.items.some(({ value }) => !value.published),
      'one document without `published`',
    ).toBe(true);

    const types = new Set<string>();
    for (const { value: line } of gold.items) {
      const doc = byId.get(line.doc);
      expect(doc, `gold for unknown document ${line.doc}`).toBeDefined();
      for (const e of line.events) {
        types.add(e.type);
        const quoted = doc!.text.includes(e.evidence) || (doc!.title ?? '').includes(e.evidence);
        expect(quoted, `${line.doc}: evidence not verbatim: ${e.evidence}`).toBe(true);
        expect(e.confidence).toBeUndefined();
        // Region- and settlement-level records carry coordinates; country-level ones do not.
        expect(e.lat === null, `${line.doc}: lat/lon of ${e.place ?? e.admin1 ?? e.country}`).toBe(
          e.geo_precision === 3 || e.geo_precision === null,
        );
      }
    }
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
  });
});
