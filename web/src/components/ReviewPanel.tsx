// Review actions on one event: verify, reject, edit fields, merge others into it, split mentions off.
import { useState, type FormEvent } from 'react';
import { api } from '../api';
import type { EventDetail, OkWithId } from '../api-types.gen';
import { navigate } from '../router';
import { TYPE_COLORS } from '../event-types';
import { MergeCandidates } from './MergeCandidates';

export function ReviewPanel({ event, onChanged }: { event: EventDetail; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [splitIds, setSplitIds] = useState<Set<number>>(new Set());
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setError(null);
      setReason('');
      onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const body = () => (reason.trim() ? { reason: reason.trim() } : {});
  const merged = event.status === 'merged';

  const submitEdit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const str = (k: string) => {
      const v = String(f.get(k) ?? '').trim();
      return v === '' ? null : v;
    };
    const num = (k: string) => {
      const v = str(k);
      return v === null ? null : Number(v);
    };
    const list = (k: string) =>
      (str(k) ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    const form: Record<string, unknown> = {
      type: str('type'),
      date: str('date'),
      date_end: str('date_end'),
      place: str('place'),
      admin1: str('admin1'),
      country: str('country'),
      lat: num('lat'),
      lon: num('lon'),
      quantity: num('quantity'),
      fatalities: num('fatalities'),
      actors: list('actors'),
      targets: list('targets'),
    };
    // Send only what changed: the audit row then says exactly what the reviewer did.
    const current = event as unknown as Record<string, unknown>;
    const patch = Object.fromEntries(
      Object.entries(form).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(current[k] ?? null)),
    );
    if (!Object.keys(patch).length) {
      setEditing(false);
      return;
    }
    void run(async () => {
      await api.patch(`/api/events/${event.id}`, { patch, ...body() });
      setEditing(false);
    });
  };

  return (
    <section className="review" aria-label="review">
      <h2>Review</h2>
      <div className="row">
        <input
          placeholder="reason (optional)"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
          name="reason"
        />
        <button
          type="button"
          disabled={merged || event.status === 'verified'}
          onClick={() => void run(() => api.post(`/api/events/${event.id}/verify`, body()))}
        >
          Verify
        </button>
        <button
          type="button"
          disabled={merged || event.status === 'rejected'}
          onClick={() => void run(() => api.post(`/api/events/${event.id}/reject`, body()))}
        >
          Reject
        </button>
        <button type="button" disabled={merged} onClick={() => setEditing((v) => !v)}>
          {editing ? 'Cancel edit' : 'Edit'}
        </button>
      </div>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      <MergeCandidates
        eventId={event.id}
        disabled={merged}
        version={event.updated_at + event.merged_from.join(',')}
        onMerge={(others) => run(() => api.post(`/api/events/${event.id}/merge`, { others, ...body() }))}
      />
      {editing && (
        <form className="edit" onSubmit={submitEdit} aria-label="edit event">
          <label>
            Type{' '}
            <select name="type" defaultValue={event.type}>
              {Object.keys(TYPE_COLORS).map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <label>
            Date <input name="date" defaultValue={event.date ?? ''} placeholder="YYYY-MM-DD" />
          </label>
          <label>
            Until <input name="date_end" defaultValue={event.date_end ?? ''} />
          </label>
          <label>
            Place <input name="place" defaultValue={event.place ?? ''} />
          </label>
          <label>
            Region <input name="admin1" defaultValue={event.admin1 ?? ''} />
          </label>
          <label>
            Country <input name="country" defaultValue={event.country ?? ''} />
          </label>
          <label>
            Lat <input name="lat" defaultValue={event.lat ?? ''} />
          </label>
          <label>
            Lon <input name="lon" defaultValue={event.lon ?? ''} />
          </label>
          <label>
            Quantity <input name="quantity" defaultValue={event.quantity ?? ''} />
          </label>
          <label>
            Fatalities <input name="fatalities" defaultValue={event.fatalities ?? ''} />
          </label>
          <label>
            Actors <input name="actors" defaultValue={event.actors.join('; ')} />
          </label>
          <label>
            Targets <input name="targets" defaultValue={event.targets.join('; ')} />
          </label>
          <button type="submit">Save</button>
        </form>
      )}
      {event.mentions.length > 1 && !merged && (
        <div className="split">
          Split off mentions:{' '}
          {event.mentions.map((m) => (
            <label key={m.id}>
              <input
                type="checkbox"
                checked={splitIds.has(m.id)}
                onChange={(e) =>
                  setSplitIds((s) => {
                    const n = new Set(s);
                    if (e.target.checked) n.add(m.id);
                    else n.delete(m.id);
                    return n;
                  })
                }
              />{' '}
              #{m.id}
            </label>
          ))}
          <button
            type="button"
            disabled={!splitIds.size}
            onClick={() =>
              void run(async () => {
                const r = await api.post<OkWithId>(`/api/events/${event.id}/split`, {
                  mentionIds: [...splitIds],
                  ...body(),
                });
                setSplitIds(new Set());
                navigate(`/event/${r.id}${location.search}`);
              })
            }
          >
            Split
          </button>
        </div>
      )}
      {event.merged_from.length > 0 && (
        <div className="split">
          Merged here:{' '}
          {event.merged_from.map((m) => (
            <button
              type="button"
              key={m}
              onClick={() => void run(() => api.post(`/api/events/${event.id}/split`, { mergedId: m, ...body() }))}
            >
              Undo merge of {m}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
