// Evidence highlighting without HTML: the report text is cut into plain string segments, marked or not,
// which React renders as escaped text nodes. Overlapping or out-of-range spans are clipped, not trusted.
export interface Span {
  start: number;
  end: number;
}
export interface Segment {
  text: string;
  marked: boolean;
}

export function segmentsOf(text: string, spans: Span[]): Segment[] {
  const clean = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, text.length)),
      end: Math.max(0, Math.min(s.end, text.length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const s of clean) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Spans for mentions without offsets: find the quoted evidence in the text. */
export function locate(text: string, evidence: string): Span | null {
  const i = evidence ? text.indexOf(evidence) : -1;
  return i < 0 ? null : { start: i, end: i + evidence.length };
}
