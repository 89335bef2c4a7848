// Server settings, validated at start-up so a bad flag or variable fails fast with a clear message.
import { z } from 'zod';
import { describeZodError } from './errors.js';

export const ServerConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  db: z.string().min(1).default('./khronika.db'),
  /** Folder of the built web bundle (web/dist); the API still runs without it. */
  webRoot: z.string().optional(),
  /** Set Secure on the session cookie (behind HTTPS). */
  secureCookies: z.coerce.boolean().default(false),
  sessionTtlHours: z.coerce
    .number()
    .min(0.1)
    .max(24 * 90)
    .default(24 * 7),
  /** Reports ingested into a store that holds none yet; '' turns this off. */
  samples: z.string().optional(),
  /** Threads (SQLite, default 2) or pool connections (PostgreSQL, default 10) answering event reads off the event loop. */
  readWorkers: z.coerce.number().int().min(1).max(64).optional(),
  /** Time limit of one read statement; past it the request gets 503. */
  readTimeoutMs: z.coerce.number().int().min(100).max(600_000).default(10_000),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});
export type ServerConfig = z.infer<typeof ServerConfigSchema>;

export function parseServerConfig(input: Record<string, unknown>): ServerConfig {
  const r = ServerConfigSchema.safeParse(input);
  if (!r.success) throw new Error(`invalid server settings: ${describeZodError(r.error)}`);
  return r.data;
}
