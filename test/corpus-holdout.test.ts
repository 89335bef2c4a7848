// Guards the hand-coded held-out sets: a malformed gold line or a paraphrased evidence quote would
// silently skew every score measured against them.
import { describe, expect, it } from 'vitest';
import { InputDocumentSchema } from '../src/model/document.js';
import { corpusDir, readJsonl, goldFileChecks } from './corpus-support.js';

describe.each(['holdout-en', 'holdout-ru'])('%s', (name) => {
  const dir = corpusDir(name);
  const docs = readJsonl(`${dir}docs.jsonl`).map((d) => InputDocumentSchema.parse(d));
  const goldRaw = readJsonl(`${dir}gold.jsonl`);

  it('has 16 documents with unique ids, each 600–3000 characters', () => {
    expect(docs).toHaveLength(16);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.text.length, d.id).toBeGreaterThanOrEqual(600);
      expect(d.text.length, d.id).toBeLessThanOrEqual(3000);
    }
  });

  const gold = goldFileChecks(name, docs, goldRaw);

  it('gives gold records coherent places and date ranges', () => {
    const problems: string[] = [];
    for (const line of gold) {
      for (const ev of line.events) {
        const tag = `${line.doc} ${ev.type} ${ev.evidence.slice(0, 40)}`;
        if (ev.admin1 && ev.country && !ev.admin1.startsWith(`${ev.country}-`)) problems.push(`${tag}: admin1/country`);
        if (ev.place !== null && (ev.lat === null || ev.geo_precision === null))
          problems.push(`${tag}: place without point`);
        if (ev.geo_precision === 3 && ev.lat !== null) problems.push(`${tag}: country-level with a point`);
        if (ev.date_end !== null && (ev.date === null || ev.date_end < ev.date)) problems.push(`${tag}: date range`);
        const published = docs.find((d) => d.id === line.doc)?.published;
        if (published && ev.date !== null && ev.date > published) problems.push(`${tag}: date after publication`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps a document with no events (the negated/planned-only case)', () => {
    expect(gold.some((g) => g.events.length === 0)).toBe(true);
  });
});
