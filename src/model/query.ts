// EventQuery: the one filter shape parsed from URLs, CLI flags and API calls (one query type everywhere, so a view means the same in each).
import { z } from 'zod';
import { EVENT_TYPES } from './event.js';

export const EVENT_STATUSES = ['unreviewed', 'verified', 'rejected', 'merged'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Accept `a,b`, `['a','b']` or repeated query parameters alike. */
const list = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => {
    if (v === undefined || v === null || v === '') return undefined;
    const arr = Array.isArray(v) ? v : [v];
    return arr
      .flatMap((x) => String(x).split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  }, z.array(item).max(50).optional());

const day = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, {
    error: (iss) =>
      `'${String(iss.input)}' is not a calendar date: the month must be 01–12 and the day exist in that month`,
  });

/** 2024-02-29 yes, 2023-02-29 and 2024-13 no (the pattern alone lets those through). */
function isCalendarDate(s: string): boolean {
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const EventQuerySchema = z.object({
  type: list(z.enum(EVENT_TYPES)),
  country: list(
    z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((s) => s.toUpperCase()),
  ),
  admin1: list(
    z
      .string()
      .regex(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/)
      .transform((s) => s.toUpperCase()),
  ),
  place: z.string().max(200).optional(),
  from: day.optional(),
  to: day.optional(),
  actor: z.string().max(200).optional(),
  status: list(z.enum(EVENT_STATUSES)),
  text: z.string().max(500).optional(),
  /** Include events with no date / no place (shown as such, never hidden by default). */
  undated: z.enum(['include', 'exclude', 'only']).optional(),
  unplaced: z.enum(['include', 'exclude', 'only']).optional(),
  bbox: z
    .string()
    .regex(/^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/)
    .optional(),
  sort: z.enum(['date', '-date', 'updated', '-updated']).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export type EventQuery = z.infer<typeof EventQuerySchema>;
