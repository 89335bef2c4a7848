// The watched sources and their health, for analysts; admins add and pause them. Polling itself is
// done by `khronika watch` (or the team's workers): this page only shows and edits the list.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import type { SignedInUser, SourceHealth, SourcesHealth } from '../api-types.gen';

const every = (s: number) =>
  s % 86400 === 0 ? `${s / 86400} d` : s % 3600 === 0 ? `${s / 3600} h` : `${Math.round(s / 60)} min`;
const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

function state(s: SourceHealth): { label: string; cls: string } {
  if (s.paused) return { label: 'paused', cls: 'muted' };
  if (s.consecutiveErrors > 0) return { label: `failing (${s.consecutiveErrors}×)`, cls: 'bad' };
  return s.lastSuccessAt ? { label: 'ok', cls: 'good' } : { label: 'not polled yet', cls: 'muted' };
}

export function SourcesPage({ user }: { user: SignedInUser | null }) {
  const [rows, setRows] = useState<SourceHealth[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ url: '', name: '', every: '30m', links: '' });
  const isAdmin = user?.role === 'admin';
  const load = useCallback(() => {
    api.get<SourcesHealth>('/api/sources').then(
      (r) => {
        setRows(r.items);
        setError(null);
      },
      (e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 401
            ? 'Sign in as an analyst to see the watched sources.'
            : String((e as Error).message),
        ),
    );
  }, []);
  useEffect(load, [load, user]);

  const act = (id: number, verb: 'pause' | 'resume') =>
    api.post(`/api/sources/${id}/${verb}`).then(load, (e: Error) => setError(e.message));
  const add = (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      url: form.url,
      every: form.every,
      ...(form.name ? { name: form.name } : {}),
      ...(form.links ? { links: form.links } : {}),
    };
    api.post('/api/sources', body).then(
      () => {
        setForm({ url: '', name: '', every: '30m', links: '' });
        load();
      },
      (err: Error) => setError(err.message),
    );
  };

  return (
    <main className="sources-page">
      <h1>Watched sources</h1>
      <p className="hint">
        Feeds, Telegram channels and list pages polled by <code>khronika watch</code>; new reports are coded and merged
        into events as they arrive.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {rows && rows.length === 0 && <p>No sources yet{isAdmin ? ': add one below.' : '.'}</p>}
      {rows && rows.length > 0 && (
        <table className="sources">
          <thead>
            <tr>
              <th>Source</th>
              <th>Kind</th>
              <th>State</th>
              <th>Every</th>
              <th>Items/day</th>
              <th>Last success</th>
              <th>Last run</th>
              {isAdmin && <th />}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const st = state(s);
              return (
                <tr key={s.id}>
                  <td>
                    <div>{s.name}</div>
                    <div className="muted small">{s.url}</div>
                    {s.lastError && (
                      <div className="bad small" title={s.lastError}>
                        {s.lastError.slice(0, 160)}
                      </div>
                    )}
                  </td>
                  <td>{s.kind}</td>
                  <td className={st.cls}>{st.label}</td>
                  <td>{every(s.everySeconds)}</td>
                  <td>{s.itemsPerDay}</td>
                  <td className="nowrap">{when(s.lastSuccessAt)}</td>
                  <td className="nowrap">
                    {s.lastRun ? `${when(s.lastRun.finishedAt)} · ${s.lastRun.status} · +${s.lastRun.itemsNew}` : '—'}
                  </td>
                  {isAdmin && (
                    <td>
                      <button type="button" onClick={() => act(s.id, s.paused ? 'resume' : 'pause')}>
                        {s.paused ? 'Resume' : 'Pause'}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {isAdmin && (
        <form className="add-source" onSubmit={add}>
          <h2>Add a source</h2>
          <label>
            URL{' '}
            <input
              required
              value={form.url}
              onChange={(e) => setForm({ ...form, url: e.target.value })}
              placeholder="https://example.org/rss.xml or https://t.me/s/channel"
            />
          </label>
          <label>
            Name{' '}
            <input
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              placeholder="shown on its reports"
            />
          </label>
          <label>
            Every <input value={form.every} onChange={(e) => setForm({ ...form, every: e.target.value })} size={6} />
          </label>
          <label>
            Article links (list pages){' '}
            <input
              value={form.links}
              onChange={(e) => setForm({ ...form, links: e.target.value })}
              placeholder="regular expression, e.g. /news/\d+"
            />
          </label>
          <button type="submit">Add</button>
        </form>
      )}
    </main>
  );
}
