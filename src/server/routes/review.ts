// Review actions. Each goes to the store's review service with the caller and reason as context; the
// service writes the change and its audit row in one transaction. Analyst role or above.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { EventQuerySchema } from '../../model/query.js';
import { EditPatchSchema } from '../../review/index.js';
import type { WriteContext } from '../../store/index.js';
import type { Store } from '../../store/index.js';
import { requireRole } from '../auth/identity.js';
import { EventId, IdParams, Ok, Reason } from './schemas.js';
import { reviewFor } from '../../review/index.js';

const MAX_IDS = 10_000;
const WithReason = z.object({ reason: Reason.optional() }).strict();
const EditBody = z
  .object({
    patch: EditPatchSchema.refine((p) => Object.keys(p).length > 0, 'nothing to change'),
    reason: Reason.optional(),
  })
  .strict();
const MergeBody = z.object({ others: z.array(EventId).min(1).max(100), reason: Reason.optional() }).strict();
const SplitBody = z
  .object({
    mentionIds: z.array(z.number().int().positive()).min(1).max(1_000).optional(),
    documentIds: z.array(z.string().min(1).max(100)).min(1).max(1_000).optional(),
    mergedId: EventId.optional(),
    reason: Reason.optional(),
  })
  .strict()
  .refine(
    (b) => [b.mentionIds, b.documentIds, b.mergedId].filter((x) => x !== undefined).length === 1,
    'give exactly one of mentionIds, documentIds, mergedId',
  );
const PublishSourceParams = z.object({
  id: EventId,
  documentId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w.:-]+$/, 'malformed document id'),
});
const PublishSourceBody = z.object({ publishable: z.boolean(), reason: Reason.optional() }).strict();
const BulkBody = z
  .object({
    action: z.enum(['verify', 'reject']),
    ids: z.array(EventId).min(1).max(MAX_IDS).optional(),
    query: EventQuerySchema.optional(),
    reason: Reason.optional(),
  })
  .strict()
  .refine((b) => (b.ids ? 1 : 0) + (b.query ? 1 : 0) === 1, 'give either ids or query');

const WithId = Ok.extend({ id: EventId.describe('the event the change left') }).meta({ id: 'OkWithId' });
const PublishableAnswer = Ok.extend({
  publishable: z.boolean(),
  changed: z.boolean().describe('false: it already was so'),
}).meta({ id: 'PublishableAnswer' });
const BulkAnswer = z
  .object({
    action: z.enum(['verify', 'reject']),
    changed: z.number().int(),
    failed: z
      .array(z.object({ id: z.number().int(), message: z.string() }))
      .describe('listed ids that could not be changed, and why'),
  })
  .meta({ id: 'BulkAnswer' });

const ctxOf = (req: FastifyRequest, reason?: string): WriteContext => ({
  userId: req.identity.user!.id,
  reason: reason || null,
});
const analyst = requireRole('analyst');

export function reviewRoutes(app: FastifyInstance, store: Store): void {
  const review = reviewFor(store);
  for (const action of ['verify', 'reject'] as const) {
    app.post(
      `/api/events/:id/${action}`,
      {
        schema: {
          tags: ['review'],
          summary: `${action === 'verify' ? 'Verify' : 'Reject'} an event`,
          params: IdParams,
          body: WithReason.optional(),
          response: { 200: Ok },
        },
        preHandler: analyst,
      },
      async (req) => {
        const { id } = req.params as { id: number };
        await review[action](id, ctxOf(req, (req.body as { reason?: string } | undefined)?.reason));
        return { ok: true };
      },
    );
  }

  app.patch(
    '/api/events/:id',
    {
      schema: {
        tags: ['review'],
        summary: 'Edit curated fields of an event',
        params: IdParams,
        body: EditBody,
        response: { 200: Ok },
      },
      preHandler: analyst,
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const { patch, reason } = req.body as z.infer<typeof EditBody>;
      await review.edit(id, patch, ctxOf(req, reason));
      return { ok: true };
    },
  );

  app.post(
    '/api/events/:id/merge',
    {
      schema: {
        tags: ['review'],
        summary: 'Merge other events into this one (reversible by split)',
        params: IdParams,
        body: MergeBody,
        response: { 200: WithId },
      },
      preHandler: analyst,
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const { others, reason } = req.body as z.infer<typeof MergeBody>;
      await review.merge(id, others, ctxOf(req, reason));
      return { ok: true, id };
    },
  );

  app.post(
    '/api/events/:id/split',
    {
      schema: {
        tags: ['review'],
        summary: 'Undo a merge, or move mentions/documents into a new event',
        params: IdParams,
        body: SplitBody,
        response: { 200: WithId },
      },
      preHandler: analyst,
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const { reason, ...spec } = req.body as z.infer<typeof SplitBody>;
      const to = await review.split(
        id,
        spec.mergedId !== undefined
          ? { mergedId: spec.mergedId }
          : spec.mentionIds
            ? { mentionIds: spec.mentionIds }
            : { documentIds: spec.documentIds! },
        ctxOf(req, reason),
      );
      return { ok: true, id: to };
    },
  );

  app.post(
    '/api/events/:id/sources/:documentId/publishable',
    {
      schema: {
        tags: ['review'],
        summary: "Let the public see a source's title, URL and text (publishable: true), or not",
        params: PublishSourceParams,
        body: PublishSourceBody,
        response: { 200: PublishableAnswer },
      },
      preHandler: analyst,
    },
    async (req) => {
      const { id, documentId } = req.params as z.infer<typeof PublishSourceParams>;
      const { publishable, reason } = req.body as z.infer<typeof PublishSourceBody>;
      const changed = await review.setSourcePublishable(id, documentId, publishable, ctxOf(req, reason));
      return { ok: true, publishable, changed };
    },
  );

  app.post(
    '/api/events/bulk',
    {
      schema: {
        tags: ['review'],
        summary: 'Verify or reject the listed events, or every event a query matches',
        body: BulkBody,
        response: { 200: BulkAnswer },
      },
      preHandler: analyst,
    },
    async (req) => {
      const body = req.body as z.infer<typeof BulkBody>;
      const ctx = ctxOf(req, body.reason);
      if (body.query)
        return { action: body.action, changed: await review.bulk(body.query, body.action, ctx), failed: [] };
      // Listed ids: one transaction (and audit row) per event, so one bad id does not undo the others.
      const failed: { id: number; message: string }[] = [];
      for (const id of body.ids!) {
        try {
          await review[body.action](id, ctx);
        } catch (err) {
          failed.push({ id, message: err instanceof Error ? err.message : String(err) });
        }
      }
      return { action: body.action, changed: body.ids!.length - failed.length, failed };
    },
  );
}
