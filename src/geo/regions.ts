// First-level regions of RU/BY/UA (data/admin1.tsv) and countries (data/place-countries.tsv): records,
// and every name, variant and adjective each answers to. English variants are generated from the
// region's type ("Amur" + oblast → "Amur Oblast", "Amur region"), by patterns in data/place-cues.json.
import { readFileSync } from 'node:fs';
import type { GeoPlace } from '../model/sentence-mentions.js';
import { dataPath } from '../util/data-path.js';
import { settlements } from './gazetteer.js';
import { placeCues } from './cues.js';
import { fnv1a, keyVersion } from './normalize.js';

export interface AreaName {
  text: string;
  adjective: boolean;
}
export interface Area {
  place: GeoPlace;
  names: AreaName[];
}

const AREA_FILES = ['admin1.tsv', 'place-countries.tsv'];

/** Fingerprint of the region and country tables (and the key rules), to tell whether prebuilt keys still hold. */
export function areaSource(): string {
  return fnv1a(
    keyVersion() +
      JSON.stringify(placeCues().regionVariantPatterns) +
      AREA_FILES.map((f) => readFileSync(dataPath(f), 'utf8')).join('\u0000'),
  );
}

function readTsv(file: string): Record<string, string>[] {
  const lines = readFileSync(dataPath(file), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const header = lines.shift()?.split('\t') ?? [];
  return lines.map((line, n) => {
    const cols = line.split('\t');
    if (cols.length < header.length - 2)
      throw new Error(`data/${file}: line ${n + 2} has ${cols.length} columns, expected ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cols[i] ?? '']));
  });
}

const split = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

let regionCache: Map<string, Area> | undefined;
/** ISO codes of the cities that are regions of their own (Moscow, Kyiv, Minsk…) */
const cityRegions = new Set<string>();
let countryCache: Map<string, Area> | undefined;

export function regions(): Map<string, Area> {
  if (regionCache) return regionCache;
  const out = new Map<string, Area>();
  for (const r of readTsv('admin1.tsv')) {
    if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(r.iso)) throw new Error(`data/admin1.tsv: bad ISO code "${r.iso}"`);
    const patterns = placeCues().regionVariantPatterns[r.type];
    if (!Array.isArray(patterns)) throw new Error(`data/admin1.tsv: ${r.iso} has unknown type "${r.type}"`);
    const lat = Number(r.lat),
      lon = Number(r.lon);
    const names: AreaName[] = [];
    const add = (text: string, adjective = false) => {
      if (text) names.push({ text, adjective });
    };
    if (r.type === 'city') cityRegions.add(r.iso);
    // A city region (Moscow, Kyiv…) is named like its city: the settlement answers to the bare name.
    if (r.type !== 'city') {
      add(r.name_en);
      add(r.name_ru);
      add(r.name_uk);
    }
    for (const base of split(r.base_en)) for (const p of patterns) add(p.replace('{}', base));
    for (const v of split(r.variants)) add(v);
    for (const a of split(r.adjectives)) add(a, true);
    out.set(r.iso, {
      place: {
        name: r.name_en,
        kind: 'region',
        country: r.iso.slice(0, 2),
        admin1: r.iso,
        lat: Number.isFinite(lat) ? lat : null,
        lon: Number.isFinite(lon) ? lon : null,
      },
      names,
    });
  }
  regionCache = out;
  return out;
}

export function countries(): Map<string, Area> {
  if (countryCache) return countryCache;
  const out = new Map<string, Area>();
  for (const r of readTsv('place-countries.tsv')) {
    if (!/^[A-Z]{2}$/.test(r.iso)) throw new Error(`data/place-countries.tsv: bad ISO code "${r.iso}"`);
    const names: AreaName[] = [r.name_en, r.name_ru, r.name_uk, ...split(r.variants)]
      .filter(Boolean)
      .map((text) => ({ text, adjective: false }));
    for (const a of split(r.adjectives)) names.push({ text: a, adjective: true });
    out.set(r.iso, {
      place: { name: r.name_en, kind: 'country', country: r.iso, admin1: null, lat: null, lon: null },
      names,
    });
  }
  countryCache = out;
  return out;
}

/** The region record (with its admin centre's coordinates) for an ISO 3166-2 code of RU/BY/UA. */
export function regionByIso(code: string): GeoPlace | undefined {
  const a = regions().get(String(code).toUpperCase());
  return a ? { ...a.place } : undefined;
}

/** Whether the region is a city of its own (Moscow, Kyiv), not a region named after its centre (Krasnodar). */
export function isCityRegion(code: string): boolean {
  regions();
  return cityRegions.has(String(code).toUpperCase());
}

/** The country record for an ISO 3166-1 alpha-2 code; lat/lon are null at country level. */
export function countryByIso(code: string): GeoPlace | undefined {
  const a = countries().get(String(code).toUpperCase());
  return a ? { ...a.place } : undefined;
}

const seatCache = new Map<string, GeoPlace>();

/**
 * Where an institution of a country sits when the text gives no place ("Ukraine's parliament" → Kyiv):
 * the country's capital from the gazetteer, or the country record when none is known.
 */
export function seatOf(institutionCountry: string): GeoPlace {
  const code = String(institutionCountry).toUpperCase();
  const hit = seatCache.get(code);
  if (hit) return { ...hit };
  let best: GeoPlace | undefined;
  for (const s of settlements()) {
    if (
      s.feature === 'PPLC' &&
      s.place.country === code &&
      (!best || (s.place.population ?? 0) > (best.population ?? 0))
    )
      best = s.place;
  }
  const seat = best ?? countryByIso(code);
  if (!seat) throw new Error(`seatOf: unknown country code "${institutionCountry}"`);
  seatCache.set(code, seat);
  return { ...seat };
}
