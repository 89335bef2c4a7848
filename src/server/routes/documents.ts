// A report's full text, for analysts: the public projection leaves out evidence and report text,
// which may name private people (the store's published projection decides that; this follows it).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { StoredDocumentSchema, type Store } from '../../store/index.js';
import { requireRole } from '../auth/identity.js';
import { notFound } from '../errors.js';

const DocumentMention = z
  .object({
    id: z.number().int(),
    event_id: z.number().int(),
    type: z.string(),
    evidence: z.string(),
    evidence_field: z.string().nullable(),
    evidence_start: z.number().int().nullable(),
    evidence_end: z.number().int().nullable(),
    extractor: z.string().nullable(),
  })
  .meta({
    id: 'DocumentMention',
    description: 'A record extracted from the report and where its evidence sits in the title or text.',
  });
const DocumentWithMentions = StoredDocumentSchema.extend({ mentions: z.array(DocumentMention) }).meta({
  id: 'DocumentWithMentions',
});
const DocParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w.:-]+$/, 'malformed document id'),
});

export function documentRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'A report with its text and the evidence spans of the records extracted from it (analysts)',
        params: DocParams,
        response: { 200: DocumentWithMentions },
      },
      preHandler: requireRole('analyst'),
    },
    async (req) => {
      const { id } = req.params as z.infer<typeof DocParams>;
      const doc = await store.documents.get(id);
      if (!doc) throw notFound(`document ${id}`);
      // Each record extracted from the report, with where its evidence sits in the title or text.
      const mentions = (await store.mentions.forDocument(id)).map((m) => ({
        id: m.id,
        event_id: m.event_id,
        type: m.record.type,
        evidence: m.record.evidence,
        evidence_field: m.record.evidence_field ?? null,
        evidence_start: m.record.evidence_start ?? null,
        evidence_end: m.record.evidence_end ?? null,
        extractor: m.record.extractor ?? null,
      }));
      return { ...doc, mentions };
    },
  );
}
