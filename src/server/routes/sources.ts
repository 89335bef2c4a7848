// Watched sources for the web app: their health for analysts; adding, pausing, resuming and
// removing for admins. Polling itself is `khronika watch` / `khronika worker`.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SourceHealthSchema, WatchSourceSchema, type Store } from '../../store/index.js';
import { parseAddOptions } from '../../ingest/watch/source-input.js';
import { requireRole } from '../auth/identity.js';
import { HttpError, notFound } from '../errors.js';

const Params = z.object({ id: z.coerce.number().int().positive() });
const AddBody = z
  .object({
    url: z.string().min(1).max(2000),
    name: z.string().max(200).optional(),
    every: z.string().max(20).default('30m'),
    lang: z.string().max(5).optional(),
    kind: z.enum(['feed', 'telegram', 'page']).optional(),
    links: z.string().max(300).optional(),
    since: z.string().max(10).optional(),
  })
  .strict();

const Health = z.object({ items: z.array(SourceHealthSchema) }).meta({ id: 'SourcesHealth' });
const Removed = z.object({ removed: z.number().int() }).meta({ id: 'SourceRemoved' });

export function sourceRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Watched sources with their health: state, last success, errors, items per day, last run (analysts)',
        response: { 200: Health },
      },
      preHandler: requireRole('analyst'),
    },
    async () => ({ items: await store.watch.health() }),
  );

  app.post(
    '/api/sources',
    {
      schema: {
        tags: ['sources'],
        summary: 'Watch a new source (admins)',
        body: AddBody,
        response: { 201: WatchSourceSchema },
      },
      preHandler: requireRole('admin'),
    },
    async (req, reply) => {
      const body = req.body as z.infer<typeof AddBody>;
      try {
        // The web never allows private addresses: that is a deliberate CLI choice (--allow-private).
        const input = parseAddOptions(body.url, {
          every: body.every,
          name: body.name,
          lang: body.lang,
          kind: body.kind,
          links: body.links,
          since: body.since,
        });
        const s = await store.watch.add(input);
        reply.code(201);
        return s;
      } catch (e) {
        throw new HttpError(400, (e as Error).message);
      }
    },
  );

  for (const verb of ['pause', 'resume'] as const) {
    app.post(
      `/api/sources/:id/${verb}`,
      {
        schema: {
          tags: ['sources'],
          summary: verb === 'pause' ? 'Stop polling a source (admins)' : 'Poll a paused source again, at once (admins)',
          params: Params,
          response: { 200: WatchSourceSchema },
        },
        preHandler: requireRole('admin'),
      },
      async (req) => {
        const { id } = req.params as z.infer<typeof Params>;
        if (!(await store.watch.setPaused(id, verb === 'pause'))) throw notFound(`source ${id}`);
        return store.watch.get(id);
      },
    );
  }

  app.delete(
    '/api/sources/:id',
    {
      schema: {
        tags: ['sources'],
        summary: 'Stop watching a source; its stored reports stay (admins)',
        params: Params,
        response: { 200: Removed },
      },
      preHandler: requireRole('admin'),
    },
    async (req) => {
      const { id } = req.params as z.infer<typeof Params>;
      if (!(await store.watch.remove(id))) throw notFound(`source ${id}`);
      return { removed: id };
    },
  );
}
