// Context words for place lookup, loaded once from data/place-cues.json and validated, so a broken data
// file fails at start-up with a clear message rather than silently matching nothing.
import { z } from 'zod';
import { readDataJson } from '../util/data-path.js';

const PerLang = z.object({ en: z.array(z.string()), ru: z.array(z.string()), uk: z.array(z.string()).default([]) });

const CuesSchema = z.object({
  cyrillicEndings: z.array(z.string().min(1)),
  /** shortest stem left after stripping a multi-letter ending ("Крым" must not lose "ым") */
  minStem: z.number().int().min(1).max(5),
  /** words with these endings are not stripped at all */
  keepWholeEndings: z.array(z.string()),
  /** shortest stem left after stripping a one-letter ending ("Уфа" → "уф") */
  minStemAfterOneLetter: z.number().int().min(1).max(5),
  tokenSynonyms: z.record(z.string(), z.string()),
  near: PerLang,
  prepositions: PerLang,
  settlementWords: PerLang,
  fillerWords: z.array(z.string()),
  streetWords: z.array(z.string()),
  commonWords: z.object({ en: z.array(z.string()), ru: z.array(z.string()) }),
  personNames: z.array(z.string()),
  givenNames: z.array(z.string()),
  regionVariantPatterns: z.record(z.string(), z.union([z.array(z.string()), z.string()])),
  conjunctions: z.array(z.string()),
  pluralRegionHeads: z.array(z.string()),
});
export type PlaceCues = z.infer<typeof CuesSchema>;

let cached: PlaceCues | undefined;

export function placeCues(): PlaceCues {
  if (!cached) {
    const parsed = CuesSchema.safeParse(readDataJson<unknown>('place-cues.json'));
    if (!parsed.success) throw new Error(`data/place-cues.json is invalid: ${parsed.error.message}`);
    // Longest ending first, so "ами" is tried before "и".
    parsed.data.cyrillicEndings.sort((a, b) => b.length - a.length);
    cached = parsed.data;
  }
  return cached;
}
