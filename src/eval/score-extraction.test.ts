import { describe, expect, it } from 'vitest';
import { scoreDocuments, type ScoredDocument } from './score-extraction.js';
import { gold, pred } from './test-events.js';

const moscow = { country: 'RU', admin1: 'RU-MOW', place: 'Moscow', lat: 55.76, lon: 37.62 };

function doc(
  id: string,
  lang: string,
  predictions: ScoredDocument['predictions'],
  golds: ScoredDocument['gold'],
): ScoredDocument {
  return { id, lang, predictions, gold: golds };
}

describe('scoreDocuments', () => {
  it('counts an exact match as one true positive with perfect fields', () => {
    const e = {
      type: 'protest' as const,
      date: '2022-09-24',
      ...moscow,
      quantity: 33,
      actors: ['Vesna'],
      evidence: 'A picket in Moscow.',
    };
    const r = scoreDocuments([doc('d1', 'en', [pred(e)], [gold(e)])]);
    expect(r.overall).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(r.fields.date).toEqual({ correct: 1, total: 1, share: 1 });
    expect(r.fields.place.share).toBe(1);
    expect(r.fields.quantity.share).toBe(1);
    expect(r.fields.actors).toEqual({ pairs: 1, meanF1: 1 });
  });

  it('leaves optional gold out of precision and recall', () => {
    const r = scoreDocuments([
      doc(
        'd1',
        'en',
        [pred({ type: 'statement', evidence: 'x y z' })],
        [
          gold({ type: 'statement', evidence: 'x y z', optional: true }),
          gold({ type: 'organization', evidence: 'a b', optional: true }),
        ],
      ),
    ]);
    expect(r.overall).toMatchObject({ tp: 0, fp: 0, fn: 0, optional: 1 });
    expect(r.perDocument[0].misses).toEqual([]);
  });

  it('counts per type and per language', () => {
    const docs = [
      doc(
        'en1',
        'en',
        [pred({ type: 'arson', ...moscow, evidence: 'fire' }), pred({ type: 'riot', ...moscow, evidence: 'clash' })],
        [
          gold({ type: 'arson', ...moscow, evidence: 'fire' }),
          gold({ type: 'arrest', ...moscow, evidence: 'detained' }),
        ],
      ),
      doc(
        'ru1',
        'ru',
        [pred({ type: 'arson', country: 'RU', admin1: 'RU-SPE', evidence: 'поджог' })],
        [gold({ type: 'arson', country: 'RU', admin1: 'RU-SPE', evidence: 'поджог' })],
      ),
    ];
    const r = scoreDocuments(docs);
    expect(r.overall).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.byType.arson).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(r.byType.riot).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(r.byType.arrest).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.byLanguage.en).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(r.byLanguage.ru).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.perDocument[0].falsePositives.map((e) => e.type)).toEqual(['riot']);
    expect(r.perDocument[0].misses.map((e) => e.type)).toEqual(['arrest']);
  });

  it('scores field accuracy only where gold has the field, and lists wrong fields', () => {
    const r = scoreDocuments([
      doc(
        'd',
        'en',
        [
          pred({
            type: 'protest',
            date: '2022-09',
            country: 'RU',
            admin1: 'RU-DA',
            place: 'Kaspiysk',
            lat: 42.88,
            lon: 47.64,
            evidence: 'e',
          }),
          pred({ type: 'protest', country: 'RU', admin1: 'RU-SA', evidence: 'f' }),
        ],
        [
          gold({
            type: 'protest',
            date: '2022-09-25',
            country: 'RU',
            admin1: 'RU-DA',
            place: 'Makhachkala',
            lat: 42.98,
            lon: 47.5,
            evidence: 'e',
          }),
          gold({ type: 'protest', country: 'RU', admin1: 'RU-SA', lat: 62.03, lon: 129.73, evidence: 'f' }),
        ],
      ),
    ]);
    expect(r.overall.tp).toBe(2);
    expect(r.fields.date).toEqual({ correct: 0, total: 1, share: 0 });
    expect(r.fields.admin1).toEqual({ correct: 2, total: 2, share: 1 });
    expect(r.fields.place).toEqual({ correct: 1, total: 1, share: 1 });
    expect(r.fields.quantity).toEqual({ correct: 0, total: 0, share: null });
    expect(r.perDocument[0].mismatches.map((m) => m.fields)).toEqual([['date']]);
  });

  it('reports no precision (null, not NaN) when nothing is predicted, and no figures for optional-only types', () => {
    const r = scoreDocuments([
      doc(
        'd',
        'en',
        [pred({ type: 'other', evidence: 'y' })],
        [gold({ type: 'protest', evidence: 'x' }), gold({ type: 'other', evidence: 'y', optional: true })],
      ),
    ]);
    expect(r.byType.protest).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(r.byType.other).toMatchObject({ optional: 1, precision: null, recall: null, f1: null });
  });
});
