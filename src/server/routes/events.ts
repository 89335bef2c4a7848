// Read routes over events: list, detail, counts, time series, GeoJSON — every one takes the EventQuery.
// Anonymous callers and viewers read the published path (store.published: verified events, public
// fields); analysts and admins the analysts' one (store.events). `reader` is the one place that chooses.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { EventQuery } from '../../model/query.js';
import type { Store } from '../../store/index.js';
import { isPublic, requireRole } from '../auth/identity.js';
import { notFound } from '../errors.js';
import type { PublicCache } from '../public-cache.js';
import { RATE_LIMITED } from '../rate-limits.js';
import {
  AuditEntrySchema,
  EventCountsSchema,
  EventDetailSchema,
  EventPageSchema,
  GeoJsonCollectionSchema,
  MapPointCollectionSchema,
  TimeSeriesSchema,
} from '../../store/index.js';
import { zodSerializer } from '../zod-schema.js';
import { IdParams, RouteEventQuery, TimeSeriesQuery } from './schemas.js';

const GeoQuery = RouteEventQuery.extend({ props: z.enum(['full', 'map']).default('full') });
// Documented as either; each answer is serialised with the one it is (a union would try both: on 10k
// map points, trying the full shape first costs most of a second).
const GeoAnswer = z.union([GeoJsonCollectionSchema, MapPointCollectionSchema]);
const asFull = zodSerializer(GeoJsonCollectionSchema, '/api/events/geojson');
const asMap = zodSerializer(MapPointCollectionSchema, '/api/events/geojson?props=map');
const History = z
  .object({ items: z.array(AuditEntrySchema) })
  .meta({ id: 'EventHistory', description: 'Audit rows of an event, oldest first.' });

export function eventRoutes(app: FastifyInstance, store: Store, cache: PublicCache): void {
  const reader = (req: FastifyRequest) => (isPublic(req) ? store.published : store.events);
  app.get(
    '/api/events',
    {
      schema: {
        tags: ['events'],
        summary: 'List events matching the query',
        querystring: RouteEventQuery,
        response: { 200: EventPageSchema },
      },
      config: RATE_LIMITED,
    },
    async (req) => cache.read(req, () => reader(req).list(req.query as EventQuery)),
  );

  app.get(
    '/api/events/counts',
    {
      schema: {
        tags: ['events'],
        summary: 'Exact counts by type, status, region (admin1), country; undated and unplaced',
        querystring: RouteEventQuery,
        response: { 200: EventCountsSchema },
      },
      config: RATE_LIMITED,
    },
    async (req) => cache.read(req, () => reader(req).counts(req.query as EventQuery)),
  );

  app.get(
    '/api/events/timeseries',
    {
      schema: {
        tags: ['events'],
        summary: 'Event counts per day, week or month',
        querystring: TimeSeriesQuery,
        response: { 200: TimeSeriesSchema },
      },
      config: RATE_LIMITED,
    },
    async (req) => {
      const { bucket, ...q } = req.query as EventQuery & { bucket: 'day' | 'week' | 'month' };
      return cache.read(req, () => reader(req).timeSeries(q, bucket));
    },
  );

  app.get(
    '/api/events/geojson',
    {
      schema: {
        tags: ['events'],
        summary: 'Placed events as a GeoJSON FeatureCollection (props=map: only id, type, admin1)',
        querystring: GeoQuery,
        produces: ['application/geo+json'],
        response: { 200: GeoAnswer },
      },
      config: RATE_LIMITED,
    },
    async (req, reply) => {
      const { props, ...q } = req.query as EventQuery & { props: 'full' | 'map' };
      reply.type('application/geo+json').serializer(props === 'map' ? asMap : asFull);
      return cache.read(req, () => (props === 'map' ? reader(req).points(q) : reader(req).geojson(q)));
    },
  );

  app.get(
    '/api/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event with its sources and evidence',
        params: IdParams,
        response: { 200: EventDetailSchema },
      },
    },
    async (req) => {
      const { id } = req.params as { id: number };
      const event = await reader(req).get(id);
      if (!event) throw notFound(`event ${id}`);
      return event;
    },
  );

  app.get(
    '/api/events/:id/history',
    {
      schema: {
        tags: ['review'],
        summary: 'Audit rows of an event, oldest first',
        params: IdParams,
        response: { 200: History },
      },
      preHandler: requireRole('analyst'),
    },
    async (req) => {
      const { id } = req.params as { id: number };
      return { items: await store.audit.forEvent(id) };
    },
  );
}
