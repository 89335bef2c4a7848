// A file as a stream of decoded lines, each bounded: JSONL of any size is read in constant memory,
// and a line over the limit is reported (by number) and skipped without being held.
import { createReadStream } from 'node:fs';

export interface Line {
  /** 1-based line number */
  number: number;
  text: string;
  /** the file's last line */
  last?: boolean;
  /** the line ended with a newline (a last line without one may be cut short) */
  ended?: boolean;
  /** set instead of text for a line over the limit: its length in bytes (at least), and the limit */
  oversize?: number;
  limit?: number;
}

/** Decoded chunks of a file (UTF-8, UTF-16 or windows-1251, as decided from its start). */
export async function* decodedChunks(path: string, encoding: string, end?: number): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  for await (const chunk of createReadStream(path, {
    highWaterMark: 256 * 1024,
    ...(end === undefined ? {} : { end }),
  })) {
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  yield decoder.decode();
}

/**
 * Splits decoded chunks into lines of at most `maxChars` characters (each character is at least
 * one byte, so a line over `maxChars` characters is over that many bytes).
 */
export async function* splitLines(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<Line> {
  let carry = '';
  let skipped = 0; // length of an oversize line being skipped, or 0
  let number = 1;
  let pending: Line | null = null; // held back one step to learn whether it is the last
  const emit = function* (line: Line) {
    if (pending) yield pending;
    pending = line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      if (skipped || carry.length + piece.length > maxChars) {
        yield* emit({
          number,
          text: '',
          oversize: skipped + carry.length + piece.length,
          limit: maxChars,
          ended: true,
        });
      } else {
        yield* emit({ number, text: (carry + piece).replace(/\r$/, ''), ended: true });
      }
      carry = '';
      skipped = 0;
      number++;
    }
    const rest = chunk.slice(start);
    if (skipped || carry.length + rest.length > maxChars) {
      skipped += carry.length + rest.length;
      carry = '';
    } else carry += rest;
  }
  if (skipped) yield* emit({ number, text: '', oversize: skipped, limit: maxChars, ended: false });
  else if (carry) yield* emit({ number, text: carry, ended: false });
  if (pending) yield { ...(pending as Line), last: true };
}
