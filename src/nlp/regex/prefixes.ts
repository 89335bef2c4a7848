// What a regex source can begin with, read from the source itself: enough of the syntax for word
// lists (literals, groups, simple classes, quantifiers, lookarounds); anything else answers
// "unknown", and callers then use the regex as it is.

/** The index of the ')' closing the group opened at `open`, or -1. */
function groupEnd(p: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Split a pattern at its top-level '|' (outside groups and classes). */
export function alternatives(p: string): string[] {
  const out: string[] = [];
  let depth = 0,
    inClass = false,
    start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(p.slice(start, i));
      start = i + 1;
    }
  }
  out.push(p.slice(start));
  return out;
}

/** The characters of a class body without ranges, negation or class escapes; null otherwise. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') {
      c = body[++i];
      if (c === undefined || /[A-Za-z0-9]/.test(c)) return null;
    } else if (c === '-' && i > 0 && i < body.length - 1) return null;
    if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff) return null;
    out.push(c);
  }
  return out;
}

/** Prefixes of the matches of a piece of pattern, up to k characters. `complete`: the piece
 *  matched whole and is shorter than k (what follows it comes next); `open`: anything may follow. */
interface Prefixes {
  complete: Set<string>;
  open: Set<string>;
}

/** Beyond this many prefixes a source counts as unknown. */
const MAX_PREFIXES = 4000;

/** An atom at `i`: its prefixes (null: unknown; 'zero': consumes nothing) and where it ends. */
function atomAt(p: string, i: number, k: number): { prefixes: Prefixes | null | 'zero'; end: number } | null {
  const c = p[i];
  const one = (chars: string[]) => ({ complete: new Set(chars), open: new Set<string>() });
  if (c === '(') {
    const close = groupEnd(p, i);
    if (close < 0) return null;
    if (/^\(\?<?[=!]/.test(p.slice(i, i + 4))) return { prefixes: 'zero', end: close + 1 };
    if (p[i + 1] === '?' && !p.startsWith('(?:', i)) return null;
    const inner = p.slice(p[i + 1] === '?' ? i + 3 : i + 1, close);
    return { prefixes: sourcePrefixes(inner, k), end: close + 1 };
  }
  if (c === '[') {
    let e = i + 1;
    while (e < p.length && p[e] !== ']') e += p[e] === '\\' ? 2 : 1;
    if (e >= p.length) return null;
    const chars = classChars(p.slice(i + 1, e));
    return { prefixes: chars && one(chars), end: e + 1 };
  }
  if (c === '\\') {
    const x = p[i + 1];
    if (x === 'b' || x === 'B') return { prefixes: 'zero', end: i + 2 };
    if (x === undefined || /[A-Za-z0-9]/.test(x)) return { prefixes: null, end: i + 2 };
    return { prefixes: one([x]), end: i + 2 };
  }
  if (c === '^' || c === '$') return { prefixes: 'zero', end: i + 1 };
  if (c === '|' || c === ')' || c === undefined) return null;
  if (c === '.' || (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff)) return { prefixes: null, end: i + 1 };
  return { prefixes: one([c]), end: i + 1 };
}

/** The quantifier at `i` (if any): its fewest and most repetitions, and where it ends. */
function quantifierAt(p: string, i: number): { min: number; max: number; end: number } {
  let min = 1,
    max = 1,
    end = i;
  const c = p[i];
  if (c === '?') {
    min = 0;
    end = i + 1;
  } else if (c === '*') {
    min = 0;
    max = Infinity;
    end = i + 1;
  } else if (c === '+') {
    max = Infinity;
    end = i + 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
    if (m) {
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      end = i + m[0].length;
    }
  }
  if (end > i && p[end] === '?') end++; // lazy
  return { min, max, end };
}

/** Prefixes of one alternative: a sequence of atoms. */
function sequencePrefixes(p: string, k: number): Prefixes | null {
  const open = new Set<string>();
  let partial = new Set<string>(['']);
  let i = 0;
  while (i < p.length && partial.size > 0) {
    const atom = atomAt(p, i, k);
    if (!atom) return null;
    const q = quantifierAt(p, atom.end);
    i = q.end;
    if (atom.prefixes === 'zero') continue; // a lookaround or anchor: conservatively ignored
    if (atom.prefixes === null) {
      // unknown from here on: whatever was read so far is all that is known
      for (const s of partial) open.add(s);
      partial = new Set();
      break;
    }
    const next = new Set<string>(q.min === 0 ? partial : []);
    for (const s of partial) {
      for (const a of atom.prefixes.open) open.add((s + a).slice(0, k));
      for (const a of atom.prefixes.complete) {
        const t = s + a;
        // a repeated atom may go on repeating: what follows its first repetition is unknown
        if (t.length >= k || q.max > 1) open.add(t.slice(0, k));
        else next.add(t);
      }
    }
    partial = next;
    if (open.size + partial.size > MAX_PREFIXES) return null;
  }
  return { complete: partial, open };
}

function sourcePrefixes(p: string, k: number): Prefixes | null {
  const out: Prefixes = { complete: new Set(), open: new Set() };
  for (const alt of alternatives(p)) {
    const f = sequencePrefixes(alt, k);
    if (!f) return null;
    for (const s of f.complete) out.complete.add(s);
    for (const s of f.open) out.open.add(s);
  }
  return out;
}

/**
 * Every match of `source` begins with one of these strings (as written, before any case folding),
 * each at most k characters long; a string shorter than k may be followed by anything. Null when
 * that cannot be told, or when the source may match the empty string.
 */
export function matchPrefixes(source: string, k: number): string[] | null {
  const f = sourcePrefixes(source, k);
  if (!f) return null;
  const all = [...f.open, ...f.complete];
  return all.includes('') ? null : all;
}
