// Publication dates arrive as ISO timestamps, RFC 822 feed dates or Unix seconds; the input document
// wants the calendar day as the source wrote it (not shifted to UTC), YYYY-MM-DD.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The day a date string names, or undefined when it is not a recognisable date. */
export function toIsoDay(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Out of Date's range (±8.64e15 ms) is no date at all, not an exception.
    const date = new Date(value * 1000);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return validDay(+iso[1], +iso[2], +iso[3]);
  // RFC 822 / 2822: "Mon, 25 Sep 2023 10:00:00 +0300" — read the day as written.
  const rfc = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(s);
  if (rfc) {
    const month = MONTHS[rfc[2].toLowerCase()];
    return month ? validDay(+rfc[3], month, +rfc[1]) : undefined;
  }
  return undefined;
}

const RU_MONTHS: Record<string, number> = {
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  мая: 5,
  май: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
};

/** A label a date line may start with ("Date:", "Published:", "Дата:", "Опубликовано:"). */
const DATE_LABEL = /^(?:date|dated|published|posted|дата|опубликовано|опубликован[ао]?)[ \t]*:?[ \t]*/i;
const MAX_DATE_LINE = 80;

/**
 * The day a line names when the line is only a date, optionally labelled: "2023-05-14",
 * "14.05.2023", "14 May 2023", "May 14, 2023", "14 мая 2023 г.", "Date: …". A sentence that merely
 * mentions a date is not a date line. Patterns are anchored and bounded (the line is ≤ 80 chars).
 */
export function dayFromLine(line: string): string | undefined {
  const s = line.trim();
  if (!s || s.length > MAX_DATE_LINE) return undefined;
  const v = s.replace(DATE_LABEL, '').replace(/[.,]$/, '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?$/.exec(v);
  if (iso) return validDay(+iso[1], +iso[2], +iso[3]);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?: \d{1,2}:\d{2})?$/.exec(v);
  if (dotted) return validDay(+dotted[3], +dotted[2], +dotted[1]);
  const dmy = /^(\d{1,2}) ([A-Za-zА-Яа-яЁё]+)\.? (\d{4})(?: (?:г\.?|года))?$/.exec(v);
  if (dmy) {
    const month = monthNumber(dmy[2]);
    return month ? validDay(+dmy[3], month, +dmy[1]) : undefined;
  }
  const mdy = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/.exec(v);
  if (mdy) {
    const month = monthNumber(mdy[1]);
    return month ? validDay(+mdy[3], month, +mdy[2]) : undefined;
  }
  return undefined;
}

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS[key] ?? RU_MONTHS[key];
}
