// The filtered list, a page at a time; analysts can select rows for bulk verify/reject.
import type { EventSummary } from '../api-types.gen';
import { TYPE_COLORS, typeLabel, PRECISION_LABEL } from '../event-types';
import { pagerState } from '../pager';
import { regionLabel } from '../regions';

export interface ListProps {
  items: EventSummary[];
  total: number;
  offset: number;
  pageSize: number;
  /** false when the server stopped counting at `total` (shown as "1,000+") */
  totalExact?: boolean;
  onPage: (offset: number) => void;
  onOpen: (id: number) => void;
  /** the event page's address (with the current filters), for the row's link */
  hrefOf: (id: number) => string;
  selectable: boolean;
  selected: Set<number>;
  onSelect: (id: number, on: boolean) => void;
}

export function EventList({
  items,
  total,
  totalExact = true,
  offset,
  pageSize,
  onPage,
  onOpen,
  hrefOf,
  selectable,
  selected,
  onSelect,
}: ListProps) {
  // A plain click opens the event in place; a middle or modified click is the browser's (a new tab).
  const follow = (e: React.MouseEvent<HTMLAnchorElement>, id: number) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(id);
  };
  const pager = pagerState(offset, items.length, pageSize, total, totalExact);
  return (
    <section className="list" aria-label="events">
      <table>
        <thead>
          <tr>
            {selectable && <th />}
            <th>Date</th>
            <th>Type</th>
            <th>Place</th>
            <th>Region</th>
            <th>Status</th>
            <th>Sources</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            // The date cell's link is stretched over the whole row (CSS), so the row is one real link.
            <tr key={e.id} data-testid="event-row">
              {selectable && (
                <td className="pick">
                  <input
                    type="checkbox"
                    aria-label={`select event ${e.id}`}
                    checked={selected.has(e.id)}
                    onChange={(ev) => onSelect(e.id, ev.target.checked)}
                  />
                </td>
              )}
              <td className="date">
                <a
                  className="row-link"
                  href={hrefOf(e.id)}
                  onClick={(ev) => follow(ev, e.id)}
                  aria-label={`event ${e.id}: ${typeLabel(e.type)}${e.place ? ` in ${e.place}` : ''}${e.date ? `, ${e.date}` : ''}`}
                >
                  {e.date ?? <em>undated</em>}
                  {e.date_end ? ` – ${e.date_end}` : ''}
                </a>
              </td>
              <td className="type">
                <i className="dot" style={{ background: TYPE_COLORS[e.type] ?? '#555' }} />
                {typeLabel(e.type)}
              </td>
              <td>
                {e.place ?? (e.lat === null ? <em>unplaced</em> : '')}
                {e.geo_precision && e.geo_precision > 1 ? <small> ({PRECISION_LABEL[e.geo_precision]})</small> : null}
              </td>
              <td title={e.admin1 ?? undefined}>{e.admin1 ? regionLabel(e.admin1) : (e.country ?? '')}</td>
              <td>
                <span className={`status ${e.status}`}>{e.status}</span>
              </td>
              <td>{e.sources_count}</td>
            </tr>
          ))}
          {!items.length && (
            <tr>
              <td colSpan={7}>
                <em>No events match these filters.</em>
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="pager">
        <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
          ‹ Prev
        </button>
        <span data-testid="page-range">{pager.label}</span>
        <button type="button" disabled={!pager.hasNext} onClick={() => onPage(offset + pageSize)}>
          Next ›
        </button>
      </div>
    </section>
  );
}
