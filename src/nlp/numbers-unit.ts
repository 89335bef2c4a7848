// The counted noun after a number: the head of a short noun phrase ("19 train derailments" →
// "derailments", "12 военкоматов" → "enlistment offices"). English takes the last plural-looking
// word before a stop word or verb; Russian skips adjectives to the first noun (or keeps a
// substantivised adjective: "двое задержанных"). Known nouns map to canonical English units.
import { z } from 'zod';
import type { Lang } from '../model/document.js';
import { readDataJson } from '../util/data-path.js';
import { tokenKey } from './token-key.js';
import type { NumberLexicon } from './numbers-data.js';
import type { NumToken } from './numbers.js';

const MAX_NP_WORDS = 4;
const RU_ADJECTIVE = /(?:ых|их|ой|ого|его|ому|ые|ие|ый|ий|ая|яя|ую|ым|им|ыми|ими)$/u;
const RU_VERB = /(?:ли|ла|ло|ть|ться|лся|лась|лись|ет|ут|ют|ит|ат|ят|ал|ил|ел|ял)$/u;

const UnitsSchema = z.object({ en: z.record(z.string(), z.string()), ru: z.record(z.string(), z.string()) });
let units: { en: Map<string, string>; ru: Map<string, string> } | undefined;

function unitMaps() {
  if (units) return units;
  const parsed = UnitsSchema.safeParse(readDataJson<unknown>('numbers-units.json'));
  if (!parsed.success) throw new Error(`numbers-units.json invalid: ${parsed.error.issues[0]?.message}`);
  // Russian lemmas are keyed by stem (last word of a multi-word lemma), so every case form finds them.
  const ru = new Map<string, string>();
  for (const [lemma, en] of Object.entries(parsed.data.ru)) ru.set(lemma.split(' ').map(tokenKey).join(' '), en);
  units = { en: new Map(Object.entries(parsed.data.en)), ru };
  return units;
}

export interface UnitFound {
  unit: string;
  /** index of the unit's last token */
  last: number;
}

/** Irregular plurals, or a Latin letter and "s" at the end, but not "ss", "us", "is" (as /[a-z]s$/ and not /(?:ss|us|is)$/). */
function isPlural(lex: NumberLexicon, w: string): boolean {
  if (lex.irregularPlurals.has(w)) return true;
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 0x73) return false;
  const p = w.charCodeAt(n - 2);
  return p >= 0x61 && p <= 0x7a && p !== 0x73 && p !== 0x75 && p !== 0x69;
}

/** Ends in "ed" or "ing" (a participle or gerund). */
const isVerbForm = (w: string) => w.endsWith('ed') || w.endsWith('ing');

function englishUnit(lex: NumberLexicon, toks: NumToken[], from: number, singular: boolean): UnitFound | undefined {
  const { en } = unitMaps();
  let found: UnitFound | undefined;
  for (let k = from, n = 0; k < toks.length && n < MAX_NP_WORDS; k++, n++) {
    const t = toks[k];
    // "15,000 were detained": auxiliaries, then a participle of what is done to people
    if (n === 0 && lex.auxiliaries.has(t.lower)) {
      let a = k;
      while (a < toks.length && a - k < 3 && lex.auxiliaries.has(toks[a].lower)) a++;
      if (toks[a] && lex.personWords.has(toks[a].lower)) return { unit: en.get(toks[a].lower) ?? 'people', last: a };
      break;
    }
    if (t.kind !== 'word' || lex.nounStop.has(t.lower)) break;
    if (n === 0 && lex.personWords.has(t.lower)) return { unit: en.get(t.lower) ?? 'people', last: k };
    const plural = isPlural(lex, t.lower);
    if (found && !plural && isVerbForm(t.lower)) break;
    if (plural) found = { unit: en.get(t.lower) ?? t.lower, last: k };
    else if (found)
      break; // a singular word after the plural head starts the next phrase
    else if (singular) found = { unit: en.get(t.lower) ?? t.lower, last: k };
  }
  return found;
}

function russianUnit(lex: NumberLexicon, toks: NumToken[], from: number): UnitFound | undefined {
  const { ru } = unitMaps();
  let adjective = -1;
  for (let k = from, n = 0; k < toks.length && n < MAX_NP_WORDS; k++, n++) {
    const t = toks[k];
    if (t.kind !== 'word' || lex.nounStop.has(t.lower)) break;
    if (RU_ADJECTIVE.test(t.lower) && toks[k + 1]?.kind === 'word' && !lex.nounStop.has(toks[k + 1].lower)) {
      adjective = k;
      continue;
    }
    if (t.lower.length > 4 && RU_VERB.test(t.lower) && !RU_ADJECTIVE.test(t.lower)) break;
    return { unit: russianCanonical(ru, toks, k), last: k };
  }
  return adjective >= 0 ? { unit: russianCanonical(ru, toks, adjective), last: adjective } : undefined;
}

function russianCanonical(ru: Map<string, string>, toks: NumToken[], k: number): string {
  const key = tokenKey(toks[k].lower);
  const pair = k > 0 && toks[k - 1].kind === 'word' ? `${tokenKey(toks[k - 1].lower)} ${key}` : '';
  return ru.get(pair) ?? ru.get(key) ?? toks[k].lower;
}

/** The unit after the number ending at token `after - 1`; "of" and "из" are skipped ("dozens of people"). */
export function findUnit(
  lex: NumberLexicon,
  toks: NumToken[],
  after: number,
  lang: Lang,
  singular: boolean,
): UnitFound | undefined {
  let k = after;
  if (toks[k]?.text === '%') return { unit: 'percent', last: k };
  const pct = (toks[k] ? lex.percent.get(toks[k].lower) : undefined)?.find((p) =>
    p.every((w, i) => toks[k + i]?.lower === w),
  );
  if (pct) return { unit: 'percent', last: k + pct.length - 1 };
  if (lang === 'en') {
    if (toks[k]?.lower === 'of') k++;
    if (toks[k]?.lower === 'the') k++;
    return englishUnit(lex, toks, k, singular);
  }
  return russianUnit(lex, toks, k);
}
