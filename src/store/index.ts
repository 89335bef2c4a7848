// The event store: one entry point, openStore(), for SQLite (a file) and PostgreSQL (postgres://).
import type { Kysely } from 'kysely';
import { ReviewService } from '../review/service.js';
import { connect } from './connect.js';
import { migrateToLatest } from './migrations/index.js';
import { AuditRepository } from './repos/audit.js';
import { DocumentRepository } from './repos/documents.js';
import { EventRepository } from './repos/events.js';
import { MentionRepository } from './repos/mentions.js';
import { UserRepository } from './repos/users.js';
import { SuggestionRepository } from './repos/suggestions.js';
import type { Database, DbKind } from './schema.js';
import { resolveStoreSettings } from './settings.js';

export interface Store {
  kind: DbKind;
  /** for repositories and tests; application code goes through the repositories */
  db: Kysely<Database>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  documents: DocumentRepository;
  mentions: MentionRepository;
  events: EventRepository;
  review: ReviewService;
  audit: AuditRepository;
  users: UserRepository;
  /** merge suggestions (possible duplicates) */
  suggestions: SuggestionRepository;
}

export interface OpenStoreOptions {
  /** PostgreSQL schema (created if missing) — tests use one per file */
  schema?: string;
  /** run migrations on open (default true) */
  migrate?: boolean;
}

/** `url`: a file path or postgres://…; default KHRONIKA_DB, then ./khronika.db. */
export async function openStore(url?: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const settings = resolveStoreSettings(url, process.env, opts.schema);
  const db = await connect(settings);
  const documents = new DocumentRepository(db);
  const store: Store = {
    kind: settings.kind,
    db,
    migrate: () => migrateToLatest(db, settings.kind, settings.schema),
    close: () => db.destroy(),
    documents,
    mentions: new MentionRepository(db, documents, settings.kind),
    events: new EventRepository(db, settings.kind),
    review: new ReviewService(db, settings.kind),
    audit: new AuditRepository(db),
    users: new UserRepository(db),
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
  return store;
}

export type { Database, DbKind } from './schema.js';
export { resolveStoreSettings, DEFAULT_DB } from './settings.js';
export type { NewDocument, StoredDocument } from './repos/documents.js';
export { documentId, contentHash } from './repos/documents.js';
export type { DocumentIngestResult, StoredMention } from './repos/mentions.js';
export type { EventDetail, EventSource, EventMention, EventCounts, TimeSeries, Bucket, GeoJsonCollection, GeoJsonFeature, MapPointCollection, MapPointFeature } from './repos/events.js';
export { refillTallies } from './tallies.js';
export { toGeoJson } from './repos/events.js';
export type { EventSummary } from './event-row.js';
export type { ProjectionOptions } from './event-filter.js';
export type { WriteContext, AuditEntry } from './repos/audit.js';
export { ROLES, type Role, type User } from './repos/users.js';
export { SUGGESTION_STATUSES, type MergeSuggestion, type SuggestionStatus, type SuggestionQuery, type SuggestedEvent } from './repos/suggestions.js';
