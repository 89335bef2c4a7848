// The sentence's actors: who may have acted, before each act picks its own (act-parties.ts).
import type { Lang } from '../../model/document.js';
import type { ActorMention } from '../types.js';
import { actorInfo } from '../5-actors/actor-info.js';
import { findSelfNamed } from '../5-actors/self-named.js';
import { lexicon, anaphoric } from '../lexicon/index.js';
import { NAMED_NON_STATE } from './kinds.js';

const ROLE_AFTER: Record<Lang, RegExp> = {
  en: /^\s*(?:deputy|deputies|member|members|officer|officers|official|officials|employee|employees|spokes\w*|press secretary|chair\w*|head)\b/i,
  ru: /^\s*(?:депутат\p{L}*|член\p{L}*|сотрудник\p{L}*|офицер\p{L}*|представител\p{L}*|пресс-секретар\p{L}*|председател\p{L}*)/iu,
  uk: /^\s*(?:депутат\p{L}*|член\p{L}*|співробітник\p{L}*|представник\p{L}*)/iu,
};
/** a capitalised word right before a name, inside the sentence: the name is part of a longer one */
const NAME_BEFORE = /[\p{Ll},;:]\s+\p{Lu}[\p{Ll}-]+\s$/u;

export interface SentenceActors {
  /** the acting mentions, in text order */
  mentions: ActorMention[];
  /** their names once each, after the earlier sentence's actors when the sentence refers back */
  names: string[];
  /** each name's kind as the mention gave it (for names the registry does not know) */
  kinds: Map<string, string>;
}

/** Outlets report events rather than act in them; a body named only as a person's affiliation ("a
 *  State Duma deputy") is not acting; anaphora ("the three") takes the earlier actors. A group's own
 *  name wins over a registry name inside it ("Siberian Cyber Partisans" is not the Belarusian Cyber
 *  Partisans), and so does a longer capitalised name that merely contains an alias. */
export function sentenceActors(text: string, lang: Lang, found: ActorMention[], earlier: string[]): SentenceActors {
  const named = findSelfNamed(text, lang);
  const registryActors = found.filter(
    (a) =>
      !named.some((n) => a.start < n.end && n.start < a.end) &&
      (a.pattern || !NAMED_NON_STATE.has(a.kind) || !NAME_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start))),
  );
  const mentions = (named.length ? registryActors.concat(named) : registryActors)
    .sort(byStart)
    .filter(
      (a) =>
        actorInfo(a.name)?.kind !== 'outlet' &&
        a.kind !== 'outlet' &&
        !(a.kind === 'state_body' && ROLE_AFTER[lang].test(text.slice(a.end, a.end + 24))),
    );
  let names: string[] = [];
  const kinds = new Map<string, string>();
  for (const a of mentions) {
    if (!names.includes(a.name)) names.push(a.name);
    kinds.set(a.name, a.kind);
  }
  if (anaphoric(lexicon(lang), text)) names = unique(earlier.concat(names));
  return { mentions, names, kinds };
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** Each string once, in order of first appearance. */
function unique(list: string[]): string[] {
  const out: string[] = [];
  for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}
