// What a reviewer may change on an event: the curated fields, validated like an EventRecord.
import { z } from 'zod';
import { EventRecordSchema } from '../model/event.js';

export const EditPatchSchema = EventRecordSchema.pick({
  type: true,
  date: true,
  date_end: true,
  country: true,
  admin1: true,
  place: true,
  lat: true,
  lon: true,
  geo_precision: true,
  quantity: true,
  quantity_unit: true,
  fatalities: true,
  aggregate: true,
})
  .extend({
    actors: z.array(z.string().min(1).max(200)).max(50),
    targets: z.array(z.string().min(1).max(200)).max(50),
    place: z.string().max(200).nullable(),
    notes: z.string().max(5000).nullable(),
  })
  .partial()
  .strict();
export type EditPatch = z.infer<typeof EditPatchSchema>;
