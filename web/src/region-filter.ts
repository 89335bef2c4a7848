// The region part of the address bar: `admin1` may hold names ("Bashkortostan", "Башкирия") or codes.
// Names become codes (the canonical URL); a name that is no region is an error, never dropped silently.
import { resolveRegionList, type RegionIndex } from '../../src/geo/region-index.js';

export interface RegionParam {
  /** what the address bar says, or null when there is no region filter */
  raw: string | null;
  codes: string[];
  errors: string[];
  /** true when `raw` is already the codes, comma-separated */
  canonical: boolean;
}

export function regionParam(search: string, index: RegionIndex): RegionParam {
  const raw = new URLSearchParams(search).getAll('admin1').join(',').trim();
  if (!raw) return { raw: null, codes: [], errors: [], canonical: true };
  const { codes, errors } = resolveRegionList(index, raw);
  return { raw, codes, errors, canonical: !errors.length && raw === codes.join(',') };
}
