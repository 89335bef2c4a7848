// Filter bar. Every change rewrites the URL (replaceState for typing, pushState for choices), and the
// URL is the only state: reload or share the link and the same view comes back.
import { useEffect, useState } from 'react';
import type { Filters } from '../url-state';
import { TYPE_COLORS, typeLabel } from '../event-types';
import { RegionBox } from './RegionBox';

const STATUSES = ['unreviewed', 'verified', 'rejected', 'merged'] as const;

export interface FilterBarProps {
  filters: Filters;
  onChange: (f: Filters) => void;
  canReview: boolean;
  /** the region box's text goes to the URL as typed (names allowed); the explorer resolves it */
  onRegion: (text: string) => void;
  regionError?: string | null;
  regionRaw?: string | null;
}

export function FilterBar({ filters, onChange, canReview, onRegion, regionError, regionRaw }: FilterBarProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const toggle = <T extends string>(list: T[] | undefined, v: T): T[] | undefined => {
    const s = new Set(list ?? []);
    if (s.has(v)) s.delete(v);
    else s.add(v);
    return s.size ? [...s] : undefined;
  };
  return (
    <section className="filters" aria-label="filters">
      <div className="types" role="group" aria-label="event type">
        {Object.keys(TYPE_COLORS).map((t) => (
          <label key={t} className={filters.type?.includes(t as never) ? 'chip on' : 'chip'}>
            <input
              type="checkbox"
              checked={!!filters.type?.includes(t as never)}
              onChange={() => set({ type: toggle(filters.type, t as never) })}
            />
            <i style={{ background: TYPE_COLORS[t] }} />
            {typeLabel(t)}
          </label>
        ))}
      </div>
      <div className="row">
        <label>
          Country
          <select
            value={filters.country?.[0] ?? ''}
            onChange={(e) => set({ country: e.target.value ? [e.target.value] : undefined, admin1: undefined })}
            name="country"
          >
            <option value="">all</option>
            <option value="RU">Russia</option>
            <option value="BY">Belarus</option>
            <option value="UA">Ukraine</option>
          </select>
        </label>
        <RegionBox codes={filters.admin1} raw={regionRaw} error={regionError} onCommit={onRegion} />
        <label>
          From{' '}
          <input
            type="date"
            name="from"
            value={full(filters.from)}
            onChange={(e) => set({ from: e.target.value || undefined })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            name="to"
            value={full(filters.to, true)}
            onChange={(e) => set({ to: e.target.value || undefined })}
          />
        </label>
        <TextFilter label="Actor" name="actor" value={filters.actor} onCommit={(v) => set({ actor: v || undefined })} />
        <TextFilter
          label="Text"
          name="text"
          value={filters.text}
          placeholder="search reports"
          onCommit={(v) => set({ text: v || undefined })}
        />
        {canReview && (
          <label>
            Status
            <select
              name="status"
              value={filters.status?.[0] ?? ''}
              onChange={(e) => set({ status: e.target.value ? [e.target.value as never] : undefined })}
            >
              <option value="">all</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => onChange({})}>
          Clear
        </button>
      </div>
    </section>
  );
}

/** A partial date (YYYY or YYYY-MM from the brush) shown in a date input as its first or last day. */
function full(d: string | undefined, end = false): string {
  if (!d) return '';
  if (d.length === 10) return d;
  if (d.length === 7)
    return end ? new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7), 0)).toISOString().slice(0, 10) : `${d}-01`;
  return end ? `${d}-12-31` : `${d}-01-01`;
}

function TextFilter({
  label,
  name,
  value,
  placeholder,
  onCommit,
}: {
  label: string;
  name: string;
  value?: string;
  placeholder?: string;
  onCommit: (v: string) => void;
}) {
  const [v, setV] = useState(value ?? '');
  useEffect(() => setV(value ?? ''), [value]);
  const commit = () => {
    if (v.trim() !== (value ?? '')) onCommit(v.trim());
  };
  return (
    <label>
      {label}
      <input
        name={name}
        value={v}
        placeholder={placeholder}
        maxLength={200}
        onChange={(e) => setV(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
