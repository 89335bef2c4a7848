// Curated event fields ⇄ the `events` row: derived columns (day span, keys, public point, search
// text) are computed here and only here.
import { z } from 'zod';
import { EVENT_TYPES, type EventType } from '../model/event.js';
import { EVENT_STATUSES, type EventStatus } from '../model/query.js';
import type { CuratedFields } from '../resolve/combine.js';
import { daySpan, nameKey } from '../resolve/keys.js';
import type { EventsTable } from './schema.js';
import { parseJsonArray } from './util.js';

/**
 * The public point. Places are stored at settlement level at the finest (the gazetteer holds
 * settlement centres, never addresses), so the public projection keeps the point and only rounds
 * it to 0.01° (~1 km) as a guard should finer coordinates ever be entered by an editor.
 */
export function publicPoint(lat: number | null, lon: number | null): { lat: number | null; lon: number | null } {
  if (lat === null || lon === null) return { lat: null, lon: null };
  const r = (x: number) => Math.round(x * 100) / 100;
  return { lat: r(lat), lon: r(lon) };
}

type FieldColumns = Omit<
  EventsTable,
  | 'id'
  | 'status'
  | 'merged_into'
  | 'sources_count'
  | 'edited'
  | 'created_at'
  | 'updated_at'
  | 'summary'
  | 'first_reported'
  | 'day_reported'
>;

export function fieldsToRow(f: CuratedFields): FieldColumns {
  const span = daySpan(f.date, f.date_end);
  const pub = publicPoint(f.lat, f.lon);
  return {
    type: f.type,
    date: f.date,
    date_end: f.date_end,
    date_start: span.start,
    date_stop: span.stop,
    date_precision: span.precision,
    date_span_days:
      span.start && span.stop ? Math.round((Date.parse(span.stop) - Date.parse(span.start)) / 86_400_000) : null,
    country: f.country,
    admin1: f.admin1,
    place: f.place,
    place_key: f.place ? nameKey(f.place) : null,
    lat: f.lat,
    lon: f.lon,
    geo_precision: f.geo_precision,
    public_lat: pub.lat,
    public_lon: pub.lon,
    actors: JSON.stringify(f.actors),
    targets: JSON.stringify(f.targets),
    quantity: f.quantity,
    quantity_unit: f.quantity_unit,
    fatalities: f.fatalities,
    aggregate: f.aggregate ? 1 : 0,
    notes: f.notes,
    search_text: [f.place, f.admin1, f.country, ...f.actors, ...f.targets, f.type.replace('_', ' '), f.notes]
      .filter(Boolean)
      .join(' '),
    // No notes here: they quote a report, which may name private people.
    public_search_text: [f.place, f.admin1, f.country, ...f.actors, ...f.targets, f.type.replace('_', ' ')]
      .filter(Boolean)
      .join(' '),
  };
}

/** An event as lists, maps and exports see it. */
export const EventSummarySchema = z
  .object({
    id: z.number().int(),
    status: z.enum(EVENT_STATUSES),
    type: z.enum(EVENT_TYPES),
    date: z.string().nullable(),
    date_end: z.string().nullable(),
    date_precision: z.string().nullable(),
    country: z.string().nullable(),
    admin1: z.string().nullable(),
    place: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    geo_precision: z.literal([1, 2, 3]).nullable(),
    actors: z.array(z.string()),
    targets: z.array(z.string()),
    quantity: z.number().nullable(),
    quantity_unit: z.string().nullable(),
    fatalities: z.number().nullable(),
    aggregate: z.boolean(),
    notes: z
      .string()
      .nullable()
      .describe('the evidence sentence of the primary report (the published summary has none)'),
    sources_count: z.number().int(),
    merged_into: z.number().int().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    id: 'EventSummary',
    description:
      'An event as lists, maps and exports see it. The published one: always verified, the public point, notes null.',
  });
export type EventSummary = z.infer<typeof EventSummarySchema>;

/** An event as the public sees it (repos/published.ts): always verified, the public point, no notes. */
export type PublishedEventSummary = Omit<EventSummary, 'status' | 'notes'> & { status: 'verified'; notes: null };

export type EventRow = Omit<EventsTable, 'id'> & { id: number };

/** The analysts' summary (the published one is repos/published.ts's toPublishedSummary). */
export function rowToSummary(r: EventRow): EventSummary {
  return {
    id: r.id,
    status: r.status as EventStatus,
    type: r.type as EventType,
    date: r.date,
    date_end: r.date_end,
    date_precision: r.date_precision,
    country: r.country,
    admin1: r.admin1,
    place: r.place,
    lat: r.lat,
    lon: r.lon,
    geo_precision: r.geo_precision as EventSummary['geo_precision'],
    actors: parseJsonArray(r.actors),
    targets: parseJsonArray(r.targets),
    quantity: r.quantity,
    quantity_unit: r.quantity_unit,
    fatalities: r.fatalities,
    aggregate: Boolean(r.aggregate),
    notes: r.notes,
    sources_count: Number(r.sources_count),
    merged_into: r.merged_into,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}
