// Name key ("saint petersburg", "ленинградск област") → every place answering to it: settlements from the
// prebuilt gazetteer index, regions and countries from a small Map built here. `firstSpan` lets the scanner
// skip, with one lookup, every token that starts no name.
import { gazetteer, type AreaKeyRow, type Settlement } from './gazetteer.js';
import { nameKey, normWord } from './normalize.js';
import { areaSource, countries, regions, type Area } from './regions.js';

export interface NameEntry {
  kind: 'settlement' | 'region' | 'country';
  settlement?: Settlement;
  area?: Area;
  adjective: boolean;
  /** written in capitals (US, UK, РФ, ХМАО): matches only capitals, never the word "us" */
  acronym: boolean;
  /** an adjective written in Russian/Ukrainian ("чеченские"): these are lower-case in running text */
  lowerOk: boolean;
  /** the key is the place's own (English) name, not an alternate */
  primary: boolean;
}

interface AreaIndex {
  byKey: Map<string, NameEntry[]>;
  firstSpan: Map<string, number>;
  /** every word-boundary prefix ("a", "a b") of names that may be written in lower case ("чеченские") */
  lowerPrefixes: Set<string>;
}

const CYRILLIC = /[а-яёіїєґ]/i;
let areaCache: AreaIndex | undefined;

/** Every region and country name as a key row (the builder stores these so that loading skips nameKey). */
export function areaKeyRows(): AreaKeyRow[] {
  const rows: AreaKeyRow[] = [];
  const push = (area: Area, kind: 'r' | 'c', text: string, adjective: boolean) => {
    const key = nameKey(text);
    if (!key) return;
    const acronym = /^[\p{Lu}.]{2,6}$/u.test(text.replace(/[\s-]/g, '')) && text.length <= 8;
    const lowerOk = adjective && CYRILLIC.test(text);
    rows.push([
      kind,
      kind === 'r' ? area.place.admin1! : area.place.country,
      key,
      (adjective ? 1 : 0) | (acronym ? 2 : 0) | (lowerOk ? 4 : 0),
    ]);
  };
  for (const area of regions().values()) for (const n of area.names) push(area, 'r', n.text, n.adjective);
  for (const area of countries().values()) for (const n of area.names) push(area, 'c', n.text, n.adjective);
  return rows;
}

/** "a b c" → "a", "a b", "a b c" */
function addWordPrefixes(set: Set<string>, key: string): void {
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) set.add(key.slice(0, at));
  set.add(key);
}

function areaIndex(): AreaIndex {
  if (areaCache) return areaCache;
  const index: AreaIndex = { byKey: new Map(), firstSpan: new Map(), lowerPrefixes: new Set() };
  const stored = gazetteer().areas;
  const rows = stored && stored.source === areaSource() ? stored.entries : areaKeyRows();
  const regionMap = regions(),
    countryMap = countries();
  for (const [kind, code, key, flags] of rows) {
    const area = kind === 'r' ? regionMap.get(code) : countryMap.get(code);
    if (!area || !key) continue;
    const adjective = (flags & 1) !== 0;
    const entry: NameEntry = {
      kind: kind === 'r' ? 'region' : 'country',
      area,
      adjective,
      acronym: (flags & 2) !== 0,
      lowerOk: (flags & 4) !== 0,
      primary: true,
    };
    const list = index.byKey.get(key);
    if (!list) index.byKey.set(key, [entry]);
    else if (!list.some((e) => e.area === area && e.adjective === adjective)) list.push(entry);
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    const span = space < 0 ? 1 : key.split(' ').length;
    if ((index.firstSpan.get(first) ?? 0) < span) index.firstSpan.set(first, span);
    if (entry.lowerOk) addWordPrefixes(index.lowerPrefixes, key);
  }
  areaCache = index;
  return index;
}

// Caches here are replaced when full, never cleared: V8's Map.clear() leaves the old table linked to the new
// one, so a cleared Map that has reached the old generation keeps every later entry alive until a full GC.

// Asked for nearly every capitalised or Cyrillic word: one Map lookup instead of three (0: no name).
let spanCache = new Map<string, number>();
const SPAN_CACHE_MAX = 50_000;

/** Longest name, in words, that starts with this first-word key; undefined when none does. */
export function firstSpan(firstKey: string): number | undefined {
  let span = spanCache.get(firstKey);
  if (span === undefined) {
    const g = gazetteer();
    const a = areaIndex().firstSpan.get(firstKey);
    const s = g.firstSpan.get(firstKey) ?? (g.index.has(firstKey) ? 1 : undefined);
    span = (a === undefined ? s : s === undefined ? a : Math.max(a, s)) ?? 0;
    if (spanCache.size >= SPAN_CACHE_MAX) spanCache = new Map();
    spanCache.set(firstKey, span);
  }
  return span === 0 ? undefined : span;
}

/** What the scanner needs to know of a word that might start a name. */
export interface FirstWord {
  /** the word's key (normWord) */
  key: string;
  /** longest name, in words, starting with it; 0: none */
  span: number;
  /** some name starting with it (whole words) may be written in lower case; otherwise a lower-case word
   * starts a name only when a capitalised word follows within the name ("республике Коми") */
  lowerStart: boolean;
}

// Keyed by the word as written: the scanner asks for every capitalised or Cyrillic word, and one lookup here
// replaces normWord's and firstSpan's.
let firstWordCache = new Map<string, FirstWord>();
const FIRST_WORD_CACHE_MAX = 50_000;

export function firstWord(raw: string): FirstWord {
  let w = firstWordCache.get(raw);
  if (w === undefined) {
    const key = normWord(raw);
    w = { key, span: firstSpan(key) ?? 0, lowerStart: areaIndex().lowerPrefixes.has(key) };
    if (firstWordCache.size >= FIRST_WORD_CACHE_MAX) firstWordCache = new Map();
    firstWordCache.set(raw, w);
  }
  return w;
}

/** A run of words that starts some name of two or more words ("nizhny", "nizhny novgorod"). */
export interface NamePrefix {
  /** the words joined, as a name key */
  key: string;
  /** the next word of longer names → their prefix */
  next: Map<string, NamePrefix> | undefined;
}

let prefixTree: Map<string, NamePrefix> | undefined;

/** Every multi-word name key, word by word, so the scanner lengthens a name without building keys. */
function namePrefixes(): Map<string, NamePrefix> {
  if (!prefixTree) {
    const root = new Map<string, NamePrefix>();
    const add = (key: string) => {
      let level = root;
      let node: NamePrefix | undefined;
      for (let at = 0; ; ) {
        const space = key.indexOf(' ', at);
        const end = space < 0 ? key.length : space;
        const word = key.slice(at, end);
        node = level.get(word);
        if (!node) level.set(word, (node = { key: key.slice(0, end), next: undefined }));
        if (space < 0) return;
        level = node.next ??= new Map();
        at = space + 1;
      }
    };
    for (const key of gazetteer().index.keys()) if (key.includes(' ')) add(key);
    for (const key of areaIndex().byKey.keys()) if (key.includes(' ')) add(key);
    prefixTree = root;
  }
  return prefixTree;
}

/** Walk `key`'s words down from `level`: the prefix they end at, if some multi-word name goes through it. */
function walk(level: Map<string, NamePrefix> | undefined, key: string): NamePrefix | undefined {
  // (a word key holds a space only where a synonym stands for two words: "ао" → "автономн округ")
  if (!key.includes(' ')) return level?.get(key);
  let node: NamePrefix | undefined;
  for (const word of key.split(' ')) {
    node = level?.get(word);
    if (!node) return undefined;
    level = node.next;
  }
  return node;
}

/** The prefix that a first word's key starts; undefined when no name of two or more words starts so. */
export function namePrefix(firstKey: string): NamePrefix | undefined {
  return walk(namePrefixes(), firstKey);
}

/** The prefix one more word makes; undefined when no name goes on so. */
export function longerPrefix(prefix: NamePrefix, wordKey: string): NamePrefix | undefined {
  return walk(prefix.next, wordKey);
}

// Entries are assembled on first use of a key and kept: reports name the same places over and over.
// (null: no place answers to the key, so one lookup tells a known miss from an unknown key)
let entryCache = new Map<string, NameEntry[] | null>();
const ENTRY_CACHE_MAX = 20_000;

/** Every place answering to a full name key (regions and countries first). Callers must not modify it. */
export function entriesFor(key: string): NameEntry[] | undefined {
  const hit = entryCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const entries = assembleEntries(key);
  if (entryCache.size >= ENTRY_CACHE_MAX) entryCache = new Map();
  entryCache.set(key, entries ?? null);
  return entries;
}

function assembleEntries(key: string): NameEntry[] | undefined {
  const g = gazetteer();
  const areas = areaIndex().byKey.get(key);
  const rows = g.index.get(key);
  if (rows === undefined) return areas;
  const out: NameEntry[] = areas ? [...areas] : [];
  for (const n of typeof rows === 'number' ? [rows] : rows) {
    const settlement = g.settlements[n];
    if (!settlement?.place.name) continue;
    out.push({
      kind: 'settlement',
      settlement,
      adjective: false,
      acronym: false,
      lowerOk: false,
      primary: settlement.primaryKey === key,
    });
  }
  return out;
}

/** Load everything now (for start-up and measurements); lookups do it lazily anyway. */
export function warmUp(): void {
  gazetteer();
  areaIndex();
}
