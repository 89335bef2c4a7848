// Contracts between the numbered extraction stages. Every offset is relative to the string the stage
// was given (a sentence), unless a field says otherwise. Stages are pure: no I/O after module load.
import type { Lang } from '../model/document.js';
import type { EventType } from '../model/event.js';

export type { Lang };

/** 1-sentences: a sentence of the title or body, with its offsets in that field. */
export interface Sentence {
  text: string;
  field: 'title' | 'text';
  start: number;
  end: number;
  /** paragraph number within the field (0-based); sentences of one paragraph share it */
  paragraph: number;
  /** running index over the whole document (title first) */
  index: number;
}

/** 2-triggers: a word or phrase that signals an event of a type. */
export interface TriggerMention {
  start: number;
  end: number;
  text: string;
  type: EventType;
  /** what the act was aimed at, if the lexicon entry or its neighbourhood says (lower-case noun) */
  targets: string[];
  /** the sentence speaks of the act as future, planned, hypothetical or negated: not coded */
  irrealis: boolean;
  /** named as a cause or setting of something else ("after the protests", "arrested for arson"): not coded */
  background: boolean;
  /** background because it is the charge of a detention or sentence ("accused of arson") */
  charge: boolean;
  /** 0..1, how strongly this trigger signals the type */
  weight: number;
  /** index of the clause of the sentence the trigger sits in (see clauses.ts) */
  clause: number;
  /** codes an act only with a count of people in its clause ("3,000 left the country") */
  needsCount: boolean;
  /** a statement only when its speaker is not a state body ("said in a statement") */
  nonStateSpeakers: boolean;
}

/** 3-dates */
export interface DateContext {
  /** publication day YYYY-MM-DD, or null when unknown (then year-less dates have no year) */
  published: string | null;
  lang: Lang;
}
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the text gives a day/month but the year is unknown */
  date: string | null;
  date_end: string | null;
  precision: 'day' | 'month' | 'year' | 'range';
  /** the expression is relative to publication ("on Monday", "yesterday", "since 24 February") */
  relative: boolean;
}

/** 4-places */
export interface GeoPlace {
  /** settlement name in usual English spelling; for a region or country record, its English name */
  name: string;
  kind: 'settlement' | 'region' | 'country';
  country: string; // ISO 3166-1 alpha-2
  admin1: string | null; // ISO 3166-2
  lat: number | null;
  lon: number | null;
  population?: number;
}
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: GeoPlace;
  /** "near X", "outside X", "под X": the place is that town, at geo_precision 2 */
  near: boolean;
  /** matched via an adjective or demonym ("Dagestani", "Belarusian", "чеченские"): weaker evidence */
  adjective: boolean;
  /** 0..1: how sure the lookup is that this string is this place (ambiguity, common-word clash) */
  score: number;
}
export interface PlaceHints {
  /** ISO 3166-2 regions named elsewhere in the document, most-mentioned first */
  admin1: string[];
  /** ISO countries named elsewhere in the document */
  countries: string[];
}

/** 5-actors */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** canonical English name */
  name: string;
  kind: 'armed_group' | 'movement' | 'organisation' | 'outlet' | 'state_body' | 'court' | 'person' | 'party';
  /** matched by a naming pattern rather than the registry */
  pattern: boolean;
}

/** 6-quantities */
export interface QuantityMention {
  start: number;
  end: number;
  text: string;
  /** null for vague amounts ("several dozen", "hundreds", "несколько десятков") */
  value: number | null;
  /** the counted noun, singular or plural as written, lower-case ("people", "derailments", "offices") */
  unit: string | null;
  /** "at least", "more than", "over", "не менее": a lower bound */
  lowerBound: boolean;
}
