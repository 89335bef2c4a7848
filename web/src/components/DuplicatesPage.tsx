// The "possible duplicates" queue: merge suggestions the resolver recorded when two events might be
// one incident, highest score first. Accepting merges the newer event into the older (undone by a
// split on its event page); dismissing keeps them apart. Both write an audit row on each event.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import type { MergeSuggestion, SuggestedEvent, SuggestionPage } from '../api-types.gen';

const when = (e: SuggestedEvent) => (e.date ? (e.date_end ? `${e.date} – ${e.date_end}` : e.date) : 'date not stated');
const where = (e: SuggestedEvent) => [e.place, e.admin1 ?? e.country].filter(Boolean).join(', ') || 'place not stated';

function EventCard({ e }: { e: SuggestedEvent }) {
  return (
    <div className="dup-event">
      <a href={`/event/${e.id}`} target="_blank" rel="noreferrer">
        #{e.id} {e.type.replace('_', ' ')}
      </a>
      <div className="nowrap">{when(e)}</div>
      <div>{where(e)}</div>
      <div className="muted small">
        {e.sources_count} source{e.sources_count === 1 ? '' : 's'} · {e.status}
      </div>
      {e.notes && <blockquote className="small">{e.notes}</blockquote>}
    </div>
  );
}

export function DuplicatesPage({ search }: { search: string }) {
  const event = new URLSearchParams(search).get('event');
  const [items, setItems] = useState<MergeSuggestion[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    const q = new URLSearchParams({ status: 'open', limit: '50', ...(event && /^\d+$/.test(event) ? { event } : {}) });
    api.get<SuggestionPage>(`/api/suggestions?${q}`).then(
      (r) => {
        setItems(r.items);
        setTotal(r.total);
        setError(null);
      },
      (e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 401
            ? 'Sign in as an analyst to review possible duplicates.'
            : String((e as Error).message),
        ),
    );
  }, [event]);
  useEffect(load, [load]);
  const decide = (id: number, verb: 'accept' | 'dismiss') =>
    api.post(`/api/suggestions/${id}/${verb}`, {}).then(load, (e: Error) => setError(e.message));

  return (
    <main className="duplicates-page">
      <h1>Possible duplicates{event ? ` of event ${event}` : ''}</h1>
      <p className="hint">
        Pairs of events that may report one incident, highest score first. <b>Same incident</b> merges the newer into
        the older (a split on its page undoes it); <b>Different</b> keeps them apart.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {items && items.length === 0 && <p>No open suggestions.</p>}
      {items && items.length > 0 && <p className="muted">{total} open</p>}
      {items?.map((s) => (
        <section key={s.id} className="dup" data-testid="suggestion">
          <div className="dup-head">
            score {s.score.toFixed(2)}
            {s.reasons.length > 0 && <span className="muted small"> · {s.reasons.join(', ')}</span>}
          </div>
          <div className="dup-pair">
            <EventCard e={s.event} />
            <EventCard e={s.other} />
          </div>
          <div className="dup-actions">
            <button type="button" onClick={() => decide(s.id, 'accept')}>
              Same incident
            </button>
            <button type="button" onClick={() => decide(s.id, 'dismiss')}>
              Different
            </button>
          </div>
        </section>
      ))}
    </main>
  );
}
