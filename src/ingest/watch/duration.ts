// Poll intervals as people write them: "90s", "15m", "1h", "1h30m", "2d".
const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds in a duration; throws a message that says what is accepted. */
export function parseDuration(text: string): number {
  const t = text.trim().toLowerCase();
  const parts = [...t.matchAll(/(\d{1,6})\s*([smhd])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== t.replace(/\s+/g, '')) {
    throw new Error(`'${text}' is not a duration: write e.g. 90s, 15m, 1h, 1h30m or 2d`);
  }
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT[p[2]], 0);
}

/** The inverse, for listings: 5400 → "1h30m". */
export function formatDuration(seconds: number): string {
  let rest = Math.round(seconds);
  let out = '';
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out || '0s';
}
