// A report's full text, for analysts: the public projection leaves out evidence and report text,
// which may name private people (the store's published projection decides that; this follows it).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../store/index.js';
import { requireRole } from '../auth/identity.js';
import { notFound } from '../errors.js';

const DocParams = z.object({ id: z.string().min(1).max(100).regex(/^[\w.:-]+$/, 'malformed document id') });

export function documentRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/documents/:id', {
    schema: { tags: ['documents'], summary: 'A report with its text (analysts)', params: DocParams },
    preHandler: requireRole('analyst'),
  }, async (req) => {
    const { id } = req.params as z.infer<typeof DocParams>;
    const doc = await store.documents.get(id);
    if (!doc) throw notFound(`document ${id}`);
    return doc;
  });
}
