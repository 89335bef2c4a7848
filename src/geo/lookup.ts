// Place lookup over one sentence: scan names, learn which regions/countries the sentence itself names, then
// pick each hit's place in its context. Pure after the lazy data load; no I/O per call.
import type { PlaceHints, PlaceMention } from '../model/sentence-mentions.js';
import type { Lang } from '../model/document.js';
import { nameContext, type NameContext } from './context.js';
import { addCoordinatedRegions } from './coordination.js';
import { lexWords, TokenList, WordBounds } from './normalize.js';
import { pickPlace, type Headline, type SentenceAreas } from './pick-place.js';
import { firstNameStart, scanNames, type NameHit } from './scan.js';

/** Longer input is cut: one sentence is never this long, and the bound keeps a bad input from stalling a batch. */
export const MAX_LOOKUP_CHARS = 20_000;
const NO_HINTS: PlaceHints = { admin1: [], countries: [] };

/** A headline in Title Case capitalises every word, so capitals there say nothing about names. */
function isTitleCase(text: string, tokens: TokenList): boolean {
  const digits = DIGIT.test(text);
  let words = 0,
    caps = 0;
  for (let k = 0; k < tokens.length; k++) {
    const start = tokens.start(k),
      end = tokens.end(k);
    if (end - start < 4 || tokens.cyrillic(k) || (digits && hasDigit(text, start, end))) continue;
    words++;
    if (tokens.cap(k)) caps++;
  }
  return words >= 4 && caps / words >= 0.7;
}

const DIGIT = /\d/;

function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** Regions and countries the sentence names outright: they steer same-named towns. */
function sentenceAreas(hits: NameHit[]): SentenceAreas {
  const areas: SentenceAreas = { admin1: [], countries: [] };
  for (const h of hits) {
    for (const e of h.entries) {
      if (e.kind === 'settlement' || e.adjective) continue;
      const p = e.area!.place;
      if (e.kind === 'region' && h.areaOnly) areas.admin1.push(p.admin1!);
      areas.countries.push(p.country);
    }
  }
  return areas;
}

// A sentence's scan, with everything about it that the hints do not change: the extractor looks each
// sentence up twice (document hints, then the sentence with hints), and the second pass only resolves.
class Scan implements Headline {
  readonly text: string;
  readonly tokens: TokenList;
  readonly hits: NameHit[];
  /** regions and countries the sentence names (filled on first lookup) */
  areas: SentenceAreas | undefined;
  /** each hit's context, for contextLang */
  contexts: NameContext[] | undefined;
  contextLang: Lang | undefined;
  private title: boolean | undefined;

  constructor(text: string, tokens: TokenList, hits: NameHit[]) {
    this.text = text;
    this.tokens = tokens;
    this.hits = hits;
    this.areas = undefined;
    this.contexts = undefined;
    this.contextLang = undefined;
    this.title = undefined;
  }

  /** Worked out on first question: most sentences are never asked. */
  get titleCase(): boolean {
    return (this.title ??= isTitleCase(this.text, this.tokens));
  }
}

/** Russian and Ukrainian capitalise names only: a capital says the same everywhere in the sentence. */
const NOT_HEADLINE: Headline = { titleCase: false };

const NO_NAMES = new Scan('', new TokenList('', new WordBounds()), []);
// Word offsets of the sentence being scanned (reused: a sentence without names makes no tokens at all).
const words = new WordBounds();

/**
 * The scans of one document's sentences, kept between its lookups: the extractor makes one per document
 * and hands it to both passes, so nothing outlives the document (scans kept longer would outlive the
 * young generation and make garbage collection costly). Bounded: a huge document starts afresh when full.
 */
export class PlaceScans {
  private byText = new Map<string, Scan>();

  /** The scan of `text`, made on first request. */
  of(text: string): Scan {
    let s = this.byText.get(text);
    if (!s) {
      s = scan(text);
      // (replaced, never cleared: V8's Map.clear() links the old table to the new one)
      if (this.byText.size >= PlaceScans.MAX) this.byText = new Map();
      this.byText.set(text, s);
    }
    return s;
  }

  static readonly MAX = 2_000;
}

function scan(text: string): Scan {
  lexWords(text, words);
  const from = firstNameStart(text, words);
  // A sentence without names needs nothing more: no tokens are made for most, none are kept for any.
  if (from < 0) return NO_NAMES;
  const tokens = new TokenList(text, words);
  const hits = scanNames(tokens, from);
  return hits.length > 0 ? new Scan(text, tokens, hits) : NO_NAMES;
}

function contexts(s: Scan, lang: Lang): NameContext[] {
  if (s.contexts === undefined || s.contextLang !== lang) {
    s.contexts = s.hits.map((h) => nameContext(s.tokens, h.i, h.j, lang));
    s.contextLang = lang;
  }
  return s.contexts;
}

/** `scans`: the document's scans (PlaceScans), when the sentence is looked up more than once. */
export function lookupPlaces(
  sentence: string,
  lang: Lang,
  hints: PlaceHints = NO_HINTS,
  scans?: PlaceScans,
): PlaceMention[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const text = sentence.length > MAX_LOOKUP_CHARS ? sentence.slice(0, MAX_LOOKUP_CHARS) : sentence;
  const s = scans ? scans.of(text) : scan(text);
  const { tokens, hits } = s;
  if (hits.length === 0) return [];

  const areas = (s.areas ??= sentenceAreas(hits));
  const ctxs = contexts(s, lang);
  const safeHints: PlaceHints = {
    admin1: Array.isArray(hints?.admin1) ? hints.admin1 : [],
    countries: Array.isArray(hints?.countries) ? hints.countries : [],
  };
  const out: PlaceMention[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k],
      ctx = ctxs[k];
    const r = pickPlace(h, ctx, areas, safeHints, lang, lang === 'en' ? s : NOT_HEADLINE);
    if (!r) continue;
    const start = tokens.start(h.i),
      end = tokens.end(h.j - 1);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      place: r.place,
      near: ctx.near,
      adjective: r.adjective,
      score: r.score,
    });
  }
  return addCoordinatedRegions(text, tokens, out);
}
