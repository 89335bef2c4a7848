// The audit log: one row per review write, inserted in the write's own transaction.
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../schema.js';
import { nowIso } from '../util.js';

export interface WriteContext {
  /** null for the CLI run by the database owner */
  userId: number | null;
  reason?: string | null;
  /** without an account (the CLI): who acted — the OS user or `--as NAME`; kept in the row's detail */
  actorName?: string | null;
}

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    event_id: z.number().int().nullable(),
    user_id: z.number().int().nullable(),
    username: z
      .string()
      .nullable()
      .describe("the account's name, or for a command-line action the name it recorded (detail.by)"),
    action: z.string(),
    reason: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    created_at: z.string(),
  })
  .meta({ id: 'AuditEntry', description: 'One review write: who, what, why, when.' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export async function recordAudit(
  tx: Transaction<Database>,
  ctx: WriteContext,
  eventId: number | null,
  action: string,
  detail: Record<string, unknown>,
): Promise<void> {
  const who = ctx.userId === null && ctx.actorName ? { by: ctx.actorName, via: 'cli' } : {};
  await tx
    .insertInto('audit_log')
    .values({
      event_id: eventId,
      user_id: ctx.userId,
      action,
      reason: ctx.reason ?? null,
      detail: JSON.stringify({ ...detail, ...who }),
      created_at: nowIso(),
    })
    .execute();
}

type AuditRow = Omit<AuditEntry, 'detail' | 'username'> & { username: string | null | undefined; detail: string };

function toEntry(r: AuditRow): AuditEntry {
  const detail = JSON.parse(r.detail) as Record<string, unknown>;
  const by = typeof detail.by === 'string' ? detail.by : null;
  return { ...r, username: r.username ?? by, detail };
}

/** an audit row with the name of who acted, as AuditEntry reads it */
const ENTRY_COLUMNS = [
  'audit_log.id',
  'event_id',
  'user_id',
  'users.username',
  'action',
  'reason',
  'detail',
  'audit_log.created_at',
] as const;

export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async forEvent(eventId: number): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .select(ENTRY_COLUMNS)
      .where('event_id', '=', eventId)
      .orderBy('audit_log.id')
      .execute();
    return rows.map(toEntry);
  }

  async recent(limit = 100): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .select(ENTRY_COLUMNS)
      .orderBy('audit_log.id', 'desc')
      .limit(Math.min(Math.max(limit, 1), 1000))
      .execute();
    return rows.map(toEntry);
  }
}
