// Folds the mentions of one incident into the event's curated fields: the most precise report
// gives place and date, the others add sources, actors and larger counts. The fold keeps a running
// summary, so adding one more report costs the same whether the event has one source or thousands.
import type { EventRecord, EventType } from '../model/event.js';
import { daySpan, nameKey } from './keys.js';

export type CombinableRecord = Pick<
  EventRecord,
  | 'type'
  | 'date'
  | 'date_end'
  | 'country'
  | 'admin1'
  | 'place'
  | 'lat'
  | 'lon'
  | 'geo_precision'
  | 'actors'
  | 'targets'
  | 'quantity'
  | 'quantity_unit'
  | 'fatalities'
  | 'aggregate'
  | 'evidence'
  | 'confidence'
>;

export type CuratedFields = Omit<CombinableRecord, 'evidence' | 'confidence'> & { notes: string };

/** What an event keeps of its reports so that the next one can be folded in without reloading them. */
export interface RunningSummary {
  /** the most precise report so far (without its lists) */
  primary: Omit<CombinableRecord, 'actors' | 'targets'>;
  /**
   * the best-dated report so far, when it is dated better than the primary: a headline may name the
   * town but no day while the body gives the day but only the region (absent in older summaries)
   */
  dated?: Pick<CombinableRecord, 'date' | 'date_end' | 'aggregate' | 'country' | 'admin1'> | null;
  /** some report calls it a riot */
  riot: boolean;
  actors: string[];
  targets: string[];
  /** the largest count so far, with its unit */
  quantity: number | null;
  quantity_unit: string | null;
  fatalities: number | null;
}

/** Lower is better: a settlement beats a region beats a country beats nothing. */
const placeRank = (r: Omit<CombinableRecord, 'actors' | 'targets'>) =>
  (r.geo_precision ?? (r.admin1 ? 2 : r.country ? 3 : 4)) - (r.place ? 0.5 : 0);
// A day beats a range of days beats a month beats a year beats no date.
const dateRank = (r: Pick<CombinableRecord, 'date' | 'date_end'>) =>
  r.date ? 10 - r.date.length + (r.date_end && r.date_end !== r.date ? 0.5 : 0) : 11;

function better(
  r: Omit<CombinableRecord, 'actors' | 'targets'>,
  best: Omit<CombinableRecord, 'actors' | 'targets'>,
): boolean {
  // Ties keep the earlier report.
  return (
    (placeRank(r) - placeRank(best) || dateRank(r) - dateRank(best) || (best.confidence ?? 0) - (r.confidence ?? 0)) < 0
  );
}

export function primaryRecord<T extends CombinableRecord>(records: readonly T[]): T {
  if (records.length === 0) throw new Error('combine: no records');
  return records.reduce((best, r) => (better(r, best) ? r : best));
}

function addNames(into: readonly string[], names: readonly string[]): string[] {
  const keys = new Set(into.map(nameKey));
  const out = [...into];
  for (const s of names) {
    const k = nameKey(s);
    if (k && !keys.has(k)) {
      keys.add(k);
      out.push(s);
    }
  }
  return out;
}

function strip(r: CombinableRecord): Omit<CombinableRecord, 'actors' | 'targets'> {
  const { actors: _a, targets: _t, ...rest } = r;
  return rest;
}

type Dated = NonNullable<RunningSummary['dated']>;

/** The finer date lies inside the coarser one's month or range (or the coarser has none). */
function within(
  finer: Pick<CombinableRecord, 'date' | 'date_end'>,
  coarser: Pick<CombinableRecord, 'date' | 'date_end'>,
) {
  const a = daySpan(finer.date, finer.date_end);
  const b = daySpan(coarser.date, coarser.date_end);
  return !b.start || !b.stop || (a.start !== null && a.stop !== null && a.start >= b.start && a.stop <= b.stop);
}

/**
 * Of the previous dated report and the one that just lost (or gave up) the primary, the best-dated
 * that is dated better than the primary and agrees with its country and region; null when none is.
 */
function datedBeside(primary: Omit<CombinableRecord, 'actors' | 'targets'>, candidates: (Dated | null | undefined)[]) {
  let best: Dated | null = null;
  for (const c of candidates) {
    if (!c || dateRank(c) >= dateRank(primary)) continue;
    const fits =
      (!c.country || !primary.country || c.country === primary.country) &&
      (!c.admin1 || !primary.admin1 || c.admin1 === primary.admin1) &&
      within(c, primary);
    if (fits && (best === null || dateRank(c) < dateRank(best))) best = c;
  }
  return (
    best && {
      date: best.date,
      date_end: best.date_end,
      aggregate: best.aggregate,
      country: best.country,
      admin1: best.admin1,
    }
  );
}

export function startSummary(r: CombinableRecord): RunningSummary {
  return {
    primary: strip(r),
    dated: null,
    riot: r.type === 'riot',
    actors: addNames([], r.actors),
    targets: addNames([], r.targets),
    quantity: r.quantity,
    quantity_unit: r.quantity === null ? null : r.quantity_unit,
    fatalities: r.fatalities,
  };
}

/** The summary with one more report folded in (the input is not changed). */
export function foldSummary(s: RunningSummary, r: CombinableRecord): RunningSummary {
  const bigger = r.quantity !== null && (s.quantity === null || r.quantity > s.quantity);
  const primary = better(r, s.primary) ? strip(r) : s.primary;
  // a report that lost the primary to a better-placed one may still be the better-dated one
  const loser = primary === s.primary ? r : s.primary;
  return {
    primary,
    dated: datedBeside(primary, [s.dated, loser]),
    riot: s.riot || r.type === 'riot',
    actors: addNames(s.actors, r.actors),
    targets: addNames(s.targets, r.targets),
    quantity: bigger ? r.quantity : s.quantity,
    quantity_unit: bigger ? r.quantity_unit : s.quantity_unit,
    fatalities: r.fatalities === null ? s.fatalities : Math.max(r.fatalities, s.fatalities ?? r.fatalities),
  };
}

export function summaryFields(s: RunningSummary): CuratedFields {
  const p = s.primary;
  // ACLED codes a demonstration that turns violent as a riot.
  const type: EventType = p.type === 'protest' && s.riot ? 'riot' : p.type;
  const d = s.dated;
  return {
    type,
    date: d ? d.date : p.date,
    date_end: d ? d.date_end : p.date_end,
    country: p.country,
    admin1: p.admin1,
    place: p.place,
    lat: p.lat,
    lon: p.lon,
    geo_precision: p.geo_precision,
    actors: s.actors,
    targets: s.targets,
    quantity: s.quantity,
    quantity_unit: s.quantity_unit,
    fatalities: s.fatalities,
    // one report telling it as a single incident (its own day) outweighs a vague one's flag
    aggregate: d ? p.aggregate && d.aggregate : p.aggregate,
    notes: p.evidence,
  };
}

export function summarise(records: readonly CombinableRecord[]): RunningSummary {
  if (records.length === 0) throw new Error('combine: no records');
  return records.slice(1).reduce(foldSummary, startSummary(records[0]));
}

export function combine(records: readonly CombinableRecord[]): CuratedFields {
  return summaryFields(summarise(records));
}
