// Turns a name hit into at most one place: picks among same-named places by context (regions named in the
// sentence, then in the document, then population) and refuses weak matches. Precision over recall: a small
// village, a common word or a person's name needs a preposition, a settlement word or agreeing hints.
import type { GeoPlace, PlaceHints } from '../model/sentence-mentions.js';
import type { Lang } from '../model/document.js';
import { placeCues } from './cues.js';
import type { NameContext } from './context.js';
import type { NameEntry } from './name-index.js';
import type { NameHit } from './scan.js';
import { normWord } from './normalize.js';

/** Below this a settlement is a village: it needs a preposition/settlement word or agreeing region hints. */
const VILLAGE_POP = 15_000;
/** At or above this a one-word name stands on its own, even sentence-initial. */
const CITY_POP = 100_000;

/** Regions and countries the sentence itself names (a handful: arrays beat Sets here). */
export interface SentenceAreas {
  admin1: string[];
  countries: string[];
}

export interface PickedPlace {
  place: GeoPlace;
  adjective: boolean;
  score: number;
}

let commonCache: Map<Lang, Set<string>> | undefined;
let personCache: Set<string> | undefined;
let givenCache: Set<string> | undefined;

/** A first name on its own ("Anna", "Sofia", "Артем") is far more often a person than a town. */
function isGivenName(key: string): boolean {
  givenCache ??= new Set(placeCues().givenNames.map(normWord));
  return givenCache.has(key);
}

function isCommonWord(key: string, lang: Lang): boolean {
  if (!commonCache) {
    const c = placeCues().commonWords;
    const norm = (list: string[]) => new Set(list.map((w) => w.split(/\s+/).map(normWord).join(' ')));
    const en = norm(c.en),
      ru = norm(c.ru);
    commonCache = new Map<Lang, Set<string>>([
      ['en', en],
      ['ru', new Set([...ru, ...en])],
      ['uk', new Set([...ru, ...en])],
    ]);
  }
  return commonCache.get(lang)!.has(key);
}

function isPersonName(key: string): boolean {
  personCache ??= new Set(placeCues().personNames.map(normWord));
  return personCache.has(key);
}

function hintRank(list: string[], code: string | null): number {
  if (!code) return -1;
  return list.indexOf(code);
}

function settlementScore(e: NameEntry, areas: SentenceAreas, hints: PlaceHints): number {
  const p = e.settlement!.place;
  let s = Math.log10((p.population ?? 0) + 10);
  if (p.admin1 && areas.admin1.includes(p.admin1)) s += 4;
  const r = hintRank(hints.admin1, p.admin1);
  if (r >= 0) s += Math.max(1, 3 - 0.5 * r);
  if (areas.countries.includes(p.country)) s += 1;
  else if (hints.countries.includes(p.country)) s += 0.7;
  const f = e.settlement!.feature;
  if (f === 'PPLC' || f === 'PPLA') s += 0.5;
  if (f === 'PPLX') s -= 1; // a city district, not a town
  if (e.primary) s += 0.3;
  return s;
}

/** The sentence names the place's region, or the document names it among its first five. */
function regionAgrees(p: GeoPlace, areas: SentenceAreas, hints: PlaceHints): boolean {
  if (!p.admin1) return false;
  if (areas.admin1.includes(p.admin1)) return true;
  const rank = hints.admin1.indexOf(p.admin1);
  return rank >= 0 && rank < 5;
}

/** Tells whether a sentence is a Title Case headline; worked out only when asked. */
export interface Headline {
  readonly titleCase: boolean;
}

/** Capitalised only because the word opens the sentence or the headline is in Title Case. */
function weakCapital(ctx: NameContext, headline: Headline): boolean {
  return ctx.sentenceInitial || headline.titleCase;
}

export function pickPlace(
  hit: NameHit,
  ctx: NameContext,
  areas: SentenceAreas,
  hints: PlaceHints,
  lang: Lang,
  /** whether the sentence is a Title Case headline: read only for the few towns whose case matters */
  headline: Headline,
): PickedPlace | null {
  const { key, entries } = hit;
  const tokenCount = hit.j - hit.i;
  // One pass, no arrays: the first region/country (a noun before an adjective), and the best-scored town with
  // the runner-up's score. Ties go to the earlier entry, as a stable sort by score would have it.
  let area: NameEntry | undefined;
  let best: NameEntry | undefined;
  let bestS = -Infinity,
    secondS = -Infinity,
    towns = 0;
  for (const e of entries) {
    if (e.kind !== 'settlement') {
      if (!area || (area.adjective && !e.adjective)) area = e;
      continue;
    }
    const s = settlementScore(e, areas, hints);
    towns++;
    if (!best || s > bestS) {
      if (best) secondS = bestS;
      best = e;
      bestS = s;
    } else if (s > secondS) secondS = s;
  }
  const bestPop = best?.settlement?.place.population ?? 0;
  // Regions and countries first: a key that names one is rarely meant as a same-named village.
  if (area && (!best || bestPop < CITY_POP)) {
    return { place: { ...area.area!.place }, adjective: area.adjective, score: area.adjective ? 0.5 : 0.9 };
  }
  if (!best) return null;
  const place = best.settlement!.place;
  const agrees = regionAgrees(place, areas, hints);
  const pop = place.population ?? 0;
  const single = tokenCount === 1;

  if (ctx.street) return null;
  if (single && isPersonName(key) && ctx.personLike && !ctx.prep) return null;
  if (single && ctx.personLike && !ctx.prep && (pop < CITY_POP || !best.primary) && !agrees) return null;
  // A city district (PPLX) is named in reports as "in Maryino"; bare, it is more often a person or a word.
  if (best.settlement!.feature === 'PPLX' && !ctx.prep) return null;
  // (a settlement word says it is a place: "the village of Pobeda", "в посёлке Южный")
  if (
    single &&
    (isCommonWord(key, lang) || isGivenName(key)) &&
    !ctx.settlementWord &&
    !(ctx.prep && (pop >= CITY_POP || agrees))
  )
    return null;
  // Only capitalised because it opens the sentence (or the headline is in Title Case): needs more.
  let ok: boolean;
  if (ctx.settlementWord) ok = true;
  else if (pop >= CITY_POP) ok = true;
  else if (pop >= VILLAGE_POP) ok = ctx.prep || agrees || !single || !weakCapital(ctx, headline);
  else ok = ctx.prep || (agrees && !weakCapital(ctx, headline));
  if (!ok) return null;

  let score = towns === 1 ? 0.9 : Math.min(0.9, 0.5 + (bestS - secondS) / 5);
  if (agrees) score = Math.max(score, 0.85);
  if (pop < VILLAGE_POP && !agrees) score = Math.min(score, 0.6);
  return { place: { ...place }, adjective: false, score: Math.round(score * 100) / 100 };
}
