import { describe, expect, it } from 'vitest';
import { matchDocument } from './pair-predictions.js';
import { gold, pred } from './test-events.js';

describe('matchDocument', () => {
  it('matches each prediction to at most one gold event and vice versa', () => {
    const golds = [gold({ type: 'protest', admin1: 'RU-MOW', evidence: 'A rally was held in Moscow on Sunday.' })];
    const preds = [
      pred({ type: 'protest', admin1: 'RU-MOW', evidence: 'A rally was held in Moscow on Sunday.' }),
      pred({ type: 'protest', admin1: 'RU-MOW', evidence: 'Another rally was held in Moscow.' }),
    ];
    const m = matchDocument(preds, golds);
    expect(m.pairs).toEqual([{ pred: 0, gold: 0, overlap: 1 }]);
    expect(m.unmatchedPred).toEqual([1]);
    expect(m.unmatchedGold).toEqual([]);
  });

  it('pairs by evidence overlap, not by input order', () => {
    const golds = [
      gold({ type: 'arrest', evidence: 'In Moscow police detained 399 people at the rally.' }),
      gold({ type: 'arrest', evidence: 'In St Petersburg 143 people were detained near the cathedral.' }),
    ];
    const preds = [
      pred({ type: 'arrest', evidence: 'In St Petersburg 143 people were detained.' }),
      pred({ type: 'arrest', evidence: 'Police detained 399 people in Moscow.' }),
    ];
    const m = matchDocument(preds, golds);
    expect(m.pairs.map((p) => [p.pred, p.gold]).sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('breaks an evidence tie by field agreement', () => {
    const evidence = 'Protests took place in Moscow and Tomsk on Saturday.';
    const golds = [
      gold({ type: 'protest', country: 'RU', place: 'Moscow', evidence }),
      gold({ type: 'protest', country: 'RU', place: 'Tomsk', evidence }),
    ];
    const preds = [pred({ type: 'protest', country: 'RU', place: 'Tomsk', evidence })];
    expect(matchDocument(preds, golds).pairs).toEqual([{ pred: 0, gold: 1, overlap: 1 }]);
  });

  it('prefers a required gold event to an optional one when all else is equal', () => {
    const evidence = 'The movement issued a statement.';
    const golds = [gold({ type: 'statement', evidence, optional: true }), gold({ type: 'statement', evidence })];
    expect(matchDocument([pred({ type: 'statement', evidence })], golds).pairs[0].gold).toBe(1);
  });

  it('never pairs incompatible events, however similar the evidence', () => {
    const evidence = 'The court sentenced him to 12 years.';
    const m = matchDocument(
      [pred({ type: 'arrest', date: '2023-05-01', evidence })],
      [gold({ type: 'arrest', date: '2023-05-10', evidence })],
    );
    expect(m.pairs).toEqual([]);
    expect(m.unmatchedPred).toEqual([0]);
    expect(m.unmatchedGold).toEqual([0]);
  });
});
