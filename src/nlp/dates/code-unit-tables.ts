// Per UTF-16 code unit tables for the hand-written date scans (leads.ts, phrase-groups.ts): its
// class (char-classes.ts, plus the marks below) and its lower case. Built once, on first use.
import { charClasses } from '../char-classes.js';
import { UNICODE_ONLY_FOLDS } from '../regex/caseless.js';

/** a letter that only Unicode case folding equates with another (caseless.ts): lower-casing is no guide */
export const FOLD = 0x80;
/** what separates the numbers of a numeric date: . / - */
export const SEPARATOR = 0x40;
/** half of a surrogate pair: astral characters are not in the tables */
export const SURROGATE = 0x20;

export interface UnitTables {
  /** char-classes bits (LETTER, NUMBER, SPACE, …) and FOLD, SEPARATOR, SURROGATE */
  kind: Uint8Array;
  /** the unit's lower case where that is one code unit, else the unit itself */
  lower: Uint16Array;
}

let tables: UnitTables | undefined;

export function unitTables(): UnitTables {
  if (tables) return tables;
  const kind = Uint8Array.from(charClasses());
  const lower = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const l = ch.toLowerCase();
    lower[c] = l.length === 1 ? l.charCodeAt(0) : c;
    if (c >= 0xd800 && c <= 0xdfff) kind[c] |= SURROGATE;
    else if (UNICODE_ONLY_FOLDS.test(ch)) kind[c] |= FOLD;
  }
  for (const sep of './-') kind[sep.charCodeAt(0)] |= SEPARATOR;
  tables = { kind, lower };
  return tables;
}

/** `s` lower-cased code unit by code unit, as the scans compare text. */
export function lowerUnits(s: string): string {
  const { lower } = unitTables();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(lower[s.charCodeAt(i)]);
  return out;
}
