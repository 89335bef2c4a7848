// An alert's Atom feed at a stable URL: /api/alerts/ID/feed.atom?token=T. The token is the
// credential (feed readers cannot log in); a wrong or missing token answers 404, as for an alert
// that does not exist, so ids cannot be probed.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EventQuerySchema } from '../../model/query.js';
import type { Store } from '../../store/index.js';
import { atomFeed } from '../../export/alerts/atom.js';
import { notFound } from '../errors.js';

const Params = z.object({ id: z.coerce.number().int().positive() });
const Query = z.object({ token: z.string().min(1).max(100) }).strict();

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function alertRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/alerts/:id/feed.atom',
    {
      schema: {
        tags: ['alerts'],
        summary: "An alert's newest events as an Atom feed (the token is in the alert's feed URL: `khronika alerts`)",
        params: Params,
        querystring: Query,
        produces: ['application/atom+xml'],
        response: { 200: z.string().describe('an Atom feed') },
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.infer<typeof Params>;
      const { token } = req.query as z.infer<typeof Query>;
      const alert = await store.alerts.get(id);
      if (!alert || !sameToken(alert.token, token)) throw notFound(`alert ${id}`);
      const parsed = EventQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(alert.query)));
      const events = parsed.success
        ? (await store.events.list({ ...parsed.data, sort: '-updated', limit: 50, offset: 0 }, { total: false })).items
        : [];
      const origin = `${req.protocol}://${req.host}`;
      reply
        .header('content-type', 'application/atom+xml; charset=utf-8')
        .header('cache-control', 'private, max-age=60');
      return atomFeed({
        id: `${origin}/api/alerts/${id}/feed.atom`,
        title: `Khronika: ${alert.name}`,
        selfUrl: `${origin}/api/alerts/${id}/feed.atom?token=${encodeURIComponent(token)}`,
        siteUrl: `${origin}/?${alert.query}`,
        events,
      });
    },
  );
}
