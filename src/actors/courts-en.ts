// English courts named by their place rather than a title: "a Moscow court", "a court in Ufa",
// "a military court in Rostov-on-Don" → "Moscow court", "Ufa court", "Rostov-on-Don military court".
// Both word orders give the same name so that two reports of one trial agree.
import type { ActorMention } from '../model/sentence-mentions.js';
import { patternData } from './pattern-data.js';
import type { WordToken } from './tokens.js';

const MAX_PLACE_WORDS = 3;

/** A place written as capitalised words joined by spaces or hyphens ("Rostov-on-Don"): last index. */
function placeAfter(words: WordToken[], from: number): number {
  let last = -1;
  for (let k = from, n = 0; k < words.length && n < MAX_PLACE_WORDS + 2; k++, n++) {
    const w = words[k];
    if (k > from && !w.joinsPrev) break;
    const hyphenated = k > from && /^-$/.test(w.gap) && k + 1 < words.length && words[k + 1].gap === '-';
    if (w.capital) last = k;
    else if (!hyphenated) break;
  }
  return last;
}

export function findEnglishPlaceCourts(words: WordToken[], text: string): ActorMention[] {
  const { courtDeterminers, courtModifiers, stopModifiers } = patternData().en;
  const out: ActorMention[] = [];
  for (let c = 0; c < words.length; c++) {
    if (words[c].text !== 'court') continue;
    // lower-case kinds of court right before it: "district", "military"
    let m = c;
    while (m > 0 && words[m].joinsPrev && courtModifiers.has(words[m - 1].text)) m--;
    const kindWords = words
      .slice(m, c + 1)
      .map((w) => w.text)
      .join(' ');
    // "a Moscow court": capitalised place between the determiner and the court words
    let p = m;
    while (
      p > 0 &&
      m - p < MAX_PLACE_WORDS &&
      words[p].joinsPrev &&
      words[p - 1].capital &&
      !stopModifiers.has(words[p - 1].text.toLowerCase())
    )
      p--;
    if (p < m && p > 0 && courtDeterminers.has(words[p - 1].text.toLowerCase())) {
      const place = text.slice(words[p].start, words[m - 1].end);
      out.push({
        start: words[p].start,
        end: words[c].end,
        text: text.slice(words[p].start, words[c].end),
        name: `${place} ${kindWords}`,
        kind: 'court',
        pattern: true,
      });
      continue;
    }
    // "a court in Ufa"
    const inWord = words[c + 1];
    if (m > 0 && courtDeterminers.has(words[m - 1].text.toLowerCase()) && inWord?.text === 'in' && inWord.joinsPrev) {
      const last = placeAfter(words, c + 2);
      if (last < 0) continue;
      const place = text.slice(words[c + 2].start, words[last].end);
      out.push({
        start: words[m].start,
        end: words[last].end,
        text: text.slice(words[m].start, words[last].end),
        name: `${place} ${kindWords}`,
        kind: 'court',
        pattern: true,
      });
      c = last;
    }
  }
  return out;
}
