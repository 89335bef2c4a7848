// Reads one planned file: size cap, decoding, kind, reader. Telegram exports are streamed (their
// messages parsed one at a time); everything else is read whole, which the size cap keeps bounded.
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeBytes } from './decode.js';
import { readByKind } from './dispatch.js';
import type { PlannedFile } from './plan.js';
import { kindFromContent, refineKind } from './sniff.js';
import { readTelegram } from './telegram.js';
import { errItem, type ReadItem } from './types.js';

const HEAD_BYTES = 64 * 1024;

async function readHead(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The file as UTF-8 text chunks; a decoding error surfaces as a thrown TypeError. */
async function* utf8Chunks(path: string, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // `end` caps a file that grew after it was planned; the cut then reads as truncated JSON.
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024, end: maxBytes - 1 })) {
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  yield decoder.decode();
}

export async function* readFileInput(file: PlannedFile, maxBytes: number): AsyncGenerator<ReadItem> {
  const origin = file.path;
  if (file.bytes > maxBytes) {
    yield errItem(origin, `file is ${file.bytes} bytes, over the ${maxBytes}-byte limit`);
    return;
  }
  if (file.bytes === 0) {
    yield errItem(origin, 'empty file');
    return;
  }
  const ctx = { name: basename(file.path, extname(file.path)) };
  if (file.kind === 'json' || file.kind === undefined) {
    const head = decodeBytes(await readHead(file.path));
    // A head cut inside a multi-byte character may fail to decode; the full read below decides.
    if (head.ok && refineKind('json', head.text) === 'telegram') {
      yield* streamTelegram(file.path, origin, ctx, maxBytes);
      return;
    }
  }
  const bytes = await readFile(file.path);
  if (bytes.length > maxBytes) {
    yield errItem(origin, `file grew to ${bytes.length} bytes while reading, over the ${maxBytes}-byte limit`);
    return;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield errItem(origin, decoded.error);
    return;
  }
  const head = decoded.text.slice(0, HEAD_BYTES);
  yield* readByKind(file.kind ? refineKind(file.kind, head) : kindFromContent(head), decoded.text, origin, ctx);
}

async function* streamTelegram(path: string, origin: string, ctx: { name: string }, maxBytes: number): AsyncGenerator<ReadItem> {
  try {
    yield* readTelegram(utf8Chunks(path, maxBytes), origin, ctx);
  } catch (e) {
    yield errItem(origin, e instanceof TypeError ? 'invalid UTF-8 in Telegram export' : `cannot read: ${(e as Error).message}`);
  }
}
