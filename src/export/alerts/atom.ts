// An alert's events as an Atom 1.0 feed (RFC 4287), readable by any feed reader. Entries carry the
// coded fields only — type, date, place, actors, targets, counts — never report text, which may
// name private people.
import type { EventSummary } from '../../store/index.js';

const esc = (s: string) =>
  s
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export function eventTitle(e: EventSummary): string {
  const where = [e.place, e.admin1 ?? e.country].filter(Boolean).join(', ') || 'place not stated';
  const when = e.date ? (e.date_end ? `${e.date} to ${e.date_end}` : e.date) : 'date not stated';
  return `${e.type.replace('_', ' ')} — ${where} — ${when}`;
}

function summary(e: EventSummary): string {
  const parts = [eventTitle(e)];
  if (e.actors.length) parts.push(`actors: ${e.actors.join(', ')}`);
  if (e.targets.length) parts.push(`targets: ${e.targets.join(', ')}`);
  if (e.quantity !== null) parts.push(`quantity: ${e.quantity}${e.quantity_unit ? ` ${e.quantity_unit}` : ''}`);
  if (e.fatalities !== null) parts.push(`fatalities: ${e.fatalities}`);
  parts.push(`${e.sources_count} source${e.sources_count === 1 ? '' : 's'}, ${e.status}`);
  return parts.join('; ');
}

export interface AtomFeed {
  id: string;
  title: string;
  selfUrl: string;
  siteUrl: string;
  events: EventSummary[];
  updated?: string;
}

export function atomFeed(f: AtomFeed): string {
  const updated =
    f.updated ?? f.events.reduce((m, e) => (e.updated_at > m ? e.updated_at : m), '1970-01-01T00:00:00.000Z');
  const entries = f.events.map((e) => {
    const link = `${f.siteUrl.replace(/\/$/, '')}/events/${e.id}`;
    return `  <entry>
    <id>${esc(link)}</id>
    <title>${esc(eventTitle(e))}</title>
    <link rel="alternate" href="${esc(link)}"/>
    <published>${esc(e.created_at)}</published>
    <updated>${esc(e.updated_at)}</updated>
    <category term="${esc(e.type)}"/>
    <summary>${esc(summary(e))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(f.id)}</id>
  <title>${esc(f.title)}</title>
  <link rel="self" href="${esc(f.selfUrl)}"/>
  <link rel="alternate" href="${esc(f.siteUrl)}"/>
  <updated>${esc(updated)}</updated>
  <generator>Khronika</generator>
${entries.join('\n')}
</feed>
`;
}
