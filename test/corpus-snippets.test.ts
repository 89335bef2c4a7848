// Guards the blind snippet challenge sets (short items, half for development, half kept unseen): a
// malformed line or a paraphrased evidence quote would silently skew the figures measured on them.
import { describe, expect, it } from 'vitest';
import { InputDocumentSchema } from '../src/model/document.js';
import { corpusDir, goldCoherenceProblems, goldFileChecks, readJsonl } from './corpus-support.js';

describe.each([
  { name: 'snippets-en', half: 'dev', lang: 'en' },
  { name: 'snippets-en', half: 'unseen', lang: 'en' },
  { name: 'snippets-ru', half: 'dev', lang: 'ru' },
  { name: 'snippets-ru', half: 'unseen', lang: 'ru' },
])('$name/$half', ({ name, half, lang }) => {
  const dir = corpusDir(name);
  const docs = readJsonl(`${dir}${half}.docs.jsonl`).map((d) => InputDocumentSchema.parse(d));
  const gold = goldFileChecks(`${name}/${half}`, docs, readJsonl(`${dir}${half}.gold.jsonl`));

  it("has at least 50 short items with unique ids in the set's language", () => {
    expect(docs.length).toBeGreaterThanOrEqual(50);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.text.length, d.id).toBeLessThanOrEqual(1500);
      expect(d.lang, d.id).toBe(lang);
    }
  });

  it('gives gold records coherent places, precisions, quantities and date ranges', () => {
    expect(goldCoherenceProblems(docs, gold)).toEqual([]);
  });

  it('keeps items with no event (negatives) beside items of at least eight types', () => {
    expect(gold.filter((g) => g.events.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(new Set(gold.flatMap((g) => g.events.map((e) => e.type))).size).toBeGreaterThanOrEqual(8);
  });
});
