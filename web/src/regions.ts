// The region table, bundled (data/admin1.tsv as text): names for codes in the list and on the event
// page, suggestions in the region box, and names typed or linked resolved to codes — all offline.
import table from '../../data/admin1.tsv?raw';
import { regionVariantPatterns } from '../../data/place-cues.json';
import { RegionIndex } from '../../src/geo/region-index.js';

export const REGIONS = new RegionIndex(table, regionVariantPatterns as Record<string, string[] | string>);

/** "Bashkortostan" for RU-BA; the code itself when the table does not know it. */
export const regionLabel = (iso: string | null | undefined): string => (iso ? (REGIONS.get(iso)?.short ?? iso) : '');
