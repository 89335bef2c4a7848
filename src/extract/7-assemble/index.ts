// Stage 7: turn one sentence's triggers, places, dates, actors and quantities into draft records —
// one per event type per location (docs/event-format.md rule 1) — falling back to the neighbouring sentence
// and then to the document for what the sentence leaves unsaid. The steps live in assemble/; this
// file only runs them in order.
import type { DateMention, TriggerMention } from '../types.js';
import type { Draft } from './draft.js';
import type { DocContext } from '../document/doc-context.js';
import type { Group } from './attach.js';
import { carryAfterActs, type Carry } from './carry.js';
import type { Loc } from './loc.js';
import { groupPlaces, actsOfGroup } from './group-places.js';
import { assembleAct } from './act.js';
import type { Located } from './locate.js';
import { readSentence, type SentenceParts, type SentenceScene } from './scene.js';
import { addDraft, policyOverStatements, type DraftBook } from './draft-book.js';

export { sceneCarry, type Carry } from './carry.js';
export type { SentenceParts } from './scene.js';

export function assembleSentence(
  parts: SentenceParts,
  ctx: DocContext,
  carry: Carry | null,
): { drafts: Draft[]; carry: Carry } {
  const { scene, groups, dead } = readSentence(parts, ctx, carry);
  const { book, resolvedPlaces, usedDate } = assembleGroups(scene, groups, dead);
  // A resolution that is itself a state decision is coded once, as policy.
  const kept = policyOverStatements(book.drafts);
  const next = carryAfterActs({
    sentence: scene.sentence,
    kept,
    resolvedPlaces,
    ownPlaces: scene.ownPlaces,
    usedDate,
    sameParagraph: scene.sameParagraph,
    nextParagraph: scene.nextParagraph,
    actorNames: scene.actorNames,
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
