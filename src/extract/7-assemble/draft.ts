// The working form of a record between assembly and output: fields plus where each came from,
// so that the document-level merge can prefer the most precise mention (docs/event-format.md rule 6).
import type { EventType } from '../../model/event.js';
import type { DateMention, GeoPlace, Sentence } from '../types.js';

export type PlaceSource = 'sentence' | 'weak' | 'context' | 'seat' | 'document' | 'none';

import type { ArrestStep } from './arrest-steps.js';

export interface Draft {
  type: EventType;
  sentence: Sentence;
  /** position of the first trigger in the sentence (orders drafts and ties) */
  at: number;
  place: GeoPlace | null;
  near: boolean;
  placeSource: PlaceSource;
  date: string | null;
  dateEnd: string | null;
  /** the date was read from this sentence (not carried from a neighbour) */
  dateOwn: boolean;
  /** the date is the day the sentence says the act was reported ("media reported Thursday"), standing in
   *  for the day it happened, which another mention may tell */
  dateReported?: boolean;
  /** the story's time when the act was told (frame.ts): its date if, once merged, it has none */
  frame?: DateMention | null;
  actors: string[];
  targets: string[];
  quantity: number | null;
  quantityUnit: string | null;
  /** an arrest told of one person ("the man was detained"): counts one when no figure is given */
  onePerson?: boolean;
  /** an arrest's step: a detention or a court's verdict, never merged with each other */
  step?: ArrestStep | null;
  /** an arrest of one person told in the singular by a language's data ("задержан мужчина"): a
   *  count of 1 once merged (6-quantities/one-person.ts), if no mention gives another */
  singular?: boolean;
  /** an arrest told as a trial or a sentence (a court's act), which is never the detention before it */
  court?: boolean;
  fatalities: number | null;
  aggregate: boolean;
  weight: number;
}

export function geoPrecision(d: Pick<Draft, 'place' | 'near'>): 1 | 2 | 3 | null {
  if (!d.place) return null;
  if (d.place.kind === 'settlement') return d.near ? 2 : 1;
  return d.place.kind === 'region' ? 2 : 3;
}

/** A key for "the same place": settlement name + region, or region, or country. */
export function placeKey(p: GeoPlace | null): string {
  if (!p) return '';
  if (p.kind === 'settlement') return `s:${p.country}:${p.admin1 ?? ''}:${p.name}`;
  return p.kind === 'region' ? `r:${p.admin1}` : `c:${p.country}`;
}
