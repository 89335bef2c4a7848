// Registry matching: at each word, walk the trie as far as the words join up and keep the longest
// alias whose case conditions hold; then continue after it (non-overlapping, in text order).
import type { ActorMention } from '../model/sentence-mentions.js';
import { SKIPPED_KEY } from './registry.js';
import type { AliasEnd, Registry, TrieNode } from './shapes.js';
import type { WordShape, WordToken } from './tokens.js';

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

function firstAccepted(
  ends: AliasEnd[],
  words: WordToken[],
  path: number[],
  strictCase: boolean,
): AliasEnd | undefined {
  for (const e of ends) if (accepts(e, words, path, strictCase)) return e;
  return undefined;
}

/** The trie node a word's key leads to from the root, memoised on the word's shape (one registry at a time). */
function startNode(reg: Registry, shape: WordShape): TrieNode | undefined {
  if (shape.startOf !== reg) {
    shape.startOf = reg;
    shape.startNode = reg.root.next.get(shape.key);
  }
  return shape.startNode;
}

/** The longest registry alias starting at word `from`, or undefined. */
export function longestAliasAt(
  reg: Registry,
  words: WordToken[],
  from: number,
  strictCase = true,
): { end: AliasEnd; last: number } | undefined {
  // Most words start no alias: answer those before allocating anything.
  if (from >= words.length) return undefined;
  let node = startNode(reg, words[from].shape);
  if (node === undefined) return undefined;
  let best: { end: AliasEnd; last: number } | undefined;
  const path: number[] = [from];
  for (let j = from; ; ) {
    const ok = node.ends.length === 0 ? undefined : firstAccepted(node.ends, words, path, strictCase);
    if (ok) best = { end: ok, last: j };
    // the next word that joins on, skipping an article the alias leaves out
    let child: TrieNode | undefined;
    for (j++; j < words.length && words[j].joinsPrev; j++) {
      if (words[j].key === SKIPPED_KEY && !node.next.has(SKIPPED_KEY)) continue;
      child = node.next.get(words[j].key);
      break;
    }
    if (child === undefined) return best;
    node = child;
    path.push(j);
  }
}

/** Does an opening quote stand in text[start, end)? */
function opensQuote(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xab || c === 0x201c || c === 0x201e) return true;
  }
  return false;
}

export function matchRegistry(reg: Registry, words: WordToken[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = longestAliasAt(reg, words, i);
    if (!hit) continue;
    const start = words[i].start;
    let end = words[hit.last].end - (words[hit.last].possessive ? 2 : 0);
    // An alias that opened a quote inside the span takes its closing quote too: Легиона «Свобода России».
    const close = text.charCodeAt(end);
    if ((close === 0xbb || close === 0x201d || close === 0x22) && opensQuote(text, start, end)) end++;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      name: hit.end.actor.name,
      kind: hit.end.actor.kind,
      pattern: false,
    });
    i = hit.last;
  }
  return out;
}
