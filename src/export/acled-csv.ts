// ACLED-style CSV: ACLED's column names wherever a field maps (docs/acled-mapping.md), then
// Khronika's own columns for what ACLED has no place for.
import type { EventSummary, EventSource, PublishedEventSummary, PublishedSource } from '../store/index.js';
import { readDataJson } from '../util/data-path.js';
import { csvRow } from './csv.js';
import { countryName, regionName } from './names.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export const KHRONIKA_COLUMNS = [
  'khronika_type',
  'status',
  'date_end',
  'country_iso',
  'admin1_iso',
  'quantity',
  'quantity_unit',
  'aggregate',
  'targets',
  'source_urls',
] as const;

interface AcledType {
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
}
let types: Record<string, AcledType> | undefined;
const acledType = (t: string): AcledType => {
  types ??= readDataJson<Record<string, AcledType>>('acled-types.json');
  return types[t] ?? { disorder_type: '', event_type: '', sub_event_type: '' };
};

/** ACLED's scale: 1 the day is known, 2 within a few days or a week, 3 a month or vaguer. */
export function timePrecision(e: Pick<EventSummary, 'date' | 'date_end' | 'date_precision'>): number | null {
  if (!e.date) return null;
  if (e.date_precision === 'day') return 1;
  if (e.date_precision === 'range' && e.date.length === 10 && e.date_end?.length === 10) {
    const days = (Date.parse(e.date_end) - Date.parse(e.date)) / 86_400_000;
    return days <= 7 ? 2 : 3;
  }
  return 3;
}

const firstDay = (d: string) => (d.length === 10 ? d : d.length === 7 ? `${d}-01` : `${d}-01-01`);

export function acledHeader(): string {
  return csvRow([...ACLED_COLUMNS, ...KHRONIKA_COLUMNS]);
}

/** One row; for the public, pass the published summary and sources (URLs of publishable reports only). */
export function acledRow(
  e: EventSummary | PublishedEventSummary,
  sources: readonly (EventSource | PublishedSource)[],
): string {
  const t = acledType(e.type);
  const tags = [
    e.quantity !== null ? `quantity=${e.quantity}${e.quantity_unit ? ` ${e.quantity_unit}` : ''}` : null,
    e.aggregate ? 'aggregate' : null,
  ]
    .filter(Boolean)
    .join('; ');
  return csvRow([
    `KH${e.id}`,
    e.date ? firstDay(e.date) : null,
    e.date ? Number(e.date.slice(0, 4)) : null,
    timePrecision(e),
    t.disorder_type,
    t.event_type,
    t.sub_event_type,
    e.actors[0] ?? null,
    e.actors.slice(1).join('; '),
    countryName(e.country),
    regionName(e.admin1),
    e.place,
    e.lat,
    e.lon,
    e.geo_precision,
    [...new Set(sources.map((s) => s.source))].join('; '),
    e.notes,
    e.fatalities,
    tags,
    Math.floor(Date.parse(e.updated_at) / 1000),
    e.type,
    e.status,
    e.date_end,
    e.country,
    e.admin1,
    e.quantity,
    e.quantity_unit,
    e.aggregate ? 1 : 0,
    e.targets.join('; '),
    sources
      .map((s) => s.url)
      .filter(Boolean)
      .join(' '),
  ]);
}
