// One-to-one matching of one document's predictions to its gold events: among compatible pairs, take
// the pair whose evidence overlaps most, then the next among the unused, and so on (greedy).
import { compatible, type PredictedEvent, type ScoredGold } from './agreement.js';
import { evidenceOverlap } from './text-fold.js';
import { fieldAgreement, type ActorFolder } from './field-checks.js';
import { foldName } from './text-fold.js';

export interface MatchedPair {
  pred: number;
  gold: number;
  overlap: number;
}

export interface DocumentMatch {
  pairs: MatchedPair[];
  /** indexes of predictions matched to nothing */
  unmatchedPred: number[];
  /** indexes of gold events matched to nothing */
  unmatchedGold: number[];
}

interface Candidate extends MatchedPair {
  agreement: number;
  required: boolean;
}

export function matchDocument(
  preds: readonly PredictedEvent[],
  golds: readonly ScoredGold[],
  fold: ActorFolder = foldName,
): DocumentMatch {
  const candidates: Candidate[] = [];
  preds.forEach((p, pi) => {
    golds.forEach((g, gi) => {
      if (!compatible(p, g)) return;
      candidates.push({
        pred: pi,
        gold: gi,
        overlap: evidenceOverlap(p.evidence, g.evidence),
        agreement: fieldAgreement(p, g, fold),
        required: g.optional !== true,
      });
    });
  });
  // Order: evidence overlap, then field agreement, then required gold before optional (a prediction
  // should not be spent on an optional event when it fits a required one equally), then input order.
  candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      b.agreement - a.agreement ||
      Number(b.required) - Number(a.required) ||
      a.pred - b.pred ||
      a.gold - b.gold,
  );
  const usedPred = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (usedPred.has(c.pred) || usedGold.has(c.gold)) continue;
    usedPred.add(c.pred);
    usedGold.add(c.gold);
    pairs.push({ pred: c.pred, gold: c.gold, overlap: c.overlap });
  }
  return {
    pairs,
    unmatchedPred: preds.map((_, i) => i).filter((i) => !usedPred.has(i)),
    unmatchedGold: golds.map((_, i) => i).filter((i) => !usedGold.has(i)),
  };
}
