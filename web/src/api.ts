// Fetch helpers for the Khronika API. Writes carry the CSRF token that /api/auth/me hands out. The
// answers' types are generated from the server's OpenAPI document: import them from ./api-types.gen.
let csrfToken: string | null = null;
export const setCsrfToken = (t: string | null) => {
  csrfToken = t;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
  retried = false,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
    credentials: 'same-origin',
  });
  const data = (res.status === 204 ? null : await res.json().catch(() => null)) as (T & { message?: string }) | null;
  // The CSRF key is per server process: after a restart, fetch the new token once and retry.
  if (res.status === 403 && method !== 'GET' && !retried && /CSRF/.test(data?.message ?? '')) {
    const me = (await fetch('/api/auth/me', { credentials: 'same-origin' }).then((r) => r.json())) as {
      csrfToken: string | null;
    };
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
