// The distinctive words of an evidence sentence: names (capitalised words past the first) and
// numbers. Reports of one kind of act are told in the same words ("residents held a rally against
// the closure of the hospital in …"); what tells two acts apart is the town, the people and the
// figures. Word similarity alone rewards the shared wording, so the similarity of two sentences
// counts only in the measure their distinctive words agree.

/** Names and numbers past the sentence's first word, lower-cased, ё as е. */
export function distinctiveWords(text: string): string[] {
  const ws = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return ws
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w) || /^\p{N}+$/u.test(w))
    .map((w) => w.toLowerCase().replace(/ё/g, 'е'));
}

/**
 * One word in two case forms ("Коврове", "Ковров"; "Шуе", "Шуя"): the shorter, less its ending (two
 * letters, one in a short word), begins the longer, which adds at most three letters to it.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\p{N}/u.test(a) || /^\p{N}/u.test(b)) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  const stem = s.slice(0, s.length - (s.length > 5 ? 2 : 1));
  return stem.length >= 2 && l.length - stem.length <= 3 && l.startsWith(stem);
}

/**
 * How far two sentences agree on their distinctive words, from 0 to 1: the words both name, against
 * those where each names something the other does not (a word only one side has is detail, not
 * disagreement). 1 when they do not disagree.
 */
export function distinctiveAgreement(a: string, b: string): number {
  const da = [...new Set(distinctiveWords(a))];
  const db = [...new Set(distinctiveWords(b))];
  const shared = da.filter((x) => db.some((y) => sameWord(x, y))).length;
  const onlyA = da.length - shared;
  const onlyB = db.filter((y) => !da.some((x) => sameWord(x, y))).length;
  const conflicts = Math.min(onlyA, onlyB);
  if (conflicts === 0) return 1;
  return shared / (shared + conflicts);
}
