// The store returns only buckets that hold events; a time axis needs the empty ones too.
export interface Bucket {
  bucket: string;
  count: number;
}

const MAX_BUCKETS = 1_000;

/** `t` is each bucket's first day (YYYY-MM-DD); months are shown as YYYY-MM. */
export function fillBuckets(series: { t: string; count: number }[], unit: 'day' | 'week' | 'month'): Bucket[] {
  if (!series.length) return [];
  const label = (d: Date) => d.toISOString().slice(0, unit === 'month' ? 7 : 10);
  const byLabel = new Map(series.map((b) => [b.t.slice(0, unit === 'month' ? 7 : 10), b.count]));
  const out: Bucket[] = [];
  const end = new Date(series[series.length - 1].t + 'T00:00:00Z');
  for (let d = new Date(series[0].t + 'T00:00:00Z'); d <= end && out.length < MAX_BUCKETS; ) {
    out.push({ bucket: label(d), count: byLabel.get(label(d)) ?? 0 });
    if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (unit === 'week' ? 7 : 1));
  }
  return out;
}
