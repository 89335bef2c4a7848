// The actor registry (data/actors.json), validated once at load and indexed as a token trie over
// normalised keys, so that a sentence is matched in one left-to-right pass.
import { readDataJson } from '../util/data-path.js';
import { wordTokens } from './tokens.js';
import { RegistrySchema, type AliasEnd, type Registry, type TrieNode } from './shapes.js';

/** Key of the article that may come and go inside a name. */
export const SKIPPED_KEY = 'the';

function newNode(): TrieNode {
  return { next: new Map(), ends: [] };
}

export function buildRegistry(raw: unknown): Registry {
  const parsed = RegistrySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`actor registry invalid at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const root = newNode();
  for (const actor of parsed.data.actors) {
    const cased = new Set(actor.cased ?? []);
    const aliases = new Set([actor.name, ...actor.aliases.en, ...actor.aliases.ru, ...(actor.aliases.other ?? [])]);
    for (const alias of aliases) {
      // "the" is optional inside names ("Congress of [the] Oirat-Kalmyk People"): left out of keys.
      const words = wordTokens(alias).filter((w, i) => i === 0 || w.key !== SKIPPED_KEY);
      if (words.length === 0) continue;
      let node = root;
      for (const w of words) {
        let child = node.next.get(w.key);
        if (!child) node.next.set(w.key, (child = newNode()));
        node = child;
      }
      const end: AliasEnd = { actor, upper: words.map((w) => w.upper), cased: cased.has(alias), length: words.length };
      // The same key sequence from two aliases of one actor: keep the laxer one.
      const same = node.ends.find((e) => e.actor === actor);
      if (same) {
        same.upper = same.upper.map((u, i) => u && end.upper[i]);
        same.cased = same.cased && end.cased;
      } else node.ends.push(end);
    }
  }
  return { actors: parsed.data.actors, root };
}

let cached: Registry | undefined;

/** The registry from data/actors.json, loaded on first use. */
export function registry(): Registry {
  cached ??= buildRegistry(readDataJson<unknown>('actors.json'));
  return cached;
}
