// Per-client limits on the routes that cost the store the most (exports, time series, counts, full
// GeoJSON, full-text lists): one visitor cannot keep the read workers busy for everyone. Clients are
// told apart by user (signed in) or by IP (anonymous); analysts get a far larger budget. Memory-only
// (@fastify/rate-limit's local store, bounded in keys): a restart forgets.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import { hasRole } from './auth/identity.js';
import { HttpError } from './errors.js';

/** Requests per minute per client, by route group: anonymous and viewers / analysts and admins. */
export interface RateLimits {
  export: { public: number; analyst: number };
  /** time series, counts, full GeoJSON, lists with a full-text filter */
  query: { public: number; analyst: number };
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  export: { public: 10, analyst: 120 },
  query: { public: 60, analyst: 1_200 },
};

const WINDOW_MS = 60_000;

type Group = keyof RateLimits;

/** Which limit a request falls under, if any. */
function groupOf(req: FastifyRequest): Group | null {
  const path = req.url.split('?')[0];
  if (path === '/api/export') return 'export';
  if (path === '/api/events/timeseries' || path === '/api/events/counts') return 'query';
  const query = (req.query ?? {}) as { text?: string; props?: string };
  if (path === '/api/events/geojson' && query.props !== 'map') return 'query';
  // Full-text lists: the public cache answers repeats, but each new text is a new search.
  if (path === '/api/events' && query.text) return 'query';
  return null;
}

/** A route's `config` that puts it under these limits (each route counts its own budget). */
export const RATE_LIMITED = { rateLimit: {} } as const;

export async function installRateLimits(app: FastifyInstance, limits: RateLimits = DEFAULT_RATE_LIMITS): Promise<void> {
  const analyst = (req: FastifyRequest) => hasRole(req.identity, 'analyst');
  await app.register(fastifyRateLimit, {
    global: false,
    // After validation and identity: the budget depends on who is asking and what.
    hook: 'preHandler',
    cache: 20_000,
    timeWindow: WINDOW_MS,
    keyGenerator: (req) => (req.identity.user ? `user:${req.identity.user.id}` : `ip:${req.ip}`),
    allowList: (req) => groupOf(req) === null,
    max: (req) => {
      const group = groupOf(req) ?? 'query';
      return analyst(req) ? limits[group].analyst : limits[group].public;
    },
    errorResponseBuilder: (_req, ctx) =>
      new HttpError(
        429,
        `too many requests of this kind (${ctx.max} per minute); try again in ${Math.ceil(ctx.ttl / 1000)} s`,
      ),
  });
}
