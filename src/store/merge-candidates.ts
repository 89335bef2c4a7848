// Events a reviewer may want to merge into one: same type, dates within a week of each other, and
// places within 100 km (or the same region when either has no coordinates). Nearest first.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { EventSummarySchema, rowToSummary } from './event-row.js';
import type { Database } from './schema.js';

export const CANDIDATE_DAYS = 7;
export const CANDIDATE_KM = 100;
const SCAN_LIMIT = 2_000;

export const MergeCandidateSchema = EventSummarySchema.extend({
  distance_km: z.number().nullable().describe('km between the two points, null when either is unplaced'),
  days_apart: z
    .number()
    .nullable()
    .describe('days between the two date ranges (0 when they overlap), null when either is undated'),
}).meta({ id: 'MergeCandidate', description: 'An event that may be the same incident as the one asked about.' });
export type MergeCandidate = z.infer<typeof MergeCandidateSchema>;

const DAY = 86_400_000;
const shift = (d: string, days: number) =>
  new Date(Date.parse(d + 'T00:00:00Z') + days * DAY).toISOString().slice(0, 10);

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export async function mergeCandidates(
  db: Kysely<Database>,
  id: number,
  limit = 10,
): Promise<MergeCandidate[] | undefined> {
  const self = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!self) return undefined;
  if (self.status === 'merged' || (self.lat === null && !self.admin1) || !self.date_start) return [];
  const lo = shift(self.date_start, -CANDIDATE_DAYS);
  const hi = shift(self.date_stop ?? self.date_start, CANDIDATE_DAYS);
  // ~100 km is under 1° of latitude; longitude degrees shrink towards the pole (capped at 80°N)
  const dLat = CANDIDATE_KM / 111;
  const dLon = dLat / Math.max(Math.cos((Math.min(Math.abs(self.lat ?? 0), 80) * Math.PI) / 180), 0.17);
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('type', '=', self.type)
    .where('id', '!=', id)
    .where('status', 'in', ['unreviewed', 'verified'])
    .where('date_start', '<=', hi)
    .where('date_stop', '>=', lo)
    .where((eb) => {
      const sameRegion = self.admin1 ? eb('admin1', '=', self.admin1) : eb.val(false);
      if (self.lat === null || self.lon === null) return sameRegion;
      return eb.or([
        sameRegion,
        eb.and([
          eb('lat', '>=', self.lat - dLat),
          eb('lat', '<=', self.lat + dLat),
          eb('lon', '>=', self.lon - dLon),
          eb('lon', '<=', self.lon + dLon),
        ]),
      ]);
    })
    .limit(SCAN_LIMIT)
    .execute();
  const out: MergeCandidate[] = [];
  for (const r of rows) {
    const distance =
      self.lat !== null && self.lon !== null && r.lat !== null && r.lon !== null
        ? km({ lat: self.lat, lon: self.lon }, { lat: r.lat, lon: r.lon })
        : null;
    if (distance !== null && distance > CANDIDATE_KM) continue;
    if (distance === null && (!r.admin1 || r.admin1 !== self.admin1)) continue;
    const gap = !r.date_start
      ? null
      : Math.max(
          0,
          (Date.parse(r.date_start) - Date.parse(self.date_stop ?? self.date_start)) / DAY,
          (Date.parse(self.date_start) - Date.parse(r.date_stop ?? r.date_start)) / DAY,
        );
    out.push({
      ...rowToSummary(r),
      distance_km: distance === null ? null : Math.round(distance * 10) / 10,
      days_apart: gap,
    });
  }
  // a day apart weighs as much as 20 km
  const score = (c: MergeCandidate) => (c.days_apart ?? CANDIDATE_DAYS) * 20 + (c.distance_km ?? CANDIDATE_KM / 2);
  return out.sort((a, b) => score(a) - score(b) || a.id - b.id).slice(0, limit);
}
