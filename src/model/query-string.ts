// The canonical text of an EventQuery: the query string the web app, the API and saved views share.
// Keys in a fixed order, list values sorted and comma-joined, limit and offset left out, so the same
// filter always reads the same.
import { EventQuerySchema, type EventQuery } from './query.js';

/** The filter fields of an EventQuery (all but paging), in their canonical order. */
export const FILTER_KEYS = [
  'type',
  'country',
  'admin1',
  'place',
  'from',
  'to',
  'actor',
  'status',
  'text',
  'undated',
  'unplaced',
  'bbox',
  'sort',
] as const;

export function canonicalQueryString(q: EventQuery): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = q[k];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? [...new Set(v)].sort().join(',') : String(v));
  }
  return params.toString();
}

/** Parse a query string (with or without "?") into an EventQuery; throws the schema's error when invalid. */
export function parseQueryString(s: string): EventQuery {
  const params = new URLSearchParams(s.replace(/^\?/, ''));
  const raw: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.getAll(k).join(',');
    if (v) raw[k] = v;
  }
  const q = EventQuerySchema.parse(raw);
  return { ...q, limit: undefined, offset: undefined };
}
