// The shapes of the answers about events — detail, sources, evidence, counts, series, pages, GeoJSON —
// declared once, as zod: the store's types are inferred from them, and the server answers with
// them as its response schemas (so the OpenAPI document and the web's types say the same). Also the
// one builder of event GeoJSON features, for the API and the exports.
import { z } from 'zod';
import { EventSummarySchema, type EventSummary, type PublishedEventSummary } from './event-row.js';
import { AuditEntrySchema } from './repos/audit.js';

export const EventSourceSchema = z
  .object({
    document_id: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    publishable: z.boolean().describe("an analyst let the public see this report's title, URL and text"),
  })
  .meta({
    id: 'EventSource',
    description: 'A report of an event. For the public, `url` and `title` are null unless the report is publishable.',
  });
export type EventSource = z.infer<typeof EventSourceSchema>;

export const EventMentionSchema = z
  .object({
    id: z.number().int(),
    document_id: z.string(),
    type: z.string(),
    evidence: z.string(),
    evidence_field: z.string().nullable(),
    evidence_start: z.number().int().nullable(),
    evidence_end: z.number().int().nullable(),
    extractor: z.string().nullable(),
    confidence: z.number().nullable(),
    origin_event_id: z.number().int().describe('the event it was first resolved to (differs after a manual merge)'),
  })
  .meta({ id: 'EventMention', description: 'A record extracted from one report, joined to the event.' });
export type EventMention = z.infer<typeof EventMentionSchema>;

export const EventDetailSchema = EventSummarySchema.extend({
  sources: z.array(EventSourceSchema),
  mentions: z.array(EventMentionSchema).describe('empty in the published view (evidence quotes reports)'),
  merged_from: z.array(z.number().int()).describe('events merged into this one'),
  history: z.array(AuditEntrySchema).describe('empty in the published view'),
}).meta({ id: 'EventDetail', description: 'One event with its sources, evidence and history.' });
export type EventDetail = z.infer<typeof EventDetailSchema>;

const Tally = z.record(z.string(), z.number().int());
export const EventCountsSchema = z
  .object({
    total: z.number().int(),
    by_type: Tally,
    by_status: Tally,
    by_admin1: Tally.describe('by ISO 3166-2 region; events with none are left out'),
    by_country: Tally.describe('by ISO 3166-1 country; events with none are left out'),
    undated: z.number().int(),
    unplaced: z.number().int(),
  })
  .meta({ id: 'EventCounts', description: 'Exact counts of the events a query matches.' });
export type EventCounts = z.infer<typeof EventCountsSchema>;

export const BUCKETS = ['day', 'week', 'month'] as const;
export type Bucket = (typeof BUCKETS)[number];
export const TimeSeriesSchema = z
  .object({
    bucket: z.enum(BUCKETS),
    series: z
      .array(z.object({ t: z.string(), count: z.number().int() }))
      .describe("buckets in order, only those with events; `t` is the bucket's first day"),
    imprecise: z
      .number()
      .int()
      .describe('dated less precisely than the bucket (a month-dated event in a daily series)'),
    undated: z.number().int(),
  })
  .meta({ id: 'TimeSeries', description: 'Event counts per day, week or month.' });
export type TimeSeries = z.infer<typeof TimeSeriesSchema>;

/** A page of events and their count, which stops at repos/events.ts's TOTAL_CAP (`total_exact: false` then). */
export const EventPageSchema = z
  .object({
    items: z.array(EventSummarySchema),
    total: z.number().int(),
    total_exact: z.boolean(),
  })
  .meta({
    id: 'EventPage',
    description:
      'A page of events and how many match: counted exactly up to a cap, past which `total` is the cap and `total_exact` false.',
  });
export type EventPage = z.infer<typeof EventPageSchema>;

const Point = z.object({
  type: z.literal('Point'),
  coordinates: z.tuple([z.number(), z.number()]).describe('[lon, lat]'),
});

export const GeoJsonFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: Point,
    properties: EventSummarySchema.omit({ lat: true, lon: true, notes: true }).extend({
      notes: z.string().nullable().optional().describe('left out in the published view'),
    }),
  })
  .meta({ id: 'GeoJsonFeature' });
export type GeoJsonFeature = z.infer<typeof GeoJsonFeatureSchema>;
export const GeoJsonCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(GeoJsonFeatureSchema) })
  .meta({ id: 'GeoJsonCollection', description: 'Placed events as GeoJSON points with their fields.' });
export type GeoJsonCollection = z.infer<typeof GeoJsonCollectionSchema>;

export const MapPointFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.number().int(),
    geometry: Point,
    properties: z.object({ id: z.number().int(), type: z.string(), admin1: z.string().nullable() }),
  })
  .meta({ id: 'MapPointFeature' });
export type MapPointFeature = z.infer<typeof MapPointFeatureSchema>;
/** Map points: only what the map draws and colours by (a fifth of the bytes of a full feature). */
export const MapPointCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(MapPointFeatureSchema) })
  .meta({ id: 'MapPointCollection', description: 'Map points: id, type and region of each placed event.' });
export type MapPointCollection = z.infer<typeof MapPointCollectionSchema>;

/**
 * A placed event as a GeoJSON point (null for an unplaced one): the point as geometry, every other
 * field as a property. The one builder of event features, for the API's map and the GeoJSON export;
 * `withNotes: false` leaves the notes property out (the published view has none).
 */
export function eventFeature<E extends EventSummary | PublishedEventSummary, X extends object = object>(
  e: E,
  opts: { withNotes: boolean; extra?: X },
): (GeoJsonFeature & { properties: X }) | null {
  if (e.lat === null || e.lon === null) return null;
  const { lat, lon, ...fields } = e;
  const properties: Partial<typeof fields> & X = { ...fields, ...(opts.extra as X) };
  if (!opts.withNotes) delete properties.notes;
  return {
    type: 'Feature',
    id: e.id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: properties as GeoJsonFeature['properties'] & X,
  };
}

/** Placed events as a FeatureCollection (see eventFeature). */
export function toGeoJson(
  items: readonly EventSummary[] | readonly PublishedEventSummary[],
  withNotes = true,
): GeoJsonCollection {
  const features: GeoJsonFeature[] = [];
  for (const e of items) {
    const f = eventFeature(e, { withNotes });
    if (f) features.push(f);
  }
  return { type: 'FeatureCollection', features };
}
