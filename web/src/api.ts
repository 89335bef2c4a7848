// Typed fetch helpers for the Khronika API. Writes carry the CSRF token that /api/auth/me hands out.
export type Role = 'viewer' | 'analyst' | 'admin';
export interface User { id: number | string; username: string; role: Role }

export interface EventSummary {
  id: number; status: string; type: string;
  date: string | null; date_end: string | null; date_precision: string | null;
  country: string | null; admin1: string | null; place: string | null;
  lat: number | null; lon: number | null; geo_precision: 1 | 2 | 3 | null;
  actors: string[]; targets: string[];
  quantity: number | null; quantity_unit: string | null; fatalities: number | null; aggregate: boolean;
  notes: string | null; sources_count: number; merged_into: number | null;
  created_at: string; updated_at: string;
}

export interface Mention {
  id: number; document_id: string; type: string; evidence: string;
  evidence_field: string | null; evidence_start: number | null; evidence_end: number | null;
  extractor: string | null; confidence: number | null; origin_event_id: number;
}
/** For the public, `url` and `title` are null unless an analyst marked the report `publishable`. */
export interface EventSource { document_id: string; source: string; url: string | null; title: string | null; published: string | null; publishable: boolean }
export interface AuditRow { id: number; action: string; reason: string | null; created_at: string; username: string | null; user_id: number | null; detail: unknown }
export interface EventDetail extends EventSummary {
  sources: EventSource[];
  /** empty in the public projection */
  mentions: Mention[];
  merged_from: number[];
  history: AuditRow[];
}
export interface DocumentFull { id: string; source: string; title: string | null; url: string | null; published: string | null; lang: string | null; text: string }
export interface Counts {
  total: number; undated: number; unplaced: number; by_type: Record<string, number>; by_status: Record<string, number>;
  by_admin1: Record<string, number>; by_country: Record<string, number>;
}

let csrfToken: string | null = null;
export const setCsrfToken = (t: string | null) => { csrfToken = t; };

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal, retried = false): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal, credentials: 'same-origin' });
  const data = (res.status === 204 ? null : await res.json().catch(() => null)) as (T & { message?: string }) | null;
  // The CSRF key is per server process: after a restart, fetch the new token once and retry.
  if (res.status === 403 && method !== 'GET' && !retried && /CSRF/.test(data?.message ?? '')) {
    const me = await fetch('/api/auth/me', { credentials: 'same-origin' }).then((r) => r.json()) as { csrfToken: string | null };
    setCsrfToken(me.csrfToken);
    return request<T>(method, path, body, signal, true);
  }
  if (!res.ok) throw new ApiError(res.status, data?.message ?? `${res.status} ${res.statusText}`);
  return data as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
