// Merge by choosing: the server lists events that may be this one (same type, near in time and place);
// the reviewer ticks those to fold in. Typing an id stays possible for anything the list does not offer.
import { useEffect, useState } from 'react';
import { api } from '../api';
import type { MergeCandidate, MergeCandidates as CandidateList } from '../api-types.gen';
import { typeLabel } from '../event-types';
import { regionLabel } from '../regions';

export function MergeCandidates({
  eventId,
  disabled,
  version,
  onMerge,
}: {
  eventId: number;
  disabled: boolean;
  version: string;
  onMerge: (ids: number[]) => Promise<unknown>;
}) {
  const [items, setItems] = useState<MergeCandidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [typed, setTyped] = useState('');
  useEffect(() => {
    if (disabled) {
      setItems([]);
      return;
    }
    const ctl = new AbortController();
    api.get<CandidateList>(`/api/events/${eventId}/candidates`, ctl.signal).then(
      (r) => {
        setItems(r.items);
        setError(null);
      },
      (e: Error) => {
        if (!ctl.signal.aborted) setError(e.message);
      },
    );
    setPicked(new Set());
    return () => ctl.abort();
  }, [eventId, disabled, version]);

  const typedIds = typed
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0 && n !== eventId);
  const ids = [...new Set([...picked, ...typedIds])];
  const toggle = (id: number, on: boolean) =>
    setPicked((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  if (disabled) return null;
  return (
    <div className="merge" role="group" aria-label="merge">
      <h3>Merge into this event</h3>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      {items === null ? (
        <p className="note">Looking for events that may be the same…</p>
      ) : !items.length ? (
        <p className="note">No likely duplicates: no event of this type within a week and 100 km.</p>
      ) : (
        <ul className="candidates" data-testid="merge-candidates">
          {items.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={picked.has(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                  aria-label={`merge event ${c.id}`}
                />{' '}
                <b>{typeLabel(c.type)}</b>, {c.date ?? 'undated'}
                {c.date_end ? ` – ${c.date_end}` : ''}, {c.place ?? regionLabel(c.admin1) ?? 'no place'}
                <small>
                  {' · '}
                  {c.days_apart === null
                    ? 'date unknown'
                    : c.days_apart === 0
                      ? 'same dates'
                      : `${c.days_apart} day${c.days_apart === 1 ? '' : 's'} apart`}
                  {' · '}
                  {c.distance_km === null
                    ? `same region`
                    : `${c.distance_km < 1 ? '<1' : Math.round(c.distance_km)} km away`}
                  {' · '}
                  {c.sources_count} source{c.sources_count === 1 ? '' : 's'} · {c.status}
                </small>
              </label>{' '}
              <a href={`/event/${c.id}`} target="_blank" rel="noopener">
                open
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <label>
          or event ids{' '}
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="e.g. 12, 15"
            aria-label="other event ids to merge in"
            size={10}
          />
        </label>
        <button
          type="button"
          disabled={!ids.length}
          onClick={() =>
            void onMerge(ids).then(() => {
              setPicked(new Set());
              setTyped('');
            })
          }
        >
          Merge {ids.length ? `${ids.length} event${ids.length === 1 ? '' : 's'}` : ''} into this one
        </button>
      </div>
    </div>
  );
}
