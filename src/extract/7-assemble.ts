// Stage 7: turn one sentence's triggers, places, dates, actors and quantities into draft records —
// one per event type per location (docs/event-format.md rule 1) — falling back to the neighbouring sentence
// and then to the document for what the sentence leaves unsaid. The steps live in assemble/; this
// file only runs them in order.
import type { Lang } from '../model/document.js';
import type { ActorMention, DateMention, PlaceMention, QuantityMention, Sentence, TriggerMention } from './types.js';
import type { Draft } from './draft.js';
import type { DocContext } from './doc-context.js';
import type { DateRole } from './frame.js';
import { clauseBounds, clauseAt } from './clauses.js';
import { groupTriggers, type Group } from './attach.js';
import { gappedClauseMap } from './gapping.js';
import { withLandmarks } from './landmarks.js';
import { findFatalities } from './fatalities.js';
import { assignQuantities } from './counts.js';
import { carryAfterActs, inheritedCarry, type Carry } from './assemble/carry.js';
import { FATAL_TYPES } from './assemble/kinds.js';
import { isOwnPlace, type Loc } from './assemble/loc.js';
import { sentencePlaces } from './assemble/sentence-places.js';
import { sentenceActors } from './assemble/sentence-actors.js';
import { foregroundDatedCharges, liveTriggers, usableTriggers } from './assemble/live-triggers.js';
import { actsOfGroup, groupPlaces } from './assemble/group-places.js';
import { datesByRole } from './assemble/act-date.js';
import { assembleAct, type SentenceScene } from './assemble/act.js';
import type { Located } from './assemble/locate.js';
import { addDraft, policyOverStatements, type DraftBook } from './assemble/draft-book.js';

export { sceneCarry, type Carry } from './assemble/carry.js';

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
}

export function assembleSentence(
  parts: SentenceParts,
  ctx: DocContext,
  carry: Carry | null,
): { drafts: Draft[]; carry: Carry } {
  const { sentence, lang } = parts;
  const text = sentence.text;
  const { sameParagraph, nextParagraph } = inheritedCarry(carry, sentence);

  const clauses = clauseBounds(text);
  // a clause that only fills a gap left by a dash ("15 — в Новосибирске") is read with the clause before
  const gapped = gappedClauseMap(text, clauses, lang, (c) => parts.triggers.some((t) => t.clause === c));
  const clauseOf = (o: number) => gapped[clauseAt(clauses, o)];
  // "у Минобороны": a body named as where the act was is a place, not an actor (landmarks.ts)
  const landmarks = withLandmarks(text, parts.places, parts.actors, lang);
  const placed = sentencePlaces(text, lang, landmarks, clauseOf);
  const ownPlaces = placed.filter(isOwnPlace);
  const earlierActors = sameParagraph?.actors.length ? sameParagraph.actors : (carry?.actors ?? []);
  const actors = sentenceActors(text, lang, landmarks.actors, earlierActors);

  foregroundDatedCharges(text, parts.triggers, parts.dates);
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
    quantityOf: assignQuantities(usable, quantities, clauseOf),
    fatalities: usable.some(isFatalType) ? findFatalities(text, lang) : null,
    sentenceHasProtest: parts.triggers.some(isAboutProtest),
  };
  const { book, resolvedPlaces, usedDate } = assembleGroups(scene, groups, dead);

  const kept = policyOverStatements(book.drafts);
  const next = carryAfterActs({
    sentence,
    kept,
    resolvedPlaces,
    ownPlaces,
    usedDate,
    sameParagraph,
    nextParagraph,
    actorNames: actors.names,
  });
  return { drafts: kept, carry: next };
}

/** Every act of every group, into one book of drafts; also the places and the day of the sentence's
 *  own that its last acts were given, for the carry. */
function assembleGroups(
  scene: SentenceScene,
  groups: Group[],
  dead: TriggerMention[],
): { book: DraftBook; resolvedPlaces: Loc[]; usedDate: DateMention | null } {
  const book: DraftBook = { drafts: [], keys: [] };
  let resolvedPlaces: Loc[] = [];
  let usedDate: DateMention | null = null;
  for (const g of groups) {
    const mine = groupPlaces(scene.text, g, groups, scene.placed, dead);
    // where the group's acts of one type and author took place is decided once
    const locations = new Map<string, Located>();
    const { firstOfType, targets } = actsOfGroup(g);
    for (const t of firstOfType) {
      const act = assembleAct(scene, g, t, mine, targets, locations);
      if (!act) continue;
      // an actor's seat is a guess for this act alone: the next sentences do not inherit it
      if (act.source === 'sentence') resolvedPlaces = act.list;
      if (act.date.date && act.date.own) usedDate = act.date.date;
      for (const d of act.drafts) addDraft(book, d, act.unit);
    }
  }
  return { book, resolvedPlaces, usedDate };
}

// Tests handed to filter and some, kept out of the function that uses them (no closure per call).
const isBackgroundAct = (t: TriggerMention) => t.background;
const isAboutProtest = (t: TriggerMention) => t.type === 'protest' || t.targets.includes('protesters');
const isFatalType = (t: TriggerMention) => FATAL_TYPES.has(t.type);
