// Alerts: a webhook receiver on loopback that fails and then recovers gets each new event once,
// signed; the Atom feed answers only with the alert's token; a new alert sees only later events.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { doc, record, sqliteTestStore, type TestStore } from '../../store/test-support.js';
import { atomFeed } from './atom.js';
import { SIGNATURE_HEADER, deliverAlerts } from './deliver.js';

let server: Server;
let hookUrl = '';
let failing = true;
const received: { body: string; signature: string }[] = [];

beforeAll(async () => {
  server = createServer((q, r) => {
    let body = '';
    q.on('data', (d) => {
      body += String(d);
    });
    q.on('end', () => {
      if (failing) {
        r.statusCode = 500;
        r.end();
        return;
      }
      received.push({ body, signature: String(q.headers[SIGNATURE_HEADER]) });
      r.end('ok');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('alerts', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await sqliteTestStore();
    received.length = 0;
    failing = true;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const addArson = (ext: string, place: string, admin1: string) =>
    t.store.mentions.addDocument(doc('outlet', ext, `Unknown people set fire to an enlistment office in ${place}.`), [
      record({
        type: 'arson',
        place,
        admin1,
        evidence: `Unknown people set fire to an enlistment office in ${place}.`,
      }),
    ]);

  it('delivers new matching events to a webhook that fails first and recovers, signed, each once', async () => {
    await addArson('old', 'Kovrov', 'RU-VLA'); // before the alert: not delivered
    const alert = await t.store.alerts.add({
      name: 'Arson in Russia',
      query: 'type=arson&country=RU',
      webhookUrl: hookUrl,
      allowPrivate: true,
    });
    await addArson('n1', 'Tula', 'RU-TUL');
    await t.store.mentions.addDocument(doc('outlet', 'p1', 'People rallied in Moscow.'), [record({ type: 'protest' })]);

    const t0 = new Date();
    const first = await deliverAlerts(t.store, { now: () => t0 });
    expect(first).toEqual({ queued: 1, delivered: 0, failed: 1 });
    // Not due again yet: nothing is sent.
    expect(await deliverAlerts(t.store, { now: () => t0 })).toEqual({ queued: 0, delivered: 0, failed: 0 });
    failing = false;
    const later = new Date(t0.getTime() + 60_000);
    expect(await deliverAlerts(t.store, { now: () => later })).toEqual({ queued: 0, delivered: 1, failed: 0 });
    expect(await deliverAlerts(t.store, { now: () => new Date(later.getTime() + 3600_000) })).toEqual({
      queued: 0,
      delivered: 0,
      failed: 0,
    });

    expect(received).toHaveLength(1);
    const body = JSON.parse(received[0].body) as {
      alert: { id: number };
      events: { type: string; place: string; notes?: unknown }[];
    };
    expect(body.alert.id).toBe(alert.id);
    expect(body.events.map((e) => [e.type, e.place])).toEqual([['arson', 'Tula']]);
    expect(body.events[0]).not.toHaveProperty('notes');
    const expected = `sha256=${createHmac('sha256', alert.webhookSecret!).update(received[0].body).digest('hex')}`;
    expect(received[0].signature).toBe(expected);
    const [d] = await t.store.alerts.deliveries(alert.id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 2, lastError: null });
  });

  it('refuses a webhook on a loopback address unless allowed', async () => {
    failing = false;
    await t.store.alerts.add({ name: 'Guarded', query: '', webhookUrl: hookUrl });
    await addArson('n2', 'Tula', 'RU-TUL');
    expect(await deliverAlerts(t.store)).toMatchObject({ delivered: 0, failed: 1 });
    expect(received).toHaveLength(0);
  });

  it('serves the Atom feed only with the token, escaping what it shows', async () => {
    const alert = await t.store.alerts.add({ name: 'All <arson>', query: 'type=arson' });
    await addArson('n3', 'Tula', 'RU-TUL');
    const app = await buildApp({ store: t.store });
    try {
      const bad = await app.inject({ url: `/api/alerts/${alert.id}/feed.atom?token=wrong` });
      expect(bad.statusCode).toBe(404);
      const none = await app.inject({ url: `/api/alerts/${alert.id}/feed.atom` });
      expect(none.statusCode).toBe(400);
      const ok = await app.inject({ url: `/api/alerts/${alert.id}/feed.atom?token=${alert.token}` });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['content-type']).toContain('application/atom+xml');
      expect(ok.body).toContain('<title>Khronika: All &lt;arson&gt;</title>');
      expect(ok.body).toMatch(/<entry>[\s\S]*arson — Tula, RU-TUL/);
    } finally {
      await app.close();
    }
  });

  it('builds a well-formed feed with no entries', () => {
    const xml = atomFeed({
      id: 'urn:x',
      title: 'Empty & quiet',
      selfUrl: 'http://h/f',
      siteUrl: 'http://h/',
      events: [],
    });
    expect(xml).toContain('<title>Empty &amp; quiet</title>');
    expect(xml).not.toContain('<entry>');
  });
});
