// The event record of docs/event-format.md: the extractor's output, the store's input, the exports' source.
import { z } from 'zod';

export const EVENT_TYPES = [
  'protest',
  'riot',
  'arson',
  'sabotage',
  'armed_attack',
  'explosion',
  'arrest',
  'statement',
  'organization',
  'policy',
  'desertion',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the text allows, no more. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export const GeoPrecision = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const EventRecordSchema = z.object({
  doc: z.string(),
  type: z.enum(EVENT_TYPES),
  date: PartialDate.nullable(),
  date_end: PartialDate.nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  admin1: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
    .nullable(),
  place: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geo_precision: GeoPrecision.nullable(),
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  quantity: z.number().nullable(),
  quantity_unit: z.string().nullable(),
  fatalities: z.number().int().min(0).nullable(),
  aggregate: z.boolean(),
  evidence: z.string(),
  confidence: z.number().min(0).max(1).optional(),
  /** Where the evidence sits: 'title' or 'text' of the document, and its character offsets there. */
  evidence_field: z.enum(['title', 'text']).optional(),
  evidence_start: z.number().int().min(0).optional(),
  evidence_end: z.number().int().min(0).optional(),
  /** extractor name@version that produced the record (absent from gold files). */
  extractor: z.string().optional(),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

/** A gold record: the same fields, plus `optional` and the coder's `note`. */
export const GoldEventSchema = EventRecordSchema.partial({ confidence: true, doc: true }).extend({
  optional: z.boolean().optional(),
  note: z.string().optional(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export const GoldFileLineSchema = z.object({ doc: z.string(), events: z.array(GoldEventSchema) });
export type GoldFileLine = z.infer<typeof GoldFileLineSchema>;
