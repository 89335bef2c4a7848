// Name key ("saint petersburg", "ленинградск област") → every place answering to it: settlements from the
// prebuilt gazetteer index, regions and countries from a small Map built here. `firstSpan` lets the scanner
// skip, with one lookup, every token that starts no name.
import { gazetteer, type Settlement } from './gazetteer.js';
import { nameKey } from './normalize.js';
import { countries, regions, type Area } from './regions.js';

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
}

const CYRILLIC = /[а-яёіїєґ]/i;
let areaCache: AreaIndex | undefined;

function areaIndex(): AreaIndex {
  if (areaCache) return areaCache;
  const index: AreaIndex = { byKey: new Map(), firstSpan: new Map() };
  const add = (area: Area, kind: 'region' | 'country', text: string, adjective: boolean) => {
    const key = nameKey(text);
    if (!key) return;
    const acronym = /^[\p{Lu}.]{2,6}$/u.test(text.replace(/[\s-]/g, '')) && text.length <= 8;
    const entry: NameEntry = { kind, area, adjective, acronym, lowerOk: adjective && CYRILLIC.test(text), primary: true };
    const list = index.byKey.get(key);
    if (!list) index.byKey.set(key, [entry]);
    else if (!list.some((e) => e.area === area && e.adjective === adjective)) list.push(entry);
    const words = key.split(' ');
    if ((index.firstSpan.get(words[0]) ?? 0) < words.length) index.firstSpan.set(words[0], words.length);
  };
  for (const area of regions().values()) for (const n of area.names) add(area, 'region', n.text, n.adjective);
  for (const area of countries().values()) for (const n of area.names) add(area, 'country', n.text, n.adjective);
  areaCache = index;
  return index;
}

/** Longest name, in words, that starts with this first-word key; undefined when none does. */
export function firstSpan(firstKey: string): number | undefined {
  const g = gazetteer();
  const a = areaIndex().firstSpan.get(firstKey);
  const s = g.firstSpan.get(firstKey);
  return a === undefined ? s : s === undefined ? a : Math.max(a, s);
}

// Entries are assembled on first use of a key and kept: reports name the same places over and over.
const entryCache = new Map<string, NameEntry[] | undefined>();
const ENTRY_CACHE_MAX = 20_000;

/** Every place answering to a full name key (regions and countries first). Callers must not modify it. */
export function entriesFor(key: string): NameEntry[] | undefined {
  if (entryCache.has(key)) return entryCache.get(key);
  const entries = assembleEntries(key);
  if (entryCache.size >= ENTRY_CACHE_MAX) entryCache.clear();
  entryCache.set(key, entries);
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
    if (!settlement || !settlement.place.name) continue;
    out.push({ kind: 'settlement', settlement, adjective: false, acronym: false, lowerOk: false, primary: settlement.primaryKey === key });
  }
  return out;
}

/** Load everything now (for start-up and measurements); lookups do it lazily anyway. */
export function warmUp(): void {
  gazetteer();
  areaIndex();
}
