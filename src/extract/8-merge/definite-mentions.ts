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
