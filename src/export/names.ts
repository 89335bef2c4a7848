// English names for ISO country and region codes, read from the geo data files (ACLED writes names).
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/data-path.js';

function readTsvColumn(file: string, keyCol: string, valueCol: string): Map<string, string> {
  const lines = readFileSync(dataPath(file), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  const k = header.indexOf(keyCol);
  const v = header.indexOf(valueCol);
  if (k < 0 || v < 0) throw new Error(`${file}: missing column ${keyCol} or ${valueCol}`);
  return new Map(
    lines
      .slice(1)
      .map((l) => l.split('\t'))
      .filter((c) => c[k] && c[v])
      .map((c) => [c[k], c[v]]),
  );
}

let countries: Map<string, string> | undefined;
let regions: Map<string, string> | undefined;

export function countryName(iso: string | null): string | null {
  if (!iso) return null;
  countries ??= readTsvColumn('place-countries.tsv', 'iso', 'name_en');
  return countries.get(iso) ?? iso;
}

export function regionName(iso: string | null): string | null {
  if (!iso) return null;
  regions ??= readTsvColumn('admin1.tsv', 'iso', 'name_en');
  return regions.get(iso) ?? iso;
}
