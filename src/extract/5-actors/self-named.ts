// Groups known only by the name they give themselves: "a group calling itself the "Caucasian
// Resistance"", "группа, называющая себя «Кавказским сопротивлением»". The quoted name is the actor.
import type { Lang } from '../../model/document.js';
import type { ActorMention } from '../types.js';

const PATTERNS: Record<Lang, RegExp> = {
  en: /\b(?:group|organi[sz]ation|movement|cell|unit|collective|network)\s*,?\s+(?:that\s+)?(?:calling|calls|called|naming|names)\s+(?:itself|themselves)\s+(?:the\s+)?(?:["“«]([^"”»]{2,80})["”»]|((?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*))/gu,
  ru: /(?:групп\p{L}*|организаци\p{L}*|движени\p{L}*|ячейк\p{L}*|объединени\p{L}*)\s*,?\s+(?:называющ\p{L}*|именующ\p{L}*)\s+себя\s+«([^»]{2,80})»/giu,
  uk: /(?:груп\p{L}*|організаці\p{L}*|рух\p{L}*)\s*,?\s+(?:що\s+)?(?:назива\p{L}*|іменує\p{L}*)\s+себе\s+«([^»]{2,80})»/giu,
};

const GATE = /call|nam|назыв|имену|назива|імену/iu;

export function findSelfNamed(sentence: string, lang: Lang): ActorMention[] {
  if (!GATE.test(sentence)) return [];
  const re = PATTERNS[lang];
  re.lastIndex = 0;
  const out: ActorMention[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const name = m[1] ?? m[2];
    if (!name) continue;
    const start = m.index + m[0].lastIndexOf(name);
    out.push({ start, end: start + name.length, text: name, name: name.trim(), kind: 'armed_group', pattern: true });
  }
  return out;
}
