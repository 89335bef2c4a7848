import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet } from './http-get.js';

let server: Server;
let port = 0;
let hits = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('httpGet', () => {
  const base = { maxBytes: 1000, signal: new AbortController().signal };

  it('refuses at connect time when a name resolves to a private address (DNS rebinding guard)', async () => {
    // httpGet is called directly, skipping checkHost: only the guarded lookup stands in the way.
    await expect(httpGet(new URL(`http://localhost:${port}/`), { ...base, allowPrivate: false })).rejects.toThrow(
      /^refused: localhost resolves to private address/,
    );
    expect(hits).toBe(0);
  });

  it('connects when private addresses are allowed', async () => {
    const res = await httpGet(new URL(`http://localhost:${port}/`), { ...base, allowPrivate: true });
    expect([res.status, Buffer.from(res.body).toString()]).toEqual([200, 'hello']);
    expect(hits).toBe(1);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(httpGet(new URL(`http://127.0.0.1:${deadPort}/`), { ...base, allowPrivate: true })).rejects.toThrow(
      'network error: ECONNREFUSED',
    );
  });
});
