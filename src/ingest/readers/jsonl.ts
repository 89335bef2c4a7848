// JSONL documents in the EVENTS.md input format, one per line, and plain .json files holding one
// such document or an array of them. Each document is validated on its own: a bad line is an error
// item naming the line, and the rest of the file is still read.
import { finalize } from './finalize.js';
import { errItem, type ReadItem, type ReaderContext } from './types.js';

function fromObject(value: unknown, origin: string, ctx: ReaderContext): ReadItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errItem(origin, 'expected a JSON object with "id" and "text"');
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return errItem(origin, 'text: expected a string');
  if (o.id === undefined || o.id === null || o.id === '') return errItem(origin, 'id: required');
  // finalize validates the remaining fields; a wrong type there is reported by InputDocumentSchema.
  return finalize(
    { ...(o as object), text: o.text, source: (o.source as string | undefined) ?? ctx.source } as never,
    origin,
    ctx.name,
  );
}

function jsonError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return /end of (JSON )?input|Unterminated string/i.test(msg) ? `truncated JSON (${msg})` : `malformed JSON (${msg})`;
}

export function* readJsonl(text: string, origin: string, ctx: ReaderContext): Iterable<ReadItem> {
  const lines = text.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    any = true;
    const where = `${origin}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      const last = i === lines.length - 1 && !text.endsWith('\n');
      yield errItem(where, last ? `truncated last line (${jsonError(e)})` : jsonError(e));
      continue;
    }
    yield fromObject(value, where, ctx);
  }
  if (!any) yield errItem(origin, 'empty file (no JSON lines)');
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
