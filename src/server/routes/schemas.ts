// Shared zod pieces of the route schemas.
import { z } from 'zod';
import { EventQuerySchema } from '../../model/query.js';

export const EventId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const IdParams = z.object({ id: EventId });
export const Reason = z.string().trim().max(2_000);
export const TimeSeriesQuery = EventQuerySchema.extend({
  bucket: z.enum(['day', 'week', 'month']).default('month'),
});
