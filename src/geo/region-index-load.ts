// The region name index over the repository's own tables (data/admin1.tsv, data/place-cues.json), built once.
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/data-path.js';
import { placeCues } from './cues.js';
import { RegionIndex } from './region-index.js';

let cached: RegionIndex | undefined;

export function regionIndex(): RegionIndex {
  cached ??= new RegionIndex(readFileSync(dataPath('admin1.tsv'), 'utf8'), placeCues().regionVariantPatterns);
  return cached;
}
