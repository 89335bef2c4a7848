// The explorer: filters, counts (undated and unplaced shown, not hidden), map, timeline, list, export,
// and bulk review for analysts. All of it is driven by the URL's EventQuery.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import type { BulkAnswer, EventCounts, EventPage, TimeSeries } from '../api-types.gen';
import { navigate } from '../router';
import { filtersFromSearch, searchFromFilters, type Filters } from '../url-state';
import { FilterBar } from './Filters';
import { Timeline } from './Timeline';
import { fillBuckets } from '../buckets';
import { EventList } from './EventList';
import { REGIONS } from '../regions';
import { regionParam } from '../region-filter';
import { SavedViews } from './SavedViews';

// MapLibre is most of the bundle: load it beside the list instead of before it.
const MapView = lazy(() => import('./MapView').then((m) => ({ default: m.MapView })));

const PAGE = 50;
const MAP_LIMIT = 10_000;

export function Explorer({
  search,
  canReview,
  signedIn,
  userId,
}: {
  search: string;
  canReview: boolean;
  signedIn: boolean;
  userId?: number | string;
}) {
  const region = useMemo(() => regionParam(search, REGIONS), [search]);
  const regionError = region.errors.length ? region.errors.join('; ') : null;
  const filters = useMemo(
    () => ({ ...filtersFromSearch(search), admin1: region.codes.length ? region.codes : undefined }) as Filters,
    [search, region],
  );
  const offset = Math.max(0, Number(new URLSearchParams(search).get('offset')) || 0);
  const qs = searchFromFilters(filters);
  const bucket = narrowRange(filters) ? 'day' : 'month';
  const [list, setList] = useState<EventPage | null>(null);
  const [counts, setCounts] = useState<EventCounts | null>(null);
  const [series, setSeries] = useState<TimeSeries | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [reload, setReload] = useState(0);

  // Names in the address bar (a typed region, a hand-written link) become codes: the canonical URL.
  useEffect(() => {
    if (!regionError && !region.canonical)
      navigate(`/${searchFromFilters(filters, { offset: offset || undefined })}`, true);
  }, [region, regionError, filters, offset]);

  useEffect(() => {
    if (regionError) {
      setList({ items: [], total: 0, total_exact: true });
      setSeries(null);
      setCounts({ total: 0, undated: 0, unplaced: 0, by_type: {}, by_status: {}, by_admin1: {}, by_country: {} });
      return;
    }
    if (!region.canonical) return;
    const ctl = new AbortController();
    const amp = qs ? '&' : '?';
    setError(null);
    // Independent requests: the list shows as soon as it arrives, whatever counts and timeline take.
    const fail = (err: unknown) => {
      if (!ctl.signal.aborted) setError(err instanceof Error ? err.message : String(err));
    };
    // Counts and timeline go after the list: a SQLite store answers one query at a time.
    api.get<EventPage>(`/api/events${qs}${amp}limit=${PAGE}&offset=${offset}`, ctl.signal).then((l) => {
      setList(l);
      api.get<EventCounts>(`/api/events/counts${qs}`, ctl.signal).then(setCounts, fail);
      api.get<TimeSeries>(`/api/events/timeseries${qs}${amp}bucket=${bucket}`, ctl.signal).then(setSeries, fail);
    }, fail);
    return () => ctl.abort();
  }, [qs, offset, bucket, signedIn, reload, regionError, region.canonical]);

  const apply = (f: Filters, replace = false) => {
    setSelected(new Set());
    navigate(`/${searchFromFilters(f)}`, replace);
  };
  const open = (id: number | string) => navigate(`/event/${id}${qs}`);
  // `_` only changes the URL (to refetch) after a login or a bulk action; the anonymous default stays
  // the URL the server pre-computes (src/server/default-view.ts).
  const geojsonUrl =
    regionError || !region.canonical
      ? null
      : `/api/events/geojson${qs}${qs ? '&' : '?'}props=map&limit=${MAP_LIMIT}${signedIn || reload ? `&_=${signedIn ? 1 : 0}.${reload}` : ''}`;
  const buckets = useMemo(() => fillBuckets(series?.series ?? [], bucket), [series, bucket]);
  const placed = counts ? counts.total - counts.unplaced : 0;

  const bulk = async (action: 'verify' | 'reject', all: boolean) => {
    const body = all ? { action, query: { ...filters } } : { action, ids: [...selected] };
    try {
      const r = await api.post<BulkAnswer>('/api/events/bulk', body);
      setError(null);
      setSelected(new Set());
      setReload((n) => n + 1);
      alertLine(`${action}: ${r.changed} event(s) changed`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <main className="explorer">
      <FilterBar
        filters={filters}
        onChange={(f) => apply(f)}
        canReview={canReview}
        regionError={regionError}
        regionRaw={region.raw}
        onRegion={(text) => {
          setSelected(new Set());
          navigate(`/${searchFromFilters({ ...filters, admin1: undefined }, { admin1: text || undefined })}`);
        }}
      />
      {signedIn && userId !== undefined && <SavedViews qs={qs} userId={userId} />}
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
      {regionError && (
        <div className="error" data-testid="filter-error">
          No events shown: the region filter names no known region.
        </div>
      )}
      <div className="summary" data-testid="summary">
        {counts ? (
          <>
            <b data-testid="total">{counts.total}</b> events
            {' · '}
            <span data-testid="undated">{counts.undated} undated</span>
            {' · '}
            <span data-testid="unplaced">{counts.unplaced} unplaced</span>
            {placed > MAP_LIMIT && (
              <>
                {' '}
                · map shows the {MAP_LIMIT.toLocaleString('en')} most recent of {placed.toLocaleString('en')} placed
              </>
            )}
            {!signedIn && <> · verified events only</>}
            {!signedIn && counts.total === 0 && !qs && (
              <span className="note">
                {' '}
                — nothing is published yet: events appear here once an analyst has verified them.
              </span>
            )}
          </>
        ) : (
          '…'
        )}
        <span className="export">
          Export this view:{' '}
          {(['acled-csv', 'geojson', 'jsonl'] as const).map((f) => (
            <a key={f} href={`/api/export${qs}${qs ? '&' : '?'}format=${f}`} download>
              {f}
            </a>
          ))}
        </span>
      </div>
      <div className="panes">
        <div className="left">
          <Suspense fallback={<div className="map" />}>
            <MapView
              geojsonUrl={geojsonUrl}
              regionCounts={counts?.by_admin1}
              onOpenEvent={open}
              onPickRegion={(admin1) => apply({ ...filters, admin1: [admin1] as never })}
            />
          </Suspense>
          <Timeline
            series={buckets}
            from={filters.from}
            to={filters.to}
            onRange={(from, to) => apply({ ...filters, from, to: to && bucket === 'month' ? to.slice(0, 7) : to })}
          />
          {series && (series.undated > 0 || series.imprecise > 0) && (
            <div className="note">
              Not in the timeline: {series.undated} undated, {series.imprecise} dated less precisely than a {bucket}.
            </div>
          )}
        </div>
        <div className="right">
          {canReview && (
            <div className="bulk" role="group" aria-label="bulk actions">
              <button type="button" disabled={!selected.size} onClick={() => void bulk('verify', false)}>
                Verify selected ({selected.size})
              </button>
              <button type="button" disabled={!selected.size} onClick={() => void bulk('reject', false)}>
                Reject selected
              </button>
              <button
                type="button"
                disabled={!counts?.total}
                onClick={() => {
                  if (confirm(`Verify all ${counts?.total} matching events?`)) void bulk('verify', true);
                }}
              >
                Verify all matching
              </button>
            </div>
          )}
          {list && (
            <EventList
              items={list.items}
              total={list.total}
              totalExact={list.total_exact}
              offset={offset}
              pageSize={PAGE}
              onPage={(o) => navigate(`/${searchFromFilters(filters, { offset: o || undefined })}`)}
              onOpen={open}
              hrefOf={(id) => `/event/${id}${qs}`}
              selectable={canReview}
              selected={selected}
              onSelect={(id, on) =>
                setSelected((s) => {
                  const n = new Set(s);
                  if (on) n.add(id);
                  else n.delete(id);
                  return n;
                })
              }
            />
          )}
        </div>
      </div>
    </main>
  );
}

function narrowRange(f: Filters): boolean {
  if (!f.from || !f.to || f.from.length < 7 || f.to.length < 7) return false;
  const days =
    (Date.parse(f.to.padEnd(10, '-28').slice(0, 10)) - Date.parse(f.from.padEnd(10, '-01').slice(0, 10))) / 86_400_000;
  return days >= 0 && days <= 92;
}

function alertLine(msg: string) {
  document.dispatchEvent(new CustomEvent('khronika:notice', { detail: msg }));
}
