// `khronika alerts add|list|remove|pause|resume|deliver`: alerts on a filter — an Atom feed of its
// new events at a stable URL, and optionally a webhook that receives them as signed JSON.
// `khronika watch` delivers after each pass that stored something; `alerts deliver` does one round.
import type { Command } from 'commander';
import { canonicalQueryString } from '../../model/query-string.js';
import { deliverAlerts } from '../../export/alerts/deliver.js';
import { addQueryOptions, queryFromOptions } from './event-query-options.js';
import { addDbOption } from './store-option.js';
import { withStore } from '../with-store.js';
import { printable } from '../printable.js';

function alertId(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`'${text}' is not an alert id: see \`khronika alerts list\``);
  return n;
}

function checkWebhook(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--webhook: '${url}' is not a URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('--webhook: an http(s) URL');
  return u.href;
}

export function register(program: Command): void {
  const alerts = program
    .command('alerts')
    .description(
      'alerts on a filter: an Atom feed of its new events, and an optional signed webhook; `alerts list` shows their last deliveries',
    );
  addDbOption(
    addQueryOptions(
      alerts
        .command('add')
        .description('create an alert on the events a filter matches (the same filters as `khronika events`)')
        .argument('<name>', 'what the alert is called')
        .option(
          '--webhook <url>',
          'POST new events here as JSON, signed (header X-Khronika-Signature: sha256=HMAC of the body)',
        )
        .option('--view <id>', 'the saved view it follows (its filter is given by the flags)')
        .option('--allow-private', 'allow a webhook on a private or loopback address'),
      false,
    ),
  ).action(async (name: string, o: Record<string, string | boolean | undefined>) => {
    const query = canonicalQueryString(queryFromOptions(o));
    const a = await withStore(
      o.db as string | undefined,
      (s) =>
        s.alerts.add({
          name: name.trim().slice(0, 200) || 'alert',
          query,
          viewId: o.view ? alertId(String(o.view)) : null,
          webhookUrl: o.webhook ? checkWebhook(String(o.webhook)) : null,
          allowPrivate: !!o.allowPrivate,
          createdBy: process.env.USER ?? null,
        }),
      true,
    );
    process.stdout.write(`alert ${a.id} added: "${printable(a.name)}" on ${query || 'all events'}\n`);
    process.stdout.write(
      `feed: /api/alerts/${a.id}/feed.atom?token=${a.token}  (append to the server's address; keep the token private)\n`,
    );
    if (a.webhookSecret) process.stdout.write(`webhook secret (to check X-Khronika-Signature): ${a.webhookSecret}\n`);
  });
  addDbOption(
    alerts
      .command('list')
      .description('alerts with their filter, feed path and last deliveries')
      .option('--json', 'one JSON object per alert'),
  ).action(async (o: { db?: string; json?: boolean }) => {
    await withStore(o.db, async (s) => {
      const list = await s.alerts.list();
      if (!o.json && list.length === 0)
        process.stdout.write('no alerts: add one with `khronika alerts add NAME [filters] [--webhook URL]`\n');
      for (const a of list) {
        const deliveries = await s.alerts.deliveries(a.id, 5);
        if (o.json) {
          process.stdout.write(JSON.stringify({ ...a, webhookSecret: undefined, deliveries }) + '\n');
          continue;
        }
        process.stdout.write(
          `${a.id} "${printable(a.name)}"${a.paused ? ' (paused)' : ''}: ${a.query || 'all events'}\n   feed /api/alerts/${a.id}/feed.atom?token=${a.token}\n`,
        );
        if (a.webhookUrl) process.stdout.write(`   webhook ${printable(a.webhookUrl)}\n`);
        for (const d of deliveries) {
          process.stdout.write(
            `   delivery ${d.id}: ${d.eventIds.length} events, ${d.status} after ${d.attempts} attempts${d.lastError ? ` (${printable(d.lastError)})` : ''}${d.status === 'pending' ? `, next ${d.nextAttemptAt.slice(0, 19)}` : ''}\n`,
          );
        }
      }
    });
  });
  for (const [verb, what] of [
    ['remove', 'delete an alert and its deliveries'],
    ['pause', 'stop deliveries for now'],
    ['resume', 'deliver again'],
  ] as const) {
    addDbOption(alerts.command(verb).description(what).argument('<id>', 'alert id')).action(
      async (id: string, o: { db?: string }) => {
        const n = alertId(id);
        const ok = await withStore(o.db, (s) =>
          verb === 'remove' ? s.alerts.remove(n) : s.alerts.setPaused(n, verb === 'pause'),
        );
        if (!ok) throw new Error(`no alert ${n}: see \`khronika alerts list\``);
        process.stdout.write(`alert ${n} ${verb === 'remove' ? 'removed' : `${verb}d`}\n`);
      },
    );
  }
  addDbOption(
    alerts
      .command('deliver')
      .description('one round: queue new events of each webhook alert and POST every due delivery'),
  ).action(async (o: { db?: string }) => {
    const r = await withStore(o.db, (s) => deliverAlerts(s));
    process.stdout.write(
      `${r.queued} alerts with new events, ${r.delivered} deliveries made, ${r.failed} failed (retried later)\n`,
    );
    if (r.failed) process.exitCode = 1;
  });
}
