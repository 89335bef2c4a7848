// What surrounds a name in its sentence: a preposition or a settlement word before it ("in", "village of",
// "в селе"), a "near" phrase ("on the outskirts of", "под"), a street word (then it is a street, not a town),
// a person's name beside it. Word lists come from data/place-cues.json.
import type { Lang } from '../model/document.js';
import { placeCues } from './cues.js';
import { normWord, tokenKey, type Token, type TokenList } from './normalize.js';

export interface NameContext {
  /** a preposition, "near" phrase or settlement word stands right before the name */
  prep: boolean;
  /** "village of", "town of", "в селе", "г." right before the name */
  settlementWord: boolean;
  near: boolean;
  /** "Lenin Street", "улица Ленина", "имени Кирова": a street or an honorific, not the town */
  street: boolean;
  /** first word of the sentence, capitalised for that reason alone */
  sentenceInitial: boolean;
  /** a given name stands before it, or a capitalised word after it ("Vladimir Putin") */
  personLike: boolean;
}

interface Lists {
  /** "near" phrases by their last word, longest first */
  nearByLast: Map<string, string[][]>;
  preps: Set<string>;
  settlementWords: Set<string>;
  fillers: Set<string>;
  streets: Set<string>;
  givenNames: Set<string>;
}
const listCache = new Map<Lang, Lists>();

function lists(lang: Lang): Lists {
  let l = listCache.get(lang);
  if (!l) {
    const c = placeCues();
    // Cues written in another language of the same script still count: Russian posts quote Ukrainian and back.
    const langs: Array<'en' | 'ru' | 'uk'> = lang === 'en' ? ['en'] : ['ru', 'uk', 'en'];
    const words = (pick: (x: 'en' | 'ru' | 'uk') => string[]) => langs.flatMap(pick);
    l = {
      nearByLast: new Map(),
      preps: new Set(words((x) => c.prepositions[x])),
      settlementWords: new Set(words((x) => c.settlementWords[x]).map(normWord)),
      fillers: new Set(c.fillerWords.map(normWord)),
      streets: new Set(c.streetWords.map(normWord)),
      givenNames: new Set(c.givenNames.map(normWord)),
    };
    for (const phrase of words((x) => c.near[x])
      .map((p) => p.split(/\s+/))
      .sort((a, b) => b.length - a.length)) {
      const last = phrase[phrase.length - 1];
      const list = l.nearByLast.get(last);
      if (list) list.push(phrase);
      else l.nearByLast.set(last, [phrase]);
    }
    listCache.set(lang, l);
  }
  return l;
}

const lower = (t: Token) => (t.lower ??= t.raw.toLowerCase());

function phraseEndsAt(tokens: TokenList, end: number, phrase: string[]): boolean {
  const start = end - phrase.length + 1;
  if (start < 0) return false;
  for (let k = 0; k < phrase.length; k++) if (lower(tokens.at(start + k)) !== phrase[k]) return false;
  return true;
}

/** Context of the name spanning tokens [i, j) of a sentence. */
export function nameContext(tokens: TokenList, i: number, j: number, lang: Lang): NameContext {
  const l = lists(lang);
  const ctx: NameContext = {
    prep: false,
    settlementWord: false,
    near: false,
    street: false,
    sentenceInitial: false,
    personLike: false,
  };
  // Quotes and dashes before the first word make no tokens; a leading number ("1. Kazan") does.
  ctx.sentenceInitial =
    i === 0 || (i === 1 && tokens.at(0).raw.length <= 3 && tokens.at(0).raw >= '0' && tokens.at(0).raw <= '9');
  // Walk back over fillers and settlement words ("in the small village of"), up to four tokens.
  let p = i - 1;
  for (let steps = 0; p >= 0 && steps < 4; steps++, p--) {
    const t = tokens.at(p);
    if (l.streets.has(tokenKey(t))) ctx.street = true;
    if (l.settlementWords.has(tokenKey(t))) ctx.settlementWord = true;
    else if (!l.fillers.has(tokenKey(t))) break;
    if (l.preps.has(lower(t))) ctx.prep = true; // "of" in "the village of"
  }
  for (let q = i - 1; q >= 0 && q >= i - 5; q--) {
    const phrases = l.nearByLast.get(lower(tokens.at(q)));
    if (phrases?.some((phrase) => phraseEndsAt(tokens, q, phrase))) {
      ctx.near = true;
      break;
    }
    if (!l.fillers.has(tokenKey(tokens.at(q))) && !l.settlementWords.has(tokenKey(tokens.at(q)))) break;
  }
  if (p >= 0 && l.preps.has(lower(tokens.at(p)))) ctx.prep = true;
  if (ctx.near || ctx.settlementWord) ctx.prep = true;
  if (i > 0 && l.streets.has(tokenKey(tokens.at(i - 1)))) ctx.street = true;
  if (j < tokens.length && l.streets.has(tokenKey(tokens.at(j))) && tokens.start(j) - tokens.end(j - 1) === 1)
    ctx.street = true;
  if (i > 0 && l.givenNames.has(tokenKey(tokens.at(i - 1))) && tokens.cap(i - 1)) ctx.personLike = true;
  if (j < tokens.length && tokens.cap(j) && tokens.start(j) - tokens.end(j - 1) === 1) ctx.personLike = true;
  return ctx;
}
