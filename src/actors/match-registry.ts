// Registry matching: at each word, walk the trie as far as the words join up and keep the longest
// alias whose case conditions hold; then continue after it (non-overlapping, in text order).
import type { ActorMention } from '../extract/types.js';
import { SKIPPED_KEY, type AliasEnd, type Registry } from './registry.js';
import type { WordToken } from './tokens.js';

const POSSESSIVE = /['’ʼ]s$/i;

/** `path`: the indices of the text words matched to the alias words, in order. */
function accepts(end: AliasEnd, words: WordToken[], path: number[], strictCase: boolean): boolean {
  if (!strictCase) return true;
  for (let k = 0; k < end.length; k++) if (end.upper[k] && !words[path[k]].upper) return false;
  if (end.cased) {
    const first = words[path[0]];
    if (!first.capital) return false;
    if (first.sentenceInitial && !first.quoted) return false;
  }
  return true;
}

/** The longest registry alias starting at word `from`, or undefined. */
export function longestAliasAt(reg: Registry, words: WordToken[], from: number, strictCase = true): { end: AliasEnd; last: number } | undefined {
  // Most words start no alias: answer those before allocating anything.
  if (from >= words.length || !reg.root.next.has(words[from].key)) return undefined;
  let node = reg.root;
  let best: { end: AliasEnd; last: number } | undefined;
  const path: number[] = [];
  for (let j = from; j < words.length; j++) {
    if (j > from && !words[j].joinsPrev) break;
    if (j > from && words[j].key === SKIPPED_KEY && !node.next.has(SKIPPED_KEY)) continue;
    const child = node.next.get(words[j].key);
    if (!child) break;
    node = child;
    path.push(j);
    const ok = node.ends.find((e) => accepts(e, words, path, strictCase));
    if (ok) best = { end: ok, last: j };
  }
  return best;
}

export function matchRegistry(reg: Registry, words: WordToken[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = longestAliasAt(reg, words, i);
    if (!hit) continue;
    const start = words[i].start;
    let end = words[hit.last].end - (POSSESSIVE.test(words[hit.last].text) ? 2 : 0);
    // An alias that opened a quote inside the span takes its closing quote too: Легиона «Свобода России».
    if (/[«“„]/.test(text.slice(start, end)) && /[»”"]/.test(text.charAt(end))) end++;
    out.push({ start, end, text: text.slice(start, end), name: hit.end.actor.name, kind: hit.end.actor.kind, pattern: false });
    i = hit.last;
  }
  return out;
}
