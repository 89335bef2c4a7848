// Regexes that may match only where a lookbehind holds (no letter or digit before: \b is ASCII-only).
// V8 tries a leading lookbehind at every position of the text, which makes such a regex several
// times slower; here the body runs alone and the lookbehind is checked, as a sticky regex, only
// where the body matched. The matches are exactly those of `(?<=guard)body`: the guard is zero-width,
// so it cannot change what the body matches at a position, only whether that position counts.
// Each body also has a fast twin without the 'u' flag (see unicode-free.ts), used for text that
// cannot tell the two apart.
import { needsUnicodeMatching, unicodeFreeSource } from './unicode-free.js';

export interface BoundedRegExp {
  /** the pattern without its leading lookbehind; global */
  body: RegExp;
  /** the same body without the 'u' flag, for text where that matches the same; null when none */
  fastBody: RegExp | null;
  /** the leading lookbehind alone; sticky */
  guard: RegExp;
}

export function boundedRegExp(guard: string, body: string, flags: string): BoundedRegExp {
  const base = flags.replace(/[gy]/g, '');
  const fast = base.includes('u') ? unicodeFreeSource(body) : null;
  return {
    body: new RegExp(body, base + 'g'),
    fastBody: fast === null ? null : new RegExp(fast, base.replace('u', '') + 'g'),
    guard: new RegExp(guard, base + 'y'),
  };
}

/** The body to scan `text` with (reset its lastIndex before a scan). */
export function bodyFor(bounded: BoundedRegExp, text: string): RegExp {
  return bounded.fastBody !== null && !needsUnicodeMatching(text) ? bounded.fastBody : bounded.body;
}

/** The next match of `body` (from bodyFor) at or after its lastIndex where the guard holds; null when none. */
export function execBounded(bounded: BoundedRegExp, body: RegExp, text: string): RegExpExecArray | null {
  const { guard } = bounded;
  for (let m = body.exec(text); m !== null; m = body.exec(text)) {
    guard.lastIndex = m.index;
    if (guard.test(text)) return m;
    body.lastIndex = nextIndex(text, m.index);
  }
  return null;
}

/** Is there any match where the guard holds? */
export function testBounded(bounded: BoundedRegExp, text: string): boolean {
  const body = bodyFor(bounded, text);
  body.lastIndex = 0;
  const found = execBounded(bounded, body, text) !== null;
  body.lastIndex = 0;
  return found;
}

/** The index one code point on (a unicode regex never starts inside a surrogate pair). */
export function nextIndex(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}
