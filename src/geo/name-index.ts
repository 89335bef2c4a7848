// Name key ("saint petersburg", "ленинградск област") → every place answering to it: settlements from the
// prebuilt gazetteer index, regions and countries from a small Map built here. `firstSpan` lets the scanner
// skip, with one lookup, every token that starts no name.
import { gazetteer, type AreaKeyRow, type Settlement } from './gazetteer.js';
import { nameKey } from './normalize.js';
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
    rows.push([kind, kind === 'r' ? area.place.admin1! : area.place.country, key, (adjective ? 1 : 0) | (acronym ? 2 : 0) | (lowerOk ? 4 : 0)]);
  };
  for (const area of regions().values()) for (const n of area.names) push(area, 'r', n.text, n.adjective);
  for (const area of countries().values()) for (const n of area.names) push(area, 'c', n.text, n.adjective);
  return rows;
}

function areaIndex(): AreaIndex {
  if (areaCache) return areaCache;
  const index: AreaIndex = { byKey: new Map(), firstSpan: new Map() };
  const stored = gazetteer().areas;
  const rows = stored && stored.source === areaSource() ? stored.entries : areaKeyRows();
  const regionMap = regions(), countryMap = countries();
  for (const [kind, code, key, flags] of rows) {
    const area = kind === 'r' ? regionMap.get(code) : countryMap.get(code);
    if (!area || !key) continue;
    const adjective = (flags & 1) !== 0;
    const entry: NameEntry = { kind: kind === 'r' ? 'region' : 'country', area, adjective, acronym: (flags & 2) !== 0, lowerOk: (flags & 4) !== 0, primary: true };
    const list = index.byKey.get(key);
    if (!list) index.byKey.set(key, [entry]);
    else if (!list.some((e) => e.area === area && e.adjective === adjective)) list.push(entry);
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    const span = space < 0 ? 1 : key.split(' ').length;
    if ((index.firstSpan.get(first) ?? 0) < span) index.firstSpan.set(first, span);
  }
  areaCache = index;
  return index;
}

// Asked for nearly every capitalised or Cyrillic word: one Map lookup instead of three (0: no name).
const spanCache = new Map<string, number>();
const SPAN_CACHE_MAX = 50_000;

/** Longest name, in words, that starts with this first-word key; undefined when none does. */
export function firstSpan(firstKey: string): number | undefined {
  let span = spanCache.get(firstKey);
  if (span === undefined) {
    const g = gazetteer();
    const a = areaIndex().firstSpan.get(firstKey);
    const s = g.firstSpan.get(firstKey) ?? (g.index.has(firstKey) ? 1 : undefined);
    span = (a === undefined ? s : s === undefined ? a : Math.max(a, s)) ?? 0;
    if (spanCache.size >= SPAN_CACHE_MAX) spanCache.clear();
    spanCache.set(firstKey, span);
  }
  return span === 0 ? undefined : span;
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
