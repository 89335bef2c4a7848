// The input document of docs/event-format.md (one JSON object per JSONL line), validated and bounded.
import { z } from 'zod';

export const LANGS = ['en', 'ru', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** Upper bounds on untrusted input: a report larger than this is refused, not truncated silently. */
export const MAX_TEXT_CHARS = 1_000_000;
export const MAX_TITLE_CHARS = 2_000;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s),
    'not a calendar day',
  );

export const InputDocumentSchema = z.object({
  id: z.union([z.string().min(1).max(512), z.number().transform(String)]),
  text: z.string().max(MAX_TEXT_CHARS, `text longer than ${MAX_TEXT_CHARS} characters`),
  title: z.string().max(MAX_TITLE_CHARS).nullish(),
  // Feeds and exports often give a full timestamp: keep the day.
  published: z.preprocess(
    (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v),
    isoDay.nullish(),
  ),
  url: z.string().max(4_000).nullish(),
  lang: z.string().max(10).nullish(),
  source: z.string().max(500).nullish(),
});
export type InputDocument = z.infer<typeof InputDocumentSchema>;

/** What `extract` takes: an input document with its language decided (given or detected). */
export interface ExtractableDocument {
  id: string;
  text: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  lang?: string | null;
}
