// One HTTP(S) GET with the limits untrusted URLs need: a deadline, a body cap (also after
// decompression), no automatic redirects, and — unless private addresses are allowed — an address
// check at connect time too, so a name that re-resolves to 127.0.0.1 after checkHost still fails.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { isPrivateAddress } from './net-guard.js';

export interface HttpResponse {
  status: number;
  location?: string;
  contentType?: string;
  /** validators for the next conditional GET (watched sources) */
  etag?: string;
  lastModified?: string;
  body: Uint8Array;
}

export interface GetOptions {
  maxBytes: number;
  signal: AbortSignal;
  allowPrivate: boolean;
  fetch?: typeof fetch;
  /** extra request headers (If-None-Match, If-Modified-Since; a watcher's User-Agent) */
  headers?: Record<string, string>;
}

const HEADERS = { 'user-agent': 'khronika-ingest/0.1', accept: '*/*', 'accept-encoding': 'gzip, deflate, br' };

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 4);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad)
      return callback(
        Object.assign(new Error(`refused: ${hostname} resolves to private address ${bad.address}`), {
          code: 'EPRIVATE',
        }),
        '',
        4,
      );
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

class TooLarge extends Error {}

async function collect(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const part of stream) {
    total += part.length;
    if (total > maxBytes) throw new TooLarge(`response larger than ${maxBytes} bytes`);
    parts.push(part);
  }
  return Buffer.concat(parts);
}

function decompress(res: Readable, encoding: string | undefined): Readable {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'deflate':
      return res.pipe(createInflate());
    case 'br':
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}

function viaNode(url: URL, o: GetOptions): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.get(
      url,
      { headers: { ...HEADERS, ...o.headers }, signal: o.signal, ...(o.allowPrivate ? {} : { lookup: guardedLookup }) },
      (res) => {
        const status = res.statusCode ?? 0;
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > o.maxBytes) {
          res.destroy();
          return reject(new TooLarge(`response declares ${declared} bytes, over the ${o.maxBytes}-byte limit`));
        }
        const head = {
          status,
          location: res.headers.location,
          contentType: res.headers['content-type'],
          etag: res.headers.etag,
          lastModified: res.headers['last-modified'],
        };
        if (status >= 300 && status < 400) {
          res.resume();
          return resolve({ ...head, body: new Uint8Array() });
        }
        collect(decompress(res, res.headers['content-encoding']), o.maxBytes).then(
          (body) => resolve({ ...head, body }),
          (e) => {
            res.destroy();
            reject(e);
          },
        );
      },
    );
    req.on('error', reject);
  });
}

async function viaFetch(f: typeof fetch, url: URL, o: GetOptions): Promise<HttpResponse> {
  const res = await f(url, {
    redirect: 'manual',
    signal: o.signal,
    headers: { 'user-agent': HEADERS['user-agent'], ...o.headers },
  });
  const head = {
    status: res.status,
    location: res.headers.get('location') ?? undefined,
    contentType: res.headers.get('content-type') ?? undefined,
    etag: res.headers.get('etag') ?? undefined,
    lastModified: res.headers.get('last-modified') ?? undefined,
  };
  if (!res.body || (res.status >= 300 && res.status < 400)) return { ...head, body: new Uint8Array() };
  return { ...head, body: await collect(res.body as unknown as AsyncIterable<Uint8Array>, o.maxBytes) };
}

/** GETs one URL; rejects with a readable message on network errors, timeouts and oversize bodies. */
export async function httpGet(url: URL, o: GetOptions): Promise<HttpResponse> {
  try {
    return o.fetch ? await viaFetch(o.fetch, url, o) : await viaNode(url, o);
  } catch (e) {
    if (e instanceof TooLarge) throw e;
    if (o.signal.aborted)
      throw new Error(
        o.signal.reason instanceof Error && o.signal.reason.name === 'TimeoutError' ? 'timed out' : 'aborted',
      );
    const err = e as NodeJS.ErrnoException;
    throw new Error(err.code === 'EPRIVATE' ? err.message : `network error: ${err.code ?? err.message}`);
  }
}
