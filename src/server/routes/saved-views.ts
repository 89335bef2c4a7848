// Saved views: a signed-in user names the current filter and comes back to it; a view may be shared
// with every signed-in user. The query is stored canonical (region names resolved to codes).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z, ZodError } from 'zod';
import { canonicalQueryString, parseQueryString } from '../../model/query-string.js';
import { regionIndex } from '../../geo/region-index-load.js';
import { resolveRegionList } from '../../geo/region-index.js';
import { SavedViewExistsError, SavedViewSchema, type Store } from '../../store/index.js';
import { hasRole, requireRole } from '../auth/identity.js';
import { describeZodError, HttpError, notFound } from '../errors.js';
import { IdParams, NO_CONTENT } from './schemas.js';

const Views = z.object({ items: z.array(SavedViewSchema) }).meta({ id: 'SavedViews' });

const ViewBody = z
  .object({
    name: z.string().trim().min(1, 'name: give the view a name').max(100, 'name: at most 100 characters'),
    /** the filter as a query string ("type=protest&admin1=Bashkortostan"); names of regions are allowed */
    query: z.string().max(2_000),
    shared: z.boolean().default(false),
  })
  .strict();

/** The body's query as the canonical EventQuery string, or a 400 that says what is wrong with it. */
function canonical(query: string): string {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const admin1 = params.getAll('admin1').join(',');
  if (admin1) {
    const { codes, errors } = resolveRegionList(regionIndex(), admin1);
    if (errors.length) throw new HttpError(400, `query: admin1: ${errors.join('; ')}`);
    params.set('admin1', codes.join(','));
  }
  try {
    return canonicalQueryString(parseQueryString(params.toString()));
  } catch (err) {
    if (err instanceof ZodError) throw new HttpError(400, `query: ${describeZodError(err)}`);
    throw err;
  }
}

const userOf = (req: FastifyRequest) => req.identity.user!;

export function savedViewRoutes(app: FastifyInstance, store: Store): void {
  const signedIn = requireRole('viewer');

  app.get(
    '/api/views',
    {
      schema: { tags: ['views'], summary: 'Saved views: your own, then those others shared', response: { 200: Views } },
      preHandler: signedIn,
    },
    async (req) => ({ items: await store.savedViews.visibleTo(userOf(req).id) }),
  );

  app.post(
    '/api/views',
    {
      schema: {
        tags: ['views'],
        summary: 'Save the current filter under a name (query: the EventQuery as a query string)',
        body: ViewBody,
        response: { 201: SavedViewSchema },
      },
      preHandler: signedIn,
    },
    async (req, reply) => {
      const { name, query, shared } = req.body as z.infer<typeof ViewBody>;
      try {
        const view = await store.savedViews.create(userOf(req).id, name, canonical(query), shared);
        return reply.code(201).send(view);
      } catch (err) {
        if (err instanceof SavedViewExistsError) throw new HttpError(409, err.message);
        throw err;
      }
    },
  );

  app.delete(
    '/api/views/:id',
    {
      schema: {
        tags: ['views'],
        summary: 'Delete a saved view (its owner, or an admin)',
        params: IdParams,
        response: { 204: NO_CONTENT },
      },
      preHandler: signedIn,
    },
    async (req, reply) => {
      const { id } = req.params as { id: number };
      const view = await store.savedViews.get(id);
      const me = userOf(req);
      if (!view || (view.owner_id !== me.id && !view.shared)) throw notFound(`saved view ${id}`);
      if (view.owner_id !== me.id && !hasRole(req.identity, 'admin'))
        throw new HttpError(403, `saved view ${id} belongs to ${view.owner}: only they or an admin can delete it`);
      await store.savedViews.delete(id);
      return reply.code(204).send();
    },
  );
}
