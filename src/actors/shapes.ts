// The shapes shared by the actor registry, the naming patterns and the word tokens, which cache
// lookups into both. Kept apart so that the tokenizer (tokens.ts) needs nothing from the modules
// that build those lookups with it (registry.ts, pattern-data.ts): no import cycle among them.
import { z } from 'zod';
import type { ActorMention } from '../model/sentence-mentions.js';

export const KINDS = [
  'armed_group',
  'movement',
  'organisation',
  'outlet',
  'state_body',
  'court',
  'person',
  'party',
] as const;

const ActorSchema = z.object({
  name: z.string().min(2).max(200),
  kind: z.enum(KINDS),
  country: z.string().regex(/^[A-Z]{2}$/),
  aliases: z.object({
    en: z.array(z.string().min(2).max(200)),
    ru: z.array(z.string().min(2).max(200)),
    other: z.array(z.string().min(2).max(200)).optional(),
  }),
  cased: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export const RegistrySchema = z.object({ version: z.literal(1), actors: z.array(ActorSchema).max(20_000) });

export type RegistryActor = z.infer<typeof ActorSchema>;
export type ActorKind = ActorMention['kind'];

/** One alias ending at a trie node. */
export interface AliasEnd {
  actor: RegistryActor;
  /** per alias word: must the text word be all capitals (the alias word is an abbreviation)? */
  upper: boolean[];
  /** a common word: must be capitalised, and not bare at sentence start */
  cased: boolean;
  length: number;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  ends: AliasEnd[];
}

export interface Registry {
  actors: RegistryActor[];
  root: TrieNode;
}

/** A Russian head noun: its nominative form and the kind of body it names. */
export interface RuHead {
  nominative: string;
  kind: ActorKind;
}
