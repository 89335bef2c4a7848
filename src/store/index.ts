// The event store: one entry point, openStore(), for SQLite (a file) and PostgreSQL (postgres://).
import type { Kysely } from 'kysely';
import { connect, connectReads, type ReadSettings } from './connect.js';
import { migrateToLatest } from './migrations/index.js';
import { AuditRepository } from './repos/audit.js';
import { CurationRepository } from './repos/curation.js';
import { DocumentRepository } from './repos/documents.js';
import { EventRepository } from './repos/events.js';
import { MentionRepository } from './repos/mentions.js';
import { PublishedEventRepository } from './repos/published.js';
import { UserRepository } from './repos/users.js';
import { WatchSourceRepository } from './repos/watch-sources.js';
import { AlertRepository } from './repos/alerts.js';
import { SavedViewRepository } from './repos/saved-views.js';
import { SuggestionRepository } from './repos/suggestions.js';
import type { Database, DbKind } from './schema.js';
import { storeSettingsFrom } from './settings.js';

export interface Store {
  kind: DbKind;
  /** for repositories and tests; application code goes through the repositories */
  db: Kysely<Database>;
  /** where event reads run: `db` itself unless the store was opened with `reads` */
  readDb: Kysely<Database>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  documents: DocumentRepository;
  mentions: MentionRepository;
  /** the analysts' read path: every status, notes, evidence, report titles and URLs */
  events: EventRepository;
  /** the published read path: every anonymous route and public export reads only this */
  published: PublishedEventRepository;
  audit: AuditRepository;
  /** the analysts' writes (status, fields, merge, split, publishable marks), for the review service */
  curation: CurationRepository;
  users: UserRepository;
  watch: WatchSourceRepository;
  alerts: AlertRepository;
  savedViews: SavedViewRepository;
  /** merge suggestions (possible duplicates) */
  suggestions: SuggestionRepository;
}

export interface OpenStoreOptions {
  /** PostgreSQL schema (created if missing) — tests use one per file */
  schema?: string;
  /** run migrations on open (default true) */
  migrate?: boolean;
  /**
   * create the store when it does not exist yet (default true). Commands that only read or change
   * existing events pass false, so a mistyped --db fails instead of leaving an empty database behind.
   */
  create?: boolean;
  /**
   * Event reads off the event loop and bounded in time (the server): SQLite reads on worker threads,
   * PostgreSQL on a pool with a statement_timeout. Writes keep the main connection.
   */
  reads?: ReadSettings;
}

/** `url`: a file path or postgres://…; default KHRONIKA_DB, then ./khronika.db. */
export async function openStore(url?: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const settings = storeSettingsFrom(url, process.env, opts.schema);
  const db = await connect(settings, { create: opts.create !== false });
  const documents = new DocumentRepository(db);
  let readDb: Kysely<Database> | null = null;
  const store: Store = {
    kind: settings.kind,
    db,
    get readDb() {
      return readDb ?? db;
    },
    migrate: () => migrateToLatest(db, settings.kind, settings.schema),
    close: async () => {
      await readDb?.destroy();
      await db.destroy();
    },
    documents,
    mentions: new MentionRepository(db, documents, settings.kind),
    events: new EventRepository(db, settings.kind),
    published: new PublishedEventRepository(db, settings.kind),
    audit: new AuditRepository(db),
    curation: new CurationRepository(db, settings.kind),
    users: new UserRepository(db),
    watch: new WatchSourceRepository(db),
    alerts: new AlertRepository(db),
    savedViews: new SavedViewRepository(db),
    suggestions: new SuggestionRepository(db),
  };
  if (opts.migrate !== false) {
    try {
      await store.migrate();
    } catch (err) {
      await db.destroy();
      throw err;
    }
  }
  // After migrating: the read workers open the file read-only, so it must exist with its tables.
  if (opts.reads) {
    readDb = await connectReads(settings, opts.reads);
    if (readDb) {
      store.events = new EventRepository(readDb, settings.kind);
      store.published = new PublishedEventRepository(readDb, settings.kind);
    }
  }
  return store;
}

export type { Database, DbKind } from './schema.js';
export { storeSettingsFrom, DEFAULT_DB } from './settings.js';
export type { ReadSettings } from './connect.js';
export { ReadTimeoutError, ReadPoolBusyError, inReadLane } from './read-pool.js';
export type { NewDocument, StoredDocument } from './repos/documents.js';
export { documentId, contentHash } from './repos/documents.js';
export type { DocumentIngestResult, StoredMention } from './repos/mentions.js';
export type {
  EventDetail,
  EventSource,
  EventMention,
  EventCounts,
  TimeSeries,
  Bucket,
  GeoJsonCollection,
  GeoJsonFeature,
  MapPointCollection,
  MapPointFeature,
} from './event-shapes.js';
export { refillTallies } from './tallies.js';
export { StoreNotFoundError } from './connect.js';
export { eventFeature, toGeoJson } from './event-shapes.js';
export type { EventSummary } from './event-row.js';
export type { PublishedEventSummary, PublishedEventDetail, PublishedSource } from './repos/published.js';
export type { EventReader } from './repos/events.js';
export type { WriteContext, AuditEntry } from './repos/audit.js';
export type { CurationRepository, CurationContext, EventSelection, SuggestionRow } from './repos/curation.js';
export { ROLES, type Role, type User } from './repos/users.js';
export type {
  WatchSource,
  WatchKind,
  NewWatchSource,
  WatchRun,
  WatchRunResult,
  SourceHealth,
} from './repos/watch-sources.js';
export type { Alert, NewAlert, AlertDelivery } from './repos/alerts.js';
export { SavedViewExistsError, type SavedView } from './repos/saved-views.js';
export {
  SUGGESTION_STATUSES,
  type MergeSuggestion,
  type SuggestionStatus,
  type SuggestionQuery,
  type SuggestedEvent,
} from './repos/suggestions.js';
// The zod declarations of the shapes the store returns: the types above are inferred from them, and
// the server's response schemas (and so the OpenAPI document and the web's types) are these.
export { EventSummarySchema } from './event-row.js';
export {
  EventSourceSchema,
  EventMentionSchema,
  EventDetailSchema,
  EventCountsSchema,
  TimeSeriesSchema,
  EventPageSchema,
  GeoJsonCollectionSchema,
  MapPointCollectionSchema,
  BUCKETS,
  type EventPage,
} from './event-shapes.js';
export { AuditEntrySchema } from './repos/audit.js';
export { SavedViewSchema } from './repos/saved-views.js';
export { MergeSuggestionSchema, SuggestionPageSchema, type SuggestionPage } from './repos/suggestions.js';
export { WatchSourceSchema, SourceHealthSchema, WATCH_KINDS } from './repos/watch-sources.js';
export { StoredDocumentSchema } from './repos/documents.js';
export { MergeCandidateSchema, type MergeCandidate } from './merge-candidates.js';
export { UserSchema } from './repos/users.js';
