// Folds the mentions of one incident into the event's curated fields: the most precise report
// gives place and date, the others add sources, actors and larger counts.
import type { EventRecord, EventType } from '../model/event.js';
import { nameKey } from './keys.js';

export type CombinableRecord = Pick<EventRecord,
  'type' | 'date' | 'date_end' | 'country' | 'admin1' | 'place' | 'lat' | 'lon' | 'geo_precision'
  | 'actors' | 'targets' | 'quantity' | 'quantity_unit' | 'fatalities' | 'aggregate' | 'evidence' | 'confidence'>;

export type CuratedFields = Omit<CombinableRecord, 'evidence' | 'confidence'> & { notes: string };

function unionByKey(lists: readonly (readonly string[])[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) for (const s of list) { const k = nameKey(s); if (k && !seen.has(k)) seen.set(k, s); }
  return [...seen.values()];
}

/** Lower is better: a settlement beats a region beats a country beats nothing. */
const placeRank = (r: CombinableRecord) => (r.geo_precision ?? (r.admin1 ? 2 : r.country ? 3 : 4)) - (r.place ? 0.5 : 0);
const dateRank = (r: CombinableRecord) => (r.date ? 10 - r.date.length : 11);

export function primaryRecord<T extends CombinableRecord>(records: readonly T[]): T {
  if (records.length === 0) throw new Error('combine: no records');
  // Stable: ties keep the first-ingested record.
  return records.reduce((best, r) => {
    const d = placeRank(r) - placeRank(best) || dateRank(r) - dateRank(best) || (best.confidence ?? 0) - (r.confidence ?? 0);
    return d < 0 ? r : best;
  });
}

export function combine(records: readonly CombinableRecord[]): CuratedFields {
  const p = primaryRecord(records);
  // ACLED codes a demonstration that turns violent as a riot.
  const type: EventType = p.type === 'protest' && records.some((r) => r.type === 'riot') ? 'riot' : p.type;
  const byQuantity = records.filter((r) => r.quantity !== null).sort((a, b) => (b.quantity ?? 0) - (a.quantity ?? 0))[0];
  const fatal = records.map((r) => r.fatalities).filter((f): f is number => f !== null);
  return {
    type,
    date: p.date, date_end: p.date_end,
    country: p.country, admin1: p.admin1, place: p.place, lat: p.lat, lon: p.lon, geo_precision: p.geo_precision,
    actors: unionByKey(records.map((r) => r.actors)),
    targets: unionByKey(records.map((r) => r.targets)),
    quantity: byQuantity?.quantity ?? null,
    quantity_unit: byQuantity?.quantity_unit ?? null,
    fatalities: fatal.length ? Math.max(...fatal) : null,
    aggregate: p.aggregate,
    notes: p.evidence,
  };
}
