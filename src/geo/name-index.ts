// One Map from normalised name key ("saint petersburg", "ленинградск област") to every place answering to it:
// settlements, regions and countries. Built once, lazily. `firstTokenSpan` lets the scanner skip, with one
// Map lookup, every token that starts no name.
import { settlements, type Settlement } from './gazetteer.js';
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
  /** the key is the place's own (English or GeoNames) name, not an alternate */
  primary: boolean;
}

export interface NameIndex {
  byKey: Map<string, NameEntry[]>;
  /** for each first-token key, the longest name (in tokens) that starts with it */
  firstTokenSpan: Map<string, number>;
}

const CYRILLIC = /[а-яёіїєґ]/i;
let cached: NameIndex | undefined;

function addName(index: NameIndex, text: string, entry: Omit<NameEntry, 'acronym' | 'lowerOk'>): void {
  const acronym = /^[\p{Lu}.]{2,6}$/u.test(text.replace(/[\s-]/g, '')) && text.length <= 8;
  addKey(index, nameKey(text), { ...entry, acronym, lowerOk: entry.adjective && CYRILLIC.test(text) });
}

function addKey(index: NameIndex, key: string, full: NameEntry): void {
  if (!key) return;
  const list = index.byKey.get(key);
  if (list) {
    // one entry per place and key (alternates often normalise alike)
    if (list.some((e) => e.settlement === full.settlement && e.area === full.area && e.adjective === full.adjective)) return;
    list.push(full);
  } else index.byKey.set(key, [full]);
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  const span = space < 0 ? 1 : key.split(' ').length;
  if ((index.firstTokenSpan.get(first) ?? 0) < span) index.firstTokenSpan.set(first, span);
}

export function nameIndex(): NameIndex {
  if (cached) return cached;
  const index: NameIndex = { byKey: new Map(), firstTokenSpan: new Map() };
  for (const area of regions().values()) {
    for (const n of area.names) addName(index, n.text, { kind: 'region', area, adjective: n.adjective, primary: true });
  }
  for (const area of countries().values()) {
    for (const n of area.names) addName(index, n.text, { kind: 'country', area, adjective: n.adjective, primary: true });
  }
  for (const s of settlements()) {
    s.keys.forEach((key, i) => addKey(index, key, { kind: 'settlement', settlement: s, adjective: false, acronym: false, lowerOk: false, primary: i === 0 }));
  }
  cached = index;
  return index;
}
