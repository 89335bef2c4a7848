// Contracts between the numbered extraction stages. Every offset is relative to the string the stage
// was given (a sentence), unless a field says otherwise. Stages are pure: no I/O after module load.
import type { Lang } from '../model/document.js';
import type { EventType } from '../model/event.js';

export type { Lang };
// The mention types the lower layers also build; re-exported so the stages keep one contract file.
export type { ActorMention, DateMention, GeoPlace, PlaceHints, PlaceMention } from '../model/sentence-mentions.js';

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
  /** index of the clause of the sentence the trigger sits in (see 1-sentences/clauses.ts) */
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
  /** a collective numeral ("двое", "троих"): it counts people, whatever noun follows */
  people?: boolean;
}
