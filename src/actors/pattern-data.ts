// Loads and checks data/actors-patterns.json and data/actors-courts.json (naming patterns).
import { z } from 'zod';
import { readDataJson } from '../util/data-path.js';
import { tokenKey } from '../nlp/token-key.js';
import { KINDS, type ActorKind, type RuHead } from './shapes.js';

// A pattern never names a person: person names come only from the registry.
const Kind = z.enum(KINDS).refine((k) => k !== 'person', 'patterns may not yield persons');
const Words = z.array(z.string().min(1)).max(1000);

const PatternsSchema = z.object({
  en: z.object({
    heads: z.record(z.string(), Kind),
    ofOnly: Words,
    connectors: Words,
    stopModifiers: Words,
    genericModifiers: Words,
    courtDeterminers: Words,
    directions: Words,
    directionalHeads: Words,
  }),
  ru: z.object({
    heads: z.record(z.string(), z.tuple([z.string(), Kind])),
    genitiveEndings: Words,
    adjectiveEndings: Words,
    nominativeAdjectiveEndings: Words,
    verbEndings: Words,
    stopWords: Words,
  }),
});

const CourtsSchema = z.object({
  ruTypes: z.array(z.tuple([z.string(), z.string()])),
  ruPlaces: z.record(z.string(), z.string()),
  ruCities: z.record(z.string(), z.string()),
  ruOrdinals: z.record(z.string(), z.string()),
  enCourtModifiers: Words,
  translit: z.record(z.string(), z.string()),
});

export interface PatternData {
  en: {
    heads: Map<string, ActorKind>;
    ofOnly: Set<string>;
    connectors: Set<string>;
    stopModifiers: Set<string>;
    genericModifiers: Set<string>;
    courtDeterminers: Set<string>;
    /** "the Southern Front", "the Eastern Army": a direction before these heads names a theatre, not a group */
    directions: Set<string>;
    directionalHeads: Set<string>;
    courtModifiers: Set<string>;
  };
  ru: {
    /** head key (stemmed) → nominative form and kind */
    heads: Map<string, RuHead>;
    genitive: RegExp;
    adjective: RegExp;
    nominativeAdjective: RegExp;
    verb: RegExp;
    stopWords: Set<string>;
    /** court-type key sequence (stemmed) → English words, longest first */
    courtTypes: { keys: string[]; en: string }[];
    /** place adjective (nominative, lower-case) → English */
    places: Map<string, string>;
    cities: Map<string, string>;
    /** "Второй западный окружной военный суд" → "2nd" */
    ordinals: Map<string, string>;
    translit: Record<string, string>;
  };
}

const endingsRe = (list: string[]) => new RegExp(`(?:${list.join('|')})$`, 'u');

function parse<T>(schema: z.ZodType<T>, file: string): T {
  const r = schema.safeParse(readDataJson<unknown>(file));
  if (!r.success)
    throw new Error(`${file} invalid at ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  return r.data;
}

let cached: PatternData | undefined;

export function patternData(): PatternData {
  if (cached) return cached;
  const p = parse(PatternsSchema, 'actors-patterns.json');
  const c = parse(CourtsSchema, 'actors-courts.json');
  cached = {
    en: {
      heads: new Map(Object.entries(p.en.heads)),
      ofOnly: new Set(p.en.ofOnly),
      connectors: new Set(p.en.connectors),
      stopModifiers: new Set(p.en.stopModifiers),
      genericModifiers: new Set(p.en.genericModifiers),
      courtDeterminers: new Set(p.en.courtDeterminers),
      directions: new Set(p.en.directions),
      directionalHeads: new Set(p.en.directionalHeads),
      courtModifiers: new Set(c.enCourtModifiers),
    },
    ru: {
      heads: new Map(Object.entries(p.ru.heads).map(([w, [nominative, kind]]) => [tokenKey(w), { nominative, kind }])),
      genitive: endingsRe(p.ru.genitiveEndings),
      adjective: endingsRe(p.ru.adjectiveEndings),
      nominativeAdjective: endingsRe(p.ru.nominativeAdjectiveEndings),
      verb: endingsRe(p.ru.verbEndings),
      stopWords: new Set(p.ru.stopWords),
      courtTypes: c.ruTypes
        .map(([ru, en]) => ({ keys: ru.split(' ').map(tokenKey), en }))
        .sort((a, b) => b.keys.length - a.keys.length),
      places: new Map(Object.entries(c.ruPlaces)),
      cities: new Map(Object.entries(c.ruCities)),
      ordinals: new Map(Object.entries(c.ruOrdinals)),
      translit: c.translit,
    },
  };
  return cached;
}
