// Small helpers shared by the repositories.
import { createHash } from 'node:crypto';

export const nowIso = (): string => new Date().toISOString();

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** PostgreSQL returns count(*) as a string, SQLite as a number. */
export const toNumber = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v ?? 0));

export function parseJsonArray(s: string | null | undefined): string[] {
  if (!s) return [];
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
