// The watcher against feeds, channel pages and list pages served on loopback that change between
// polls, on SQLite and PostgreSQL: items stored once, edits and removals not duplicated, ETag/304
// honoured, a failing source backing off and recovering.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { TEST_DIALECTS, type TestStore } from '../../store/test-support.js';
import { PoliteFetcher } from './polite-fetch.js';
import { pollDue } from './watch-loop.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_q, r) => {
  r.statusCode = 404;
  r.end();
};
const requests: { url: string; headers: IncomingMessage['headers'] }[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((q, r) => {
    requests.push({ url: q.url ?? '', headers: q.headers });
    handler(q, r);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const item = (guid: string, title: string, body: string) =>
  `<item><guid>${guid}</guid><title>${title}</title><link>https://news.example/${guid}</link><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>${body}</description></item>`;
const rss = (...items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>${items.join('')}</channel></rss>`;

const ARSON = item(
  'a1',
  'Enlistment office set alight in Kovrov',
  'Unknown people set fire to the military enlistment office in Kovrov on Sunday night, regional police said.',
);
const PICKET = item(
  'p1',
  'Pickets in Kazan',
  'Three activists held anti-war pickets in Kazan on Saturday; all three were detained by police.',
);

const fetcher = () => new PoliteFetcher({ minGapMs: 0, timeoutMs: 5000 });
const opts = () => ({ fetcher: fetcher(), extraction: { extract }, all: true });

describe.each(TEST_DIALECTS)('watching sources (%s)', (_name, open) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await open();
    requests.length = 0;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('stores a feed item once; a new item later; an edit and a removal add no events', async () => {
    let items = [ARSON];
    handler = (_q, r) => {
      r.setHeader('content-type', 'application/rss+xml');
      r.end(rss(...items));
    };
    const s = await t.store.watch.add({
      url: `${base}/feed.xml`,
      name: 'Example News',
      kind: 'feed',
      everySeconds: 3600,
      allowPrivate: true,
    });

    const [first] = await pollDue(t.store, opts());
    expect(first.run).toMatchObject({ status: 'ok', itemsNew: 1, itemsUnchanged: 0, itemsFailed: 0 });
    expect(first.run.eventsNew).toBeGreaterThan(0);
    const eventsAfterFirst = first.run.eventsNew;

    const [again] = await pollDue(t.store, opts());
    expect(again.run).toMatchObject({ status: 'ok', itemsNew: 0, itemsUnchanged: 1, eventsNew: 0 });

    items = [PICKET, ARSON];
    const [grown] = await pollDue(t.store, opts());
    expect(grown.run).toMatchObject({ itemsNew: 1, itemsUnchanged: 1 });

    // The arson item is edited (a word changed) and the picket item removed: no new event.
    items = [ARSON.replace('regional police said', 'the regional police said')];
    const [edited] = await pollDue(t.store, opts());
    expect(edited.run.status).toBe('ok');
    expect(edited.run.eventsNew).toBe(0);

    const docs = await t.store.db.selectFrom('documents').select('id').execute();
    expect(docs.length).toBe(3); // two items and one edited version, each once
    const src = await t.store.watch.get(s.id);
    expect(src?.lastSuccessAt).not.toBeNull();
    expect(eventsAfterFirst).toBeGreaterThan(0);
    // the document is filed under the source's name, not the feed's host
    const names = await t.store.db.selectFrom('sources').select('name').execute();
    expect(names.map((n) => n.name)).toContain('Example News');
  });

  it('sends the validators it kept and treats 304 as nothing new', async () => {
    handler = (q, r) => {
      if (q.headers['if-none-match'] === '"v1"') {
        r.statusCode = 304;
        r.end();
        return;
      }
      r.setHeader('etag', '"v1"');
      r.setHeader('content-type', 'application/rss+xml');
      r.end(rss(ARSON));
    };
    await t.store.watch.add({
      url: `${base}/etag.xml`,
      name: 'Etag News',
      kind: 'feed',
      everySeconds: 3600,
      allowPrivate: true,
    });
    const [a] = await pollDue(t.store, opts());
    expect(a.run).toMatchObject({ status: 'ok', itemsNew: 1 });
    expect(a.source.etag).toBe('"v1"');
    const [b] = await pollDue(t.store, opts());
    expect(b.run).toMatchObject({ status: 'not_modified', itemsNew: 0, httpStatus: 304 });
    expect(requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(requests.at(-1)?.headers['user-agent']).toMatch(/^khronika-watch\//);
  });

  it('backs off while a source fails and recovers when it answers again', async () => {
    let failing = true;
    handler = (_q, r) => {
      if (failing) {
        r.statusCode = 503;
        r.end('down');
        return;
      }
      r.setHeader('content-type', 'application/rss+xml');
      r.end(rss(PICKET));
    };
    const s = await t.store.watch.add({
      url: `${base}/flaky.xml`,
      name: 'Flaky',
      kind: 'feed',
      everySeconds: 600,
      allowPrivate: true,
    });
    const t0 = Date.now();
    const [e1] = await pollDue(t.store, opts());
    expect(e1.run).toMatchObject({ status: 'error', error: 'HTTP 503' });
    expect(e1.source.consecutiveErrors).toBe(1);
    const wait1 = Date.parse(e1.source.nextDueAt) - t0;
    const [e2] = await pollDue(t.store, opts());
    expect(e2.source.consecutiveErrors).toBe(2);
    const wait2 = Date.parse(e2.source.nextDueAt) - t0;
    expect(wait1).toBeGreaterThanOrEqual(1200 * 1000 - 5000); // 600 s doubled
    expect(wait2).toBeGreaterThanOrEqual(2400 * 1000 - 5000); // and doubled again
    // not due yet: a plain pass leaves it alone
    expect(await pollDue(t.store, { ...opts(), all: false })).toHaveLength(0);
    failing = false;
    const [ok] = await pollDue(t.store, opts());
    expect(ok.run).toMatchObject({ status: 'ok', itemsNew: 1 });
    expect(ok.source).toMatchObject({ consecutiveErrors: 0, lastError: null });
    const runs = await t.store.watch.runs(s.id);
    expect(runs.map((r) => r.status)).toEqual(['ok', 'error', 'error']);
  });

  it('reads a Telegram channel preview, pages back to the backfill day, then takes only new posts', async () => {
    const post = (n: number, day: string, text: string, fwd = '') =>
      `<div class="tgme_widget_message" data-post="railwatch/${n}">${fwd ? `<div class="tgme_widget_message_forwarded_from"><a class="tgme_widget_message_forwarded_from_name">${fwd}</a></div>` : ''}` +
      `<div class="tgme_widget_message_text">${text}</div><a class="tgme_widget_message_date" href="https://t.me/railwatch/${n}"><time datetime="${day}T08:00:00+00:00"></time></a></div>`;
    const posts = [
      post(10, '2024-02-20', 'Unknown people set fire to a relay cabinet near Orsha on Monday night.'),
      post(11, '2024-03-01', 'Partisans burned a relay cabinet on the railway near Barysaw overnight.'),
      post(
        12,
        '2024-03-02',
        'Police detained two men in Homiel on Saturday over a relay cabinet fire.',
        'Belarus Rail News',
      ),
    ];
    let extra = '';
    handler = (q, r) => {
      const before = Number(new URL(q.url ?? '/', base).searchParams.get('before') ?? 0);
      const page = before
        ? posts.filter((p) => Number(/\/(\d+)"/.exec(p)![1]) < before).slice(-1)
        : [...posts.slice(-2), extra];
      r.setHeader('content-type', 'text/html; charset=utf-8');
      r.end(`<html><body><section class="tgme_channel_history">${page.join('')}</section></body></html>`);
    };
    const s = await t.store.watch.add({
      url: `${base}/s/railwatch`,
      name: 'Rail watch',
      kind: 'telegram',
      everySeconds: 900,
      allowPrivate: true,
      backfillSince: '2024-02-25',
    });
    const [first] = await pollDue(t.store, opts());
    expect(first.run).toMatchObject({ status: 'ok', itemsNew: 2 }); // post 10 is before the backfill day
    expect(first.source.cursor).toBe('12');
    expect(requests.some((q) => q.url.includes('before=11'))).toBe(true);
    extra = post(13, '2024-03-03', 'A court in Minsk sentenced a railway worker to eight years for sabotage.');
    const [second] = await pollDue(t.store, opts());
    expect(second.run).toMatchObject({ status: 'ok', itemsNew: 1, itemsUnchanged: 2 });
    expect(second.source.cursor).toBe('13');
    const origins = await t.store.db
      .selectFrom('documents')
      .select(['origin', 'external_id', 'url'])
      .where('external_id', '=', 'railwatch/12')
      .execute();
    expect(origins[0].origin).toContain('forwarded from Belarus Rail News');
    expect(origins[0].url).toBe('https://t.me/railwatch/12');
    expect(s.kind).toBe('telegram');
  });

  it('follows the article links of a list page and fetches each article once', async () => {
    const article = (title: string, body: string) =>
      `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>${body}</p></article></body></html>`;
    let links = ['/news/1'];
    handler = (q, r) => {
      r.setHeader('content-type', 'text/html; charset=utf-8');
      if (q.url === '/list') {
        r.end(
          `<html><body>${links.map((l) => `<a href="${l}">x</a>`).join('')}<a href="/about">About</a></body></html>`,
        );
        return;
      }
      if (q.url === '/news/1') {
        r.end(
          article(
            'Office set on fire in Kovrov',
            'Unknown people set fire to the military enlistment office in Kovrov on Sunday.',
          ),
        );
        return;
      }
      if (q.url === '/news/2') {
        r.end(article('Pickets in Kazan', 'Three activists were detained at anti-war pickets in Kazan on Saturday.'));
        return;
      }
      r.statusCode = 404;
      r.end();
    };
    await t.store.watch.add({
      url: `${base}/list`,
      name: 'List',
      kind: 'page',
      everySeconds: 3600,
      allowPrivate: true,
      linkPattern: '/news/\\d+$',
    });
    const [a] = await pollDue(t.store, opts());
    expect(a.run).toMatchObject({ status: 'ok', itemsNew: 1 });
    links = ['/news/2', '/news/1'];
    const [b] = await pollDue(t.store, opts());
    expect(b.run).toMatchObject({ status: 'ok', itemsNew: 1, itemsUnchanged: 1 });
    expect(requests.filter((q) => q.url === '/news/1')).toHaveLength(1);
    expect(requests.some((q) => q.url === '/about')).toBe(false);
  });
});

describe('the private-address guard', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await TEST_DIALECTS[0][1]();
  });
  afterEach(async () => {
    await t.dispose();
  });
  it('refuses a loopback source unless it was added with allowPrivate', async () => {
    handler = (_q, r) => {
      r.end(rss(ARSON));
    };
    await t.store.watch.add({ url: `${base}/private.xml`, name: 'Private', kind: 'feed', everySeconds: 3600 });
    const [o] = await pollDue(t.store, opts());
    expect(o.run.status).toBe('error');
    expect(o.run.error).toMatch(/private|loopback|refused/i);
  });
});
