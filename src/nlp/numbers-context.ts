// Numbers that are not counts: years, dates, times, ordinals, ages, money, phone and model
// numbers, and references ("Article 280", "Part 3", "статья 207.3"). Decided from the tokens
// around the number only, so it stays cheap.
import type { NumberLexicon } from './numbers-data.js';
import type { NumToken } from './numbers.js';

const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
const LONG_DIGITS = 7;

function prevWord(toks: NumToken[], i: number): NumToken | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (toks[k].kind === 'word') return toks[k];
  return undefined;
}

const isYearLike = (t: NumToken) => t.kind === 'num' && !t.grouped && Number.isInteger(t.value) && t.value! >= YEAR_MIN && t.value! <= YEAR_MAX && t.text.length === 4;

/** Is the number at tokens first..last something other than a count? `qualified`: "more than" precedes. */
export function notACount(lex: NumberLexicon, toks: NumToken[], first: number, last: number, qualified: boolean, unitKnown: boolean): boolean {
  const t = toks[first];
  const before = toks[first - 1];
  const after = toks[last + 1];
  const after2 = toks[last + 2];
  if (t.kind === 'num') {
    const digits = t.text.replace(/\D/g, '');
    if (!t.grouped && digits.length >= LONG_DIGITS) return true; // phone, account, case numbers
    // glued to letters: Su-25, MiG-29, A4
    if (before && before.end === t.start && (before.kind === 'word' || (before.text === '-' && toks[first - 2]?.kind === 'word' && toks[first - 2].end === before.start))) return true;
    if (t.suffix) {
      const s = t.suffix.replace(/^-/, '');
      if (lex.ordinalSuffix.has(s.split('-')[0])) return true; // 7th-grade, 1990-х
      if (lex.ordinalSuffix.has(s) || lex.afterAge.has(t.suffix) || lex.afterAge.has(s) || [...lex.afterAge].some((a) => s.startsWith(a))) return true;
    }
    // 12:30, 2022-09-25, 8-800-555; a plain "10-15" range is allowed by the caller
    if (after && after.start === t.end && (after.text === ':' || after.text === '/') && after2?.kind === 'num') return true;
    if (before && before.end === t.start && (before.text === ':' || before.text === '+' || before.text === '/') ) return true;
    if (after?.text === '-' && after2?.kind === 'num' && toks[last + 3]?.text === '-' ) return true;
    if (before?.text === '-' && toks[first - 2]?.kind === 'num' && toks[first - 3]?.text === '-') return true;
    if (before?.text === '.' && toks[first - 2]?.kind === 'num' && before.start === toks[first - 2].end) return true; // 25.09.2022
    if (after?.text === '.' && after2?.kind === 'num' && after.start === t.end && after2.start === after.end) return true;
    // "in 2022", "2022 год": a year unless counted ("more than 2000", "1900 protesters")
    if (isYearLike(t) && after?.kind === 'word' && lex.afterYear.has(after.lower)) return true;
    if (isYearLike(t) && before?.kind === 'word' && lex.months.has(before.lower)) return true;
    if (isYearLike(t) && !qualified && (!unitKnown || (before?.kind === 'word' && lex.beforeYear.has(before.lower)) || before?.kind === 'punct')) return true;
  }
  // money: "$5,000", "5,000 rubles", "5 млн рублей"
  if (before && lex.currencySymbols.has(before.text)) return true;
  if (after && (lex.currencySymbols.has(after.text) || lex.money.has(after.lower))) return true;
  // dates: "September 25", "25 September", "25 сентября", "25th of September"
  const prev = prevWord(toks, first);
  if (t.kind === 'num' && t.value! <= 31 && Number.isInteger(t.value)) {
    if (before?.kind === 'word' && lex.months.has(before.lower)) return true;
    if (before?.text === '.' && toks[first - 2]?.kind === 'word' && lex.months.has(toks[first - 2].lower)) return true;
    if (after?.kind === 'word' && lex.months.has(after.lower)) return true;
    if (after?.lower === 'of' && after2 && lex.months.has(after2.lower)) return true;
  }
  // times: "10 a.m.", "в 10 утра"
  if (after?.kind === 'word' && lex.afterTime.has(after.lower) && !qualified) return true;
  // references and ages by the word before: "Article 280", "Part 3", "статья 207.3", "aged 19", "№ 5"
  if (before && (before.text === '№' || before.text === '#')) return true;
  if (prev && prev === before && (lex.beforeReference.has(prev.lower) || lex.beforeAge.has(prev.lower))) return true;
  if (before?.text === '.' && toks[first - 2]?.kind === 'word' && lex.beforeReference.has(toks[first - 2].lower)) return true; // "Art. 280", "ст. 207"
  // "years old", "лет от роду"
  if (after?.kind === 'word' && after2?.kind === 'word' && lex.afterAge.has(`${after.lower} ${after2.lower}`)) return true;
  return false;
}
