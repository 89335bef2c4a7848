// Alerts on a filter: their rows, the events new to them, and their webhook deliveries.
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { AlertDeliveriesTable, AlertsTable } from '../schema-watch.js';
import { nowIso, toNumber } from '../util.js';

export interface Alert {
  id: number;
  name: string;
  viewId: number | null;
  /** the EventQuery as a URL query string */
  query: string;
  token: string;
  webhookUrl: string | null;
  webhookSecret: string | null;
  allowPrivate: boolean;
  paused: boolean;
  lastEventId: number;
  createdBy: string | null;
  createdAt: string;
}

export interface NewAlert {
  name: string;
  query: string;
  viewId?: number | null;
  webhookUrl?: string | null;
  allowPrivate?: boolean;
  createdBy?: string | null;
}

export interface AlertDelivery {
  id: number;
  alertId: number;
  eventIds: number[];
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

/** Attempts before a delivery is given up. */
export const MAX_DELIVERY_ATTEMPTS = 8;

/** Wait before the next attempt: 30 s, doubling, at most 6 h. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(6 * 3600, 30 * 2 ** Math.max(0, attempts - 1));
}

const token = () => randomBytes(18).toString('base64url');

const alertFrom = (r: Selectable<AlertsTable>): Alert => ({
  id: r.id,
  name: r.name,
  viewId: r.view_id,
  query: r.query,
  token: r.token,
  webhookUrl: r.webhook_url,
  webhookSecret: r.webhook_secret,
  allowPrivate: r.allow_private === 1,
  paused: r.paused === 1,
  lastEventId: r.last_event_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const deliveryFrom = (r: Selectable<AlertDeliveriesTable>): AlertDelivery => ({
  id: r.id,
  alertId: r.alert_id,
  eventIds: JSON.parse(r.event_ids) as number[],
  status: r.status as AlertDelivery['status'],
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastStatus: r.last_status,
  lastError: r.last_error,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
});

export class AlertRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A new alert sees only events stored after it: its watermark starts at the newest event. */
  async add(a: NewAlert): Promise<Alert> {
    const max = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('m'))
      .executeTakeFirst();
    const t = token();
    await this.db
      .insertInto('alerts')
      .values({
        name: a.name,
        view_id: a.viewId ?? null,
        query: a.query,
        token: t,
        webhook_url: a.webhookUrl ?? null,
        webhook_secret: a.webhookUrl ? token() : null,
        allow_private: a.allowPrivate ? 1 : 0,
        paused: 0,
        last_event_id: toNumber(max?.m ?? 0),
        created_by: a.createdBy ?? null,
        created_at: nowIso(),
      })
      .execute();
    return alertFrom(await this.db.selectFrom('alerts').selectAll().where('token', '=', t).executeTakeFirstOrThrow());
  }

  async get(id: number): Promise<Alert | undefined> {
    const r = await this.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
    return r && alertFrom(r);
  }

  async list(): Promise<Alert[]> {
    return (await this.db.selectFrom('alerts').selectAll().orderBy('id').execute()).map(alertFrom);
  }

  async remove(id: number): Promise<boolean> {
    return toNumber((await this.db.deleteFrom('alerts').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0;
  }

  async setPaused(id: number, paused: boolean): Promise<boolean> {
    return (
      toNumber(
        (
          await this.db
            .updateTable('alerts')
            .set({ paused: paused ? 1 : 0 })
            .where('id', '=', id)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0
    );
  }

  /** Hands events up to `upTo` to the webhook as one delivery, and moves the watermark, at once. */
  async queueDelivery(alert: Alert, eventIds: number[], upTo: number, now = new Date()): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const moved = await tx
        .updateTable('alerts')
        .set({ last_event_id: upTo })
        .where('id', '=', alert.id)
        .where('last_event_id', '=', alert.lastEventId)
        .executeTakeFirst();
      // Another deliverer moved it first: it queued these events.
      if (toNumber(moved.numUpdatedRows) === 0 || eventIds.length === 0) return;
      await tx
        .insertInto('alert_deliveries')
        .values({
          alert_id: alert.id,
          event_ids: JSON.stringify(eventIds),
          status: 'pending',
          attempts: 0,
          next_attempt_at: now.toISOString(),
          created_at: now.toISOString(),
        })
        .execute();
    });
  }

  async dueDeliveries(now = new Date(), limit = 100): Promise<AlertDelivery[]> {
    const rows = await this.db
      .selectFrom('alert_deliveries')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(deliveryFrom);
  }

  async recordAttempt(
    d: AlertDelivery,
    ok: boolean,
    httpStatus: number | null,
    error: string | null,
    now = new Date(),
  ): Promise<void> {
    const attempts = d.attempts + 1;
    const status = ok ? 'delivered' : attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'pending';
    await this.db
      .updateTable('alert_deliveries')
      .set({
        status,
        attempts,
        last_status: httpStatus,
        last_error: ok ? null : error,
        next_attempt_at: new Date(now.getTime() + retryDelaySeconds(attempts) * 1000).toISOString(),
        ...(ok ? { delivered_at: now.toISOString() } : {}),
      })
      .where('id', '=', d.id)
      .execute();
  }

  async deliveries(alertId: number, limit = 10): Promise<AlertDelivery[]> {
    const rows = await this.db
      .selectFrom('alert_deliveries')
      .selectAll()
      .where('alert_id', '=', alertId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(deliveryFrom);
  }
}
