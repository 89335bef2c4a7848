// The built settlement list (data/build/gazetteer.json, from GeoNames — see scripts/build-gazetteer.ts),
// loaded once on first use. Name keys come precomputed in the file; loading parses it and fills one Map.
// A malformed row can never match; it does not stop the load.
import { existsSync, readFileSync } from 'node:fs';
import type { GeoPlace } from '../model/sentence-mentions.js';
import { dataPath } from '../util/data-path.js';
import { keyVersion } from './normalize.js';

export interface Settlement {
  place: GeoPlace;
  /** GeoNames feature code (PPL, PPLA, PPLC, PPLX…) */
  feature: string;
  /** lookup key of its English name (an alternate name is weaker evidence than this) */
  primaryKey: string;
}

export interface Gazetteer {
  settlements: Settlement[];
  /** name key → settlement number, or numbers when several share the name */
  index: Map<string, number | number[]>;
  /** first word of a multi-word key → the longest key (in words) starting with it */
  firstSpan: Map<string, number>;
  /** region/country name keys precomputed by the builder, valid while `areaSource` matches the data files */
  areas?: { source: string; entries: AreaKeyRow[] };
}

/** [kind "r" region | "c" country, ISO code, name key, flags: 1 adjective, 2 acronym, 4 lower-case allowed] */
export type AreaKeyRow = [string, string, string, number];

let cached: Gazetteer | undefined;

export function gazetteerFile(): string {
  return dataPath('build', 'gazetteer.json');
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const file = gazetteerFile();
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:data\` first`);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<
    Record<'rows' | 'keys' | 'refs' | 'keyVersion' | 'areas', unknown>
  >;
  if (!Array.isArray(parsed.rows) || typeof parsed.keys !== 'string' || !Array.isArray(parsed.refs)) {
    throw new Error(`${file}: unexpected layout; rebuild it with \`npm run build:data\``);
  }
  if (parsed.keyVersion !== keyVersion())
    throw new Error(`${file} was built with other name-key rules; rebuild it with \`npm run build:data\``);
  const list: Settlement[] = [];
  for (const row of parsed.rows as unknown[]) {
    const [name, country, admin1, lat, lon, population, feature, primaryKey] = (Array.isArray(row) ? row : []) as [
      string,
      string,
      string,
      number,
      number,
      number,
      string,
      string,
    ];
    const ok =
      typeof name === 'string' &&
      name !== '' &&
      typeof country === 'string' &&
      typeof lat === 'number' &&
      typeof lon === 'number';
    // A bad row keeps its slot (the index refers to rows by number) but can never match.
    list.push({
      place: {
        name: ok ? name : '',
        kind: 'settlement',
        country: ok ? country : '',
        admin1: ok && admin1 ? admin1 : null,
        lat: ok ? lat : null,
        lon: ok ? lon : null,
        population: ok && typeof population === 'number' ? population : 0,
      },
      feature: ok && typeof feature === 'string' ? feature : 'BAD',
      primaryKey: ok && typeof primaryKey === 'string' ? primaryKey : '',
    });
  }
  const areas = parsed.areas as Gazetteer['areas'] | undefined;
  cached = {
    settlements: list,
    ...readIndex(parsed.keys, parsed.refs as unknown[], list.length, file),
    areas: areas && typeof areas.source === 'string' && Array.isArray(areas.entries) ? areas : undefined,
  };
  return cached;
}

function readIndex(
  keyText: string,
  refs: unknown[],
  rowCount: number,
  file: string,
): Pick<Gazetteer, 'index' | 'firstSpan'> {
  const index = new Map<string, number | number[]>();
  const firstSpan = new Map<string, number>();
  const keys = keyText.split('\n');
  let r = 0;
  for (const key of keys) {
    let rows: number | number[] | undefined;
    for (;;) {
      const v = refs[r++];
      if (typeof v !== 'number' || !Number.isInteger(v))
        throw new Error(`${file}: index is corrupt; rebuild it with \`npm run build:data\``);
      const row = v < 0 ? -v - 1 : v;
      if (row < rowCount) {
        if (rows === undefined) rows = row;
        else if (typeof rows === 'number') rows = [rows, row];
        else rows.push(row);
      }
      if (v < 0) break;
    }
    if (rows === undefined) continue;
    index.set(key, rows);
    const space = key.indexOf(' ');
    if (space < 0) continue; // one-word keys: the index itself answers
    const first = key.slice(0, space);
    const span = key.split(' ').length;
    if ((firstSpan.get(first) ?? 0) < span) firstSpan.set(first, span);
  }
  return { index, firstSpan };
}

export function settlements(): Settlement[] {
  return gazetteer().settlements;
}
