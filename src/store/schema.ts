// Kysely table types: the store's layers — sources → documents → mentions → events,
// plus review (audit_log) and access (users, sessions, api_tokens). JSON columns are text on both
// dialects and booleans are 0/1 integers, so one repository code path serves SQLite and PostgreSQL.
import type { Generated } from 'kysely';
import type {
  AlertDeliveriesTable,
  AlertsTable,
  WatchItemsTable,
  WatchRunsTable,
  WatchSourcesTable,
} from './schema-watch.js';

export interface SourcesTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface DocumentsTable {
  /** stable: hash of source + external id (or URL) + content hash */
  id: string;
  source_id: number;
  external_id: string;
  url: string | null;
  title: string | null;
  text: string;
  published: string | null;
  lang: string | null;
  content_hash: string;
  origin: string | null;
  ingested_at: string;
  /** 1: an analyst let the public see its title, URL and text (migration 006); default 0 */
  publishable: Generated<number>;
  /** sha256 of the text's words: the same text from another path, URL or feed is this document */
  text_hash: string | null;
  /** MinHash signature of the text (src/resolve/shingles.ts), for near-duplicates */
  minhash: string | null;
}

export interface DocumentBandsTable {
  /** "band:hash" of the document's MinHash signature: documents sharing one are compared */
  band_key: string;
  document_id: string;
}

export interface DocumentLinksTable {
  /** a near-duplicate pair, stored from the later document */
  document_id: string;
  similar_id: string;
  similarity: number;
}

export interface MergeSuggestionsTable {
  id: Generated<number>;
  /** the older event (smaller id) */
  event_id: number;
  other_id: number;
  score: number;
  /** JSON string[]: the evidence behind the score */
  reasons: string;
  /** open | accepted | dismissed */
  status: string;
  created_at: string;
  decided_at: string | null;
  decided_by: number | null;
}

export interface MentionsTable {
  id: Generated<number>;
  document_id: string;
  /** position of the record in the extractor's output for its document */
  seq: number;
  /** the event this mention belongs to now */
  event_id: number;
  /** the event it was first assigned to: a manual merge moves mentions, split moves them back */
  origin_event_id: number;
  type: string;
  evidence: string;
  evidence_field: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  extractor: string | null;
  confidence: number | null;
  /** the full EventRecord as extracted (JSON) */
  record: string;
}

export interface EventsTable {
  id: Generated<number>;
  status: string;
  type: string;
  date: string | null;
  date_end: string | null;
  /** first and last calendar day the (partial) date range covers: range filters and sorting */
  date_start: string | null;
  date_stop: string | null;
  date_precision: string | null;
  /** days from date_start to date_stop: bounds the index range a date filter reads */
  date_span_days: number | null;
  country: string | null;
  admin1: string | null;
  place: string | null;
  place_key: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number | null;
  /** the point the public projection shows */
  public_lat: number | null;
  public_lon: number | null;
  actors: string; // JSON string[]
  targets: string; // JSON string[]
  quantity: number | null;
  quantity_unit: string | null;
  fatalities: number | null;
  aggregate: number;
  notes: string | null;
  /** place, actors, targets and notes: what full-text search sees of the event itself */
  search_text: string;
  /** type, places, actors and targets: all the public text filter may search (migration 006) */
  public_search_text: string;
  merged_into: number | null;
  sources_count: number;
  /** 1 once a reviewer edited the fields: later mentions no longer recompute them */
  edited: number;
  /** JSON RunningSummary (src/resolve/combine.ts) of the mentions; null on events stored before 007 */
  summary: string | null;
  /** the earliest publication day (YYYY-MM-DD) among its reports; null when none gave one (migration 013) */
  first_reported: string | null;
  /** the earliest publication day among the reports stating its day (migration 014); null: unknown */
  day_reported: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventSourcesTable {
  event_id: number;
  document_id: string;
}

export interface ActorsTable {
  id: Generated<number>;
  name: string;
  name_key: string;
}

export interface EventActorsTable {
  event_id: number;
  actor_id: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  event_id: number | null;
  user_id: number | null;
  action: string;
  reason: string | null;
  /** JSON: what changed (before/after, ids moved) */
  detail: string;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: string;
  disabled: number;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the session token; the token itself is never stored */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SavedViewsTable {
  id: Generated<number>;
  owner_id: number;
  name: string;
  /** the canonical EventQuery as a URL query string (no leading "?") */
  query: string;
  shared: number;
  created_at: string;
}

export interface Database {
  sources: SourcesTable;
  documents: DocumentsTable;
  mentions: MentionsTable;
  events: EventsTable;
  event_sources: EventSourcesTable;
  document_bands: DocumentBandsTable;
  document_links: DocumentLinksTable;
  merge_suggestions: MergeSuggestionsTable;
  actors: ActorsTable;
  event_actors: EventActorsTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  watch_sources: WatchSourcesTable;
  watch_runs: WatchRunsTable;
  watch_items: WatchItemsTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  saved_views: SavedViewsTable;
}

export type DbKind = 'sqlite' | 'postgres';
