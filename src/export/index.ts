// Exports: every event an EventQuery matches, streamed page by page as ACLED-style CSV, GeoJSON or JSONL.
import type { EventQuery } from '../model/query.js';
import {
  eventFeature,
  type EventSource,
  type EventSummary,
  type PublishedEventSummary,
  type PublishedSource,
} from '../store/index.js';
import { acledHeader, acledRow } from './acled-csv.js';

export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Write = (chunk: string) => void | Promise<void>;

/**
 * Where an export reads: `store.events` (analysts: everything) or `store.published` (the public
 * projection: verified events, public points, no notes, titles and URLs of publishable reports only).
 */
export interface ExportReader {
  pages(q: EventQuery, opts?: { maxRows?: number }): AsyncGenerator<EventSummary[] | PublishedEventSummary[]>;
  sourcesFor(ids: readonly number[]): Promise<Map<number, EventSource[] | PublishedSource[]>>;
}

function geoFeature(
  e: EventSummary | PublishedEventSummary,
  sources: readonly (EventSource | PublishedSource)[],
): string | null {
  const f = eventFeature(e, { withNotes: true, extra: { sources } });
  return f && JSON.stringify(f);
}

/** Writes the export (at most `maxRows` events); returns how many it holds (GeoJSON: only those with a point). */
export async function exportEvents(
  reader: ExportReader,
  q: EventQuery,
  format: ExportFormat,
  write: Write,
  opts: { maxRows?: number } = {},
): Promise<number> {
  let n = 0;
  if (format === 'acled-csv') await write(acledHeader());
  if (format === 'geojson') await write('{"type":"FeatureCollection","features":[');
  for await (const page of reader.pages(q, opts)) {
    const sources = await reader.sourcesFor(page.map((e) => e.id));
    let chunk = '';
    for (const e of page) {
      const s = sources.get(e.id) ?? [];
      if (format === 'acled-csv') {
        chunk += acledRow(e, s);
        n++;
      } else if (format === 'jsonl') {
        chunk += JSON.stringify({ ...e, sources: s }) + '\n';
        n++;
      } else {
        const f = geoFeature(e, s);
        if (f) chunk += (n++ ? ',\n' : '\n') + f;
      }
    }
    await write(chunk);
  }
  if (format === 'geojson') await write('\n]}\n');
  return n;
}

export { acledHeader, acledRow, timePrecision, ACLED_COLUMNS, KHRONIKA_COLUMNS } from './acled-csv.js';
export { csvField, csvRow } from './csv.js';
