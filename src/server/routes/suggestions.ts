// Possible duplicates: merge suggestions the resolver recorded, listed for analysts and accepted (a
// merge, reversible by split) or dismissed, each with its audit row. Analyst role or above: the
// suggestions name unreviewed events and their evidence.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SUGGESTION_STATUSES, SuggestionPageSchema, type Store, type WriteContext } from '../../store/index.js';
import { requireRole } from '../auth/identity.js';
import { EventId, IdParams, Ok, Reason } from './schemas.js';
import { reviewFor } from '../../review/index.js';

const ListQuery = z
  .object({
    status: z.enum(SUGGESTION_STATUSES).default('open'),
    event: EventId.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
const WithReason = z.object({ reason: Reason.optional() }).strict();

const Accepted = Ok.extend({ survivor: EventId, merged: EventId }).meta({ id: 'SuggestionAccepted' });

const ctxOf = (req: FastifyRequest, reason?: string): WriteContext => ({
  userId: req.identity.user!.id,
  reason: reason || null,
});
const analyst = requireRole('analyst');

export function suggestionRoutes(app: FastifyInstance, store: Store): void {
  const review = reviewFor(store);
  app.get(
    '/api/suggestions',
    {
      schema: {
        tags: ['review'],
        summary: 'Possible duplicates: merge suggestions, highest score first',
        querystring: ListQuery,
        response: { 200: SuggestionPageSchema },
      },
      preHandler: analyst,
    },
    async (req) => {
      const q = req.query as z.infer<typeof ListQuery>;
      return store.suggestions.list({ status: q.status, eventId: q.event, limit: q.limit, offset: q.offset });
    },
  );

  app.post(
    '/api/suggestions/:id/accept',
    {
      schema: {
        tags: ['review'],
        summary: 'Accept a merge suggestion: the newer event is merged into the older (reversible by split)',
        params: IdParams,
        body: WithReason.optional(),
        response: { 200: Accepted },
      },
      preHandler: analyst,
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const r = await review.acceptSuggestion(id, ctxOf(req, (req.body as { reason?: string } | undefined)?.reason));
      return { ok: true, ...r };
    },
  );

  app.post(
    '/api/suggestions/:id/dismiss',
    {
      schema: {
        tags: ['review'],
        summary: 'Dismiss a merge suggestion: the two events stay apart',
        params: IdParams,
        body: WithReason.optional(),
        response: { 200: Ok },
      },
      preHandler: analyst,
    },
    async (req) => {
      const { id } = req.params as { id: number };
      await review.dismissSuggestion(id, ctxOf(req, (req.body as { reason?: string } | undefined)?.reason));
      return { ok: true };
    },
  );
}
