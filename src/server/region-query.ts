// Region names in queries: `admin1` may be an ISO code or a region's English or Russian name; before the
// schema checks the request, each name becomes its code, and a name that is no region is a 400 that says
// so (the schema alone would only say the value does not look like a code). Covers the query string of
// every EventQuery route and the `query` of a bulk review body.
import type { FastifyInstance } from 'fastify';
import { regionIndex } from '../geo/region-index-load.js';
import { resolveRegionList } from '../geo/region-index.js';
import { HttpError } from './errors.js';

function resolveIn(q: unknown, where: string): void {
  if (!q || typeof q !== 'object') return;
  const o = q as Record<string, unknown>;
  if (o.admin1 === undefined || o.admin1 === null || o.admin1 === '') return;
  const raw = Array.isArray(o.admin1) ? o.admin1.map(String) : [String(o.admin1)];
  const { codes, errors } = resolveRegionList(regionIndex(), raw);
  if (errors.length) throw new HttpError(400, `${where}admin1: ${errors.join('; ')}`);
  o.admin1 = codes.join(',');
}

export function installRegionNames(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    resolveIn(req.query, '');
    if (req.method === 'POST' && req.body && typeof req.body === 'object' && 'query' in req.body)
      resolveIn((req.body as { query: unknown }).query, 'query.');
  });
}
