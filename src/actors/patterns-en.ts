// English organisation names the registry lacks, found by their shape: capitalised words before a
// head noun ("Free Ingria Movement", "Basmanny District Court") or an of-phrase after it
// ("Committee of the Bashkir Resistance", "Government of Tatarstan"). A head alone ("the Committee")
// or with only generic words ("the District Court") is no name.
import type { ActorMention } from '../model/sentence-mentions.js';
import { patternData } from './pattern-data.js';
import type { ActorKind } from './shapes.js';
import type { WordShape, WordToken } from './tokens.js';

const MAX_MODIFIERS = 5;
const MAX_OF_WORDS = 5;

/** Capitalised words before the head: indices of the first one kept (or head when none). */
function leftModifiers(words: WordToken[], head: number): number {
  const { stopModifiers } = patternData().en;
  let first = head;
  for (let j = head - 1; j >= 0 && head - j <= MAX_MODIFIERS; j--) {
    const w = words[j];
    if (!words[j + 1].joinsPrev || !w.capital || w.possessive || stopModifiers.has(w.lower)) break;
    first = j;
  }
  return first;
}

/** "of [the] Capitalised Words", up to two such phrases: index of the last word taken. */
function ofPhrase(words: WordToken[], head: number): number {
  let last = head;
  for (let round = 0; round < 2; round++) {
    let k = last + 1;
    if (k >= words.length || words[k].text !== 'of' || !words[k].joinsPrev) break;
    k++;
    if (k < words.length && words[k].text === 'the' && words[k].joinsPrev) k++;
    let end = -1;
    for (let n = 0; k < words.length && n < MAX_OF_WORDS && words[k].joinsPrev && words[k].capital; k++, n++) {
      end = k;
      // "Congress of People's Deputies" goes on; "the Council of Russia's regions" stops
      if (words[k].possessive && !(words[k + 1]?.capital && words[k + 1].joinsPrev)) break;
    }
    if (end < 0) break;
    last = end;
  }
  return last;
}

/** The kind of body a word heads, memoised on its shape (the head lexicon never changes). */
function headKind(shape: WordShape, heads: Map<string, ActorKind>): ActorKind | undefined {
  if (shape.enHead === undefined) shape.enHead = heads.get(shape.lower) ?? null;
  return shape.enHead ?? undefined;
}

// Names found by pattern recur from sentence to sentence: their title-cased forms are memoised.
const titled = new Map<string, string>();
const TITLED_MAX = 10_000;

/** Title-case a span as written: all-capital words become Capitalised; connectors stay lower-case. */
export function titleCase(text: string): string {
  let t = titled.get(text);
  if (t === undefined) {
    if (titled.size >= TITLED_MAX) titled.clear();
    titled.set(text, (t = computeTitleCase(text)));
  }
  return t;
}

function computeTitleCase(text: string): string {
  const { connectors } = patternData().en;
  return text.replace(/\s+/g, ' ').replace(/\p{L}+(?:['’]\p{L}+)*/gu, (w, offset: number) => {
    if (offset > 0 && connectors.has(w.toLowerCase())) return w.toLowerCase();
    if (w.length > 3 && w === w.toUpperCase()) return w.charAt(0) + w.slice(1).toLowerCase();
    return w.charAt(0).toUpperCase() + w.slice(1);
  });
}

export function findEnglishOrgs(words: WordToken[], text: string): ActorMention[] {
  const { heads, ofOnly, genericModifiers, directions, directionalHeads } = patternData().en;
  const out: ActorMention[] = [];
  for (let h = 0; h < words.length; h++) {
    const head = words[h];
    const kind = head.capital ? headKind(head.shape, heads) : undefined;
    if (!kind) continue;
    const first = leftModifiers(words, h);
    const last = ofPhrase(words, h);
    const modifiers = words.slice(first, h).map((w) => w.lower);
    const naming = directionalHeads.has(head.lower) ? modifiers.filter((m) => !directions.has(m)) : modifiers;
    const named = naming.some((m) => !genericModifiers.has(m)) && !ofOnly.has(head.lower);
    if (!named && last === h) continue;
    const start = words[first].start;
    const end = words[last].end - (words[last].possessive ? 2 : 0);
    const span = text.slice(start, end);
    out.push({ start, end, text: span, name: titleCase(span), kind, pattern: true });
    h = last;
  }
  return out;
}
