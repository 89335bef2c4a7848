// Store settings, validated when a command starts so a bad value fails fast with a clear message.
import { z } from 'zod';

export const DEFAULT_DB = './khronika.db';

const PostgresUrl = z.string().regex(/^postgres(ql)?:\/\/[^\s]+$/, 'expected postgres://user@host:port/database');
const SqlitePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((s) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(s), {
    message: 'unsupported database URL scheme (use a file path or postgres://…)',
  });

export const StoreSettingsSchema = z.object({
  db: z.union([PostgresUrl, SqlitePath]),
  /** PostgreSQL schema to use (created if missing); tests give each file its own */
  schema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'schema: lower-case identifier')
    .optional(),
});
export type StoreSettings = z.infer<typeof StoreSettingsSchema>;

export interface StoreTarget extends StoreSettings {
  kind: 'sqlite' | 'postgres';
}

/**
 * `--db` wins over KHRONIKA_DB, which wins over ./khronika.db. KHRONIKA_PG_SCHEMA puts a PostgreSQL
 * store in its own schema (several stores in one database; tests of the CLI's workers).
 */
export function storeSettingsFrom(flag?: string, env: NodeJS.ProcessEnv = process.env, schema?: string): StoreTarget {
  const raw = { db: flag ?? env.KHRONIKA_DB ?? DEFAULT_DB, schema: schema ?? (env.KHRONIKA_PG_SCHEMA || undefined) };
  const parsed = StoreSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.') || 'db'}: ${i.message}`).join('; ');
    throw new Error(`invalid store settings: ${msg}`);
  }
  return { ...parsed.data, kind: /^postgres(ql)?:\/\//.test(parsed.data.db) ? 'postgres' : 'sqlite' };
}
