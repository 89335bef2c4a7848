// Language of a report (en, ru or uk) from its script and its telltale letters. Runs on every
// document, so it reads a bounded sample, never the whole text. A letter count beats n-gram models
// here: Russian and Ukrainian each have letters the other lacks (ы э ъ ё vs і ї є ґ).
import type { Lang } from '../model/document.js';
import { readDataJson } from '../util/data-path.js';

interface LanguageData {
  letters: Record<'uk' | 'ru', { chars: string; expectedShare: number }>;
  words: Record<'uk' | 'ru', string[]>;
}

const data = readDataJson<LanguageData>('nlp-language.json');
// Per-code-point class table over the Cyrillic block: 1 = Ukrainian-only letter, 2 = Russian-only.
const CYRILLIC_BASE = 0x400;
const LETTER_CLASS = new Uint8Array(0x100);
for (const [chars, cls] of [
  [data.letters.uk.chars, 1],
  [data.letters.ru.chars, 2],
] as const) {
  for (const ch of chars) {
    const code = ch.charCodeAt(0) - CYRILLIC_BASE;
    if (code < 0 || code >= LETTER_CLASS.length)
      throw new Error(`nlp-language.json: ${ch} is not in the Cyrillic block`);
    LETTER_CLASS[code] = cls;
  }
}
const UK_WORDS = new Set(data.words.uk);
const RU_WORDS = new Set(data.words.ru);

/** Characters read from the start of the text, plus as many from its middle (mixed-language reports). */
export const SAMPLE_CHARS = 2_000;
/** Fewer letters than this say nothing. */
const MIN_LETTERS = 2;

function sample(text: string): string {
  if (text.length <= 2 * SAMPLE_CHARS) return text;
  const mid = Math.floor(text.length / 2);
  return text.slice(0, SAMPLE_CHARS) + ' ' + text.slice(mid, mid + SAMPLE_CHARS);
}

/** Cyrillic text without decisive letters: vote with function words; Russian when still even. */
function byWords(s: string): 'ru' | 'uk' {
  let uk = 0;
  let ru = 0;
  for (const w of s.toLowerCase().match(/[\p{Script=Cyrillic}'’]+/gu) ?? []) {
    if (UK_WORDS.has(w)) uk++;
    else if (RU_WORDS.has(w)) ru++;
  }
  return uk > ru ? 'uk' : 'ru';
}

export function detectLanguage(text: string): Lang | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const s = sample(text);
  let latin = 0;
  let cyrillic = 0;
  let uk = 0;
  let ru = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      const cls = LETTER_CLASS[c - CYRILLIC_BASE];
      if (cls === 1) uk++;
      else if (cls === 2) ru++;
    }
  }
  if (latin + cyrillic < MIN_LETTERS) return null;
  if (latin > cyrillic) return 'en';
  const ukScore = uk / data.letters.uk.expectedShare;
  const ruScore = ru / data.letters.ru.expectedShare;
  if (ukScore > ruScore) return 'uk';
  if (ruScore > ukScore) return 'ru';
  return byWords(s);
}
