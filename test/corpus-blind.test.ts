// Guards the hand-coded blind evaluation sets: a malformed gold line, a gold line for a missing document
// or a paraphrased evidence quote would silently skew every score measured against them.
import { describe, expect, it } from 'vitest';
import { InputDocumentSchema } from '../src/model/document.js';
import { corpusDir, readJsonl, goldFileChecks, goldCoherenceProblems } from './corpus-support.js';

describe.each([
  { name: 'blind-en', lang: 'en' },
  { name: 'blind-ru', lang: 'ru' },
])('$name', ({ name, lang }) => {
  const dir = corpusDir(name);
  const docsRaw = readJsonl(`${dir}docs.jsonl`);
  const goldRaw = readJsonl(`${dir}gold.jsonl`);

  it('parses every document with InputDocumentSchema', () => {
    for (const [i, line] of docsRaw.entries()) {
      const result = InputDocumentSchema.safeParse(line);
      expect(result.success, `${name}/docs.jsonl:${i + 1} ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  const docs = docsRaw.map((d) => InputDocumentSchema.parse(d));

  it("has 12 documents with unique ids, each 500–2500 characters, in the set's language", () => {
    expect(docs).toHaveLength(12);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.text.length, d.id).toBeGreaterThanOrEqual(500);
      expect(d.text.length, d.id).toBeLessThanOrEqual(2500);
      if (d.lang) expect(d.lang, d.id).toBe(lang);
    }
  });

  it('varies its metadata: some documents lack `published`, `lang` or `title`', () => {
    expect(docs.filter((d) => !d.published).length).toBeGreaterThanOrEqual(2);
    expect(docs.filter((d) => !d.lang).length).toBeGreaterThanOrEqual(1);
    expect(docs.filter((d) => !d.title).length).toBeGreaterThanOrEqual(1);
  });

  const gold = goldFileChecks(name, docs, goldRaw);

  it('gives gold records coherent places, precisions, quantities and date ranges', () => {
    expect(goldCoherenceProblems(docs, gold)).toEqual([]);
  });

  it('keeps a document with no events (the planned/rumoured/denied-only case)', () => {
    expect(gold.some((g) => g.events.length === 0)).toBe(true);
  });

  it('covers a spread of event types, including aggregate tallies and optional records', () => {
    const events = gold.flatMap((g) => g.events);
    expect(new Set(events.map((e) => e.type)).size).toBeGreaterThanOrEqual(7);
    expect(events.some((e) => e.aggregate)).toBe(true);
    expect(events.some((e) => e.optional)).toBe(true);
  });
});
