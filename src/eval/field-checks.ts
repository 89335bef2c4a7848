// Per-field checks over a matched pair. Each returns null when gold lacks the field (the pair is then
// left out of that field's share), else whether, or how well, the prediction got it.
import { foldName } from './text-fold.js';
import { haversineKm } from './geo-distance.js';
import type { PredictedEvent, ScoredGold } from './agreement.js';

/** Any name within this distance of the gold point is the right place (docs/event-format.md coding rule 4). */
export const PLACE_RADIUS_KM = 25;

export type ActorFolder = (name: string) => string;

export function dateExact(pred: PredictedEvent, gold: ScoredGold): boolean | null {
  if (!gold.date) return null;
  return pred.date === gold.date && (pred.date_end ?? null) === (gold.date_end ?? null);
}

export function admin1Exact(pred: PredictedEvent, gold: ScoredGold): boolean | null {
  if (!gold.admin1) return null;
  return pred.admin1 === gold.admin1;
}

export function placeRight(pred: PredictedEvent, gold: ScoredGold): boolean | null {
  if (!gold.place) return null;
  if (pred.place && foldName(pred.place) === foldName(gold.place)) return true;
  if (pred.lat == null || pred.lon == null || gold.lat == null || gold.lon == null) return false;
  return haversineKm(pred.lat, pred.lon, gold.lat, gold.lon) <= PLACE_RADIUS_KM;
}

export function quantityExact(pred: PredictedEvent, gold: ScoredGold): boolean | null {
  if (gold.quantity == null) return null;
  return pred.quantity === gold.quantity;
}

/** F1 of the two actor sets after folding (case, accents and, when given, aliases). */
export function actorF1(pred: PredictedEvent, gold: ScoredGold, fold: ActorFolder = foldName): number | null {
  if (!gold.actors || gold.actors.length === 0) return null;
  const g = new Set(gold.actors.map(fold));
  const p = new Set(pred.actors.map(fold));
  let shared = 0;
  for (const a of p) if (g.has(a)) shared += 1;
  if (shared === 0) return 0;
  const precision = shared / p.size;
  const recall = shared / g.size;
  return (2 * precision * recall) / (precision + recall);
}

export interface FieldResult {
  date: boolean | null;
  admin1: boolean | null;
  place: boolean | null;
  quantity: boolean | null;
  actors: number | null;
}

export function checkFields(pred: PredictedEvent, gold: ScoredGold, fold: ActorFolder = foldName): FieldResult {
  return {
    date: dateExact(pred, gold),
    admin1: admin1Exact(pred, gold),
    place: placeRight(pred, gold),
    quantity: quantityExact(pred, gold),
    actors: actorF1(pred, gold, fold),
  };
}

/** How many fields the pair gets right: the tie-breaker when evidence overlap is equal. */
export function fieldAgreement(pred: PredictedEvent, gold: ScoredGold, fold: ActorFolder = foldName): number {
  const r = checkFields(pred, gold, fold);
  return [r.date, r.admin1, r.place, r.quantity].filter((v) => v === true).length + (r.actors ?? 0);
}
