// Scores an extractor's predictions against gold, document by document (docs/event-format.md "Scoring"): overall,
// per type and per language P/R/F1, then field accuracies over pairs matched to required gold events.
import { foldName } from './text-fold.js';
import { matchDocument } from './pair-predictions.js';
import { checkFields, type ActorFolder, type FieldResult } from './field-checks.js';
import { addCounts, emptyCounts, prf, type Counts, type Prf } from './prf.js';
import type { PredictedEvent, ScoredGold } from './agreement.js';

export interface ScoredDocument {
  id: string;
  /** language of the document (given or detected); 'unknown' when neither */
  lang: string;
  predictions: PredictedEvent[];
  gold: ScoredGold[];
}

export interface Share {
  correct: number;
  total: number;
  /** correct / total; null when no matched pair had the field in gold */
  share: number | null;
}

export interface FieldAccuracy {
  date: Share;
  admin1: Share;
  place: Share;
  quantity: Share;
  /** mean actor-set F1 over pairs whose gold names actors */
  actors: { pairs: number; meanF1: number | null };
}

export interface FieldMismatch {
  pred: PredictedEvent;
  gold: ScoredGold;
  /** names of the fields the prediction got wrong */
  fields: string[];
}

export interface DocumentResult extends Counts {
  doc: string;
  lang: string;
  falsePositives: PredictedEvent[];
  misses: ScoredGold[];
  mismatches: FieldMismatch[];
}

export interface EvalReport {
  documents: number;
  overall: Prf;
  byType: Record<string, Prf>;
  byLanguage: Record<string, Prf>;
  fields: FieldAccuracy;
  perDocument: DocumentResult[];
}

export interface ScoreOptions {
  /** folds an actor name to its canonical key (aliases); case/accent folding when absent */
  foldActor?: ActorFolder;
}

function share(correct: number, total: number): Share {
  return { correct, total, share: total === 0 ? null : correct / total };
}

function bump(table: Map<string, Counts>, key: string, delta: Partial<Counts>): void {
  let c = table.get(key);
  if (!c) table.set(key, (c = emptyCounts()));
  addCounts(c, delta);
}

const BOOLEAN_FIELDS = ['date', 'admin1', 'place', 'quantity'] as const;

export function scoreDocuments(docs: readonly ScoredDocument[], options: ScoreOptions = {}): EvalReport {
  const fold = options.foldActor ?? foldName;
  const overall = emptyCounts();
  const byType = new Map<string, Counts>();
  const byLanguage = new Map<string, Counts>();
  const tallies = { date: [0, 0], admin1: [0, 0], place: [0, 0], quantity: [0, 0] } as Record<
    (typeof BOOLEAN_FIELDS)[number],
    [number, number]
  >;
  let actorPairs = 0;
  let actorSum = 0;
  const perDocument: DocumentResult[] = [];

  for (const doc of docs) {
    const m = matchDocument(doc.predictions, doc.gold, fold);
    const result: DocumentResult = {
      doc: doc.id,
      lang: doc.lang,
      ...emptyCounts(),
      falsePositives: [],
      misses: [],
      mismatches: [],
    };
    const count = (type: string, delta: Partial<Counts>): void => {
      addCounts(result, delta);
      bump(byType, type, delta);
      bump(byLanguage, doc.lang, delta);
    };
    for (const pair of m.pairs) {
      const gold = doc.gold[pair.gold];
      const pred = doc.predictions[pair.pred];
      if (gold.optional) {
        count(gold.type, { optional: 1 });
        continue;
      }
      count(gold.type, { tp: 1 });
      const r: FieldResult = checkFields(pred, gold, fold);
      const wrong: string[] = [];
      for (const f of BOOLEAN_FIELDS) {
        if (r[f] === null) continue;
        tallies[f][1] += 1;
        if (r[f]) tallies[f][0] += 1;
        else wrong.push(f);
      }
      if (r.actors !== null) {
        actorPairs += 1;
        actorSum += r.actors;
        if (r.actors < 1) wrong.push('actors');
      }
      if (wrong.length > 0) result.mismatches.push({ pred, gold, fields: wrong });
    }
    for (const i of m.unmatchedPred) {
      count(doc.predictions[i].type, { fp: 1 });
      result.falsePositives.push(doc.predictions[i]);
    }
    for (const i of m.unmatchedGold) {
      const gold = doc.gold[i];
      if (gold.optional) continue;
      count(gold.type, { fn: 1 });
      result.misses.push(gold);
    }
    addCounts(overall, result);
    perDocument.push(result);
  }

  const toPrf = (t: Map<string, Counts>): Record<string, Prf> =>
    Object.fromEntries([...t.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, prf(c)]));
  return {
    documents: docs.length,
    overall: prf(overall),
    byType: toPrf(byType),
    byLanguage: toPrf(byLanguage),
    fields: {
      date: share(...tallies.date),
      admin1: share(...tallies.admin1),
      place: share(...tallies.place),
      quantity: share(...tallies.quantity),
      actors: { pairs: actorPairs, meanF1: actorPairs === 0 ? null : actorSum / actorPairs },
    },
    perDocument,
  };
}
