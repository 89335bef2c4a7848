// Unicode classes of Basic Multilingual Plane characters as a lookup table, for hand-written token
// scanners on hot paths (a regex scan allocates a match array per token). Built once, on first use,
// from the regex classes themselves, so it agrees with \p{L}, \p{M}, \p{N} and \s of this runtime.
// Astral characters are not in the table: scanners hand text holding surrogates to their regex.

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const SPACE = 8;

let table: Uint8Array | undefined;

/** Class bits per UTF-16 code unit (surrogates: 0). */
export function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const units: string[] = [];
  // Surrogates stand in as a character of no class, so that string index = code point.
  for (let c = 0; c < 0x10000; c++) units.push(c >= 0xd800 && c <= 0xdfff ? '\u0000' : String.fromCharCode(c));
  const all = units.join('');
  const mark = (re: RegExp, bit: number) => {
    for (const m of all.matchAll(re)) for (let k = m.index; k < m.index + m[0].length; k++) t[k] |= bit;
  };
  mark(/\p{L}+/gu, LETTER);
  mark(/\p{M}+/gu, MARK);
  mark(/\p{N}+/gu, NUMBER);
  mark(/\s+/gu, SPACE);
  table = t;
  return t;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Does the text hold characters outside the table (astral ones, or broken surrogates)? */
export function hasSurrogates(text: string): boolean {
  return SURROGATE.test(text);
}
