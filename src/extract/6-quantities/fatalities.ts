// Deaths the text reports for an act: a number when it says how many were killed, 0 when it
// says nobody was (or only that people were wounded), null when it is silent (docs/event-format.md rule 8).
import type { Lang } from '../../model/document.js';
import { parseNumberWords } from '../../nlp/numbers.js';

const NONE: Record<Lang, RegExp> = {
  en: /\b(?:no one|nobody|no people|none) (?:was |were )?(?:killed|hurt|injured|harmed|died)|no (?:casualties|injuries|victims|deaths)|without casualties|(?:was|were) not (?:hurt|injured)/i,
  ru: /никто не (?:пострадал|погиб)|обошлось без (?:пострадавших|жертв)|без жертв|пострадавших нет|жертв нет|не пострадал/iu,
  uk: /ніхто не (?:постраждав|загинув)|без жертв|постраждалих немає/iu,
};
const KILLED: Record<Lang, RegExp> = {
  en: /\b((?:\d[\d,]*)|[a-z]+(?:-[a-z]+)?) (?:people |persons |soldiers |officers |servicemen |civilians |policemen )?(?:were |was |have been |had been )?(?:killed|dead|died)\b|\bkill(?:ed|ing) ((?:\d[\d,]*)|[a-z]+(?:-[a-z]+)?) /i,
  ru: /(\d+|[а-яё]+) (?:человек\p{L}* )?(?:погиб\p{L}*|убит\p{L}*)|(?:погиб\p{L}*|убит\p{L}*) (\d+|[а-яё]+)/iu,
  uk: /(\d+|[а-яіїєґ]+) (?:людей |осіб )?(?:загинул\p{L}*|вбит\p{L}*)/iu,
};
/** A word every KILLED match holds (same flags): where none stands, KILLED need not be tried. */
const KILLED_WORD: Record<Lang, RegExp> = {
  en: /kill|dead|died/i,
  ru: /погиб|убит/iu,
  uk: /загинул|вбит/iu,
};
const WOUNDED: Record<Lang, RegExp> = {
  en: /\b(?:wounded|injured|hurt)\b/i,
  ru: /ранен\p{L}*|ранил\p{L}*|пострадал\p{L}*|травм\p{L}*/iu,
  uk: /поранен\p{L}*|постраждал\p{L}*/iu,
};
const SINGULAR_VICTIM: Record<Lang, RegExp> = {
  en: /\b(?:was|has been) (?:shot dead|killed)\b|\bshot dead\b/i,
  ru: /(?:был\p{L}* )?(?:убит|застрелен|погиб)(?!\p{L})/iu,
  uk: /(?:був )?(?:вбит\p{L}*|загинув)/iu,
};

export function findFatalities(sentence: string, lang: Lang): number | null {
  if (NONE[lang].test(sentence)) return 0;
  const m = KILLED_WORD[lang].test(sentence) ? KILLED[lang].exec(sentence) : null;
  if (m) {
    const word = (m[1] ?? m[2] ?? '').replace(/,/g, '');
    const n = /^\d+$/.test(word) ? Number(word) : parseNumberWords(word, lang);
    if (typeof n === 'number' && Number.isFinite(n)) return n;
  }
  if (SINGULAR_VICTIM[lang].test(sentence)) return 1;
  if (WOUNDED[lang].test(sentence)) return 0;
  return null;
}
