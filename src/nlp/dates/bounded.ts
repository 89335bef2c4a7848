// Regexes that may match only where a lookbehind holds (no letter or digit before: \b is ASCII-only).
// V8 tries a leading lookbehind at every position of the text, which makes such a regex several
// times slower; here the body runs alone and the lookbehind is checked, as a sticky regex, only
// where the body matched. The matches are exactly those of `(?<=guard)body`: the guard is zero-width,
// so it cannot change what the body matches at a position, only whether that position counts.

export interface BoundedRegExp {
  /** the pattern without its leading lookbehind; global */
  body: RegExp;
  /** the leading lookbehind alone; sticky */
  guard: RegExp;
}

export function boundedRegExp(guard: string, body: string, flags: string): BoundedRegExp {
  const base = flags.replace(/[gy]/g, '');
  return { body: new RegExp(body, base + 'g'), guard: new RegExp(guard, base + 'y') };
}

/** The next match at or after `bounded.body.lastIndex` where the guard holds; null when none. */
export function execBounded(bounded: BoundedRegExp, text: string): RegExpExecArray | null {
  const { body, guard } = bounded;
  for (let m = body.exec(text); m !== null; m = body.exec(text)) {
    guard.lastIndex = m.index;
    if (guard.test(text)) return m;
    body.lastIndex = nextIndex(text, m.index);
  }
  return null;
}

/** Is there any match where the guard holds? */
export function testBounded(bounded: BoundedRegExp, text: string): boolean {
  bounded.body.lastIndex = 0;
  const found = execBounded(bounded, text) !== null;
  bounded.body.lastIndex = 0;
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
