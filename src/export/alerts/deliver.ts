// Alert deliveries: new events of each alert's filter are queued as one delivery (watermark moved in
// the same transaction), then every due delivery is POSTed to its webhook as JSON, signed with
// HMAC-SHA256 of the body (header X-Khronika-Signature: sha256=HEX). A failed POST is tried again
// later with back-off; after MAX_DELIVERY_ATTEMPTS it is marked failed.
import { createHmac } from 'node:crypto';
import { EventQuerySchema } from '../../model/query.js';
import type { Alert, AlertDelivery, EventSummary, Store } from '../../store/index.js';
import { checkHost } from '../../ingest/readers/net-guard.js';

export const SIGNATURE_HEADER = 'x-khronika-signature';
/** Most events one delivery carries: a flood of new events arrives in several deliveries. */
const MAX_EVENTS_PER_DELIVERY = 200;

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Events of the alert's filter with ids above its watermark, oldest first. */
export async function newEventsFor(store: Store, alert: Alert): Promise<EventSummary[]> {
  const parsed = EventQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(alert.query)));
  if (!parsed.success) return [];
  const { items } = await store.events.list(
    { ...parsed.data, sort: '-updated', limit: 1000, offset: 0 },
    { total: false },
  );
  return items
    .filter((e) => e.id > alert.lastEventId)
    .sort((a, b) => a.id - b.id)
    .slice(0, MAX_EVENTS_PER_DELIVERY);
}

export interface DeliverOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => Date;
}

/** What a receiver gets: the alert and the coded fields of its new events (no report text). */
export function payload(alert: Alert, events: EventSummary[]) {
  return {
    alert: { id: alert.id, name: alert.name, query: alert.query },
    events: events.map((e) => ({
      id: e.id,
      status: e.status,
      type: e.type,
      date: e.date,
      date_end: e.date_end,
      date_precision: e.date_precision,
      country: e.country,
      admin1: e.admin1,
      place: e.place,
      lat: e.lat,
      lon: e.lon,
      geo_precision: e.geo_precision,
      actors: e.actors,
      targets: e.targets,
      quantity: e.quantity,
      quantity_unit: e.quantity_unit,
      fatalities: e.fatalities,
      aggregate: e.aggregate,
      sources_count: e.sources_count,
      created_at: e.created_at,
      updated_at: e.updated_at,
    })),
  };
}

async function post(
  alert: Alert,
  body: string,
  o: DeliverOptions,
): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  const url = new URL(alert.webhookUrl!);
  if (!alert.allowPrivate) {
    const refused = await checkHost(url);
    if (refused) return { ok: false, status: null, error: refused };
  }
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'khronika-alerts',
        [SIGNATURE_HEADER]: sign(alert.webhookSecret ?? '', body),
      },
      body,
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok
      ? { ok: true, status: res.status, error: null }
      : { ok: false, status: res.status, error: `HTTP ${res.status}` };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    return {
      ok: false,
      status: null,
      error: err.name === 'TimeoutError' ? 'timed out' : `network error: ${err.cause?.code ?? err.message}`,
    };
  }
}

export interface DeliveryReport {
  queued: number;
  delivered: number;
  failed: number;
}

/** One round: queue new events for every active webhook alert, then try every due delivery. */
export async function deliverAlerts(store: Store, o: DeliverOptions = {}): Promise<DeliveryReport> {
  const now = o.now ?? (() => new Date());
  const report: DeliveryReport = { queued: 0, delivered: 0, failed: 0 };
  const alerts = (await store.alerts.list()).filter((a) => !a.paused && a.webhookUrl);
  for (const a of alerts) {
    const events = await newEventsFor(store, a);
    if (events.length === 0) continue;
    await store.alerts.queueDelivery(
      a,
      events.map((e) => e.id),
      events[events.length - 1].id,
      now(),
    );
    report.queued++;
  }
  const byId = new Map(alerts.map((a) => [a.id, a]));
  for (const d of await store.alerts.dueDeliveries(now())) {
    const a = byId.get(d.alertId) ?? (await store.alerts.get(d.alertId));
    if (!a?.webhookUrl || a.paused) continue;
    const body = JSON.stringify(payload(a, await eventsById(store, d)));
    const r = await post(a, body, o);
    await store.alerts.recordAttempt(d, r.ok, r.status, r.error, now());
    if (r.ok) report.delivered++;
    else report.failed++;
  }
  return report;
}

async function eventsById(store: Store, d: AlertDelivery): Promise<EventSummary[]> {
  const out: EventSummary[] = [];
  for (const id of d.eventIds) {
    const e = await store.events.get(id);
    if (e) out.push(e);
  }
  return out;
}
