// Builds the Fastify app: thin routes over the store, zod validation, JSON errors, auth, OpenAPI and
// (when built) the web bundle. No listening here, so tests drive it with app.inject().
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import type { Store } from '../store/index.js';
import { installErrorHandler } from './errors.js';
import { installZodValidation, OpenApiComponents } from './zod-schema.js';
import { installSecurityHeaders } from './security-headers.js';
import { installIdentity } from './auth/identity.js';
import { LoginThrottle } from './auth/throttle.js';
import { eventRoutes } from './routes/events.js';
import { reviewRoutes } from './routes/review.js';
import { suggestionRoutes } from './routes/suggestions.js';
import { documentRoutes } from './routes/documents.js';
import { authRoutes } from './routes/auth.js';
import { exportRoutes } from './routes/exports.js';
import { alertRoutes } from './routes/alerts.js';
import { sourceRoutes } from './routes/sources.js';
import { installWeb } from './static-web.js';
import { installRegionNames } from './region-query.js';
import { candidateRoutes } from './routes/candidates.js';
import { savedViewRoutes } from './routes/saved-views.js';
import { PublicCache } from './public-cache.js';
import { DEFAULT_RATE_LIMITS, installRateLimits, type RateLimits } from './rate-limits.js';
import { VERSION } from '../version.js';

const Health = z.object({ ok: z.literal(true), version: z.string() }).meta({ id: 'Health' });

export interface AppOptions {
  store: Store;
  webRoot?: string;
  secureCookies?: boolean;
  sessionTtlHours?: number;
  /** Key for CSRF tokens; random per process unless given (sessions outlive restarts, tokens are re-fetched). */
  csrfSecret?: string;
  throttle?: LoginThrottle;
  /** How long public read answers are reused (0 turns the cache off). */
  publicCacheMs?: number;
  logLevel?: string;
  /** Per-client budgets of the expensive routes (src/server/rate-limits.ts); false: none (tests, benchmarks of the query path). */
  rateLimits?: RateLimits | false;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'silent' },
    // Bodies are small JSON (review actions, login); a larger one is refused with 413.
    bodyLimit: 1_000_000,
  });
  const csrfSecret = opts.csrfSecret ?? randomBytes(32).toString('base64url');

  installErrorHandler(app);
  installZodValidation(app);
  installSecurityHeaders(app);
  installRegionNames(app);
  await app.register(fastifyCookie);
  const components = new OpenApiComponents();
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Khronika API',
        version: VERSION,
        description: 'Events of protest, resistance, sabotage and repression, with their sources.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'khronika_session' },
        },
      },
    },
    transform: components.transform,
    transformObject: components.transformObject,
  });
  installIdentity(app, opts.store, csrfSecret);
  if (opts.rateLimits !== false) await installRateLimits(app, opts.rateLimits ?? DEFAULT_RATE_LIMITS);
  const cache = new PublicCache({ ttlMs: opts.publicCacheMs ?? 10_000 });
  cache.install(app);

  eventRoutes(app, opts.store, cache);
  reviewRoutes(app, opts.store);
  candidateRoutes(app, opts.store);
  savedViewRoutes(app, opts.store);
  suggestionRoutes(app, opts.store);
  documentRoutes(app, opts.store);
  exportRoutes(app, opts.store);
  alertRoutes(app, opts.store);
  sourceRoutes(app, opts.store);
  authRoutes(app, opts.store, {
    throttle: opts.throttle ?? new LoginThrottle(),
    csrfSecret,
    secureCookies: opts.secureCookies ?? false,
    sessionTtlHours: opts.sessionTtlHours ?? 24 * 7,
  });
  app.get('/api/health', { schema: { tags: ['meta'], summary: 'Liveness', response: { 200: Health } } }, async () => ({
    ok: true,
    version: VERSION,
  }));
  app.get(
    '/api/docs',
    {
      schema: {
        tags: ['meta'],
        summary: 'This OpenAPI document',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async () => app.swagger(),
  );

  await installWeb(app, opts.webRoot);
  return app;
}
