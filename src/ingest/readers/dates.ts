// Publication dates arrive as ISO timestamps, RFC 822 feed dates or Unix seconds; the input document
// wants the calendar day as the source wrote it (not shifted to UTC), YYYY-MM-DD.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
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
    return new Date(value * 1000).toISOString().slice(0, 10);
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
