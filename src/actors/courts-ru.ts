// Russian courts by pattern. With a place or direction adjective the court gets its usual English
// name ("Басманного районного суда" → "Basmanny District Court", "Южный окружной военный суд" →
// "Southern District Military Court"); "суд в Уфе" / "суд Уфы" keeps the Russian words as written.
import type { ActorMention } from '../model/sentence-mentions.js';
import { patternData } from './pattern-data.js';
import type { WordToken } from './tokens.js';

const ADJ_ENDING = /(?:ого|его|ому|ему|ым|им|ом|ем|ый|ий|ой|ая|яя|ую|юю|ое|ее)$/u;

/** Russian → Latin by the data table; "ый/ий" adjective endings become "y" as in English usage. */
export function transliterate(word: string): string {
  const { translit } = patternData().ru;
  const lat = [...word.toLowerCase()].map((c) => translit[c] ?? c).join('');
  return lat.charAt(0).toUpperCase() + lat.slice(1);
}

/** An adjective in any case form looked up by its masculine nominative forms. */
function lookupAdjective(map: Map<string, string>, surface: string): string | undefined {
  const lw = surface.toLowerCase().replace(/ё/g, 'е');
  const m = lw.match(ADJ_ENDING);
  if (!m) return undefined;
  const stem = lw.slice(0, -m[0].length);
  for (const ending of ['ый', 'ий', 'ой']) {
    const hit = map.get(stem + ending);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * English for a place or direction adjective: the data map (then it may be lower-case: "западный"),
 * else, for a capitalised word, a transliteration of its stem ("Басманного" → "Basmanny").
 */
function placeAdjective(word: WordToken): string | undefined {
  const known = lookupAdjective(patternData().ru.places, word.text);
  if (known || !word.capital) return known;
  const stem = word.text.toLowerCase().replace(ADJ_ENDING, '');
  return stem !== word.text.toLowerCase() && /[кнв]$/.test(stem) ? transliterate(stem) + 'y' : undefined;
}

function courtTypeBefore(words: WordToken[], court: number): { first: number; en: string } | undefined {
  const { courtTypes } = patternData().ru;
  for (const t of courtTypes) {
    const first = court - t.keys.length;
    if (first < 0) continue;
    if (t.keys.every((k, i) => words[first + i].key === k && words[first + i + 1].joinsPrev))
      return { first, en: t.en };
  }
  return undefined;
}

export function findRussianCourts(words: WordToken[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let c = 0; c < words.length; c++) {
    if (words[c].key !== 'суд') continue;
    const type = courtTypeBefore(words, c);
    const placeWord = type && type.first > 0 && words[type.first].joinsPrev ? words[type.first - 1] : undefined;
    const place = placeWord ? placeAdjective(placeWord) : undefined;
    if (type && placeWord && place) {
      const p = type.first - 1;
      const ordinal =
        p > 0 && words[p].joinsPrev ? lookupAdjective(patternData().ru.ordinals, words[p - 1].text) : undefined;
      const start = ordinal ? words[p - 1].start : placeWord.start;
      const name = `${ordinal ? ordinal + ' ' : ''}${place} ${type.en} Court`;
      out.push({ start, end: words[c].end, text: text.slice(start, words[c].end), name, kind: 'court', pattern: true });
      continue;
    }
    // "суд в Уфе", "суд Уфы": a capitalised place after it, kept in Russian
    const first = type ? type.first : c;
    let k = c + 1;
    if (words[k]?.text === 'в' && words[k].joinsPrev) k++;
    const pw = words[k];
    if (!pw?.joinsPrev || !pw.capital || pw.upper) continue;
    const start = words[first].start;
    const span = text.slice(start, pw.end);
    // "Суд в Уфе" at sentence start and "суд в Уфе" are one name; "Верховный суд Башкирии" keeps its capital
    const name = type ? span : span.charAt(0).toLowerCase() + span.slice(1);
    out.push({ start, end: pw.end, text: span, name, kind: 'court', pattern: true });
    c = k;
  }
  return out;
}
