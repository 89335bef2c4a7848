// Saved views on the front page: the signed-in user's named filters and those others shared; one click
// returns to a view, and the current filter can be saved under a name.
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import type { SavedView, SavedViews as SavedViewList } from '../api-types.gen';
import { navigate } from '../router';
import { canonicalQueryString, parseQueryString } from '../../../src/model/query-string.js';

const canonical = (qs: string): string => {
  try {
    return canonicalQueryString(parseQueryString(qs));
  } catch {
    return qs;
  }
};

export function SavedViews({ qs, userId }: { qs: string; userId: number | string }) {
  const [views, setViews] = useState<SavedView[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    api.get<SavedViewList>('/api/views', ctl.signal).then(
      (r) => setViews(r.items),
      (e: Error) => {
        if (!ctl.signal.aborted) setError(e.message);
      },
    );
    return () => ctl.abort();
  }, [userId, version]);

  const current = canonical(qs.replace(/^\?/, ''));
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      await api.post('/api/views', {
        name: String(f.get('name') ?? ''),
        query: qs.replace(/^\?/, ''),
        shared: f.get('shared') === 'on',
      });
      setSaving(false);
      setError(null);
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const remove = async (v: SavedView) => {
    if (!confirm(`Delete the saved view "${v.name}"?`)) return;
    try {
      await api.delete(`/api/views/${v.id}`);
      setError(null);
      setVersion((n) => n + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section className="saved-views" aria-label="saved views" data-testid="saved-views">
      <b>Saved views:</b>
      {views === null ? (
        ' …'
      ) : !views.length ? (
        <span className="note"> none yet — set filters, then save them under a name.</span>
      ) : (
        <ul>
          {views.map((v) => (
            <li key={v.id} className={v.query === current ? 'on' : undefined} data-testid="saved-view">
              <a
                href={`/${v.query ? `?${v.query}` : ''}`}
                title={decodeURIComponent(v.query) || 'all events'}
                onClick={(e) => {
                  if (e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
                    e.preventDefault();
                    navigate(`/${v.query ? `?${v.query}` : ''}`);
                  }
                }}
              >
                {v.name}
              </a>
              {v.owner_id !== userId ? (
                <small> (shared by {v.owner})</small>
              ) : v.shared ? (
                <small> (shared)</small>
              ) : null}
              {v.owner_id === userId && (
                <button
                  type="button"
                  className="link"
                  aria-label={`delete saved view ${v.name}`}
                  onClick={() => void remove(v)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!saving ? (
        <button type="button" onClick={() => setSaving(true)}>
          Save this view…
        </button>
      ) : (
        <form onSubmit={(e) => void save(e)} aria-label="save view" className="save-view">
          {/* biome-ignore-start lint/a11y/noAutofocus: the analyst just clicked "Save this view…" to type a name */}
          <input
            name="name"
            placeholder="name, e.g. Protests in Bashkortostan"
            required
            maxLength={100}
            autoFocus
            aria-label="view name"
          />
          {/* biome-ignore-end lint/a11y/noAutofocus: (the input above) */}
          <label>
            <input type="checkbox" name="shared" /> share with everyone signed in
          </label>
          <button type="submit">Save</button>
          <button
            type="button"
            onClick={() => {
              setSaving(false);
              setError(null);
            }}
          >
            Cancel
          </button>
        </form>
      )}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </section>
  );
}
