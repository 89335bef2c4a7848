// Reads a JSONL file line by line, validating each line with a zod schema. A bad line becomes an error
// naming the file and line, and reading goes on: one broken record must not sink an evaluation.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';

/** Longer lines are refused unparsed: a document is at most 1M characters, JSON escaping included. */
export const MAX_LINE_CHARS = 8_000_000;

export interface LineError {
  file: string;
  line: number;
  message: string;
}

export interface JsonlResult<T> {
  items: { line: number; value: T }[];
  errors: LineError[];
}

/** Parses the lines of a JSONL text already in memory (also what the file reader uses per line). */
export function parseJsonlLine<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  line: number,
): { value: z.infer<S> } | { error: LineError } {
  if (text.length > MAX_LINE_CHARS)
    return { error: { file, line, message: `line longer than ${MAX_LINE_CHARS} characters` } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { error: { file, line, message: `invalid JSON: ${(err as Error).message}` } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { error: { file, line, message: `${where}${issue.message}` } };
  }
  return { value: parsed.data };
}

export async function readJsonlFile<S extends z.ZodType>(file: string, schema: S): Promise<JsonlResult<z.infer<S>>> {
  const result: JsonlResult<z.infer<S>> = { items: [], errors: [] };
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n += 1;
    const text = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    const r = parseJsonlLine(schema, text, file, n);
    if ('error' in r) result.errors.push(r.error);
    else result.items.push({ line: n, value: r.value });
  }
  return result;
}

export function formatLineError(e: LineError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}
