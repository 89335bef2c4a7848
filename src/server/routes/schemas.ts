// Shared zod pieces of the route schemas.
import { z } from 'zod';
import { EventQuerySchema } from '../../model/query.js';

export const EventId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const IdParams = z.object({ id: EventId });
export const Reason = z.string().trim().max(2_000);

/**
 * The EventQuery of a read route's query string, and nothing else: an unknown parameter is a 400
 * (a typo'd filter silently ignored would answer a different question; a random one would also
 * make every request look new to the public cache). `_`, the browser cache-buster the web app adds,
 * is accepted and ignored.
 */
export const RouteEventQuery = z.strictObject(
  { ...EventQuerySchema.shape, _: z.string().max(64).optional().describe('ignored (a cache-buster for browsers)') },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown query parameter${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `'${k.slice(0, 40)}'`).join(', ')} (allowed: ${Object.keys(EventQuerySchema.shape).join(', ')} and the route's own)`
        : undefined,
  },
);

export const TimeSeriesQuery = RouteEventQuery.extend({
  bucket: z.enum(['day', 'week', 'month']).default('month'),
});

// Answers shared by several routes (the shapes the store returns are declared in the store).
export const Ok = z.object({ ok: z.literal(true) }).meta({ id: 'Ok', description: 'The write was done.' });
/** 204: no body (documented as such; nothing is serialised). */
export const NO_CONTENT = { type: 'null', description: 'No content' } as const;
