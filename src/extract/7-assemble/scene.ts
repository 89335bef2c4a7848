// Reads one sentence once for all of its acts: which parts of it count (places, actors, triggers,
// counts, dates) and what it inherits from the sentence before.
import type { Lang } from '../../model/document.js';
import type { ActorMention, DateMention, PlaceMention, QuantityMention, Sentence, TriggerMention } from '../types.js';
import type { DocContext } from '../document/doc-context.js';
import type { DateRole } from '../document/frame.js';
import { clauseBounds, clauseAt, type Clause, type SentenceClauses } from '../1-sentences/clauses.js';
import { groupTriggers, type Group, type PlacedMention } from './attach.js';
import { gappedClauseMap } from '../2-triggers/gapping.js';
import { withLandmarks } from '../4-places/landmarks.js';
import { findFatalities } from '../6-quantities/fatalities.js';
import { assignQuantities } from '../6-quantities/counts.js';
import { inheritedCarry, type Carry } from './carry.js';
import { FATAL_TYPES } from './kinds.js';
import { isOwnPlace } from './loc.js';
import { sentencePlaces } from './sentence-places.js';
import type { PlaceRole } from '../4-places/place-roles.js';
import { sentenceActors } from './sentence-actors.js';
import { foregroundDatedCharges, liveTriggers, usableTriggers } from './live-triggers.js';
import { datesByRole } from './act-date.js';

export interface SentenceParts {
  sentence: Sentence;
  lang: Lang;
  triggers: TriggerMention[];
  places: PlaceMention[];
  dates: DateMention[];
  actors: ActorMention[];
  quantities: QuantityMention[];
  /** each date's role (frame.ts), in step with dates; all are event dates when absent */
  dateRoles?: DateRole[];
  /** the sentence's clauses as the trigger stage read them (worked out here when absent) */
  clauses?: SentenceClauses;
  /** each place's role (place-roles.ts), in step with places, as the document read them (worked out here when absent) */
  placeRoles?: PlaceRole[];
}

/** What the whole sentence established, shared by all of its acts. */
export interface SentenceScene {
  sentence: Sentence;
  text: string;
  lang: Lang;
  ctx: DocContext;
  clauseOf: (offset: number) => number;
  /** the sentence's clauses (as the trigger stage read them), before gapping */
  clauses: Clause[];
  /** clause map after gapping (gapping.ts) */
  gapped: number[];
  placed: PlacedMention[];
  ownPlaces: PlacedMention[];
  actors: ActorMention[];
  actorNames: string[];
  actorKinds: Map<string, string>;
  sameParagraph: Carry | null;
  nextParagraph: Carry | null;
  dates: DateMention[];
  datesByRole: { act: DateMention[]; report: DateMention[] };
  quantities: QuantityMention[];
  quantityOf: Map<TriggerMention, QuantityMention>;
  /** the sentence's triggers that code acts */
  usable: TriggerMention[];
  fatalities: number | null;
  sentenceHasProtest: boolean;
}

/** The sentence read for assembly: its scene, its groups of triggers that code acts, and its
 *  background acts (charges), which own the places that follow them. Marks dated charges as acts
 *  (live-triggers.ts), in place. */
export function readSentence(
  parts: SentenceParts,
  ctx: DocContext,
  carry: Carry | null,
): { scene: SentenceScene; groups: Group[]; dead: TriggerMention[] } {
  const { sentence, lang } = parts;
  const text = sentence.text;
  const { sameParagraph, nextParagraph } = inheritedCarry(carry, sentence);

  const clauses = parts.clauses?.get() ?? clauseBounds(text);
  // a clause that only fills a gap left by a dash ("15 — в Новосибирске") is read with the clause before
  const gapped = gappedClauseMap(text, clauses, lang, (c) => parts.triggers.some((t) => t.clause === c));
  const clauseOf = (o: number) => gapped[clauseAt(clauses, o)];
  // "у Минобороны": a body named as where the act was is a place, not an actor (landmarks.ts)
  const landmarks = withLandmarks(text, parts.places, parts.actors, lang);
  const placed = sentencePlaces(
    text,
    lang,
    landmarks,
    clauseOf,
    parts.placeRoles && { places: parts.places, roles: parts.placeRoles },
  );
  const ownPlaces = placed.filter(isOwnPlace);
  const earlierActors = sameParagraph?.actors.length ? sameParagraph.actors : (carry?.actors ?? []);
  const actors = sentenceActors(text, lang, landmarks.actors, earlierActors);

  // (a day the report was told on, "the court said on July 30", dates no charge)
  foregroundDatedCharges(
    text,
    parts.triggers,
    parts.dateRoles ? parts.dates.filter((_, k) => parts.dateRoles![k] !== 'report') : parts.dates,
  );
  const live = liveTriggers(text, parts.triggers, ctx.refYear);
  // charges named after a sentence own the places that follow them ("for arson in Angarsk")
  const dead = parts.triggers.filter(isBackgroundAct);
  const usable = usableTriggers(live, {
    hasOwnPlace: ownPlaces.length > 0,
    dates: parts.dates,
    paragraphScene: sameParagraph?.date != null && sameParagraph.places.length > 0,
    quantities: parts.quantities,
    clauseOf,
  });
  const groups = groupTriggers(text, usable);
  // a number inside a date ("в ночь на 24 июня") is no count
  const quantities = parts.quantities.filter((q) => !parts.dates.some((d) => q.start < d.end && d.start < q.end));

  const scene: SentenceScene = {
    sentence,
    text,
    lang,
    ctx,
    clauseOf,
    clauses,
    gapped,
    placed,
    ownPlaces,
    actors: actors.mentions,
    actorNames: actors.names,
    actorKinds: actors.kinds,
    sameParagraph,
    nextParagraph,
    dates: parts.dates,
    // dates of the acts; a report date dates them only when nothing else does; a comparison never
    datesByRole: datesByRole(parts.dates, parts.dateRoles),
    quantities: parts.quantities,
    quantityOf: assignQuantities(usable, quantities, clauseOf, text),
    usable,
    fatalities: usable.some(isFatalType) ? findFatalities(text, lang) : null,
    sentenceHasProtest: parts.triggers.some(isAboutProtest),
  };
  return { scene, groups, dead };
}

// Tests handed to filter and some, kept out of the function that uses them (no closure per call).
const isBackgroundAct = (t: TriggerMention) => t.background;
const isAboutProtest = (t: TriggerMention) => t.type === 'protest' || t.targets.includes('protesters');
const isFatalType = (t: TriggerMention) => FATAL_TYPES.has(t.type);
