// The published read path: what anonymous visitors, viewers and public exports see (DESIGN.md
// principle 6). Its own repository, not a flag on the analysts' one: the view (verified events
// only, the public point, public fields searched) is fixed here, every row passes through
// toPublishedSummary, which refuses any row that is not verified, and every source shows its
// outlet and date — its title and URL only where an analyst marked the report publishable.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { EventQuery } from '../../model/query.js';
import { ftsQuery, searchTerms, type ReadView } from '../event-filter.js';
import { rowToSummary, type EventRow, type PublishedEventSummary } from '../event-row.js';
import type { Database, DbKind } from '../schema.js';
import type { EventSource } from '../event-shapes.js';
import { EventReader } from './events.js';

export type { PublishedEventSummary } from '../event-row.js';

/** A source as the public sees it: the same shape as the analysts', with `url` and `title` null unless the report is publishable. */
export type PublishedSource = EventSource;

export interface PublishedEventDetail extends PublishedEventSummary {
  sources: PublishedSource[];
  /** always empty: evidence sentences quote reports, which may name private people */
  mentions: never[];
  merged_from: number[];
  /** always empty: the audit log is for analysts */
  history: never[];
}

/**
 * The public text filter: the events' public fields (type, places, actors, targets — not the notes)
 * and the title and text of publishable reports only. Every term must occur, as a word prefix.
 */
function publishedText(kind: DbKind, text: string): Expression<SqlBool> | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const q = ftsQuery(kind, terms);
  if (kind === 'sqlite') {
    return sql<SqlBool>`(events.id in (select rowid from events_public_fts where events_public_fts match ${q})
      or events.id in (select es.event_id from event_sources es join documents d on d.id = es.document_id
        where d.publishable = 1 and d.id in (select doc_id from documents_fts where documents_fts match ${q})))`;
  }
  return sql<SqlBool>`(events.public_tsv @@ to_tsquery('simple', ${q})
    or events.id in (select es.event_id from event_sources es join documents d on d.id = es.document_id
      where d.publishable = 1 and d.tsv @@ to_tsquery('simple', ${q})))`;
}

export const PUBLISHED_VIEW: ReadView = {
  point: { lat: 'public_lat', lon: 'public_lon' },
  // Whatever status the query asks for, only verified events are published.
  statuses: (_q: EventQuery) => ['verified'],
  text: publishedText,
  showsNotes: false,
};

/** The only way a row becomes published output: a row that is not verified is a bug, and refused. */
export function toPublishedSummary(r: EventRow): PublishedEventSummary {
  if (r.status !== 'verified') throw new Error(`the published read path got event ${r.id}, which is ${r.status}`);
  return { ...rowToSummary(r), status: 'verified', lat: r.public_lat, lon: r.public_lon, notes: null };
}

export class PublishedEventRepository extends EventReader<PublishedEventSummary> {
  constructor(db: Kysely<Database>, kind: DbKind) {
    super(db, kind, PUBLISHED_VIEW, toPublishedSummary);
  }

  /** Sources of verified events; titles and URLs of publishable reports only (decided in SQL: the rest never leaves the store). */
  private sourceQuery() {
    return this.db
      .selectFrom('event_sources')
      .innerJoin('events', 'events.id', 'event_sources.event_id')
      .innerJoin('documents', 'documents.id', 'event_sources.document_id')
      .innerJoin('sources', 'sources.id', 'documents.source_id')
      .where(sql<SqlBool>`events.status = 'verified'`)
      .select([
        'event_sources.event_id',
        'event_sources.document_id',
        'sources.name as source',
        'documents.published',
        'documents.publishable',
      ])
      .select(sql<string | null>`case when documents.publishable = 1 then documents.url end`.as('url'))
      .select(sql<string | null>`case when documents.publishable = 1 then documents.title end`.as('title'))
      .orderBy('documents.published')
      .orderBy('event_sources.document_id');
  }

  /** The published sources of many events at once (an event that is not verified has none). */
  async sourcesFor(ids: readonly number[]): Promise<Map<number, PublishedSource[]>> {
    const out = new Map<number, PublishedSource[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return out;
    const rows = await this.sourceQuery()
      .where('event_sources.event_id', 'in', [...ids])
      .execute();
    for (const r of rows) {
      const publishable = Number(r.publishable) === 1;
      out.get(r.event_id)?.push({
        document_id: r.document_id,
        source: r.source,
        url: publishable ? r.url : null,
        title: publishable ? r.title : null,
        published: r.published,
        publishable,
      });
    }
    return out;
  }

  /** A verified event with its published sources; undefined for any other. */
  async get(id: number): Promise<PublishedEventDetail | undefined> {
    const row = await this.db
      .selectFrom('events')
      .selectAll()
      .where('id', '=', id)
      .where(sql<SqlBool>`events.status = 'verified'`)
      .executeTakeFirst();
    if (!row) return undefined;
    const sources = (await this.sourcesFor([id])).get(id) ?? [];
    const merged = await this.db
      .selectFrom('events')
      .select('id')
      .where('merged_into', '=', id)
      .orderBy('id')
      .execute();
    return { ...toPublishedSummary(row), sources, mentions: [], merged_from: merged.map((m) => m.id), history: [] };
  }
}
