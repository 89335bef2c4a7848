// The built settlement list (data/build/gazetteer.json, from GeoNames — see scripts/build-gazetteer.ts),
// loaded once on first use. Rows are validated lightly: a malformed row is skipped, not fatal.
import { existsSync, readFileSync } from 'node:fs';
import type { GeoPlace } from '../extract/types.js';
import { dataPath } from '../util/data-path.js';
import { keyVersion } from './normalize.js';

export interface Settlement {
  place: GeoPlace;
  /** GeoNames feature code (PPL, PPLA, PPLC, PPLX…) */
  feature: string;
  /** lookup keys of every name it answers to (normalize.ts nameKey), the English name's first */
  keys: string[];
}

let cached: Settlement[] | undefined;

export function gazetteerFile(): string {
  return dataPath('build', 'gazetteer.json');
}

export function settlements(): Settlement[] {
  if (cached) return cached;
  const file = gazetteerFile();
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:data\` first`);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { rows?: unknown; keyVersion?: unknown };
  if (!Array.isArray(parsed.rows)) throw new Error(`${file}: no "rows" array; rebuild it with \`npm run build:data\``);
  if (parsed.keyVersion !== keyVersion()) throw new Error(`${file} was built with other name-key rules; rebuild it with \`npm run build:data\``);
  const out: Settlement[] = [];
  for (const row of parsed.rows as unknown[]) {
    if (!Array.isArray(row) || row.length < 8) continue;
    const [name, country, admin1, lat, lon, population, feature, keys] = row as [string, string, string, number, number, number, string, string];
    if (typeof name !== 'string' || !name || typeof lat !== 'number' || typeof lon !== 'number') continue;
    out.push({
      place: { name, kind: 'settlement', country, admin1: admin1 || null, lat, lon, population },
      feature,
      keys: typeof keys === 'string' && keys ? keys.split('|') : [],
    });
  }
  cached = out;
  return out;
}
