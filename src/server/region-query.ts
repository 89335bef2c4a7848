// Region names in queries: `admin1` may be an ISO code or a region's English or Russian name; before the
// schema checks the query, each name becomes its code, and a name that is no region is a 400 that says
// so (the schema alone would only say the value does not look like a code).
import type { FastifyInstance } from 'fastify';
import { regionIndex } from '../geo/region-index-load.js';
import { resolveRegionList } from '../geo/region-index.js';
import { HttpError } from './errors.js';

export function installRegionNames(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const q = req.query as Record<string, unknown> | undefined;
    if (!q || typeof q !== 'object' || q.admin1 === undefined || q.admin1 === '') return;
    const raw = Array.isArray(q.admin1) ? q.admin1.map(String) : [String(q.admin1)];
    const { codes, errors } = resolveRegionList(regionIndex(), raw);
    if (errors.length) throw new HttpError(400, `admin1: ${errors.join('; ')}`);
    q.admin1 = codes.join(',');
  });
}
