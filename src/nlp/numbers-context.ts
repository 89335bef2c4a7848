// Numbers that are not counts: years, dates, times, ordinals, ages, money, phone and model
// numbers, and references ("Article 280", "Part 3", "статья 207.3"). Decided from the tokens
// around the number only, so it stays cheap.
import type { NumberLexicon } from './numbers-data.js';
import type { NumToken } from './numbers.js';

const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
const LONG_DIGITS = 7;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function digitCount(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (isDigit(s.charCodeAt(k))) n++;
  return n;
}

const isYearLike = (t: NumToken) =>
  t.kind === 'num' &&
  !t.grouped &&
  Number.isInteger(t.value) &&
  t.value! >= YEAR_MIN &&
  t.value! <= YEAR_MAX &&
  t.text.length === 4;

/** Is the number at tokens first..last something other than a count? `qualified`: "more than" precedes. */
export function notACount(
  lex: NumberLexicon,
  toks: NumToken[],
  first: number,
  last: number,
  qualified: boolean,
  unitKnown: boolean,
): boolean {
  if (notACountHere(lex, toks, first, last, qualified, unitKnown)) return true;
  // "aged 23 and 25", "Articles 205 and 280", "in 2021 and 2022": the second is what the first is
  const join = toks[first - 1];
  const prev = toks[first - 2];
  return (
    !qualified &&
    !!join &&
    !!prev &&
    prev.kind === 'num' &&
    lex.listJoin.has(join.lower) &&
    notACountHere(lex, toks, first - 2, first - 2, false, false)
  );
}

function notACountHere(
  lex: NumberLexicon,
  toks: NumToken[],
  first: number,
  last: number,
  qualified: boolean,
  unitKnown: boolean,
): boolean {
  const t = toks[first];
  const before = toks[first - 1];
  const after = toks[last + 1];
  const after2 = toks[last + 2];
  if (t.kind === 'num') {
    if (!t.grouped && digitCount(t.text) >= LONG_DIGITS) return true; // phone, account, case numbers
    if (t.text.charCodeAt(0) === 0x30 && isDigit(t.text.charCodeAt(1))) return true; // 0004, 02-593: codes, not counts
    // "1160 2202 0000": groups of digits side by side are an account or card number
    if ((after?.kind === 'num' && after.start - t.end === 1) || (before?.kind === 'num' && t.start - before.end === 1))
      return true;
    // glued to a percent sign or hash before it: URL escapes (%9f), tags (#5)
    if (before && before.end === t.start && (before.text === '%' || before.text === '#')) return true;
    // glued to letters: Su-25, MiG-29, A4
    if (
      before &&
      before.end === t.start &&
      (before.kind === 'word' ||
        (before.text === '-' && toks[first - 2]?.kind === 'word' && toks[first - 2].end === before.start))
    )
      return true;
    // letters glued on: ordinals (8th, 7-й, 1990-х), ages (19-year-old, 19-летний), models (2A);
    // only a scale ("15k") keeps it a count
    if (t.suffix && !lex.scales.has(t.suffix)) return true;
    // 12:30, 2022-09-25, 8-800-555; a plain "10-15" range is allowed by the caller
    if (after && after.start === t.end && (after.text === ':' || after.text === '/') && after2?.kind === 'num')
      return true;
    if (before && before.end === t.start && (before.text === ':' || before.text === '+' || before.text === '/'))
      return true;
    if (after?.text === '-' && after2?.kind === 'num' && toks[last + 3]?.text === '-') return true;
    if (before?.text === '-' && toks[first - 2]?.kind === 'num' && toks[first - 3]?.text === '-') return true;
    if (before?.text === '-' && toks[first - 2]?.kind === 'num' && after?.text === '-' && after2?.kind === 'num')
      return true; // the 12 of 2023-12-30
    if (before?.text === '.' && toks[first - 2]?.kind === 'num' && before.start === toks[first - 2].end) return true; // 25.09.2022
    if (after?.text === '.' && after2?.kind === 'num' && after.start === t.end && after2.start === after.end)
      return true;
    // "in 2022", "2022 год": a year unless counted ("more than 2000", "1900 protesters")
    if (isYearLike(t) && after?.kind === 'word' && lex.afterYear.has(after.lower)) return true;
    if (isYearLike(t) && before?.kind === 'word' && lex.months.has(before.lower)) return true;
    if (
      isYearLike(t) &&
      !qualified &&
      (!unitKnown || (before?.kind === 'word' && lex.beforeYear.has(before.lower)) || before?.kind === 'punct')
    )
      return true;
  }
  // money: "$5,000", "5,000 rubles", "5 млн рублей"
  if (before && lex.currencySymbols.has(before.text)) return true;
  if (after && (lex.currencySymbols.has(after.text) || lex.money.has(after.lower))) return true;
  // dates: "September 25", "25 September", "25 сентября", "25th of September"
  if (t.kind === 'num' && t.value! <= 31 && Number.isInteger(t.value)) {
    if (before?.kind === 'word' && lex.months.has(before.lower)) return true;
    if (before?.text === '.' && toks[first - 2]?.kind === 'word' && lex.months.has(toks[first - 2].lower)) return true;
    if (after?.kind === 'word' && lex.months.has(after.lower)) return true;
    if (after?.lower === 'of' && after2 && lex.months.has(after2.lower)) return true;
    const third = toks[last + 3];
    if (
      after &&
      lex.dateRangeJoin.has(after.lower) &&
      after2?.kind === 'num' &&
      third?.kind === 'word' &&
      lex.months.has(third.lower)
    )
      return true;
  }
  // times: "10 a.m.", "в 10 утра"
  if (after?.kind === 'word' && lex.afterTime.has(after.lower) && !qualified) return true;
  if ((after?.lower === 'a' || after?.lower === 'p') && after2?.text === '.' && toks[last + 3]?.lower === 'm')
    return true;
  // references and ages by the word before: "Article 280", "Part 3", "статья 207.3", "aged 19", "№ 5"
  if (before && (before.text === '№' || before.text === '#')) return true;
  if (before?.kind === 'word' && (lex.beforeReference.has(before.lower) || lex.beforeAge.has(before.lower)))
    return true;
  if (before?.text === '.' && toks[first - 2]?.kind === 'word' && lex.beforeReference.has(toks[first - 2].lower))
    return true; // "Art. 280", "ст. 207"
  // "years old", "лет от роду"
  if (after?.kind === 'word' && after2?.kind === 'word' && lex.afterAge.has(`${after.lower} ${after2.lower}`))
    return true;
  return false;
}
