// A report's text with its evidence sentences highlighted — text nodes only, never injected HTML.
import { segmentsOf, locate, type Span } from '../highlight';
import type { EventMention } from '../api-types.gen';

export function HighlightedText({
  text,
  mentions,
  field,
}: {
  text: string;
  mentions: EventMention[];
  field: 'title' | 'text';
}) {
  const spans: Span[] = [];
  for (const m of mentions) {
    if ((m.evidence_field ?? 'text') !== field) continue;
    const span =
      m.evidence_start !== null &&
      m.evidence_end !== null &&
      text.slice(m.evidence_start, m.evidence_end) === m.evidence
        ? { start: m.evidence_start, end: m.evidence_end }
        : locate(text, m.evidence);
    if (span) spans.push(span);
  }
  // biome-ignore-start lint/suspicious/noArrayIndexKey: the segments are rebuilt whole from the text, never reordered
  return (
    <>
      {segmentsOf(text, spans).map((s, i) =>
        s.marked ? (
          <mark key={i} className="evidence">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
  // biome-ignore-end lint/suspicious/noArrayIndexKey: (the return above)
}
