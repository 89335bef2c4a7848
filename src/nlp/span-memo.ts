// A memo of facts about spellings, looked up by a span of a text rather than by a string: a scanner
// computes the span's hash as it reads it (hashStep per code unit), so a known spelling is found
// without cutting it out of the text, and V8 never has to hash a fresh string (a runtime call per
// word). The table is open-addressed, kept at most half full so that it stays small and in cache,
// and emptied once it holds `max` spellings.

/** Running hash of a span's code units, as a scanner extends it (start from 0). */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

export function hashOf(text: string): number {
  let h = 0;
  for (let k = 0; k < text.length; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
}

/** Final mix of a running hash, so that similar spellings spread over the table. */
function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

const FIRST_SIZE = 1 << 12;
/** One-character spellings below this code (Latin, Cyrillic, punctuation) sit in a plain array. */
const SINGLES = 0x500;

export class SpanMemo<T extends { readonly text: string }> {
  private table: (T | undefined)[] = new Array<T | undefined>(FIRST_SIZE).fill(undefined);
  private stored = 0;
  private readonly singles: (T | undefined)[] = new Array<T | undefined>(SINGLES).fill(undefined);

  /** `make` computes the entry of a spelling (it must keep the spelling as `text`). */
  constructor(
    private readonly make: (spelling: string) => T,
    private readonly max = 50_000,
  ) {}

  /** The entry of text[start, end), whose running hash is `hash`. */
  at(text: string, start: number, end: number, hash: number): T {
    const len = end - start;
    // the hash of one character is its code
    if (len === 1 && hash < SINGLES) return this.singles[hash] ?? (this.singles[hash] = this.make(text.charAt(start)));
    const table = this.table;
    const mask = table.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const e = table[slot];
      if (e === undefined) return this.store(this.make(text.slice(start, end)), hash);
      if (e.text.length === len && text.startsWith(e.text, start)) return e;
    }
  }

  /** The entry of a whole string. */
  of(spelling: string): T {
    return this.at(spelling, 0, spelling.length, hashOf(spelling));
  }

  private store(e: T, hash: number): T {
    if (this.stored >= this.max) {
      this.table = new Array<T | undefined>(FIRST_SIZE).fill(undefined);
      this.stored = 0;
    } else if (2 * (this.stored + 1) > this.table.length) {
      const bigger = new Array<T | undefined>(this.table.length * 2).fill(undefined);
      for (const old of this.table) if (old !== undefined) place(bigger, old, hashOf(old.text));
      this.table = bigger;
    }
    place(this.table, e, hash);
    this.stored++;
    return e;
  }
}

/** Puts an entry into an empty slot of `into` (which does not hold it yet). */
function place<T>(into: (T | undefined)[], e: T, hash: number): void {
  const mask = into.length - 1;
  let slot = mix(hash) & mask;
  while (into[slot] !== undefined) slot = (slot + 1) & mask;
  into[slot] = e;
}
