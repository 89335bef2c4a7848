// "the Belgorod and Kursk regions", "в Белгородской, Брянской и Курской областях": the earlier names share the
// last one's plural head word. Adds those regions (replacing a same-named town matched on its own).
import type { PlaceMention } from '../model/sentence-mentions.js';
import { placeCues } from './cues.js';
import { entriesFor } from './name-index.js';
import { tokenKey, type TokenList } from './normalize.js';

let words: { conjunctions: Set<string>; heads: Set<string> } | undefined;
function lists() {
  words ??= { conjunctions: new Set(placeCues().conjunctions), heads: new Set(placeCues().pluralRegionHeads) };
  return words;
}

function separator(text: string, tokens: TokenList, left: number): string {
  return text.slice(tokens.end(left), tokens.start(left + 1)).trim();
}

/** The word starting (or ending) at a character offset; -1 when none does. */
function wordAt(tokens: TokenList, offset: number, edge: 'start' | 'end'): number {
  for (let k = 0; k < tokens.length; k++) if ((edge === 'start' ? tokens.start(k) : tokens.end(k)) === offset) return k;
  return -1;
}

export function addCoordinatedRegions(text: string, tokens: TokenList, mentions: PlaceMention[]): PlaceMention[] {
  const { conjunctions, heads } = lists();
  let out = mentions;
  for (const m of mentions) {
    if (m.place.kind !== 'region') continue;
    const first = wordAt(tokens, m.start, 'start');
    const last = wordAt(tokens, m.end, 'end');
    if (first < 2 || last < 0 || !heads.has(tokens.at(last).raw.toLowerCase())) continue;
    const head = tokenKey(tokens.at(last));
    let cur = first;
    for (let step = 0; ; step++) {
      let name: number;
      const conj =
        cur >= 2 && conjunctions.has(tokens.at(cur - 1).raw.toLowerCase()) && separator(text, tokens, cur - 2) === '';
      if (conj) name = cur - 2;
      else if (step > 0 && cur >= 1 && separator(text, tokens, cur - 1) === ',') name = cur - 1;
      else break;
      const t = tokens.at(name);
      const region = t.cap
        ? entriesFor(`${tokenKey(t)} ${head}`)?.find((e) => e.kind === 'region' && !e.adjective)
        : undefined;
      if (!region) break;
      const added: PlaceMention = {
        start: t.start,
        end: t.end,
        text: t.raw,
        place: { ...region.area!.place },
        near: false,
        adjective: false,
        score: 0.8,
      };
      out = [...out.filter((x) => x.end <= t.start || x.start >= t.end), added].sort((a, b) => a.start - b.start);
      cur = name;
    }
  }
  return out;
}
