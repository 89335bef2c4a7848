import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, cp1251, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { readInputs } from './index.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Local page</title>
<meta property="article:published_time" content="2023-09-01T10:00:00Z"><script>alert("no")</script></head>
<body><nav>Menu items</nav><article><p>Residents of Kaliningrad protested on 31 August against the felling of a park.
About a hundred people came to the rally, which ended peacefully after two hours.</p></article></body></html>`;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Local feed</title>
<item><title>Item one</title><guid>l-1</guid><pubDate>Fri, 01 Sep 2023 10:00:00 +0000</pubDate><description>Strike at a Murmansk port.</description></item></channel></rss>`;

let server: Server;
let base = '';
const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/page': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
  '/feed': (res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS),
  '/mislabelled': (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(PAGE),
  '/note.txt': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/plain; charset=windows-1251' })
      .end(Buffer.from(cp1251('Пикет в Калининграде.'))),
  '/gzip': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
  '/bomb': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
      .end(gzipSync(Buffer.alloc(5_000_000, 0x61))),
  '/big': (res) =>
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '300000' }).end('x'.repeat(300_000)),
  '/chunked-big': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 40; i++) res.write('y'.repeat(10_000));
    res.end();
  },
  '/r1': (res) => res.writeHead(302, { location: '/r2' }).end(),
  '/r2': (res) => res.writeHead(301, { location: `${base}/page` }).end(),
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/to-file': (res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/binary': (res) =>
    res
      .writeHead(200, { 'content-type': 'application/octet-stream' })
      .end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])),
  '/slow': (res) => void setTimeout(() => res.writeHead(200).end('late'), 2_000),
  '/empty': (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(),
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? ((r) => r.writeHead(404).end('missing')))(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const opts = { ...INLINE, allowPrivate: true, maxBytes: 200_000, timeoutMs: 500 };

describe('URLs: private addresses are refused before connecting', () => {
  it.each([
    ['http://127.0.0.1/', /refused: 127\.0\.0\.1/],
    ['http://localhost:3000/x', /refused: localhost resolves to/],
    ['http://10.1.2.3/', /refused: 10\.1\.2\.3/],
    ['http://169.254.169.254/latest/meta-data', /refused: 169\.254\.169\.254/],
    ['http://[::1]/', /refused: ::1/],
    ['http://[::ffff:127.0.0.1]/', /refused: ::ffff:7f00:1/],
    ['http://0.0.0.0:8080/', /refused: 0\.0\.0\.0/],
    ['http://user:pw@8.8.8.8/', /credentials are refused/],
    ['ftp://8.8.8.8/file', /unsupported URL scheme/],
    ['file:///etc/passwd', /unsupported URL scheme/],
  ])('%s', async (url, error) => {
    let calls = 0;
    const fetch = (async () => {
      calls++;
      return new Response('should not be reached');
    }) as typeof globalThis.fetch;
    const items = await collect(readInputs([url], { fetch }));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, origin: url, error: expect.stringMatching(error) });
    expect(calls).toBe(0);
  });

  it('re-checks every redirect hop', async () => {
    const seen: string[] = [];
    const fetch = (async (u: URL | string) => {
      seen.push(String(u));
      return new Response(null, { status: 302, headers: { location: 'http://10.0.0.7/admin' } });
    }) as typeof globalThis.fetch;
    const items = await collect(readInputs(['http://93.184.216.34/start'], { fetch }));
    expect(items).toMatchObject([{ ok: false, error: expect.stringMatching(/refused: 10\.0\.0\.7/) }]);
    expect(seen).toEqual(['http://93.184.216.34/start']);
  });
});

describe('URLs: fetching from a local server (allowPrivate)', () => {
  it('reads an HTML page: Readability text, meta date, URL as id, host as source', async () => {
    const items = await collect(readInputs([`${base}/page`], opts));
    expect(items).toMatchObject([
      {
        ok: true,
        doc: { id: `${base}/page`, url: `${base}/page`, published: '2023-09-01', source: '127.0.0.1', lang: 'en' },
      },
    ]);
    if (items[0].ok) {
      expect(items[0].doc.text).toMatch(/^Residents of Kaliningrad protested/);
      expect(items[0].doc.text).not.toMatch(/alert|Menu items/);
    }
  });

  // Expected items are built lazily: the server's port is known only after beforeAll.
  it.each<[string, () => unknown[]]>([
    ['/feed', () => [{ ok: true, doc: { id: 'l-1', source: 'Local feed', text: 'Strike at a Murmansk port.' } }]],
    ['/mislabelled', () => [{ ok: true, doc: { title: 'Local page' } }]],
    ['/note.txt', () => [{ ok: true, doc: { text: 'Пикет в Калининграде.' } }]],
    ['/gzip', () => [{ ok: true, doc: { title: 'Local page' } }]],
    ['/r1', () => [{ ok: true, origin: expect.stringMatching(/\/r1 → .*\/page$/), doc: { url: `${base}/page` } }]],
    ['/bomb', () => [{ ok: false, error: 'response larger than 200000 bytes' }]],
    ['/big', () => [{ ok: false, error: expect.stringMatching(/declares 300000 bytes, over the 200000-byte limit/) }]],
    ['/chunked-big', () => [{ ok: false, error: 'response larger than 200000 bytes' }]],
    ['/loop', () => [{ ok: false, error: 'more than 5 redirects' }]],
    ['/to-file', () => [{ ok: false, error: expect.stringMatching(/unsupported URL scheme file:/) }]],
    ['/binary', () => [{ ok: false, error: expect.stringMatching(/^binary file/) }]],
    ['/slow', () => [{ ok: false, error: 'timed out' }]],
    ['/empty', () => [{ ok: false, error: 'empty response' }]],
    ['/missing', () => [{ ok: false, error: 'HTTP 404' }]],
  ])('%s', async (path, expected) => {
    expect(await collect(readInputs([`${base}${path}`], opts))).toMatchObject(expected());
  });
});
