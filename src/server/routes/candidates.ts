// Merge candidates of an event, for the reviewer to choose from instead of typing ids. Analysts only
// (candidates may be unpublished events).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../store/index.js';
import { CANDIDATE_DAYS, CANDIDATE_KM, MergeCandidateSchema, mergeCandidates } from '../../store/merge-candidates.js';
import { requireRole } from '../auth/identity.js';
import { notFound } from '../errors.js';
import { IdParams } from './schemas.js';

const CandidatesQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) });
const Candidates = z.object({ items: z.array(MergeCandidateSchema) }).meta({ id: 'MergeCandidates' });

export function candidateRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/events/:id/candidates',
    {
      schema: {
        tags: ['review'],
        summary: `Events that may be the same one: same type, within ${CANDIDATE_DAYS} days and ${CANDIDATE_KM} km (or the same region), nearest first`,
        params: IdParams,
        querystring: CandidatesQuery,
        response: { 200: Candidates },
      },
      preHandler: requireRole('analyst'),
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const items = await mergeCandidates(store.db, id, (req.query as { limit: number }).limit);
      if (!items) throw notFound(`event ${id}`);
      return { items };
    },
  );
}
