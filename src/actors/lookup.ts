// Actor lookup in one sentence: registry aliases first, naming patterns for what it lacks; where
// candidates overlap the longer span wins (the registry on a tie). Person names come only from the
// registry: no pattern ever yields a person, so private individuals never become actors.
import type { ActorMention } from '../model/sentence-mentions.js';
import type { Lang } from '../model/document.js';
import { findEnglishPlaceCourts } from './courts-en.js';
import { findRussianCourts } from './courts-ru.js';
import { longestAliasAt, matchRegistry } from './match-registry.js';
import { findEnglishOrgs, titleCase } from './patterns-en.js';
import { findRussianOrgs } from './patterns-ru.js';
import { registry } from './registry.js';
import { wordTokens, type WordToken } from './tokens.js';

/** Longest sentence we look at; longer strings are not sentences and are cut (ranges stay valid). */
export const MAX_SENTENCE_CHARS = 5_000;
const HAS_CAPITAL = /\p{Lu}/u;

// Anchored at the end, so no word boundary is needed (\b is ASCII-only, wrong for Cyrillic).
const TRAILING_JOINERS = /(?:[\s,;:–-]+|\s(?:of|the|and|и|в))+$/u;

/**
 * A pattern must not swallow a registry name after its start ("Government of Tatarstan Rustam
 * Minnikhanov"): it is cut before that name, or dropped if fewer than two words remain. A registry
 * name at the pattern's start stays inside it ("Верховный суд Башкирии" is not the Supreme Court of Russia).
 */
function yieldToRegistry(pattern: ActorMention, registryHits: ActorMention[], text: string): ActorMention | undefined {
  const inside = registryHits.find((r) => r.start > pattern.start && r.start < pattern.end);
  if (!inside) return pattern;
  const kept = text.slice(pattern.start, inside.start).replace(TRAILING_JOINERS, '');
  if (!/\s/.test(kept.trim())) return undefined;
  const cut = pattern.text.length - kept.length;
  const name =
    pattern.name.length > cut && pattern.text.endsWith(pattern.name.slice(-cut))
      ? pattern.name.slice(0, -cut)
      : titleCase(kept);
  return { ...pattern, end: pattern.start + kept.length, text: kept, name: name.trim() };
}

/**
 * Does the text hold a character of the Cyrillic block? Letters and marks of the block lie inside
 * words; its one other character, the thousands sign ҂, is looked for apart.
 */
function hasCyrillic(words: WordToken[], text: string): boolean {
  return words.some((w) => w.shape.cyrillic) || text.includes('\u0482');
}

function pickNonOverlapping(candidates: ActorMention[]): ActorMention[] {
  if (candidates.length < 2) return candidates;
  // Size in letters and digits, so that a closing quote does not make a pattern beat the registry.
  const size = (m: ActorMention) => m.text.replace(/[^\p{L}\p{N}]/gu, '').length;
  const ranked = candidates
    .map((m, order) => ({ m, order, size: size(m) }))
    .sort((a, b) => b.size - a.size || Number(a.m.pattern) - Number(b.m.pattern) || a.order - b.order);
  const kept: ActorMention[] = [];
  for (const { m } of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

export function findActors(sentence: string, lang: Lang): ActorMention[] {
  const text = sentence.length > MAX_SENTENCE_CHARS ? sentence.slice(0, MAX_SENTENCE_CHARS) : sentence;
  // Every alias and pattern needs a capital somewhere (names, abbreviations, "Ukraine's parliament").
  if (!HAS_CAPITAL.test(text)) return [];
  const words = wordTokens(text);
  const registryHits = matchRegistry(registry(), words, text);
  const patterns: ActorMention[] = [];
  // Patterns by script, not by the document language: Russian reports quote English names and back.
  if (lang === 'en' || words.some((w) => w.shape.latin))
    patterns.push(...findEnglishOrgs(words, text), ...findEnglishPlaceCourts(words, text));
  if (hasCyrillic(words, text)) patterns.push(...findRussianOrgs(words, text), ...findRussianCourts(words, text));
  if (patterns.length === 0) return pickNonOverlapping(registryHits);
  const kept = patterns
    .map((p) => yieldToRegistry(p, registryHits, text))
    .filter((p): p is ActorMention => p !== undefined);
  return pickNonOverlapping([...registryHits, ...kept]);
}

/**
 * Canonical English name for an actor name or alias in any spelling or case form ("RDK",
 * "Русского добровольческого корпуса", "Ponomaryov"); undefined when the registry does not know
 * it. Case is not enforced here: names handed in are already known to be names.
 */
export function canonicalActor(name: string): string | undefined {
  const text = name.trim().slice(0, 300);
  if (!text) return undefined;
  const words = wordTokens(text);
  if (words.length === 0) return undefined;
  const hit = longestAliasAt(registry(), words, 0, false);
  return hit && hit.last === words.length - 1 ? hit.end.actor.name : undefined;
}
