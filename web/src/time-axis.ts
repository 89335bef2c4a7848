// Ticks for the timeline's date axis: which buckets get a label, and the label, so labels never crowd
// (at least MIN_GAP px apart) and fall on round dates (each month, each quarter, each year; each day,
// each week start…).
export interface Tick {
  index: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MIN_GAP = 64;

/** `buckets` are YYYY-MM (months) or YYYY-MM-DD (days, weeks); `width` is the axis length in px. */
export function timeTicks(buckets: string[], width: number): Tick[] {
  const n = buckets.length;
  if (!n) return [];
  const slot = width / n;
  const monthly = buckets[0].length === 7;
  const steps = monthly ? [1, 2, 3, 6, 12, 24, 60, 120] : [1, 2, 7, 14, 28, 91, 182, 364];
  const step = steps.find((s) => s * slot >= MIN_GAP) ?? steps[steps.length - 1];
  const ticks: Tick[] = [];
  let lastYear = '';
  for (let i = 0; i < n; i++) {
    const b = buckets[i];
    const [y, m, d] = [b.slice(0, 4), Number(b.slice(5, 7)), Number(b.slice(8, 10))];
    // round positions: a month index divisible by the step (Jan, Apr, Jul… for 3), or every step-th day
    const round = monthly ? (Number(y) * 12 + m - 1) % step === 0 : step === 1 || i % step === 0;
    if (!round) continue;
    const showYear = y !== lastYear;
    lastYear = y;
    const label = monthly
      ? step >= 12
        ? y
        : `${MONTHS[m - 1]}${showYear ? ` ${y}` : ''}`
      : `${d} ${MONTHS[m - 1]}${showYear ? ` ${y}` : ''}`;
    ticks.push({ index: i, label });
  }
  // one bucket, or a range that no round date falls in: label the first bucket anyway
  if (!ticks.length)
    ticks.push({
      index: 0,
      label: monthly ? `${MONTHS[Number(buckets[0].slice(5, 7)) - 1]} ${buckets[0].slice(0, 4)}` : buckets[0],
    });
  return ticks;
}
