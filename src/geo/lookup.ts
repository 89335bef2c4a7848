// Place lookup over one sentence: scan names, learn which regions/countries the sentence itself names, then
// resolve each hit in its context. Pure after the lazy data load; no I/O per call.
import type { Lang, PlaceHints, PlaceMention } from '../extract/types.js';
import { nameContext } from './context.js';
import { addCoordinatedRegions } from './coordination.js';
import { tokenize, type Token } from './normalize.js';
import { resolveHit, type SentenceAreas } from './resolve.js';
import { scanNames, type NameHit } from './scan.js';

/** Longer input is cut: one sentence is never this long, and the bound keeps a bad input from stalling a batch. */
export const MAX_LOOKUP_CHARS = 20_000;
const NO_HINTS: PlaceHints = { admin1: [], countries: [] };

/** A headline in Title Case capitalises every word, so capitals there say nothing about names. */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0, caps = 0;
  for (const t of tokens) {
    if (t.raw.length < 4 || t.cyrillic || /\d/.test(t.raw)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 && caps / words >= 0.7;
}

// The extractor scans each sentence twice (document hints, then the sentence with hints): keep the last
// scans so the second pass skips tokenising. Bounded; cleared when full, and by forgetScans() when a new
// document starts: scans kept any longer outlive the young generation and make garbage collection costly.
interface Scan {
  tokens: Token[];
  hits: NameHit[];
  titleCase: boolean;
}
const scanCache = new Map<string, Scan>();
const NO_NAMES: Scan = { tokens: [], hits: [], titleCase: false };
const SCAN_CACHE_MAX = 2_000;

function scan(text: string): Scan {
  let s = scanCache.get(text);
  if (!s) {
    const tokens = tokenize(text);
    const hits = scanNames(text, tokens);
    // A sentence without names needs nothing more: its tokens are not kept (less to collect later).
    s = hits.length === 0 ? NO_NAMES : { tokens, hits, titleCase: isTitleCase(tokens) };
    if (scanCache.size >= SCAN_CACHE_MAX) scanCache.clear();
    scanCache.set(text, s);
  }
  return s;
}

/** Drop the kept scans (lookups stay correct either way; this only bounds memory to one document). */
export function forgetScans(): void {
  scanCache.clear();
}

export function lookupPlaces(sentence: string, lang: Lang, hints: PlaceHints = NO_HINTS): PlaceMention[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const text = sentence.length > MAX_LOOKUP_CHARS ? sentence.slice(0, MAX_LOOKUP_CHARS) : sentence;
  const { tokens, hits, titleCase } = scan(text);
  if (hits.length === 0) return [];

  // Regions and countries the sentence names outright steer same-named towns.
  const areas: SentenceAreas = { admin1: [], countries: [] };
  for (const h of hits) {
    for (const e of h.entries) {
      if (e.kind === 'settlement' || e.adjective) continue;
      const p = e.area!.place;
      if (e.kind === 'region' && h.areaOnly) areas.admin1.push(p.admin1!);
      areas.countries.push(p.country);
    }
  }
  const safeHints: PlaceHints = { admin1: Array.isArray(hints?.admin1) ? hints.admin1 : [], countries: Array.isArray(hints?.countries) ? hints.countries : [] };
  const out: PlaceMention[] = [];
  for (const h of hits) {
    const ctx = nameContext(tokens, h.i, h.j, lang);
    const r = resolveHit(h, ctx, areas, safeHints, lang, lang === 'en' && titleCase);
    if (!r) continue;
    const start = tokens[h.i].start, end = tokens[h.j - 1].end;
    out.push({ start, end, text: text.slice(start, end), place: r.place, near: ctx.near, adjective: r.adjective, score: r.score });
  }
  return addCoordinatedRegions(text, tokens, out);
}
