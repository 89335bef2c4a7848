// The filter state lives in the URL (so a view can be linked) and is the API's EventQuery verbatim:
// the same search string goes to /api/events, /api/events/geojson, the export link and the address bar.
import { EventQuerySchema, type EventQuery } from '../../src/model/query.js';
import { FILTER_KEYS as KEYS } from '../../src/model/query-string.js';

export type Filters = Omit<EventQuery, 'limit' | 'offset'>;

/** Parse the address bar; a malformed field is dropped (a bad link still opens), never trusted. */
export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  const raw: Record<string, unknown> = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) raw[k] = v;
  }
  const out: Record<string, unknown> = {};
  for (const k of KEYS) {
    if (raw[k] === undefined) continue;
    const one = EventQuerySchema.safeParse({ [k]: raw[k] });
    if (one.success && (one.data as Record<string, unknown>)[k] !== undefined)
      out[k] = (one.data as Record<string, unknown>)[k];
  }
  return out as Filters;
}

export function searchFromFilters(f: Filters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const k of KEYS) {
    const v = f[k];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}
