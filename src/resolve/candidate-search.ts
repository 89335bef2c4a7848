// Where the events a mention could join are to be found: which places, which dates, which types.
// This is the first half of the joining rule (decide.ts is the second): the store turns each search
// into one indexed lookup (store/repos/event-writer.ts) and hands the rows back to decide().
import type { Incident } from './match.js';
import { compatibleTypes, settlementKey } from './match.js';
import { daySpan } from './keys.js';
import { isActorLed } from './score.js';
import { sentenceSimilarity } from './shingles.js';

/** Where to look: one indexed column (a settlement, a region, country-level events, or only the type). */
export type PlaceShape = 'place' | 'region' | 'region-coarse' | 'national' | 'country' | 'any';
export type DateShape = 'window' | 'undated' | 'any';

export interface CandidateSearch {
  /** each with its key: the settlement key or the region code (none for the other shapes) */
  places: { shape: PlaceShape; key?: string | null }[];
  dates: DateShape[];
  /** the mention's type, and a compatible one if there is */
  types: readonly string[];
  /**
   * the date window: events starting from `lo` to `hi` and still running on `from`
   * (null when the mention is undated)
   */
  window: { lo: string | null; hi: string | null; from: string | null };
}

/** dated candidates are looked for among events starting at most this long before the mention */
export const MAX_SPAN_DAYS = 366;
/** word-pair similarity from which a copy's evidence sentence is the original's */
const SAME_SENTENCE = 0.9;

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The events a mention could be: dates that can overlap, places that can contain each other.
 * Null when nothing can identify it (undated, unplaced and not told by who did it): then only a
 * near-duplicate source can.
 */
export function candidateSearch(r: Incident): CandidateSearch | null {
  const span = daySpan(r.date, r.date_end);
  const sk = settlementKey(r);
  const actorLed = isActorLed(r.type) && r.actors.length > 0;
  if (!span.start && !r.admin1 && !sk && !actorLed) return null;
  const places: CandidateSearch['places'] = [];
  // Statements are identified by who declared them (score.ts): their place does not narrow.
  if (actorLed) places.push({ shape: 'any' });
  else {
    if (sk) places.push({ shape: 'place', key: sk });
    if (sk && r.admin1) places.push({ shape: 'region-coarse', key: r.admin1 });
    if (!sk && r.admin1) places.push({ shape: 'region', key: r.admin1 });
    // Country-level events can only reach a suggestion with a date to agree on.
    if ((sk || r.admin1) && span.start && r.country) places.push({ shape: 'national' });
    if (!sk && !r.admin1 && r.country) places.push({ shape: 'country' });
  }
  return {
    places,
    dates: span.start ? ['window', 'undated'] : ['any'],
    types: compatibleTypes(r.type),
    window: {
      lo: span.start ? shiftDay(span.start, -MAX_SPAN_DAYS) : null,
      hi: span.stop ? shiftDay(span.stop, 1) : null,
      from: span.start ? shiftDay(span.start, -1) : null,
    },
  };
}

/**
 * Whether a near-duplicate document is this report's source for an event: a copy repeats the
 * sentence its original gave the event; a report written from the same template about another
 * incident (another town or day in the same words) does not.
 */
export function repeatsSentence(originalEvidence: readonly string[], evidence: string): boolean {
  return originalEvidence.some((e) => sentenceSimilarity(e, evidence) >= SAME_SENTENCE);
}
