// Draft → EventRecord of docs/event-format.md, with evidence offsets and the extractor's confidence.
import type { EventRecord } from '../../model/event.js';
import { EXTRACTOR } from '../../version.js';
import { geoPrecision, type Draft } from '../7-assemble/draft.js';

const PLACE_FACTOR = { sentence: 1, seat: 0.9, context: 0.85, weak: 0.75, document: 0.6, none: 0.5 } as const;

function round(n: number | null, digits: number): number | null {
  if (n === null) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function toRecord(doc: string, d: Draft): EventRecord {
  const confidence = d.weight * PLACE_FACTOR[d.placeSource] * (d.dateOwn ? 1 : d.date ? 0.9 : 0.85);
  return {
    doc,
    type: d.type,
    date: d.date,
    date_end: d.dateEnd,
    country: d.place?.country ?? null,
    admin1: d.place?.admin1 ?? null,
    place: d.place?.kind === 'settlement' ? d.place.name : null,
    lat: round(d.place?.lat ?? null, 4),
    lon: round(d.place?.lon ?? null, 4),
    geo_precision: geoPrecision(d),
    actors: d.actors,
    targets: d.targets,
    quantity: d.quantity ?? (d.onePerson ? 1 : null),
    quantity_unit: d.quantity === null ? (d.onePerson ? 'people' : null) : d.quantityUnit,
    fatalities: d.fatalities,
    aggregate: d.aggregate,
    evidence: d.sentence.text,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    evidence_field: d.sentence.field,
    evidence_start: d.sentence.start,
    evidence_end: d.sentence.end,
    extractor: EXTRACTOR,
  };
}
