// Export of the current query (the same EventQuery as the view) as a download, in the formats of
// src/export. Streams page by page with back-pressure, so a large export never sits in memory whole.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { EventQuery } from '../../model/query.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../../export/index.js';
import { inReadLane, type Store } from '../../store/index.js';
import { isPublic } from '../auth/identity.js';
import { RATE_LIMITED } from '../rate-limits.js';
import { RouteEventQuery } from './schemas.js';

const ExportQuery = RouteEventQuery.extend({ format: z.enum(EXPORT_FORMATS).default('acled-csv') });
const FILE: Record<ExportFormat, { mime: string; ext: string }> = {
  'acled-csv': { mime: 'text/csv; charset=utf-8', ext: 'csv' },
  geojson: { mime: 'application/geo+json', ext: 'geojson' },
  jsonl: { mime: 'application/x-ndjson', ext: 'jsonl' },
};

export function exportRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/export', {
    schema: { tags: ['events'], summary: 'Download the events matching the query (acled-csv, geojson, jsonl)', querystring: ExportQuery },
    config: RATE_LIMITED,
  }, async (req, reply) => {
    const { format, ...q } = req.query as EventQuery & { format: ExportFormat };
    const out = new PassThrough();
    const write = async (chunk: string) => { if (!out.write(chunk)) await once(out, 'drain'); };
    // Exports read in the heavy lane: they never take the read worker kept for lists.
    inReadLane('heavy', () => exportEvents(store, q, format, write, { public: isPublic(req) }))
      .then(() => out.end(), (err: unknown) => { req.log.error({ err }, 'export failed'); out.destroy(err as Error); });
    reply.type(FILE[format].mime).header('content-disposition', `attachment; filename="khronika-events.${FILE[format].ext}"`);
    return reply.send(out);
  });
}
