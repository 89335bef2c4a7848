// JSONL documents in the input format of docs/event-format.md, one per line, and plain .json files holding one
// such document or an array of them. Each document is validated on its own: a bad line is an error
// item naming the line, and the rest of the file is still read. JSONL files are read as a stream of
// lines (lines.ts), so a file of any size is read in bounded memory.
import { finalize } from './finalize.js';
import type { Line } from './lines.js';
import { errItem, type ReadItem, type ReaderContext } from './types.js';

function fromObject(value: unknown, origin: string, ctx: ReaderContext): ReadItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errItem(origin, 'expected a JSON object with "id" and "text"');
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return errItem(origin, 'text: expected a string');
  if (o.id === undefined || o.id === null || o.id === '') return errItem(origin, 'id: required');
  // finalize validates the remaining fields: a wrong type there is this line's error, never the file's.
  return finalize({ ...o, text: o.text, source: o.source ?? ctx.source }, origin, ctx.name, ctx.maxChars);
}

function jsonError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return /end of (JSON )?input|Unterminated string/i.test(msg) ? `truncated JSON (${msg})` : `malformed JSON (${msg})`;
}

/** One JSONL line → one item (or nothing for a blank line). */
export function jsonlLine(line: Line, origin: string, ctx: ReaderContext): ReadItem | undefined {
  const where = `${origin}:${line.number}`;
  if (line.oversize) return errItem(where, `line longer than the ${line.limit}-byte limit (raise it with --max-bytes)`);
  const text = line.text.trim();
  if (!text) return undefined;
  try {
    return fromObject(JSON.parse(text), where, ctx);
  } catch (e) {
    return errItem(where, line.last && !line.ended ? `truncated last line (${jsonError(e)})` : jsonError(e));
  }
}

export async function* readJsonlLines(
  lines: AsyncIterable<Line> | Iterable<Line>,
  origin: string,
  ctx: ReaderContext,
): AsyncGenerator<ReadItem> {
  let any = false;
  for await (const line of lines) {
    const item = jsonlLine(line, origin, ctx);
    if (!item) continue;
    any = true;
    yield item;
  }
  if (!any) yield errItem(origin, 'empty file');
}

/** JSONL already in memory (a fetched response). */
export function readJsonl(text: string, origin: string, ctx: ReaderContext): AsyncGenerator<ReadItem> {
  const parts = text.split('\n');
  const lines: Line[] = parts.map((t, i) => ({
    number: i + 1,
    text: t,
    last: i === parts.length - 1,
    ended: i < parts.length - 1,
  }));
  return readJsonlLines(lines, origin, ctx);
}

export function* readJsonDocuments(value: unknown, origin: string, ctx: ReaderContext): Iterable<ReadItem> {
  if (!Array.isArray(value)) {
    yield fromObject(value, origin, ctx);
    return;
  }
  if (value.length === 0) yield errItem(origin, 'empty JSON array');
  for (let i = 0; i < value.length; i++) yield fromObject(value[i], `${origin}#${i + 1}`, ctx);
}

export { jsonError };
