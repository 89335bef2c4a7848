// Number words and quantity context words per language (data/numbers-en.json, numbers-ru.json),
// validated at load and turned into lookup sets and phrase lists.
import { z } from 'zod';
import { readDataJson } from '../util/data-path.js';
import type { Lang } from '../model/document.js';
import { boundedRegExp, testBounded } from './regex/bounded.js';
import { LETTER, charClasses } from './char-classes.js';
import { hashOf, hashStep } from './span-memo.js';

const Words = z.array(z.string().min(1)).max(2_000);
const Values = z.record(z.string(), z.number());

const LangSchema = z.object({
  units: Values,
  tens: Values.optional(),
  hundred: Values.optional(),
  collective: Values.optional(),
  half: Values.optional(),
  scales: Values,
  dozen: Values.optional(),
  alone: Values.optional(),
  aloneAfterQualifier: Values.optional(),
  articles: Words.optional(),
  joiners: Words.optional(),
  lowerBound: Words,
  approx: Words,
  vague: Words,
  vagueJoin: Words,
  vagueNeedsUnit: Words,
  trailingLowerBound: Words,
  trailingApprox: Words,
  listJoin: Words,
  qualifierGap: Words,
  months: Words,
  dateRangeJoin: Words,
  before: z.object({ reference: Words, age: Words, year: Words }),
  after: z.object({ age: Words, time: Words, year: Words }),
  auxiliaries: Words,
  money: Words,
  currencySymbols: Words,
  percent: Words,
  personWords: Words,
  nounStop: Words,
  irregularPlurals: Words,
});
type LangJson = z.infer<typeof LangSchema>;

/** A phrase as its words, for matching over lower-case word tokens. */
export type Phrase = string[];
/** Phrases by their first word, longest first within each word. */
export type PhraseIndex = Map<string, Phrase[]>;

export interface NumberLexicon {
  /** small number per lexicon (0, 1, …), for per-word memos that serve each lexicon apart */
  id: number;
  /** single number words (units, tens, hundreds, collectives) → value */
  words: Map<string, number>;
  /** collective numerals ("двое", "троих"), which count people only */
  collective: Set<string>;
  /** "hundred" in English: multiplies what precedes */
  hundred: Map<string, number>;
  scales: Map<string, number>;
  dozen: Map<string, number>;
  half: Map<string, number>;
  alone: Map<string, number>;
  aloneAfterQualifier: Map<string, number>;
  articles: Set<string>;
  joiners: Set<string>;
  lowerBound: PhraseIndex;
  approx: PhraseIndex;
  vague: PhraseIndex;
  vagueJoin: PhraseIndex;
  /** after the number: "a dozen or more" (a lower bound), "forty-odd", "a dozen or so" */
  trailingLowerBound: PhraseIndex;
  trailingApprox: PhraseIndex;
  /** "aged 23 and 25", "Articles 205 and 280": a number listed after a non-count is none either */
  listJoin: Set<string>;
  /** vague words that are no amount without a counted noun ("several said") */
  vagueNeedsUnit: Set<string>;
  /** prepositions between a qualifier and its number: "не менее чем в 32 городах" */
  qualifierGap: Set<string>;
  months: Set<string>;
  /** "from 21 to 25 September", "с 23 на 24 июня": the first day of a range is a date too */
  dateRangeJoin: Set<string>;
  beforeReference: Set<string>;
  beforeAge: Set<string>;
  beforeYear: Set<string>;
  afterAge: Set<string>;
  afterTime: Set<string>;
  afterYear: Set<string>;
  /** words between a number and a participle: "15,000 were detained" */
  auxiliaries: Set<string>;
  money: Set<string>;
  currencySymbols: Set<string>;
  percent: PhraseIndex;
  personWords: Set<string>;
  nounStop: Set<string>;
  irregularPlurals: Set<string>;
  /** every word that can open a qualifier, a number or a vague amount: other words are skipped at once */
  starters: Set<string>;
  /** cheap pre-check: does a sentence contain any number word at all? */
  anyWord: { test(text: string): boolean };
}

const fold = (w: string) => w.toLowerCase().replace(/ё/g, 'е');
const map = (v?: Record<string, number>) => new Map(Object.entries(v ?? {}).map(([k, n]) => [fold(k), n]));
const set = (v?: string[]) => new Set((v ?? []).map(fold));
// Longest phrase first, so "more than" wins over "more" and "несколько десятков" over "несколько".
function phrases(v: string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const p of v.map((x) => fold(x).split(/\s+/)).sort((a, b) => b.length - a.length)) {
    const list = index.get(p[0]) ?? [];
    list.push(p);
    index.set(p[0], list);
  }
  return index;
}
const firstWords = (index: PhraseIndex) => [...index.keys()];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function build(j: LangJson, id: number): NumberLexicon {
  const words = new Map([...map(j.units), ...map(j.tens), ...map(j.collective)]);
  const lex: Omit<NumberLexicon, 'anyWord' | 'starters'> = {
    id,
    words,
    collective: new Set(Object.keys(j.collective ?? {}).map(fold)),
    hundred: map(j.hundred),
    scales: map(j.scales),
    dozen: map(j.dozen),
    half: map(j.half),
    alone: map(j.alone),
    aloneAfterQualifier: map(j.aloneAfterQualifier),
    articles: set(j.articles),
    joiners: set(j.joiners),
    lowerBound: phrases(j.lowerBound),
    approx: phrases(j.approx),
    vague: phrases(j.vague),
    vagueJoin: phrases(j.vagueJoin),
    vagueNeedsUnit: set(j.vagueNeedsUnit),
    trailingLowerBound: phrases(j.trailingLowerBound),
    trailingApprox: phrases(j.trailingApprox),
    listJoin: set(j.listJoin),
    qualifierGap: set(j.qualifierGap),
    months: set(j.months),
    dateRangeJoin: set(j.dateRangeJoin),
    beforeReference: set(j.before.reference),
    beforeAge: set(j.before.age),
    beforeYear: set(j.before.year),
    afterAge: set(j.after.age),
    afterTime: set(j.after.time),
    afterYear: set(j.after.year),
    auxiliaries: set(j.auxiliaries),
    money: set(j.money),
    currencySymbols: new Set(j.currencySymbols),
    percent: phrases(j.percent),
    personWords: set(j.personWords),
    nounStop: set(j.nounStop),
    irregularPlurals: set(j.irregularPlurals),
  };
  // Every word that can start a number or a vague amount (hyphenated "twenty-three" starts with "twenty").
  const numberStarters = new Set<string>([
    ...words.keys(),
    ...lex.hundred.keys(),
    ...lex.dozen.keys(),
    ...lex.half.keys(),
    ...lex.alone.keys(),
    ...lex.aloneAfterQualifier.keys(),
    ...[...lex.vague.values()].flat(2).filter((w) => w !== 'of'),
  ]);
  const starters = new Set<string>([
    ...words.keys(),
    ...lex.hundred.keys(),
    ...lex.dozen.keys(),
    ...lex.half.keys(),
    ...lex.alone.keys(),
    ...lex.aloneAfterQualifier.keys(),
    ...lex.articles,
    ...firstWords(lex.lowerBound),
    ...firstWords(lex.approx),
    ...firstWords(lex.vague),
  ]);
  const numberWords = [...numberStarters].filter((w) => w.length > 2);
  const alternation = [...numberWords]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // Tested as /(?<![\p{L}])(?:…)(?![\p{L}])/iu would, with the lookbehind checked only where a word matched.
  const anyWordRe = boundedRegExp('(?<![\\p{L}])', `(?:${alternation})(?![\\p{L}])`, 'iu');
  const regexTest = (text: string) => testBounded(anyWordRe, text);
  return { ...lex, starters, anyWord: { test: wordScan(numberWords, regexTest) ?? regexTest } };
}

/**
 * Upper to lower case where that is plain, as both String.toLowerCase and the regex's case-blind
 * match (simple case folding) do it: Basic Latin and the Cyrillic letters U+0400–U+045F. Else -1.
 */
function plainLower(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c >= 0x400 && c <= 0x45f) return c < 0x410 ? c + 0x50 : c < 0x430 ? c + 0x20 : c;
  return -1;
}

/**
 * The anyWord test as a scan of the text's words, for lexicons whose number words are plain
 * lower-case letters (else undefined). The regex matches where a whole run of letters spells a
 * word in any case; the scan hashes each run's lower case as it reads it and looks the run up only
 * when the hash is a number word's. A letter without a plain lower case (or a surrogate) may match
 * in ways the scan does not know: that text goes to the regex.
 */
function wordScan(words: string[], regexTest: (text: string) => boolean): ((text: string) => boolean) | undefined {
  const plain = (w: string) =>
    [...w].every(
      (ch) => (charClasses()[ch.charCodeAt(0)] & LETTER) !== 0 && plainLower(ch.charCodeAt(0)) === ch.charCodeAt(0),
    );
  if (words.length === 0 || !words.every(plain)) return undefined;
  const known = new Set(words);
  const bits = new Uint8Array(1 << 13);
  for (const w of words) {
    const h = hashOf(w);
    bits[(h >>> 3) & 0x1fff] |= 1 << (h & 7);
  }
  return (text: string) => {
    const cls = charClasses();
    const n = text.length;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if ((cls[c] & LETTER) === 0) {
        if ((c & 0xf800) === 0xd800) return regexTest(text);
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if ((cls[d] & LETTER) === 0) break;
        const l = plainLower(d);
        if (l < 0) return regexTest(text);
        h = hashStep(h, l);
      }
      if ((bits[(h >>> 3) & 0x1fff] & (1 << (h & 7))) !== 0 && known.has(text.slice(start, i).toLowerCase()))
        return true;
    }
    return false;
  };
}

const cache = new Map<Lang, NumberLexicon>();

/** The lexicon of a language; Ukrainian falls back to Russian until it has its own file. */
export function numberLexicon(lang: Lang): NumberLexicon {
  const key: 'en' | 'ru' = lang === 'en' ? 'en' : 'ru';
  let lex = cache.get(key);
  if (!lex) {
    const file = `numbers-${key}.json`;
    const parsed = LangSchema.safeParse(readDataJson<unknown>(file));
    if (!parsed.success)
      throw new Error(
        `${file} invalid at ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
      );
    lex = build(parsed.data, key === 'en' ? 0 : 1);
    cache.set(key, lex);
  }
  return lex;
}
