// "The arson", "this attack", "the blast": a definite noun phrase names an act the report has already
// told. Without a place of its own it adds no act: it folds into the latest earlier mention of its type
// (issue 9, "one act, one record"), whatever day a neighbouring verb gives it ("the agent got in touch
// two weeks ago and said the arson was needed").
import type { Draft } from '../7-assemble/draft.js';

/** A determiner right before the trigger, one modifier allowed ("the arson attack", "this latest blast"). */
const DEFINITE = /(?:^|[^\p{L}])(?:the|this|that|these)\s+(?:[\p{L}-]+\s+)?$/iu;
/** Trigger words that are nouns of an act (a verb after "the" is a subject's predicate, not a noun phrase). */
const ACT_NOUN =
  /^(?:arson|attack|assault|blast|explosion|fire|firebombing|bombing|shooting|sabotage|derailment|incident|protest|rally|demonstration|picket|riot|detention|arrest)s?(?![\p{L}])/iu;

function definite(d: Draft): boolean {
  const s = d.sentence.text;
  return ACT_NOUN.test(s.slice(d.at, d.at + 24)) && DEFINITE.test(s.slice(Math.max(0, d.at - 40), d.at));
}

/** Drafts in document order; a definite mention placed by nothing of its own folds into its antecedent. */
export function foldDefiniteMentions(list: Draft[], absorb: (into: Draft, from: Draft) => void): Draft[] {
  const out: Draft[] = [];
  for (const d of list) {
    if (d.placeSource !== 'sentence' && d.placeSource !== 'seat' && d.quantity === null && definite(d)) {
      let into: Draft | undefined;
      for (let k = out.length - 1; k >= 0 && !into; k--) {
        const o = out[k];
        if (
          o.type === d.type &&
          o.sentence.index < d.sentence.index &&
          (!d.place || !o.place || o.place.country === d.place.country)
        )
          into = o;
      }
      if (into) {
        absorb(into, d);
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/** "there had been a shootout", "there was an explosion": an act said only to have taken place. */
const EXISTENTIAL = /(?:^|[^\p{L}])there\s+(?:had\s+been|has\s+been|was|were)\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * "The commander confirmed there had been a shootout": an act said only to have taken place, with no
 * date, place or count of its own, in a report that tells exactly one other act of its type, is that
 * act told again — before or after it (a recap often comes first). With two or more candidates nothing
 * says which, so it stays.
 */
export function foldBareMentions(list: Draft[], absorb: (into: Draft, from: Draft) => void): Draft[] {
  const bare = (d: Draft) =>
    d.date === null &&
    d.quantity === null &&
    d.placeSource !== 'sentence' &&
    d.placeSource !== 'seat' &&
    EXISTENTIAL.test(d.sentence.text.slice(Math.max(0, d.at - 40), d.at));
  const dropped = new Set<Draft>();
  for (const d of list) {
    if (!bare(d)) continue;
    const others = list.filter((o) => o !== d && o.type === d.type && !dropped.has(o));
    const into = others.length === 1 ? others[0] : undefined;
    if (!into || bare(into) || (d.place && into.place && d.place.country !== into.place.country)) continue;
    // a detention and the verdict that followed it are two acts (EVENTS.md conventions)
    if ((d.step ?? null) !== (into.step ?? null) || Boolean(d.court) !== Boolean(into.court)) continue;
    absorb(into, d);
    dropped.add(d);
  }
  return list.filter((d) => !dropped.has(d));
}
