// One event: every field with its precision, its sources, each report's text with the evidence
// highlighted (analysts), review actions and the audit history.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import type { DocumentWithMentions, EventDetail, EventSource, SuggestionPage } from '../api-types.gen';
import { navigate } from '../router';
import { PRECISION_LABEL, TYPE_COLORS, typeLabel } from '../event-types';
import type { useSession } from '../session';
import { HighlightedText } from './Evidence';
import { ReviewPanel } from './ReviewPanel';
import { History } from './History';
import { REGIONS } from '../regions';
import { quotesOf } from '../quotes';

export function EventPage({
  id,
  search,
  session,
}: {
  id: string;
  search: string;
  session: ReturnType<typeof useSession>;
}) {
  const [event, setEvent] = useState<EventDetail | null>(null);
  const [docs, setDocs] = useState<Record<string, DocumentWithMentions>>({});
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [suggested, setSuggested] = useState(0);

  const load = useCallback(async () => {
    try {
      const ev = await api.get<EventDetail>(`/api/events/${id}`);
      setEvent(ev);
      setError(null);
      if (session.canReview) {
        api.get<SuggestionPage>(`/api/suggestions?event=${ev.id}&limit=1`).then(
          (r) => setSuggested(r.total),
          () => setSuggested(0),
        );
        const got = await Promise.all(
          ev.sources.map((s) => api.get<DocumentWithMentions>(`/api/documents/${s.document_id}`).catch(() => null)),
        );
        setDocs(Object.fromEntries(got.filter((d): d is DocumentWithMentions => !!d).map((d) => [d.id, d])));
      } else setDocs({});
    } catch (err) {
      setEvent(null);
      setError(
        err instanceof ApiError && err.status === 404
          ? `Event ${id} is not published (or does not exist).`
          : String((err as Error).message),
      );
    }
  }, [id, session.canReview]);
  useEffect(() => {
    void load();
  }, [load, version, session.user]);

  const back = (
    <a
      href={'/' + search}
      onClick={(e) => {
        e.preventDefault();
        navigate('/' + search);
      }}
    >
      ← back to the list
    </a>
  );
  if (error)
    return (
      <main className="event-page">
        {back}
        <p className="error" role="alert">
          {error}
        </p>
      </main>
    );
  if (!event)
    return (
      <main className="event-page">
        {back}
        <p>Loading…</p>
      </main>
    );

  return (
    <main className="event-page" data-testid="event-page">
      {back}
      <h1>
        <i className="dot big" style={{ background: TYPE_COLORS[event.type] }} />
        {typeLabel(event.type)} {event.place ? `in ${event.place}` : ''}{' '}
        <span className={`status ${event.status}`} data-testid="event-status">
          {event.status}
        </span>
      </h1>
      {event.merged_into && (
        <p className="note">
          Merged into <a href={`/event/${event.merged_into}${search}`}>event {event.merged_into}</a>.
        </p>
      )}
      <Fields e={event} />
      {session.canReview && suggested > 0 && (
        <p className="note" data-testid="suggested-duplicates">
          <a
            href={`/duplicates?event=${event.id}`}
            onClick={(e) => {
              e.preventDefault();
              navigate(`/duplicates?event=${event.id}`);
            }}
          >
            {suggested} possible duplicate{suggested === 1 ? '' : 's'} of this event
          </a>{' '}
          — review them side by side.
        </p>
      )}
      {session.canReview && <ReviewPanel event={event} onChanged={() => setVersion((v) => v + 1)} />}
      <section className="sources" aria-label="sources">
        <h2>Sources ({event.sources.length})</h2>
        {event.sources.map((s) => {
          const doc = docs[s.document_id];
          const mentions = event.mentions.filter((m) => m.document_id === s.document_id);
          return (
            <article key={s.document_id} className="source" data-testid="source">
              <header>
                <b>{s.source}</b>
                {s.published && <> · {s.published}</>}
                {s.url && /^https?:\/\//i.test(s.url) && (
                  <>
                    {' '}
                    ·{' '}
                    <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                      original
                    </a>
                  </>
                )}
                <div className="doc-title">
                  {s.title ?? <em>{s.publishable || session.canReview ? 'untitled' : 'title withheld'}</em>}
                </div>
                {session.canReview && (
                  <PublishToggle eventId={event.id} source={s} onChanged={() => setVersion((v) => v + 1)} />
                )}
              </header>
              {quotesOf(mentions).map((q) => (
                <blockquote key={q.mentions[0].id} className="quote" data-testid="evidence-quote">
                  “{q.evidence}”{' '}
                  <small>
                    {[...new Set(q.mentions.map((m) => m.extractor).filter(Boolean))].join(', ')}
                    {q.confidence !== null && ` · confidence ${q.confidence.toFixed(2)}`}
                    {q.mentions.length > 1 && ` · ${q.mentions.length} mentions (merged events)`}
                  </small>
                </blockquote>
              ))}
              {doc && (
                <div className="doc-text" data-testid="doc-text">
                  <HighlightedText text={doc.text} mentions={mentions} field="text" />
                </div>
              )}
            </article>
          );
        })}
        {!session.canReview && (
          <p className="note">Evidence quotes and report texts are shown to analysts: they may name private people.</p>
        )}
      </section>
      {session.canReview && <History items={event.history} search={search} />}
    </main>
  );
}

function Fields({ e }: { e: EventDetail }) {
  // biome-ignore-start lint/correctness/useJsxKeyInIterable: each node is the only child of its <dd>, not a list item
  const rows: [string, React.ReactNode][] = [
    [
      'Date',
      e.date ? (
        <>
          {e.date}
          {e.date_end ? ` – ${e.date_end}` : ''} <small>(precision: {e.date_precision ?? '?'})</small>
        </>
      ) : (
        <em>undated</em>
      ),
    ],
    ['Place', e.place ?? <em>none named</em>],
    [
      'Region',
      e.admin1 ? (
        <>
          {REGIONS.get(e.admin1)?.name ?? e.admin1}{' '}
          <small>
            ({e.admin1}
            {REGIONS.get(e.admin1)?.ru ? ` · ${REGIONS.get(e.admin1)!.ru}` : ''})
          </small>
        </>
      ) : (
        <em>—</em>
      ),
    ],
    ['Country', e.country ?? <em>—</em>],
    [
      'Coordinates',
      e.lat !== null && e.lon !== null ? (
        <>
          {e.lat.toFixed(4)}, {e.lon.toFixed(4)}{' '}
          <small>(precision: {e.geo_precision ? PRECISION_LABEL[e.geo_precision] : '?'})</small>
        </>
      ) : (
        <em>unplaced</em>
      ),
    ],
    ['Actors', e.actors.length ? e.actors.join('; ') : <em>—</em>],
    ['Targets', e.targets.length ? e.targets.join('; ') : <em>—</em>],
    ['Quantity', e.quantity !== null ? `${e.quantity} ${e.quantity_unit ?? ''}` : <em>—</em>],
    ['Fatalities', e.fatalities ?? <em>—</em>],
    ['Aggregate', e.aggregate ? 'yes — a tally over several places or days' : 'no'],
    ['Notes', e.notes ?? <em>—</em>],
    ['Record', `event ${e.id} · created ${e.created_at.slice(0, 10)} · updated ${e.updated_at.slice(0, 10)}`],
  ];
  // biome-ignore-end lint/correctness/useJsxKeyInIterable: (the table above)
  return (
    <dl className="fields">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Analysts: whether the public sees this report's title and link (it may name private people). */
function PublishToggle({
  eventId,
  source,
  onChanged,
}: {
  eventId: number;
  source: EventSource;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    setBusy(true);
    try {
      await api.post(`/api/events/${eventId}/sources/${encodeURIComponent(source.document_id)}/publishable`, {
        publishable: !source.publishable,
      });
      setError(null);
      onChanged();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="publishable" data-testid="publishable">
      <small>
        {source.publishable ? 'Title and link shown to the public' : 'Title and link withheld from the public'}
      </small>{' '}
      <button type="button" disabled={busy} onClick={() => void toggle()}>
        {source.publishable ? 'Withhold' : 'Publish'}
      </button>
      {error && (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </div>
  );
}
