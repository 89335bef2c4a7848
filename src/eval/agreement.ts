// Whether a predicted event may match a gold event at all (docs/event-format.md "Scoring"): same type, agreeing
// place, agreeing dates. Which of the compatible pairs are matched is pair-predictions.ts's job.
import type { EventRecord, GoldEvent } from '../model/event.js';
import { eventDayRange, rangesOverlap } from './date-range.js';

/** The fields the scorer reads from a prediction: an EventRecord without provenance. */
export type PredictedEvent = Pick<
  EventRecord,
  'type' | 'date' | 'date_end' | 'country' | 'admin1' | 'place' | 'lat' | 'lon' | 'actors' | 'quantity' | 'evidence'
>;
export type ScoredGold = Pick<
  GoldEvent,
  | 'type'
  | 'date'
  | 'date_end'
  | 'country'
  | 'admin1'
  | 'place'
  | 'lat'
  | 'lon'
  | 'actors'
  | 'quantity'
  | 'evidence'
  | 'optional'
>;

/** Dates agree within one day of slack. Gold without a date accepts anything; a prediction without a
 *  date does NOT agree with a dated gold event (an undated guess has not found that day's event). */
export function datesAgree(pred: PredictedEvent, gold: ScoredGold, slackDays = 1): boolean {
  if (!gold.date) return true;
  const g = eventDayRange(gold.date, gold.date_end);
  const p = eventDayRange(pred.date, pred.date_end);
  if (!g || !p) return false;
  return rangesOverlap(p, g, slackDays);
}

/** Places agree at the most precise level gold has: admin1, else country, else anything. */
export function placesAgree(pred: PredictedEvent, gold: ScoredGold): boolean {
  if (gold.admin1) return pred.admin1 === gold.admin1;
  if (gold.country) return pred.country === gold.country;
  return true;
}

export function compatible(pred: PredictedEvent, gold: ScoredGold): boolean {
  return pred.type === gold.type && placesAgree(pred, gold) && datesAgree(pred, gold);
}
