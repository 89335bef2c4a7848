// Tables of watched sources (migration 009): fetch state, runs and items seen.
import type { Generated } from 'kysely';

export interface WatchSourcesTable {
  id: Generated<number>;
  url: string;
  name: string;
  /** feed | telegram | page */
  kind: string;
  every_seconds: number;
  lang: string | null;
  allow_private: number;
  /** page sources: which links on the list page lead to articles (a regular expression) */
  link_pattern: string | null;
  /** first run of a channel: page back to this day (YYYY-MM-DD) */
  backfill_since: string | null;
  paused: number;
  created_at: string;
  last_fetch_at: string | null;
  last_success_at: string | null;
  etag: string | null;
  last_modified: string | null;
  /** the newest item seen (a channel's post number), where the kind has an order */
  cursor: string | null;
  consecutive_errors: number;
  last_error: string | null;
  next_due_at: string;
}

export interface WatchRunsTable {
  id: Generated<number>;
  source_id: number;
  started_at: string;
  finished_at: string;
  /** ok | not_modified | error */
  status: string;
  http_status: number | null;
  items_new: number;
  items_unchanged: number;
  items_failed: number;
  events_new: number;
  error: string | null;
}

export interface WatchItemsTable {
  source_id: number;
  item_key: string;
  content_hash: string;
  first_seen_at: string;
  last_seen_at: string;
}

export interface AlertsTable {
  id: Generated<number>;
  name: string;
  /** the saved view it follows, if made from one */
  view_id: number | null;
  /** the canonical EventQuery as a URL query string */
  query: string;
  /** secret part of the feed URL */
  token: string;
  webhook_url: string | null;
  /** HMAC-SHA256 key of the webhook's signature header */
  webhook_secret: string | null;
  allow_private: number;
  paused: number;
  /** events up to this id have been handed to the webhook */
  last_event_id: number;
  created_by: string | null;
  created_at: string;
}

export interface AlertDeliveriesTable {
  id: Generated<number>;
  alert_id: number;
  /** JSON array of event ids */
  event_ids: string;
  /** pending | delivered | failed */
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}
