// Reads one planned file: size cap, decoding, kind, reader. Telegram exports and JSONL files are
// streamed (messages parsed one at a time; lines read one at a time, so JSONL may be of any size);
// everything else is read whole, which the size cap keeps bounded. A document that names no source
// gets its folder's name (or the file's): never the path, which would reach exports and pages.
import { open, readFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { decodeBytes } from './decode.js';
import { readByKind } from './dispatch.js';
import { readJsonlLines } from './jsonl.js';
import { decodedChunks, splitLines } from './lines.js';
import type { PlannedFile } from './plan.js';
import { kindFromContent, refineKind } from './sniff.js';
import { readTelegram } from './telegram.js';
import { errItem, type ReadItem, type ReaderContext } from './types.js';

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

/** The encoding to stream a file in, from its first bytes (BOM, else valid UTF-8, else the guess). */
function streamEncoding(head: Uint8Array): { encoding: string } | { error: string } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be' };
  // Decide on whole lines: the head may end inside a multi-byte character.
  const lastNewline = head.lastIndexOf(0x0a);
  const decoded = decodeBytes(lastNewline > 0 ? head.subarray(0, lastNewline + 1) : head);
  return decoded.ok
    ? { encoding: decoded.encoding === 'windows-1251' ? 'windows-1251' : 'utf-8' }
    : { error: decoded.error };
}

/**
 * The source for a file's documents when they name none: the folder it sits in (reports are often
 * filed by outlet), else the file's own name.
 */
export function sourceFromPath(path: string): { source: string; note: string } {
  const folder = basename(dirname(path));
  if (dirname(path) !== '.' && folder && folder !== '.' && folder !== '..' && folder !== '/') {
    return { source: folder, note: 'source from the folder name' };
  }
  return { source: basename(path, extname(path)) || basename(path), note: 'source from the file name' };
}

export async function* readFileInput(file: PlannedFile, maxBytes: number, maxChars?: number): AsyncGenerator<ReadItem> {
  const fallback = sourceFromPath(file.path);
  for await (const item of readFileItems(file, maxBytes, maxChars)) {
    if (!item.ok || item.doc.source) yield item;
    else
      yield {
        ...item,
        doc: { ...item.doc, source: fallback.source },
        inferred: [...(item.inferred ?? []), fallback.note],
      };
  }
}

async function* readFileItems(file: PlannedFile, maxBytes: number, maxChars?: number): AsyncGenerator<ReadItem> {
  const origin = file.path;
  if (file.bytes === 0) {
    yield errItem(origin, 'empty file');
    return;
  }
  const ctx: ReaderContext = { name: basename(file.path, extname(file.path)), maxChars };
  if (file.kind === 'jsonl') {
    yield* streamJsonl(file.path, origin, ctx, maxBytes);
    return;
  }
  if (file.bytes > maxBytes) {
    yield errItem(origin, `file is ${file.bytes} bytes, over the ${maxBytes}-byte limit (raise it with --max-bytes)`);
    return;
  }
  if (file.kind === 'json' || file.kind === undefined) {
    const headBytes = await readHead(file.path);
    const head = decodeBytes(headBytes);
    // A head cut inside a multi-byte character may fail to decode; the full read below decides.
    if (head.ok && refineKind('json', head.text) === 'telegram') {
      yield* streamTelegram(file.path, origin, ctx, maxBytes, head.encoding);
      return;
    }
  }
  const bytes = await readFile(file.path);
  if (bytes.length > maxBytes) {
    yield errItem(
      origin,
      `file grew to ${bytes.length} bytes while reading, over the ${maxBytes}-byte limit (raise it with --max-bytes)`,
    );
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

async function* streamJsonl(
  path: string,
  origin: string,
  ctx: ReaderContext,
  maxLineBytes: number,
): AsyncGenerator<ReadItem> {
  const enc = streamEncoding(await readHead(path));
  if ('error' in enc) {
    yield errItem(origin, enc.error);
    return;
  }
  let line = 0;
  try {
    const lines = splitLines(decodedChunks(path, enc.encoding), maxLineBytes);
    for await (const item of readJsonlLines(counting(lines), origin, ctx)) yield item;
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    yield errItem(`${origin}:${line + 1}`, `invalid ${enc.encoding} text; the rest of the file is not read`);
  }

  async function* counting<T extends { number: number }>(it: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const l of it) {
      line = l.number;
      yield l;
    }
  }
}

async function* streamTelegram(
  path: string,
  origin: string,
  ctx: ReaderContext,
  maxBytes: number,
  encoding: string,
): AsyncGenerator<ReadItem> {
  // Exports saved as UTF-16 (with a BOM) are read as such; the BOM itself is not content.
  const enc = encoding.startsWith('utf-16') ? encoding : 'utf-8';
  try {
    yield* readTelegram(decodedChunks(path, enc, maxBytes - 1), origin, ctx);
  } catch (e) {
    yield errItem(
      origin,
      e instanceof TypeError ? `invalid ${enc} text in Telegram export` : `cannot read: ${(e as Error).message}`,
    );
  }
}
