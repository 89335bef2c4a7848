// A compact terminal table of events: one line each, columns cut to fit.
import type { EventSummary } from '../../store/index.js';

const COLUMNS: [string, number, (e: EventSummary) => string][] = [
  ['id', 7, (e) => String(e.id)],
  ['date', 10, (e) => e.date ?? '—'],
  ['type', 12, (e) => e.type],
  ['status', 10, (e) => e.status],
  ['place', 22, (e) => [e.place, e.admin1 ?? e.country].filter(Boolean).join(', ') || '—'],
  ['src', 3, (e) => String(e.sources_count)],
  ['actors', 30, (e) => e.actors.join('; ')],
];

const fit = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));

export function formatTable(items: readonly EventSummary[]): string {
  const lines = [COLUMNS.map(([h, w]) => fit(h, w)).join('  ')];
  for (const e of items)
    lines.push(
      COLUMNS.map(([, w, f]) => fit(f(e).replace(/\s+/g, ' '), w))
        .join('  ')
        .trimEnd(),
    );
  return lines.join('\n') + '\n';
}
