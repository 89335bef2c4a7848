// How many records one act makes: one per place (a tally that names its parts adds its whole), and
// one per day told together (docs/event-format.md rule 1).
import type { Lang } from '../../model/document.js';
import type { DateMention } from '../types.js';
import type { Group, PlacedMention } from './attach.js';
import { partCounts } from '../6-quantities/counts.js';
import { countryByIso } from '../../geo/index.js';
import type { Loc } from './loc.js';
import type { EventType } from '../../model/event.js';

const JOINED_DAYS = /^(?:\s|,|and|again|also|then|on|и|снова|ещё|еще|а также|та|й|знову)*$/iu;

export interface ActRecord {
  loc: Loc | null;
  quantity: number | null;
  aggregate: boolean;
  date: DateMention | null;
}

/** One record per place. A tally that names its parts gives the whole, at the level the parts
 *  share, and one record per part with the part's count. */
export function recordsPerPlace(input: {
  /** the act's type (absent: any act takes the counts by place) */
  type?: EventType;
  text: string;
  lang: Lang;
  list: Loc[];
  placed: PlacedMention[];
  quantity: number | null;
  aggregate: boolean;
  date: DateMention | null;
  /** clause map after gapping (gapping.ts): a clause read with the one before differs from its index */
  gapped: number[];
}): ActRecord[] {
  const { text, lang, list, placed, quantity, aggregate, date, gapped } = input;
  // counts by place are the detainees' (the tally form of reports) or the count the act has in the
  // sentence: the rallies of "на акциях в Москве задержали 40 человек, в Казани — 12" take none
  const parts =
    list.length > 1 && (quantity !== null || input.type === 'arrest') ? partCounts(text, list, placed, lang) : null;
  const records: ActRecord[] = [];
  if (parts) {
    // a gapped list tells its first part with the verb and its count ("в Казани задержали 30
    // человек, 12 — в Уфе"): that part's count is the act's own, not a total over the parts
    if (
      quantity !== null &&
      parts.values[0] === null &&
      parts.values.slice(1).every((v) => v !== null) &&
      gapped.some((c, i) => c !== i)
    )
      parts.values[0] = quantity;
    const country = countryByIso(list[0].place.country);
    if (quantity !== null && country && !parts.values.includes(quantity))
      records.push({ loc: { place: country, near: false }, quantity, aggregate: true, date });
    for (let i = 0; i < list.length; i++)
      records.push({ loc: list[i], quantity: parts.values[i] ?? null, aggregate, date });
  } else if (list.length) for (const p of list) records.push({ loc: p, quantity, aggregate, date });
  else records.push({ loc: null, quantity, aggregate, date });
  return records;
}

/** Days of the group's clause told together ("on 12 and again on 19 October" is two acts), each
 *  once; not a day of some other act nearby. Fewer than two: the records stand as they are. */
export function togetherDays(
  text: string,
  g: Group,
  dates: DateMention[],
  clauseOf: (offset: number) => number,
): DateMention[] {
  const clauseDays = dates.filter(
    (d) => clauseOf(d.start) === g.clause && d.precision === 'day' && !d.date_end && d.date,
  );
  const together =
    clauseDays.length > 1 &&
    clauseDays.every((d, i) => i === 0 || JOINED_DAYS.test(text.slice(clauseDays[i - 1].end, d.start)));
  return together ? [...new Map(clauseDays.map((d) => [d.date, d])).values()] : [];
}

/** Each record once per day, record by record. */
export function recordsPerDay(records: ActRecord[], days: DateMention[]): ActRecord[] {
  if (days.length < 2) return records;
  const out: ActRecord[] = [];
  for (const r of records) for (const d of days) out.push({ ...r, date: d });
  return out;
}
