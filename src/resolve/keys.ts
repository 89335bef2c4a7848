// Comparison keys: names and places compared case-, accent- and ё-insensitively, and partial dates
// turned into the calendar days they cover.

/** 'Saint-Petersburg ' → 'saint petersburg'; 'Пётр' → 'петр'. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―'’`"«»]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type DatePrecision = 'day' | 'month' | 'year' | 'range';

export interface DaySpan {
  start: string | null;
  stop: string | null;
  precision: DatePrecision | null;
}

function lastDay(partial: string): string {
  if (partial.length === 10) return partial;
  if (partial.length === 4) return `${partial}-12-31`;
  const [y, m] = partial.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of the next month
  return `${partial}-${String(d).padStart(2, '0')}`;
}

function firstDay(partial: string): string {
  return partial.length === 10 ? partial : partial.length === 7 ? `${partial}-01` : `${partial}-01-01`;
}

/** The days a record's `date`..`date_end` covers, and how precise it is. */
export function daySpan(date: string | null, dateEnd: string | null): DaySpan {
  if (!date) return { start: null, stop: null, precision: null };
  const end = dateEnd && dateEnd !== date ? dateEnd : null;
  const precision: DatePrecision = end ? 'range' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return { start: firstDay(date), stop: lastDay(end ?? date), precision };
}
