// Export of the current query (the same EventQuery as the view) as a download, in the formats of
// src/export. Anonymous callers and viewers read the published path (store.published). Streams page by page with back-pressure, so a large export never sits in memory whole.
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

/**
 * Most events one download holds (README "Limits"): past it the file simply ends; the header
 * `X-Row-Cap` says where, so a client can narrow the query (e.g. by dates) and fetch the rest.
 */
export const EXPORT_ROW_CAP = { public: 100_000, analyst: 1_000_000 } as const;

export function exportRoutes(app: FastifyInstance, store: Store): void {
  app.get(
    '/api/export',
    {
      schema: {
        tags: ['events'],
        summary: 'Download the events matching the query (acled-csv, geojson, jsonl)',
        querystring: ExportQuery,
        produces: Object.values(FILE).map((f) => f.mime),
        response: { 200: z.string().describe('the file, streamed') },
      },
      config: RATE_LIMITED,
    },
    async (req, reply) => {
      const { format, ...q } = req.query as EventQuery & { format: ExportFormat };
      const out = new PassThrough();
      // A client that goes away ends the export at its next page (the stream is destroyed, never drained).
      const write = async (chunk: string) => {
        if (out.destroyed) throw new Error('the client closed the download');
        if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      };
      // Exports read in the heavy lane: they never take the read worker kept for lists.
      const pub = isPublic(req);
      const maxRows = pub ? EXPORT_ROW_CAP.public : EXPORT_ROW_CAP.analyst;
      inReadLane('heavy', () => exportEvents(pub ? store.published : store.events, q, format, write, { maxRows })).then(
        () => out.end(),
        (err: unknown) => {
          if (!out.destroyed) req.log.error({ err }, 'export failed');
          out.destroy(err as Error);
        },
      );
      reply
        .type(FILE[format].mime)
        .header('x-row-cap', String(maxRows))
        .header('content-disposition', `attachment; filename="khronika-events.${FILE[format].ext}"`);
      return reply.send(out);
    },
  );
}
