// Merge suggestions: pairs of events the resolver scored between its two thresholds (possibly one
// incident). Listed for analysts; accepting merges them, dismissing keeps them apart — both through
// the review service, with audit rows.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { EventType } from '../../model/event.js';
import type { EventStatus } from '../../model/query.js';
import { EventSummarySchema } from '../event-row.js';
import type { Database } from '../schema.js';
import { parseJsonArray, toNumber } from '../util.js';

export const SUGGESTION_STATUSES = ['open', 'accepted', 'dismissed'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SuggestedEventSchema = EventSummarySchema.pick({
  id: true,
  status: true,
  type: true,
  date: true,
  date_end: true,
  country: true,
  admin1: true,
  place: true,
  sources_count: true,
  notes: true,
}).meta({ id: 'SuggestedEvent', description: 'One side of a merge suggestion.' });
export type SuggestedEvent = z.infer<typeof SuggestedEventSchema>;

export const MergeSuggestionSchema = z
  .object({
    id: z.number().int(),
    score: z.number(),
    reasons: z.array(z.string()),
    status: z.enum(SUGGESTION_STATUSES),
    created_at: z.string(),
    decided_at: z.string().nullable(),
    decided_by: z.number().int().nullable(),
    event: SuggestedEventSchema.describe('the older event (it survives an accepted merge)'),
    other: SuggestedEventSchema.describe('the newer one'),
  })
  .meta({ id: 'MergeSuggestion', description: 'Two events the resolver found possibly one incident.' });
export type MergeSuggestion = z.infer<typeof MergeSuggestionSchema>;

export const SuggestionPageSchema = z
  .object({ items: z.array(MergeSuggestionSchema), total: z.number().int() })
  .meta({ id: 'SuggestionPage', description: 'A page of merge suggestions and how many there are.' });
export type SuggestionPage = z.infer<typeof SuggestionPageSchema>;

export interface SuggestionQuery {
  status?: SuggestionStatus;
  /** only suggestions naming this event (either side) */
  eventId?: number;
  limit?: number;
  offset?: number;
}

const EVENT_COLUMNS = [
  'id',
  'status',
  'type',
  'date',
  'date_end',
  'country',
  'admin1',
  'place',
  'sources_count',
  'notes',
] as const;

export class SuggestionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Suggestions, highest score first. Open ones are listed only while both events are still open
   * (a merged or rejected event has nothing left to decide).
   */
  async list(q: SuggestionQuery = {}): Promise<SuggestionPage> {
    const status = q.status ?? 'open';
    const limit = Math.min(Math.max(q.limit ?? 50, 1), 500);
    const offset = Math.max(q.offset ?? 0, 0);
    let base = this.db
      .selectFrom('merge_suggestions as s')
      .innerJoin('events as a', 'a.id', 's.event_id')
      .innerJoin('events as b', 'b.id', 's.other_id')
      .where('s.status', '=', status);
    if (status === 'open')
      base = base
        .where('a.status', 'in', ['unreviewed', 'verified'])
        .where('b.status', 'in', ['unreviewed', 'verified']);
    if (q.eventId !== undefined)
      base = base.where((eb) => eb.or([eb('s.event_id', '=', q.eventId!), eb('s.other_id', '=', q.eventId!)]));
    const [rows, count] = await Promise.all([
      base.select(['s.id']).orderBy('s.score', 'desc').orderBy('s.id').limit(limit).offset(offset).execute(),
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ]);
    const items = await this.getMany(rows.map((r) => r.id));
    return { items, total: toNumber(count.n) };
  }

  async get(id: number): Promise<MergeSuggestion | undefined> {
    return (await this.getMany([id]))[0];
  }

  private async getMany(ids: readonly number[]): Promise<MergeSuggestion[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('merge_suggestions')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
    const eventIds = [...new Set(rows.flatMap((r) => [r.event_id, r.other_id]))];
    const events = new Map(
      (
        await this.db
          .selectFrom('events')
          .select([...EVENT_COLUMNS])
          .where('id', 'in', eventIds)
          .execute()
      ).map((e) => [
        e.id,
        { ...e, status: e.status as EventStatus, type: e.type as EventType, sources_count: toNumber(e.sources_count) },
      ]),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [
        {
          id: r.id,
          score: toNumber(r.score),
          reasons: parseJsonArray(r.reasons),
          status: r.status as SuggestionStatus,
          created_at: r.created_at,
          decided_at: r.decided_at,
          decided_by: r.decided_by,
          event: events.get(r.event_id)!,
          other: events.get(r.other_id)!,
        },
      ];
    });
  }
}
