import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import type { EventRecord, GoldFileLine } from '../model/event.js';
import type { InputDocument } from '../model/document.js';

function record(doc: string, evidence: string): EventRecord {
  return {
    doc,
    type: 'protest',
    date: null,
    date_end: null,
    country: 'RU',
    admin1: null,
    place: null,
    lat: null,
    lon: null,
    geo_precision: 3,
    actors: [],
    targets: [],
    quantity: null,
    quantity_unit: null,
    fatalities: null,
    aggregate: false,
    evidence,
  };
}

const docs: InputDocument[] = [
  { id: 'a', text: 'People rallied.', lang: 'en' },
  { id: 'b', text: 'Люди вышли на митинг.' },
  { id: 'c', text: 'Unannotated.' },
  { id: 'boom', text: 'Breaks the extractor.' },
];
const gold: GoldFileLine[] = [
  { doc: 'a', events: [record('a', 'People rallied.')] },
  { doc: 'b', events: [record('b', 'Люди вышли на митинг.')] },
  { doc: 'boom', events: [record('boom', 'Breaks the extractor.')] },
  { doc: 'missing', events: [] },
];

describe('evaluate', () => {
  const seen: string[] = [];
  const result = evaluate({
    docs,
    gold,
    extract: (d) => {
      seen.push(`${d.id}:${d.lang}`);
      if (d.id === 'boom') throw new Error('bad input');
      return [record(d.id, d.text)];
    },
    detectLanguage: (text) => (/[а-я]/.test(text) ? 'ru' : 'en'),
  });

  it('runs the extractor on annotated documents, with given or detected language', () => {
    expect(seen).toEqual(['a:en', 'b:ru', 'boom:en']);
  });
  it('scores a failing document as no predictions and goes on', () => {
    expect(result.report.overall).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(result.report.byLanguage.ru).toMatchObject({ tp: 1 });
  });
  it('warns about unannotated documents, missing documents and extractor failures', () => {
    expect(result.warnings).toEqual([
      'document "c" has no gold line; not scored',
      'extract failed on document "boom": bad input; scored as no predictions',
      'gold names document "missing", which is not among the documents; not scored',
    ]);
  });
});
